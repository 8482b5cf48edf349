package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where pages break, on made-up rows: the rules behind {@link PrintLayoutTest}'s checks of the seed. */
class PaginationTest {
  private static final boolean[] NONE = new boolean[6];

  @Test
  void breaksAboveTheRowThatOverflowsThePage() {
    double[] h = {30, 30, 30, 30, 30, 30};
    assertThat(Pagination.breaks(h, NONE, List.of(), -1, 100)).containsExactly(3);
  }

  @Test
  void aHeaderThatWouldEndAPageGoesToTheNextWithItsFirstRow() {
    double[] h = {30, 30, 30, 30, 30, 30};
    boolean[] keep = {false, false, true, false, false, false}; // row 2 heads rows 3 …
    assertThat(Pagination.breaks(h, keep, List.of(), -1, 100)).containsExactly(2, 5);
  }

  @Test
  void aCellThatMayNotBeSplitMovesTheBreakAboveIt() {
    double[] h = {30, 30, 30, 30, 30, 30};
    assertThat(Pagination.breaks(h, NONE, List.of(new int[] {1, 3}), -1, 100)).containsExactly(1, 4);
  }

  @Test
  void theHeadsRepeatedOnLaterPagesTakeTheirRoom() {
    double[] h = {10, 20, 30, 30, 30, 30};
    // page 1: rows 0–2 (60) + row 3 = 90 ≤ 100; page 2 starts at row 4 with the 20-point heads above it
    assertThat(Pagination.breaks(h, NONE, List.of(), 1, 100)).containsExactly(4);
    double[] more = {10, 20, 30, 30, 30, 30, 30, 30};
    // page 2: heads 20 + rows 4–5 (60) = 80; row 6 would make 110: break
    assertThat(Pagination.breaks(more, new boolean[8], List.of(), 1, 100)).containsExactly(4, 6);
  }

  @Test
  void whatIsKeptTogetherButTallerThanAPageBreaksWhereItOverflows() {
    double[] h = {30, 30, 30, 30, 30, 30};
    boolean[] all = {true, true, true, true, true, false};
    assertThat(Pagination.breaks(h, all, List.of(), -1, 100)).containsExactly(3);
  }

  @Test
  void aPageHoldsItsPrintableHeightDividedByTheScaleThatFitsItsWidth() {
    double[] margins = GridWriter.MARGINS;
    double printable = (841.89 - 108) * Pagination.FILL;
    assertThat(Pagination.capacity(400, margins, false)).isCloseTo(printable, org.assertj.core.data.Offset.offset(0.01));
    // twice as wide as the page's 508.9 points: 50 %, twice the rows
    assertThat(Pagination.capacity(2 * 508.876, margins, false))
        .isCloseTo(printable * 2, org.assertj.core.data.Offset.offset(0.01));
    // Excel's column of 9.5 characters: 66 pixels of 7, 49.5 points
    assertThat(Pagination.columnPoints(9.5)).isEqualTo(49.5);
  }
}

package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The writer's own cell references and ranges write what POI's {@code CellReference} and {@code
 * CellRangeAddress} wrote before (the writer used them until it stopped depending on POI).
 */
class CellRangeTest {
  private static final long SEED = 20250301L;
  private static final int LAST_ROW = 1_048_575;
  private static final int LAST_COL = 16_383;

  @Test
  void columnLettersAreThoseOfPoiForEveryColumnOfASheet() {
    for (int col = 0; col <= LAST_COL; col++) {
      assertThat(XmlWorkbook.column(col)).as("column %d", col).isEqualTo(CellReference.convertNumToColString(col));
    }
  }

  @Test
  void referencesAndRangesAreWrittenAsPoiWroteThem() {
    Random random = new Random(SEED);
    for (int i = 0; i < 100_000; i++) {
      int r0 = edge(random, LAST_ROW);
      int r1 = random.nextInt(4) == 0 ? r0 : r0 + random.nextInt(LAST_ROW - r0 + 1);
      int c0 = edge(random, LAST_COL);
      int c1 = random.nextInt(4) == 0 ? c0 : c0 + random.nextInt(LAST_COL - c0 + 1);
      CellRangeAddress poi = new CellRangeAddress(r0, r1, c0, c1);
      if (poi.isFullColumnRange() || poi.isFullRowRange()) {
        continue; // POI writes rows 1-65536 as "A:A" and columns A-IV as "1:1" (the .xls sheet size); the writer makes no such ranges
      }
      CellRange ours = new CellRange(r0, r1, c0, c1);
      String at = "case " + i + ": rows " + r0 + "-" + r1 + ", columns " + c0 + "-" + c1;
      assertThat(ours.a1()).as(at).isEqualTo(poi.formatAsString());
      assertThat(ours.absolute()).as(at).isEqualTo(new CellReference(r0, c0, true, true).formatAsString() + ":"
          + new CellReference(r1, c1, true, true).formatAsString());
      assertThat(new CellRef(r0, c0).a1()).as(at).isEqualTo(new CellAddress(r0, c0).formatAsString());
      int row = random.nextInt(LAST_ROW + 1);
      int col = random.nextInt(LAST_COL + 1);
      assertThat(ours.contains(new CellRef(row, col))).as(at + ", cell " + row + "/" + col)
          .isEqualTo(poi.isInRange(row, col));
      assertThat(ours.contains(new CellRef(r1, c1))).as(at).isTrue();
    }
  }

  @Test
  void aRangeMustHaveItsCornersInOrder() {
    assertThatThrownBy(() -> new CellRange(3, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows 3–2");
    assertThatThrownBy(() -> new CellRef(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CellRange.of(new CellRef(4, 1)).a1()).isEqualTo("B5");
  }

  /** Mostly anywhere, often near the first or the last row or column. */
  private static int edge(Random random, int last) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(3);
      case 1 -> last - random.nextInt(3);
      default -> random.nextInt(last + 1);
    };
  }
}

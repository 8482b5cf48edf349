package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.jixiao.render.pdf.Grid.Block;
import org.junit.jupiter.api.Test;

class GridTest {

  private static final Block HALVES = new Block(0, 42, 276, 511);
  private static final Block FUNDS = new Block(0, 42, 142, 214, 286, 358, 404, 460, 511);
  private final Grid grid = new Grid(HALVES, FUNDS);

  private int span(Block block, int first, int last) {
    return grid.place(new PdfPCell(), block, first, last).getColspan();
  }

  @Test
  void theGridHasAColumnBetweenEveryTwoNeighbouringEdgesOfItsBlocks() {
    PdfPTable t = grid.table();
    // 0 42 142 214 276 286 358 404 460 511
    assertThat(t.getNumberOfColumns()).isEqualTo(9);
    assertThat(t.getAbsoluteWidths()).isNotNull();
  }

  @Test
  void aBlockColumnSpansTheGridColumnsBetweenItsEdges() {
    assertThat(span(HALVES, 0, 0)).isEqualTo(1);
    // 42 .. 276 holds 42-142, 142-214, 214-276
    assertThat(span(HALVES, 1, 1)).isEqualTo(3);
    // 276 .. 511 holds 276-286, 286-358, 358-404, 404-460, 460-511
    assertThat(span(HALVES, 2, 2)).isEqualTo(5);
    assertThat(span(FUNDS, 3, 3)).isEqualTo(2);
    assertThat(span(FUNDS, 0, 7)).isEqualTo(9);
  }

  @Test
  void aColumnFromAnotherGridSpansTheGridColumnsInsideIt() {
    assertThat(span(new Block(0, 40, 300, 511), 1, 1)).isEqualTo(4);
    assertThatThrownBy(() -> span(new Block(0, 50, 60, 511), 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.jixiao.importer;

import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A row of a table or a paragraph, as the form reader walks a document: a paragraph is a line of
 * one cell.
 *
 * @param cells the cells left to right
 * @param grid the table the row belongs to, or {@code null} for a paragraph
 * @param level a paragraph's outline level (-1 for body text and for table rows)
 * @param where the line's place: {@code 表2 行5}, {@code 附件3-1!行5}, {@code 段落3}
 */
record Line(List<GridCell> cells, @Nullable Grid grid, int level, String where) {

  static Line of(Paragraph p) {
    return new Line(List.of(GridCell.text(0, 1, p.text(), p.ref())), null, p.level(), p.ref());
  }

  boolean isParagraph() {
    return grid == null;
  }

  /** The cells with something printed in them (continuations of merged cells not counted). */
  List<GridCell> filled() {
    return cells.stream().filter(c -> !c.isContinuation() && !c.isBlank()).toList();
  }

  boolean isBlank() {
    return filled().isEmpty();
  }

  /** The printed texts joined with one space. */
  String text() {
    return filled().stream().map(GridCell::text).collect(Collectors.joining(" "));
  }

  /** The first cell with something printed, or {@code null}. */
  @Nullable GridCell first() {
    List<GridCell> f = filled();
    return f.isEmpty() ? null : f.get(0);
  }
}

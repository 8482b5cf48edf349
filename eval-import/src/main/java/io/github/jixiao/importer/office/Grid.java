package io.github.jixiao.importer.office;

import java.util.List;
import java.util.Objects;

/**
 * A table: a Word table or a worksheet, as rows of cells on one column grid.
 *
 * @param name how a person names it: the sheet name ({@code 附件3-4}) or {@code 表3} (the third
 *     table of a document, nested tables counted in document order)
 * @param rows the rows, top to bottom; each row's cells left to right, not overlapping (a row may
 *     have fewer cells than the grid has columns)
 * @param columns the number of grid columns
 * @param nestedIn the name of the table whose cell holds this one, or empty
 */
public record Grid(String name, List<List<GridCell>> rows, int columns, String nestedIn) implements Block {
    /**
   * Copies the rows.
   *
   * @param name see the record
   * @param rows see the record
   * @param columns see the record
   * @param nestedIn see the record
   */
  public Grid {
    Objects.requireNonNull(name, "name");
    rows = rows.stream().map(List::copyOf).toList();
    Objects.requireNonNull(nestedIn, "nestedIn");
  }

  /**
   * A top-level table.
   *
   * @param name its name
   * @param rows its rows
   * @param columns its grid columns
   */
  public Grid(String name, List<List<GridCell>> rows, int columns) {
    this(name, rows, columns, "");
  }
}

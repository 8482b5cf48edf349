package io.github.jixiao.render.xlsx;

/**
 * A rectangle of cells, zero-based, both ends included: a merged region, an autofilter, a print
 * area, the cells of a drop-down list.
 *
 * @param firstRow the top row
 * @param lastRow the bottom row
 * @param firstCol the left column
 * @param lastCol the right column
 */
record CellRange(int firstRow, int lastRow, int firstCol, int lastCol) {
  CellRange {
    if (firstRow < 0 || firstCol < 0 || lastRow < firstRow || lastCol < firstCol) {
      throw new IllegalArgumentException("not a range of cells: rows " + firstRow + "–" + lastRow + ", columns "
          + firstCol + "–" + lastCol);
    }
  }

  /** The range of one cell. */
  static CellRange of(CellRef cell) {
    return new CellRange(cell.row(), cell.row(), cell.col(), cell.col());
  }

  boolean contains(CellRef cell) {
    return cell.row() >= firstRow && cell.row() <= lastRow && cell.col() >= firstCol && cell.col() <= lastCol;
  }

  /** "B5:C9", or "B5" for one cell: a range as {@code ref} and {@code sqref} attributes hold it. */
  String a1() {
    String first = XmlWorkbook.ref(firstRow, firstCol);
    return firstRow == lastRow && firstCol == lastCol ? first : first + ":" + XmlWorkbook.ref(lastRow, lastCol);
  }

  /** "$B$5:$C$9", both corners always: a range in a defined name (print area, the autofilter's name). */
  String absolute() {
    return "$" + XmlWorkbook.column(firstCol) + "$" + (firstRow + 1) + ":$" + XmlWorkbook.column(lastCol) + "$"
        + (lastRow + 1);
  }
}

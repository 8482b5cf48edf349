package io.github.jixiao.render.xlsx;

/**
 * Where a cell is: row and column, zero-based.
 *
 * @param row the row (0 is row 1)
 * @param col the column (0 is A)
 */
record CellRef(int row, int col) {
  CellRef {
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException("a cell has a row and a column from 0, got row " + row + ", column " + col);
    }
  }

  /** "C10". */
  String a1() {
    return XmlWorkbook.ref(row, col);
  }
}

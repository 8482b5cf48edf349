package io.github.jixiao.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A sheet laid out before it is written: logical rows of cells with their spans, styles, the
 * JSON pointers of the values they show, and the marks (findings) they carry. {@link
 * GridWriter} turns it into physical rows with computed heights (a logical row taller than
 * Excel allows becomes several merged physical rows).
 */
final class Grid {
  final String sheetName;
  final double[] widths;
  final List<Row> rows = new ArrayList<>();
  /** The last column printed (inclusive). */
  int lastPrintCol;
  /** How many rows at the top are repeated on every printed page (when there is no {@link #header}). */
  int repeatRows = 2;
  /**
   * The row repeated at the top of every printed page — the column heads of the table that runs
   * over pages (the indicator table's 一级指标 … row) — instead of the first {@link #repeatRows}.
   */
  @Nullable Row header;
  /** Whether the writer sets the page breaks itself ({@link Pagination}): no page ends on a header. */
  boolean paginate;
  /** The first and last rows of the bordered table (the printable 审核意见 column borders these). */
  @Nullable Row tableFirst;
  @Nullable Row tableLast;
  /** Whether the printable 审核意见 column is written: each row's {@link Row#notes}. */
  boolean notes;
  /**
   * Frozen panes: the rows above {@code freezeBelow} (when they are not too tall, {@link
   * GridWriter#FREEZE_MAX_POINTS}) and the columns left of sheet column {@code freezeCol} stay in view.
   */
  @Nullable Row freezeBelow;
  int freezeCol;
  /**
   * Where the layout's columns are on the sheet: {@code columns[c]} is the sheet column of layout
   * column {@code c}, the last entry the hidden tag column. The identity unless a form prints extra
   * indicator columns, which are inserted between the layout's columns (and placed with {@link
   * Row#raw}).
   */
  final int[] columns;

  Grid(String sheetName, double[] widths, int lastPrintCol) {
    this(sheetName, widths, lastPrintCol, identity());
  }

  Grid(String sheetName, double[] widths, int lastPrintCol, int[] columns) {
    this.sheetName = sheetName;
    this.widths = widths.clone();
    this.lastPrintCol = lastPrintCol;
    this.columns = columns.clone();
  }

  private static int[] identity() {
    int[] m = new int[io.github.jixiao.render.xlsx.layout.Tags.COLUMN + 1];
    for (int i = 0; i < m.length; i++) {
      m[i] = i;
    }
    return m;
  }

  /** The sheet column of layout column {@code col}. */
  int x(int col) {
    return columns[col];
  }

  /** The hidden column of the machine tags. */
  int tagColumn() {
    return columns[columns.length - 1];
  }

  /** Appends a logical row with the given machine tag ({@code null}: untagged). */
  Row add(@Nullable String tag) {
    Row r = new Row(this, rows.size(), tag);
    rows.add(r);
    return r;
  }

  /** The width of columns {@code col} to {@code col + span - 1}, in column units. */
  double width(int col, int span) {
    double w = 0;
    for (int c = col; c < col + span && c < widths.length; c++) {
      w += widths[c];
    }
    return w;
  }

  /** Every cell, row by row. */
  List<Cell> cells() {
    List<Cell> all = new ArrayList<>();
    rows.forEach(r -> all.addAll(r.cells));
    return all;
  }

  /** A logical row. */
  static final class Row {
    final Grid grid;
    final int index;
    final @Nullable String tag;
    final List<Cell> cells = new ArrayList<>();
    /** The lines of the printable 审核意见 column: the findings marked on this row's cells, by id. */
    final List<String> notes = new ArrayList<>();
    double minHeight = TextMetrics.MIN_ROW_POINTS;
    /** Whether a page may not break below this row (a header, a title, a block kept together). */
    boolean keepWithNext;

    Row(Grid grid, int index, @Nullable String tag) {
      this.grid = grid;
      this.index = index;
      this.tag = tag;
    }

    /**
     * Adds a cell spanning {@code colSpan} layout columns (and the extra columns inserted between
     * them, if any).
     */
    Cell cell(int col, int colSpan, @Nullable Object value, Style style) {
      int[] m = grid.columns;
      int end = col + colSpan < m.length ? m[col + colSpan] : m[m.length - 1] + col + colSpan - m.length + 1;
      return raw(m[col], end - m[col], value, style);
    }

    /** Adds a cell at sheet column {@code col} spanning {@code colSpan} sheet columns. */
    Cell raw(int col, int colSpan, @Nullable Object value, Style style) {
      Cell c = new Cell(this, col, colSpan, value, style);
      cells.add(c);
      return c;
    }

    /** Adds a one-column cell. */
    Cell cell(int col, @Nullable Object value, Style style) {
      return cell(col, 1, value, style);
    }

    Row minHeight(double points) {
      this.minHeight = points;
      return this;
    }
  }

  /** A cell, possibly merged over several columns and logical rows. */
  static final class Cell {
    final Row row;
    final int col;
    final int colSpan;
    int rowSpan = 1;
    @Nullable Object value;
    Style style;
    final List<String> pointers = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    /** What happens to the cell, merged over rows, where a page breaks inside it. */
    Split split = Split.KEEP;

    Cell(Row row, int col, int colSpan, @Nullable Object value, Style style) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.value = value;
      this.style = style;
    }

    /** Records that this cell shows the value at these JSON pointers. */
    Cell at(String... pointers) {
      this.pointers.addAll(List.of(pointers));
      return this;
    }

    Cell rowSpan(int n) {
      this.rowSpan = Math.max(1, n);
      return this;
    }

    Cell split(Split s) {
      this.split = s;
      return this;
    }

    /** The text the cell shows, for measuring. */
    String text() {
      Object v = value instanceof Formula f ? f.cached() : value;
      if (v == null) {
        return "";
      }
      if (v instanceof BigDecimal b) {
        return b.toPlainString();
      }
      if (v instanceof Double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
      }
      return v.toString();
    }
  }

  /** What a cell merged over several rows becomes where a printed page breaks inside it. */
  enum Split {
    /** No page breaks inside it (a page breaks above it instead, when it fits on one). */
    KEEP,
    /** Split at the break, its text repeated on the next page (a label: 绩效指标, 产出指标, 数量指标). */
    REPEAT,
    /** Split at the break, the part on the next page blank (a subtotal, shown once). */
    BLANK
  }

  /**
   * A live formula and the value it has now (written as the cached result, so that a reader
   * that does not recalculate still sees it).
   *
   * @param expr the formula text from the cells' final positions
   * @param cached a {@code Double}, a {@code String} or {@code null}
   */
  record Formula(Function<Positions, String> expr, @Nullable Object cached) {}

  /** Where cells ended up, for formulas. */
  interface Positions {
    /** "H12": the top-left cell of {@code c}. */
    String a1(Cell c);
  }

  /**
   * A mark on a cell: a fill colour and a comment line (a finding, or a computed value that
   * differs from the printed one).
   *
   * @param fill RRGGBB
   * @param rank the more serious the lower (the most serious mark decides the colour)
   * @param text the comment line
   * @param note the line of the printable 审核意见 column ("[12] 总分未填写"), or {@code null} when the
   *     mark is not printed there (a computed value that differs from the printed one)
   */
  record Mark(String fill, int rank, String text, @Nullable String note) {
    /** A mark shown only as fill and comment. */
    Mark(String fill, int rank, String text) {
      this(fill, rank, text, null);
    }
  }
}

package io.github.jixiao.render.xlsx;

import io.github.jixiao.render.xlsx.layout.Tags;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Grid} into a sheet: row heights from the text (splitting rows taller than
 * Excel allows), every cell of a merged region styled (so borders show on all of it), values,
 * live formulas with their cached results, marks as fill and comment, the machine tags in the
 * hidden tag column, and the print setup.
 */
final class GridWriter {
  private final Styles styles;

  GridWriter(Styles styles) {
    this.styles = styles;
  }

  /** Where each cell of the grid was written (its top-left cell). */
  record Written(XmlSheet sheet, Map<Grid.Cell, CellRef> positions, int lastRow) {}

  /** The width of the printable 审核意见 column, in characters. */
  static final double NOTE_WIDTH = 26;
  /** Its heading. */
  static final String NOTE_HEAD = "审核意见";
  /**
   * Rows above a form's indicator table are frozen only up to this height (points; 480 px at 96
   * dpi, under two thirds of the rows Excel shows on a 1080-pixel screen): a taller frozen top
   * (附件2's goals) would leave no room to scroll; then only the indicator-name columns are frozen.
   */
  static final double FREEZE_MAX_POINTS = 360;

  Written write(Grid grid, XmlSheet sheet) throws IOException {
    int n = grid.rows.size();
    if (grid.notes) {
      moveNotesOffHeadings(grid);
    }
    double[] need = new double[n];
    for (Grid.Row r : grid.rows) {
      double h = r.minHeight;
      for (Grid.Cell c : r.cells) {
        if (c.rowSpan == 1) {
          h = Math.max(h, needed(grid, c));
        }
      }
      if (grid.notes && !r.notes.isEmpty()) {
        h = Math.max(h, TextMetrics.height(String.join("\n", r.notes), NOTE_WIDTH, Style.Font.BODY.points, true));
      }
      need[r.index] = h;
    }
    int[] parts = new int[n];
    double[] height = new double[n];
    for (int i = 0; i < n; i++) {
      parts[i] = Math.max(1, (int) Math.ceil(need[i] / TextMetrics.MAX_ROW_POINTS));
      height[i] = need[i] / parts[i];
    }
    // cells over several logical rows: give the missing height to the rows they cover
    for (Grid.Cell c : grid.cells()) {
      if (c.rowSpan > 1) {
        int first = c.row.index;
        int last = Math.min(n - 1, first + c.rowSpan - 1);
        double have = 0;
        for (int i = first; i <= last; i++) {
          have += height[i] * parts[i];
        }
        double missing = needed(grid, c) - have;
        if (missing > 0) {
          int rowsCovered = last - first + 1;
          for (int i = first; i <= last; i++) {
            double total = height[i] * parts[i] + missing / rowsCovered;
            parts[i] = Math.max(parts[i], (int) Math.ceil(total / TextMetrics.MAX_ROW_POINTS));
            height[i] = total / parts[i];
          }
        }
      }
    }
    int[] start = new int[n + 1];
    double[] written = new double[n];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + parts[i];
      // as stored: quarter points, truncated to twentieths (XmlSheet.Row.height)
      written[i] = parts[i] * ((int) (Math.min(409, Math.round(height[i] * 4) / 4.0) * 20)) / 20.0;
    }

    for (int i = 0; i < n; i++) {
      Grid.Row lr = grid.rows.get(i);
      for (int k = 0; k < parts[i]; k++) {
        XmlSheet.Row row = sheet.row(start[i] + k);
        row.height((float) Math.min(409, Math.round(height[i] * 4) / 4.0));
        if (lr.tag != null) {
          // escaped like any cell text: a tag may carry user text (a partial form's note, a printed
          // grade) that readers would otherwise decode ("_x0041_" → "A")
          row.cell(grid.tagColumn()).text(k == 0 ? Values.cellText(lr.tag) : Tags.CONT);
        }
      }
    }

    int lastCol = 0;
    for (Grid.Cell c : grid.cells()) {
      lastCol = Math.max(lastCol, c.col + c.colSpan);
    }
    int noteCol = grid.tagColumn() + 1;
    int lastPrinted = grid.notes ? noteCol : grid.lastPrintCol;
    // columns between the table and the tag column (J of a form as reported) are hidden when the
    // 审核意见 column is printed beyond them
    boolean[] hiddenCol = new boolean[Math.max(lastPrinted, grid.tagColumn()) + 1];
    hiddenCol[grid.tagColumn()] = true;
    if (grid.notes) {
      for (int col = grid.lastPrintCol + 1; col < grid.tagColumn(); col++) {
        if (col >= lastCol) {
          hiddenCol[col] = true;
        }
      }
    }

    // page breaks: logical rows that start a page, and the physical rows they begin at
    java.util.TreeSet<Integer> pageStarts = new java.util.TreeSet<>();
    if (grid.paginate) {
      double printedWidth = 0;
      for (int col = 0; col <= lastPrinted; col++) {
        if (!hiddenCol[col]) {
          printedWidth += Pagination.columnPoints(col == noteCol && grid.notes ? NOTE_WIDTH
              : col < grid.widths.length ? grid.widths[col] : 8.43);
        }
      }
      boolean[] keepWithNext = new boolean[n];
      for (int i = 0; i < n; i++) {
        keepWithNext[i] = grid.rows.get(i).keepWithNext;
      }
      java.util.List<int[]> keep = new java.util.ArrayList<>();
      for (Grid.Cell c : grid.cells()) {
        if (c.rowSpan > 1 && c.split == Grid.Split.KEEP) {
          keep.add(new int[] {c.row.index, Math.min(n - 1, c.row.index + c.rowSpan - 1)});
        }
      }
      for (int b : Pagination.breaks(written, keepWithNext, keep, grid.header == null ? -1 : grid.header.index,
          Pagination.capacity(printedWidth, MARGINS, false))) {
        pageStarts.add(start[b]);
      }
    }

    Map<Grid.Cell, CellRef> positions = new IdentityHashMap<>();
    for (Grid.Cell c : grid.cells()) {
      positions.put(c, new CellRef(start[c.row.index], c.col));
    }
    Grid.Positions where = c -> positions.get(c).a1();

    // overlapping cells would make overlapping merged regions, which spreadsheet programs refuse
    boolean[][] taken = new boolean[start[n]][Math.max(lastCol, noteCol + 1)];
    for (Grid.Cell c : grid.cells()) {
      int r0 = start[c.row.index];
      int r1 = start[Math.min(n, c.row.index + c.rowSpan)] - 1;
      int c0 = c.col;
      int c1 = c.col + c.colSpan - 1;
      Style style = c.style;
      if (!c.marks.isEmpty()) {
        style = style.fill(c.marks.stream().min(Comparator.comparingInt(Grid.Mark::rank)).orElseThrow().fill());
      }
      if (isNumber(c.value, style)) {
        style = style.h(Style.Horizontal.RIGHT); // numbers right-aligned throughout
      }
      int cs = styles.get(style);
      for (int r = r0; r <= r1; r++) {
        XmlSheet.Row row = sheet.row(r);
        for (int col = c0; col <= c1; col++) {
          if (taken[r][col]) {
            throw new IllegalStateException(grid.sheetName + ": cells overlap at row " + (r + 1) + ", column " + (col + 1));
          }
          taken[r][col] = true;
          row.cell(col).style(cs);
        }
      }
      // a label merged over rows repeats where a printed page breaks inside it
      int from = r0;
      boolean first = true;
      for (int p : c.split == Grid.Split.KEEP ? java.util.Set.<Integer>of() : pageStarts.subSet(r0 + 1, r1 + 1)) {
        segment(sheet, c, from, p - 1, c0, c1, first, where);
        from = p;
        first = false;
      }
      segment(sheet, c, from, r1, c0, c1, first, where);
      if (!c.marks.isEmpty()) {
        String text = c.marks.stream().map(Grid.Mark::text).distinct().collect(Collectors.joining("\n"));
        sheet.comment(new XmlSheet.Comment(r0, c0, Values.cellText(text), XlsxSummary.COMMENT_AUTHOR, c1 + 1, r0,
            c1 + 5, r0 + Math.min(12, 3 + TextMetrics.lines(text, 40, Style.Font.BODY.points) / 2)));
      }
    }
    if (grid.notes) {
      notes(grid, sheet, noteCol, start);
    }

    for (int col = 0; col < grid.widths.length; col++) {
      sheet.columnWidth(col, columnWidth(grid.widths[col]));
    }
    for (int col = 0; col < hiddenCol.length; col++) {
      if (hiddenCol[col] && col != grid.tagColumn()) {
        sheet.hideColumn(col);
      }
    }
    sheet.columnWidth(grid.tagColumn(), 20);
    sheet.hideColumn(grid.tagColumn());
    if (grid.notes) {
      sheet.columnWidth(noteCol, columnWidth(NOTE_WIDTH));
    }
    int lastRow = start[n] - 1;
    Grid.Row header = grid.header;
    int repeatFirst = header == null ? 0 : start[header.index];
    int repeatLast = header == null ? grid.repeatRows - 1 : start[header.index + 1] - 1;
    sheet.page(new XmlSheet.Page(false, MARGINS, FOOTER, repeatFirst, repeatLast, lastPrinted, Math.max(0, lastRow)));
    for (int p : pageStarts) {
      sheet.breakBefore(p);
    }
    freeze(grid, sheet, start, written);
    return new Written(sheet, positions, lastRow);
  }

  /** Writes one part of a cell (all of it when no page breaks inside): its merge and its value. */
  private static void segment(XmlSheet sheet, Grid.Cell c, int r0, int r1, int c0, int c1, boolean first,
      Grid.Positions where) throws IOException {
    if (first || c.split == Grid.Split.REPEAT) {
      setValue(sheet.row(r0).cell(c0), first ? c.value : repeated(c.value), where);
    }
    if (r1 > r0 || c1 > c0) {
      sheet.merge(r0, r1, c0, c1);
    }
  }

  /** The value a label shows again on the next page: its text (a formula is not repeated). */
  private static @Nullable Object repeated(@Nullable Object value) {
    return value instanceof Grid.Formula ? null : value;
  }

  /**
   * The notes of rows whose 审核意见 cell is a heading (the title row above the table and the
   * repeated header row) go to the row below, as do those of rows above the table.
   */
  private static void moveNotesOffHeadings(Grid grid) {
    Grid.Row first = grid.tableFirst;
    for (int i = 0; i < grid.rows.size() - 1; i++) {
      Grid.Row r = grid.rows.get(i);
      boolean above = first != null && i < first.index;
      if (!r.notes.isEmpty() && (above || r == grid.header)) {
        Grid.Row to = above ? first : grid.rows.get(i + 1);
        to.notes.addAll(0, r.notes);
        to.notes.sort(Comparator.comparingInt(GridWriter::noteNumber));
        r.notes.clear();
      }
    }
  }

  /** The id a note starts with ("[12] …" → 12), for ordering. */
  private static int noteNumber(String note) {
    int close = note.indexOf(']');
    try {
      return close > 1 && note.charAt(0) == '[' ? Integer.parseInt(note.substring(1, close)) : Integer.MAX_VALUE;
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The printable 审核意见 column: a heading above the table and on the repeated header, each row's notes. */
  private void notes(Grid grid, XmlSheet sheet, int col, int[] start) throws IOException {
    Grid.Row first = grid.tableFirst;
    Grid.Row last = grid.tableLast;
    for (Grid.Row r : grid.rows) {
      boolean heading = first != null && r.index == first.index - 1 || r == grid.header;
      boolean inTable = first != null && last != null && r.index >= first.index && r.index <= last.index;
      String text = heading ? NOTE_HEAD : String.join("\n", r.notes);
      if (!heading && !inTable && text.isEmpty()) {
        continue;
      }
      Style style = heading ? Style.HEAD : inTable ? Style.TABLE_LEFT : Style.PLAIN;
      int r0 = start[r.index];
      int r1 = start[r.index + 1] - 1;
      int cs = styles.get(style);
      for (int k = r0; k <= r1; k++) {
        sheet.row(k).cell(col).style(cs);
      }
      if (!text.isEmpty()) {
        sheet.row(r0).cell(col).text(Values.cellText(text));
      }
      if (r1 > r0) {
        sheet.merge(r0, r1, col, col);
      }
    }
  }

  /**
   * Freezes the rows above the indicator table when they are not too tall, and the columns up to
   * the indicator names.
   */
  private static void freeze(Grid grid, XmlSheet sheet, int[] start, double[] written) {
    int rows = 0;
    Grid.Row below = grid.freezeBelow;
    if (below != null) {
      double top = 0;
      for (int i = 0; i < below.index; i++) {
        top += written[i];
      }
      if (top <= FREEZE_MAX_POINTS) {
        rows = start[below.index];
      }
    }
    if (rows > 0 || grid.freezeCol > 0) {
      sheet.freeze(rows, grid.freezeCol);
    }
  }

  /**
   * Whether a cell shows a number: a numeric value, a formula with a number format, or text that is
   * a number as printed ("100％", "17477.59") in a centred table cell (a rate written as text).
   */
  static boolean isNumber(@Nullable Object value, Style style) {
    if (style.h() != Style.Horizontal.CENTER || !style.border()) {
      return false;
    }
    if (value instanceof BigDecimal || value instanceof Double) {
      return true;
    }
    if (value instanceof Grid.Formula f) {
      return f.cached() instanceof Double || style.format() != null;
    }
    return value instanceof String s && NUMBER_TEXT.matcher(s.strip()).matches();
  }

  private static final java.util.regex.Pattern NUMBER_TEXT =
      java.util.regex.Pattern.compile("[+\\-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\\s*[%％]?");

  /** A width in characters as a spreadsheet stores it: whole 256ths of a character. */
  static double columnWidth(double characters) {
    return Math.round(characters * 256) / 256.0;
  }

  private static double needed(Grid grid, Grid.Cell c) {
    String text = c.text();
    if (text.isEmpty()) {
      return 0;
    }
    return TextMetrics.height(text, grid.width(c.col, c.colSpan), c.style.font().points, c.style.wrap());
  }

  static void setValue(XmlSheet.Cell cell, @Nullable Object value, Grid.Positions where) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      cell.text(Values.cellText(s)); // always a string cell: user text is never a formula
    } else if (value instanceof BigDecimal b) {
      cell.number(b.doubleValue());
    } else if (value instanceof Double d) {
      cell.number(d);
    } else if (value instanceof Grid.Formula f) {
      Object cached = f.cached() instanceof String s ? Values.cellText(s) : f.cached();
      cell.formula(f.expr().apply(where), cached);
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass());
    }
  }

  /**
   * Finishes a listing sheet (title in row 0, header in row 1, one row per item down to
   * {@code lastRow}): column widths in characters, an autofilter on the header, the header frozen
   * and repeated on every printed page, landscape A4.
   */
  static void finishListing(XmlSheet sheet, double[] widths, int columns, int lastRow) {
    finishListing(sheet, widths, columns, lastRow, lastRow);
  }

  /** The same, with rows below the filtered list (a 合计) printed down to {@code lastPrinted}. */
  static void finishListing(XmlSheet sheet, double[] widths, int columns, int lastRow, int lastPrinted) {
    for (int k = 0; k < widths.length; k++) {
      sheet.columnWidth(k, ((int) (widths[k] * 256)) / 256.0);
    }
    sheet.autoFilter(1, Math.max(1, lastRow), 0, columns - 1);
    sheet.freezeRows(2);
    printSetup(sheet, columns - 1, Math.max(1, Math.max(lastRow, lastPrinted)), 2, true);
  }

  /**
   * A4 (landscape for the wide lists 汇总 and 审核意见), one page wide, centred, title rows
   * repeated, margins 0.6″ left and right and 0.75″ top and bottom, "第 N 页 共 M 页" in the footer.
   */
  static void printSetup(XmlSheet sheet, int lastCol, int lastRow, int repeatRows, boolean landscape) {
    sheet.page(new XmlSheet.Page(landscape, MARGINS, FOOTER, 0, repeatRows - 1, lastCol, lastRow));
  }

  /** Margins in inches: left, right, top, bottom, header, footer. */
  static final double[] MARGINS = {0.6, 0.6, 0.75, 0.75, 0.3, 0.3};
  /** The centre footer. */
  static final String FOOTER = "第 &P 页 共 &N 页";
}

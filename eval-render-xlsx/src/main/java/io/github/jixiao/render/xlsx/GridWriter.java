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

  Written write(Grid grid, XmlSheet sheet) throws IOException {
    int n = grid.rows.size();
    double[] need = new double[n];
    for (Grid.Row r : grid.rows) {
      double h = r.minHeight;
      for (Grid.Cell c : r.cells) {
        if (c.rowSpan == 1) {
          h = Math.max(h, needed(grid, c));
        }
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
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + parts[i];
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

    Map<Grid.Cell, CellRef> positions = new IdentityHashMap<>();
    for (Grid.Cell c : grid.cells()) {
      positions.put(c, new CellRef(start[c.row.index], c.col));
    }
    Grid.Positions where = c -> positions.get(c).a1();

    // overlapping cells would make overlapping merged regions, which spreadsheet programs refuse
    int lastCol = 0;
    for (Grid.Cell c : grid.cells()) {
      lastCol = Math.max(lastCol, c.col + c.colSpan);
    }
    boolean[][] taken = new boolean[start[n]][lastCol];
    for (Grid.Cell c : grid.cells()) {
      int r0 = start[c.row.index];
      int r1 = start[Math.min(n, c.row.index + c.rowSpan)] - 1;
      int c0 = c.col;
      int c1 = c.col + c.colSpan - 1;
      Style style = c.style;
      if (!c.marks.isEmpty()) {
        style = style.fill(c.marks.stream().min(Comparator.comparingInt(Grid.Mark::rank)).orElseThrow().fill());
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
      setValue(sheet.row(r0).cell(c0), c.value, where);
      if (r1 > r0 || c1 > c0) {
        sheet.merge(r0, r1, c0, c1);
      }
      if (!c.marks.isEmpty()) {
        String text = c.marks.stream().map(Grid.Mark::text).distinct().collect(Collectors.joining("\n"));
        sheet.comment(new XmlSheet.Comment(r0, c0, Values.cellText(text), "jixiao", c1 + 1, r0, c1 + 5,
            r0 + Math.min(12, 3 + TextMetrics.lines(text, 40, Style.Font.BODY.points) / 2)));
      }
    }

    for (int col = 0; col < grid.widths.length; col++) {
      sheet.columnWidth(col, columnWidth(grid.widths[col]));
    }
    sheet.columnWidth(grid.tagColumn(), 20);
    sheet.hideColumn(grid.tagColumn());
    int lastRow = start[n] - 1;
    printSetup(sheet, grid.lastPrintCol, Math.max(0, lastRow), grid.repeatRows, false);
    return new Written(sheet, positions, lastRow);
  }

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
    sheet.page(new XmlSheet.Page(landscape, new double[] {0.6, 0.6, 0.75, 0.75, 0.3, 0.3}, "第 &P 页 共 &N 页",
        repeatRows, lastCol, lastRow));
  }
}

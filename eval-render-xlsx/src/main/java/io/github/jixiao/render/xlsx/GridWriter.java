package io.github.jixiao.render.xlsx;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

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
  record Written(Sheet sheet, Map<Grid.Cell, CellAddress> positions, int lastRow) {}

  Written write(Grid grid, Sheet sheet) {
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
        Row row = sheet.createRow(start[i] + k);
        row.setHeightInPoints((float) Math.min(409, Math.round(height[i] * 4) / 4.0));
        if (lr.tag != null) {
          row.createCell(Grid.TAG_COL).setCellValue(k == 0 ? lr.tag : Tags.CONT);
        }
      }
    }

    Map<Grid.Cell, CellAddress> positions = new IdentityHashMap<>();
    for (Grid.Cell c : grid.cells()) {
      positions.put(c, new CellAddress(start[c.row.index], c.col));
    }
    Grid.Positions where = c -> {
      CellAddress a = positions.get(c);
      return new CellReference(a.getRow(), a.getColumn(), false, false).formatAsString();
    };

    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    Drawing<?> drawing = null;
    // merged regions are added without POI's overlap check (a scan of every region so far, for
    // each new one: an eighth of the rendering time); this checks the same thing in one pass
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
      var cs = styles.get(style);
      for (int r = r0; r <= r1; r++) {
        Row row = sheet.getRow(r);
        for (int col = c0; col <= c1; col++) {
          if (taken[r][col]) {
            throw new IllegalStateException(grid.sheetName + ": cells overlap at row " + (r + 1) + ", column " + (col + 1));
          }
          taken[r][col] = true;
          var cell = row.getCell(col);
          if (cell == null) {
            cell = row.createCell(col);
          }
          cell.setCellStyle(cs);
        }
      }
      var cell = sheet.getRow(r0).getCell(c0);
      setValue(cell, c.value, where);
      if (r1 > r0 || c1 > c0) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r0, r1, c0, c1));
      }
      if (!c.marks.isEmpty()) {
        if (drawing == null) {
          drawing = sheet.createDrawingPatriarch();
        }
        String text = c.marks.stream().map(Grid.Mark::text).distinct().collect(Collectors.joining("\n"));
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(c1 + 1);
        anchor.setCol2(c1 + 5);
        anchor.setRow1(r0);
        anchor.setRow2(r0 + Math.min(12, 3 + TextMetrics.lines(text, 40, Style.Font.BODY.points) / 2));
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(Values.cellText(text)));
        comment.setAuthor("jixiao");
        comment.setAddress(r0, c0); // SXSSF's setCellComment does not move the comment from its anchor
        cell.setCellComment(comment);
      }
    }

    for (int col = 0; col < grid.widths.length; col++) {
      sheet.setColumnWidth(col, (int) Math.round(grid.widths[col] * 256));
    }
    sheet.setColumnWidth(Grid.TAG_COL, 20 * 256);
    sheet.setColumnHidden(Grid.TAG_COL, true);
    int lastRow = start[n] - 1;
    printSetup(sheet, grid.lastPrintCol, Math.max(0, lastRow), grid.repeatRows);
    return new Written(sheet, positions, lastRow);
  }

  private static double needed(Grid grid, Grid.Cell c) {
    String text = c.text();
    if (text.isEmpty()) {
      return 0;
    }
    return TextMetrics.height(text, grid.width(c.col, c.colSpan), c.style.font().points, c.style.wrap());
  }

  static void setValue(org.apache.poi.ss.usermodel.Cell cell, Object value, Grid.Positions where) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      cell.setCellValue(Values.cellText(s)); // always a string cell: user text is never a formula
    } else if (value instanceof BigDecimal b) {
      cell.setCellValue(b.doubleValue());
    } else if (value instanceof Double d) {
      cell.setCellValue(d);
    } else if (value instanceof Grid.Formula f) {
      cell.setCellFormula(f.expr().apply(where));
      if (f.cached() instanceof Double d) {
        cell.setCellValue(d);
      } else if (f.cached() instanceof String s) {
        cell.setCellValue(Values.cellText(s));
      }
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass());
    }
  }

  /** A4 portrait, one page wide, title rows repeated, margins, "第 N 页 共 M 页". */
  /**
   * Finishes a listing sheet (title in row 0, header in row 1, one row per item down to
   * {@code lastRow}): column widths in characters, an autofilter on the header, the header frozen
   * and repeated on every printed page, landscape A4.
   */
  static void finishListing(Sheet sheet, double[] widths, int columns, int lastRow) {
    for (int k = 0; k < widths.length; k++) {
      sheet.setColumnWidth(k, (int) (widths[k] * 256));
    }
    sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, lastRow), 0, columns - 1));
    sheet.createFreezePane(0, 2);
    printSetup(sheet, columns - 1, Math.max(1, lastRow), 2, true);
  }

  static void printSetup(Sheet sheet, int lastCol, int lastRow, int repeatRows) {
    printSetup(sheet, lastCol, lastRow, repeatRows, false);
  }

  /** A4 (landscape for the wide lists 汇总 and 审核意见), one page wide, title rows repeated, margins, page numbers. */
  static void printSetup(Sheet sheet, int lastCol, int lastRow, int repeatRows, boolean landscape) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(landscape);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, 0.6);
    sheet.setMargin(PageMargin.RIGHT, 0.6);
    sheet.setMargin(PageMargin.TOP, 0.75);
    sheet.setMargin(PageMargin.BOTTOM, 0.75);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    Footer footer = sheet.getFooter();
    footer.setCenter("第 &P 页 共 &N 页");
    if (repeatRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, repeatRows - 1, -1, -1));
    }
    sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastRow);
  }
}

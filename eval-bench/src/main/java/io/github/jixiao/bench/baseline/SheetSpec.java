package io.github.jixiao.bench.baseline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the baselines write: the form sheets of a package as plain data — every cell with its
 * value (text, number, or formula with its cached result) and look, every merged region, row
 * heights and column widths. It is read once, before any timing, from a workbook jixiao rendered
 * (so the baselines write exactly the cells, merges, borders, wrap styles and formulas jixiao
 * writes), and then written by the raw libraries with no jixiao code involved. The baselines get
 * the layout for free: every decision jixiao makes (row heights, label breaking, merges,
 * formulas) is on jixiao's side of the ratio.
 *
 * <p>Only the forms (sheets named 附件…) are taken; jixiao's extras — 汇总, 审核意见, the hidden
 * meta sheet, the machine tag column, comments, print setup — are not in the baseline.
 */
public record SheetSpec(String name, double[] widths, List<RowSpec> rows, List<int[]> merges) {

  /** The tag column jixiao hides in every form sheet (its own machine data, not part of the form). */
  static final int TAG_COL = 10;

  /** A row: its height in points and its cells. */
  public record RowSpec(int index, float height, List<CellSpec> cells) {}

  /**
   * A cell.
   *
   * @param col column
   * @param text the text, or {@code null}
   * @param number the number (also a formula's cached result), or {@code null}
   * @param formula the formula without "=", or {@code null}
   * @param look the look, index into {@link Workbook#looks}
   */
  public record CellSpec(int col, String text, Double number, String formula, int look) {}

  /**
   * How a cell looks.
   *
   * @param points font size
   * @param bold bold font
   * @param center centred horizontally (else left)
   * @param wrap wrapped text
   * @param border thin borders on all sides
   * @param fill RRGGBB or {@code null}
   * @param format number format or {@code null} (General)
   */
  public record Look(double points, boolean bold, boolean center, boolean wrap, boolean border, String fill,
      String format) {}

  /** The form sheets of a package and the looks they use. */
  public record Workbook(List<SheetSpec> sheets, List<Look> looks) {
    /** How many cells, merged regions and formulas, for the report. */
    public String describe() {
      int cells = 0;
      int merges = 0;
      int formulas = 0;
      for (SheetSpec s : sheets) {
        merges += s.merges().size();
        for (RowSpec r : s.rows()) {
          cells += r.cells().size();
          formulas += (int) r.cells().stream().filter(c -> c.formula() != null).count();
        }
      }
      return sheets.size() + " sheets, " + cells + " cells, " + merges + " merged regions, " + formulas
          + " formulas, " + looks.size() + " looks";
    }
  }

  /** Reads the form sheets of a workbook. */
  public static Workbook read(byte[] xlsx) throws IOException {
    List<SheetSpec> sheets = new ArrayList<>();
    List<Look> looks = new ArrayList<>();
    Map<Look, Integer> index = new HashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        if (!sheet.getSheetName().startsWith("附件")) {
          continue;
        }
        double[] widths = new double[TAG_COL];
        for (int c = 0; c < TAG_COL; c++) {
          widths[c] = sheet.getColumnWidth(c) / 256.0;
        }
        List<RowSpec> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<CellSpec> cells = new ArrayList<>();
          for (Cell cell : row) {
            if (cell.getColumnIndex() >= TAG_COL) {
              continue;
            }
            Look look = look((XSSFCellStyle) cell.getCellStyle());
            int li = index.computeIfAbsent(look, l -> {
              looks.add(l);
              return looks.size() - 1;
            });
            String text = null;
            Double number = null;
            String formula = null;
            if (cell.getCellType() == CellType.FORMULA) {
              formula = cell.getCellFormula();
              if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                number = cell.getNumericCellValue();
              } else if (cell.getCachedFormulaResultType() == CellType.STRING) {
                text = cell.getStringCellValue();
              }
            } else if (cell.getCellType() == CellType.NUMERIC) {
              number = cell.getNumericCellValue();
            } else if (cell.getCellType() == CellType.STRING) {
              text = cell.getStringCellValue();
            }
            cells.add(new CellSpec(cell.getColumnIndex(), text, number, formula, li));
          }
          rows.add(new RowSpec(row.getRowNum(), row.getHeightInPoints(), List.copyOf(cells)));
        }
        List<int[]> merges = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
          merges.add(new int[] {a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()});
        }
        sheets.add(new SheetSpec(sheet.getSheetName(), widths, List.copyOf(rows), List.copyOf(merges)));
      }
    }
    return new Workbook(List.copyOf(sheets), List.copyOf(looks));
  }

  private static Look look(XSSFCellStyle cs) {
    XSSFFont f = cs.getFont();
    XSSFColor fill = cs.getFillForegroundColorColor();
    String rgb = fill == null || fill.getRGB() == null ? null : java.util.HexFormat.of().formatHex(fill.getRGB())
        .toUpperCase(java.util.Locale.ROOT);
    String format = cs.getDataFormat() == 0 ? null : cs.getDataFormatString();
    return new Look(f.getFontHeightInPoints() == 0 ? f.getFontHeight() / 20.0 : f.getFontHeight() / 20.0, f.getBold(),
        cs.getAlignment() == HorizontalAlignment.CENTER, cs.getWrapText(), cs.getBorderTop() == BorderStyle.THIN,
        rgb, format);
  }

  /** Vertical alignment is centre for every form cell jixiao writes. */
  static final VerticalAlignment V = VerticalAlignment.CENTER;
}

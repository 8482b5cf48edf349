package io.github.jixiao.bench.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The package's forms written with plain Apache POI, as a competent programmer would by hand:
 * one {@code CellStyle} per distinct look (created up front), every cell of a merged region
 * styled, values, formulas with their cached results, row heights, column widths. {@link #xssf}
 * is the in-memory workbook with POI's default shared-strings table; {@link #sxssf} streams
 * (window of 100 rows, inline strings: SXSSF's defaults).
 */
public final class PoiBaseline {
  private PoiBaseline() {}

  /** XSSF, shared strings. */
  public static void xssf(SheetSpec.Workbook spec, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      write(wb, spec);
      wb.write(out);
    }
  }

  /** SXSSF, inline strings, 100-row window. */
  public static void sxssf(SheetSpec.Workbook spec, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      write(wb, spec);
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private static void write(Workbook wb, SheetSpec.Workbook spec) {
    List<CellStyle> styles = styles(wb, spec.looks());
    for (SheetSpec s : spec.sheets()) {
      Sheet sheet = wb.createSheet(s.name());
      for (int c = 0; c < s.widths().length; c++) {
        sheet.setColumnWidth(c, (int) Math.round(s.widths()[c] * 256));
      }
      for (SheetSpec.RowSpec r : s.rows()) {
        Row row = sheet.createRow(r.index());
        row.setHeightInPoints(r.height());
        for (SheetSpec.CellSpec c : r.cells()) {
          Cell cell = row.createCell(c.col());
          cell.setCellStyle(styles.get(c.look()));
          if (c.formula() != null) {
            cell.setCellFormula(c.formula());
            if (c.number() != null) {
              cell.setCellValue(c.number());
            } else if (c.text() != null) {
              cell.setCellValue(c.text());
            }
          } else if (c.number() != null) {
            cell.setCellValue(c.number());
          } else if (c.text() != null) {
            cell.setCellValue(c.text());
          }
        }
      }
      for (int[] m : s.merges()) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(m[0], m[1], m[2], m[3]));
      }
    }
  }

  private static List<CellStyle> styles(Workbook wb, List<SheetSpec.Look> looks) {
    DataFormat formats = wb.createDataFormat();
    List<CellStyle> out = new ArrayList<>();
    java.util.Map<String, org.apache.poi.ss.usermodel.Font> fonts = new java.util.HashMap<>();
    for (SheetSpec.Look l : looks) {
      CellStyle cs = wb.createCellStyle();
      org.apache.poi.ss.usermodel.Font font = fonts.computeIfAbsent(l.points() + "/" + l.bold(), k -> {
        org.apache.poi.ss.usermodel.Font f = wb.createFont();
        f.setFontName("宋体");
        ((XSSFFont) f).setFontHeight(l.points());
        f.setBold(l.bold());
        return f;
      });
      cs.setFont(font);
      cs.setAlignment(l.center() ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
      cs.setVerticalAlignment(SheetSpec.V);
      cs.setWrapText(l.wrap());
      if (l.border()) {
        cs.setBorderTop(BorderStyle.THIN);
        cs.setBorderBottom(BorderStyle.THIN);
        cs.setBorderLeft(BorderStyle.THIN);
        cs.setBorderRight(BorderStyle.THIN);
      }
      if (l.fill() != null) {
        ((XSSFCellStyle) cs).setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(l.fill())));
        cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      if (l.format() != null) {
        cs.setDataFormat(formats.getFormat(l.format()));
      }
      out.add(cs);
    }
    return out;
  }
}

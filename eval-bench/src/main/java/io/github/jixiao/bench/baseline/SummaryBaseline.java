package io.github.jixiao.bench.baseline;

import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.render.xlsx.XlsxSummary.SummaryRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The 汇总 written with plain SXSSF (window 100, inline strings, POI's defaults): title row,
 * header row, one row per form with the same 12 columns, number formats, grade and error fills,
 * borders and wrap as jixiao's {@code XlsxSummary}, column widths, autofilter and frozen header.
 * Row heights are one fixed value (jixiao computes each row's height from its text).
 */
public final class SummaryBaseline {
  private static final String[] HEADS = {"部门", "附件", "名称", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率",
    "填报总分", "计算总分", "等级", "错误", "警告"};
  private static final double[] WIDTHS = {22, 8, 30, 22, 12, 12, 9, 9, 9, 6, 6, 6};
  private static final String[] GRADE_FILLS = {"C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE", "D9D9D9"};

  private SummaryBaseline() {}

  /** Writes the 汇总 of {@code rows}. */
  public static void write(Iterable<SummaryRow> rows, String title, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      DataFormat df = wb.createDataFormat();
      Font body = font(wb, 10.5, false);
      Font bold = font(wb, 10.5, true);
      CellStyle left = style(wb, body, false, null, null);
      CellStyle centre = style(wb, body, true, null, null);
      CellStyle head = style(wb, bold, true, null, null);
      CellStyle money = style(wb, body, true, null, df.getFormat("0.00"));
      CellStyle percent = style(wb, body, true, null, df.getFormat("0.00%"));
      CellStyle[] scale = new CellStyle[11];
      for (int s = 0; s < scale.length; s++) {
        scale[s] = style(wb, body, true, null, df.getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
      }
      CellStyle[] grades = new CellStyle[GRADE_FILLS.length];
      for (int g = 0; g < grades.length; g++) {
        grades[g] = style(wb, body, true, GRADE_FILLS[g], null);
      }
      CellStyle error = style(wb, body, true, "FFC7CE", null);
      CellStyle titleStyle = wb.createCellStyle();
      titleStyle.setFont(font(wb, 16, true));

      Sheet sheet = wb.createSheet("汇总");
      Row t = sheet.createRow(0);
      t.setHeightInPoints(30);
      Cell tc = t.createCell(0);
      tc.setCellValue(title);
      tc.setCellStyle(titleStyle);
      Row h = sheet.createRow(1);
      h.setHeightInPoints(32);
      for (int k = 0; k < HEADS.length; k++) {
        Cell c = h.createCell(k);
        c.setCellValue(HEADS[k]);
        c.setCellStyle(head);
      }
      int r = 2;
      for (SummaryRow s : rows) {
        Row row = sheet.createRow(r++);
        row.setHeightInPoints(32);
        text(row, 0, s.department(), left);
        text(row, 1, "附件" + s.form(), centre);
        text(row, 2, s.name(), left);
        text(row, 3, s.implementingUnit(), left);
        number(row, 4, s.annualBudget(), money);
        number(row, 5, s.executed(), money);
        number(row, 6, s.executionRate(), percent);
        ScoreCell reported = s.reportedTotal();
        if (reported != null && reported.value() != null) {
          BigDecimal v = reported.value();
          number(row, 7, v, scale[Math.max(0, Math.min(10, v.scale()))]);
        } else {
          text(row, 7, reported == null ? null : reported.mark(), centre);
        }
        number(row, 8, s.computedTotal(), money);
        text(row, 9, s.grade() == null ? null : s.grade().chinese(),
            s.grade() == null ? centre : grades[s.grade().ordinal()]);
        Cell errors = row.createCell(10);
        errors.setCellStyle(s.errors() > 0 ? error : centre);
        Cell warnings = row.createCell(11);
        warnings.setCellStyle(centre);
        if (s.computedTotal() != null) {
          errors.setCellValue(s.errors());
          warnings.setCellValue(s.warnings());
        }
      }
      for (int k = 0; k < WIDTHS.length; k++) {
        sheet.setColumnWidth(k, (int) (WIDTHS[k] * 256));
      }
      sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADS.length - 1));
      sheet.createFreezePane(0, 2);
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private static Font font(SXSSFWorkbook wb, double points, boolean bold) {
    Font f = wb.createFont();
    f.setFontName("宋体");
    ((XSSFFont) f).setFontHeight(points);
    f.setBold(bold);
    return f;
  }

  private static CellStyle style(SXSSFWorkbook wb, Font font, boolean centre, String fill, Short format) {
    CellStyle cs = wb.createCellStyle();
    cs.setFont(font);
    cs.setAlignment(centre ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
    cs.setVerticalAlignment(VerticalAlignment.CENTER);
    cs.setWrapText(true);
    cs.setBorderTop(BorderStyle.THIN);
    cs.setBorderBottom(BorderStyle.THIN);
    cs.setBorderLeft(BorderStyle.THIN);
    cs.setBorderRight(BorderStyle.THIN);
    if (fill != null) {
      ((XSSFCellStyle) cs).setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(fill)));
      cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (format != null) {
      cs.setDataFormat(format);
    }
    return cs;
  }

  private static void text(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value);
    }
    c.setCellStyle(style);
  }

  private static void number(Row row, int col, BigDecimal value, CellStyle style) {
    Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
    c.setCellStyle(style);
  }
}

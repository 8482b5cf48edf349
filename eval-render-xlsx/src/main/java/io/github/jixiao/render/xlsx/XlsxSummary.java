package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * 汇总 — the summary sheet: one row per form (部门, 附件, 名称, 实施单位, 全年预算数, 全年执行数,
 * 执行率, 填报总分, 计算总分, 等级, errors, warnings), with an autofilter, a frozen header and
 * the grades in colour.
 *
 * <p>{@link #write} streams (SXSSF): only a window of rows is in memory, so the summary of tens
 * of thousands of forms from many packages needs little heap. The package workbook of {@link
 * XlsxRenderer} holds the same sheet for its own forms.
 */
public final class XlsxSummary {
  /** Rows kept in memory while streaming. */
  static final int WINDOW = 100;

  static final String[] HEADS = {"部门", "附件", "名称", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率",
    "填报总分", "计算总分", "等级", "错误", "警告"};
  static final double[] WIDTHS = {22, 8, 30, 22, 12, 12, 9, 9, 9, 6, 6, 6};

  private XlsxSummary() {}

  /**
   * One row of the summary.
   *
   * @param department the department (部门)
   * @param form the attachment label ("3-1")
   * @param name the form's name as printed
   * @param implementingUnit 实施单位, or {@code null}
   * @param annualBudget 全年预算数 of 年度资金总额 (万元), or {@code null}
   * @param executed 全年执行数 of 年度资金总额 (万元), or {@code null}
   * @param executionRate 执行率 as a fraction (1 = 100%), or {@code null}
   * @param reportedTotal the printed 总分, or {@code null} when blank
   * @param computedTotal jixiao's total, or {@code null} without an evaluation
   * @param grade the grade of the computed total, or {@code null}
   * @param errors how many ERROR findings the form has
   * @param warnings how many WARNING findings the form has
   */
  public record SummaryRow(
      String department,
      String form,
      String name,
      @Nullable String implementingUnit,
      @Nullable BigDecimal annualBudget,
      @Nullable BigDecimal executed,
      @Nullable BigDecimal executionRate,
      @Nullable ScoreCell reportedTotal,
      @Nullable BigDecimal computedTotal,
      @Nullable Grade grade,
      long errors,
      long warnings) {

    /** The row of an evaluated form. */
    public static SummaryRow of(String department, FormEvaluation e) {
      return new SummaryRow(department, e.form(), e.name(), e.implementingUnit(), e.annualBudget(), e.executed(),
          e.executionRate(), e.reportedTotal(), e.computedTotal(), e.grade(), e.count(Severity.ERROR),
          e.count(Severity.WARNING));
    }

    /** The row of a form without an evaluation: printed values, the rate from the printed amounts. */
    public static SummaryRow of(String department, SelfEvaluationForm f) {
      FundsRow t = f.totalFunds().orElse(null);
      BigDecimal budget = t == null ? null : t.annualBudget();
      BigDecimal executed = t == null ? null : t.executed();
      BigDecimal rate = budget != null && executed != null && budget.signum() > 0
          ? executed.divide(budget, 6, RoundingMode.HALF_UP) : null;
      return new SummaryRow(department, f.label(), f.name(), f.implementingUnit(), budget, executed, rate,
          f.reportedTotal(), null, null, 0, 0);
    }
  }

  /**
   * Writes a workbook with one 汇总 sheet, streaming: {@code rows} is iterated once and may be
   * generated lazily. Deterministic for a given {@code timestamp}.
   */
  @SuppressWarnings("deprecation") // SXSSFWorkbook.dispose(): the part of close() that is wanted
  public static void write(Iterable<SummaryRow> rows, String title, Instant timestamp, OutputStream out)
      throws IOException {
    Path temp = Files.createTempFile("jixiao-summary", ".xlsx");
    // the rows' temporary file is not compressed: gzipping it (and reading it back) was a third of
    // the time (JFR); it costs disk, about 0.7 KB per form (14 MB for 20,000), never heap
    SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, false, false);
    try {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet("汇总");
      writeSheet(sheet, styles, title, rows.iterator(), null);
      Output.properties(wb.getXSSFWorkbook(), timestamp, title);
      try (OutputStream file = Files.newOutputStream(temp)) {
        wb.writeAvoidingTempFiles(file); // the small template parts in memory, the rows from SXSSF's file
      }
      Output.normalize(temp, out, timestamp);
    } finally {
      wb.dispose(); // removes SXSSF's temporary files
      // close() would save the whole package once more into a throw-away buffer: revert instead
      wb.getXSSFWorkbook().getPackage().revert();
      Files.deleteIfExists(temp);
    }
  }

  static final String[] GRADE_FILLS = {"C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE"};
  static final String ERROR_FILL = "FFC7CE";

  /** Writes the summary into {@code sheet} (XSSF or SXSSF); returns the number of rows. */
  static int writeSheet(Sheet sheet, Styles styles, String title, Iterator<SummaryRow> rows,
      @Nullable Function<SummaryRow, String> link) {
    var helper = sheet.getWorkbook().getCreationHelper();
    Row t = sheet.createRow(0);
    t.setHeightInPoints(30);
    Cell tc = t.createCell(0);
    tc.setCellValue(title);
    tc.setCellStyle(styles.get(Style.TITLE.h(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT).wrap(false)));
    Row h = sheet.createRow(1);
    h.setHeightInPoints(32);
    for (int k = 0; k < HEADS.length; k++) {
      Cell c = h.createCell(k);
      c.setCellValue(HEADS[k]);
      c.setCellStyle(styles.get(Style.HEAD));
    }
    int r = 2;
    while (rows.hasNext()) {
      SummaryRow s = rows.next();
      Row row = sheet.createRow(r);
      double height = Math.max(TextMetrics.height(s.name(), WIDTHS[2], Style.Font.BODY.points, true),
          TextMetrics.height(s.department(), WIDTHS[0], Style.Font.BODY.points, true));
      if (s.implementingUnit() != null) {
        height = Math.max(height, TextMetrics.height(s.implementingUnit(), WIDTHS[3], Style.Font.BODY.points, true));
      }
      row.setHeightInPoints((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS, height)));
      text(row, 0, s.department(), styles.get(Style.TABLE_LEFT));
      Cell label = text(row, 1, Words.ATTACHMENT + s.form(), styles.get(link == null ? Style.TABLE
          : Style.TABLE.font(Style.Font.LINK)));
      if (link != null) {
        Hyperlink hl = helper.createHyperlink(HyperlinkType.DOCUMENT);
        hl.setAddress(link.apply(s));
        label.setHyperlink(hl);
      }
      text(row, 2, s.name(), styles.get(Style.TABLE_LEFT));
      text(row, 3, s.implementingUnit(), styles.get(Style.TABLE_LEFT));
      number(row, 4, s.annualBudget(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      number(row, 5, s.executed(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      number(row, 6, s.executionRate(), styles.get(Style.TABLE.format(FormLayout.PERCENT)));
      ScoreCell reported = s.reportedTotal();
      if (reported != null && reported.value() != null) {
        number(row, 7, reported.value(), styles.get(Values.numberStyle(Style.TABLE, reported.value())));
      } else {
        text(row, 7, reported == null ? null : reported.mark(), styles.get(Style.TABLE));
      }
      number(row, 8, s.computedTotal(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      Style grade = Style.TABLE;
      if (s.grade() != null) {
        grade = grade.fill(GRADE_FILLS[s.grade().ordinal()]);
      }
      text(row, 9, s.grade() == null ? null : s.grade().chinese(), styles.get(grade));
      boolean evaluated = s.computedTotal() != null;
      Cell errors = row.createCell(10);
      errors.setCellStyle(styles.get(s.errors() > 0 ? Style.TABLE.fill(ERROR_FILL) : Style.TABLE));
      Cell warnings = row.createCell(11);
      warnings.setCellStyle(styles.get(Style.TABLE));
      if (evaluated) {
        errors.setCellValue(s.errors());
        warnings.setCellValue(s.warnings());
      }
      r++;
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, r - 1);
    return r - 2;
  }

  private static Cell text(Row row, int col, @Nullable String value, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(Values.cellText(value));
    }
    c.setCellStyle(style);
    return c;
  }

  private static void number(Row row, int col, @Nullable BigDecimal value, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
    c.setCellStyle(style);
  }
}

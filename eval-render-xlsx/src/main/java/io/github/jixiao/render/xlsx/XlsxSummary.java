package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.xlsx.layout.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * 汇总 — the summary sheet: one row per form (部门, 附件, 名称, 实施单位, 全年预算数, 全年执行数,
 * 执行率, 填报总分, 计算总分, 等级, errors, warnings), with an autofilter, a frozen header and
 * the grades in colour.
 *
 * <p>{@link #write} streams: only the row being written is in memory, so the summary of tens
 * of thousands of forms from many packages needs little heap. The package workbook of {@link
 * XlsxRenderer} holds the same sheet for its own forms.
 */
public final class XlsxSummary {
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

    /**
     * The row of an evaluated form.
     *
     * @param department the package's department, for the 部门 column
     * @param e the form's evaluation
     * @return the row, computed total, grade and finding counts included
     */
    public static SummaryRow of(String department, FormEvaluation e) {
      return new SummaryRow(department, e.form(), e.name(), e.implementingUnit(), e.annualBudget(), e.executed(),
          e.executionRate(), e.reportedTotal(), e.computedTotal(), e.grade(), e.count(Severity.ERROR),
          e.count(Severity.WARNING));
    }

    /**
     * The row of a form without an evaluation: printed values, the rate from the printed amounts.
     *
     * @param department the package's department, for the 部门 column
     * @param f the form as printed
     * @return the row: no computed total and no grade, 0 errors and warnings; 执行率 is 全年执行数 ÷
     *     全年预算数 of 年度资金总额 to 6 decimals, {@code null} when either is blank or the budget is 0
     */
    public static SummaryRow of(String department, SelfEvaluationForm f) {
      FundsRow t = f.totalFunds().orElse(null);
      BigDecimal budget = t == null ? null : Amount.number(t.annualBudget());
      BigDecimal executed = t == null ? null : Amount.number(t.executed());
      BigDecimal rate = budget != null && executed != null && budget.signum() > 0
          ? executed.divide(budget, 6, RoundingMode.HALF_UP) : null;
      return new SummaryRow(department, f.label(), f.name(), f.implementingUnit(), budget, executed, rate,
          f.reportedTotal(), null, null, 0, 0);
    }
  }

  /**
   * Writes a workbook with one 汇总 sheet, streaming: {@code rows} is iterated once and may be
   * generated lazily; each row is written out as soon as it is complete (to a temporary file,
   * about 0.7 KB of disk per form, deleted afterwards), so the heap holds one row at a time.
   * Deterministic for a given {@code timestamp}.
   *
   * @param rows the rows in the order to list them; iterated once
   * @param title the sheet's title row and the workbook's document title
   * @param timestamp the creation time written into the workbook's properties
   * @param out where the workbook goes; not closed
   * @throws IOException when the temporary file or {@code out} cannot be written
   */
  public static void write(Iterable<SummaryRow> rows, String title, Instant timestamp, OutputStream out)
      throws IOException {
    XmlWorkbook wb = new XmlWorkbook();
    try {
      writeSheet(wb.streamingSheet("汇总"), wb.styles, title, rows.iterator(), null);
      wb.title(title);
      wb.write(out, timestamp);
    } finally {
      wb.discard();
    }
  }

  static final String[] GRADE_FILLS = {"C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE", "D9D9D9"};
  static final String ERROR_FILL = "FFC7CE";

  /** Writes the summary into {@code sheet} (buffered or streaming); returns the number of rows. */
  static int writeSheet(XmlSheet sheet, Styles styles, String title, Iterator<SummaryRow> rows,
      @Nullable Function<SummaryRow, String> link) throws IOException {
    sheet.row(0).height(30).cell(0).text(title)
        .style(styles.get(Style.TITLE.h(Style.Horizontal.LEFT).wrap(false)));
    XmlSheet.Row h = sheet.row(1).height(32);
    for (int k = 0; k < HEADS.length; k++) {
      h.cell(k).text(HEADS[k]).style(styles.get(Style.HEAD));
    }
    int r = 2;
    while (rows.hasNext()) {
      SummaryRow s = rows.next();
      XmlSheet.Row row = sheet.row(r);
      double height = Math.max(TextMetrics.height(s.name(), WIDTHS[2], Style.Font.BODY.points, true),
          TextMetrics.height(s.department(), WIDTHS[0], Style.Font.BODY.points, true));
      if (s.implementingUnit() != null) {
        height = Math.max(height, TextMetrics.height(s.implementingUnit(), WIDTHS[3], Style.Font.BODY.points, true));
      }
      row.height((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS, height)));
      FindingsSheet.cell(row, 0, s.department(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 1, Words.ATTACHMENT + s.form(), styles.get(link == null ? Style.TABLE
          : Style.TABLE.font(Style.Font.LINK)));
      if (link != null) {
        sheet.link(r, 1, link.apply(s));
      }
      FindingsSheet.cell(row, 2, s.name(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 3, s.implementingUnit(), styles.get(Style.TABLE_LEFT));
      number(row, 4, s.annualBudget(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      number(row, 5, s.executed(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      number(row, 6, s.executionRate(), styles.get(Style.TABLE.format(FormLayout.PERCENT)));
      ScoreCell reported = s.reportedTotal();
      if (reported != null && reported.value() != null) {
        number(row, 7, reported.value(), styles.get(Values.numberStyle(Style.TABLE, reported.value())));
      } else {
        FindingsSheet.cell(row, 7, reported == null ? null : reported.mark(), styles.get(Style.TABLE));
      }
      number(row, 8, s.computedTotal(), styles.get(Style.TABLE.format(FormLayout.MONEY)));
      Style grade = Style.TABLE;
      if (s.grade() != null) {
        grade = grade.fill(GRADE_FILLS[s.grade().ordinal()]);
      }
      FindingsSheet.cell(row, 9, s.grade() == null ? null : s.grade().chinese(), styles.get(grade));
      boolean evaluated = s.computedTotal() != null;
      XmlSheet.Cell errors = row.cell(10).style(styles.get(s.errors() > 0 ? Style.TABLE.fill(ERROR_FILL) : Style.TABLE));
      XmlSheet.Cell warnings = row.cell(11).style(styles.get(Style.TABLE));
      if (evaluated) {
        errors.number(s.errors());
        warnings.number(s.warnings());
      }
      r++;
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, r - 1);
    return r - 2;
  }

  private static void number(XmlSheet.Row row, int col, @Nullable BigDecimal value, int style) {
    XmlSheet.Cell c = row.cell(col).style(style);
    if (value != null) {
      c.number(value.doubleValue());
    }
  }
}

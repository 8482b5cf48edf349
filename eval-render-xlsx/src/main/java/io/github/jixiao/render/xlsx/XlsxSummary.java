package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.MoneyUnit;
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
import org.jspecify.annotations.Nullable;

/**
 * 汇总 — the summary sheet: one row per form (部门, 附件, 名称, 实施单位, 全年预算数, 全年执行数,
 * 执行率, 填报总分, 计算总分, 等级, errors, warnings), with an autofilter, a frozen header and
 * the grades in colour. Amounts are in 万元: those of a form printed in 元 or 千元 are converted,
 * the cell carries a comment with the printed amount, and the headers of the two amount columns
 * say so in a comment when any row was converted.
 *
 * <p>{@link #write} streams: only the row being written is in memory, so the summary of tens
 * of thousands of forms from many packages needs little heap. The package workbook of {@link
 * XlsxRenderer} holds the same sheet for its own forms.
 */
public final class XlsxSummary {
  static final String[] HEADS = {"部门", "附件", "名称", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率",
    "填报总分", "计算总分", "等级", "错误", "警告"};
  /** Widths in characters: 部门 and 实施单位 hold a county bureau's name on one line, 附件 "附件3-10", 等级 "—（无法评级）". */
  static final double[] WIDTHS = {24, 10, 30, 24, 12, 12, 9, 9, 9, 13, 6, 6};

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
   * @param unit the unit the form prints when it is not 万元 (the amounts were converted from it), else {@code null}
   * @param printedBudget 全年预算数 as printed in {@code unit}, or {@code null}
   * @param printedExecuted 全年执行数 as printed in {@code unit}, or {@code null}
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
      long warnings,
      @Nullable MoneyUnit unit,
      @Nullable BigDecimal printedBudget,
      @Nullable BigDecimal printedExecuted) {

    /**
     * A row whose amounts are in 万元 as given (no conversion).
     *
     * @param department the department (部门)
     * @param form the attachment label ("3-1")
     * @param name the form's name as printed
     * @param implementingUnit 实施单位, or {@code null}
     * @param annualBudget 全年预算数 of 年度资金总额 in 万元, or {@code null}
     * @param executed 全年执行数 of 年度资金总额 in 万元, or {@code null}
     * @param executionRate 执行率 as a fraction (1 = 100%), or {@code null}
     * @param reportedTotal the printed 总分, or {@code null} when blank
     * @param computedTotal jixiao's total, or {@code null} without an evaluation
     * @param grade the grade of the computed total, or {@code null}
     * @param errors how many ERROR findings the form has
     * @param warnings how many WARNING findings the form has
     */
    public SummaryRow(String department, String form, String name, @Nullable String implementingUnit,
        @Nullable BigDecimal annualBudget, @Nullable BigDecimal executed, @Nullable BigDecimal executionRate,
        @Nullable ScoreCell reportedTotal, @Nullable BigDecimal computedTotal, @Nullable Grade grade, long errors,
        long warnings) {
      this(department, form, name, implementingUnit, annualBudget, executed, executionRate, reportedTotal,
          computedTotal, grade, errors, warnings, null, null, null);
    }

    /**
     * The row of an evaluated form of a package: its amounts converted to 万元 when the form prints
     * another unit.
     *
     * @param pkg the package (the department and the form's unit)
     * @param e the form's evaluation
     * @return the row, computed total, grade and finding counts included
     */
    public static SummaryRow of(EvaluationPackage pkg, FormEvaluation e) {
      MoneyUnit unit = pkg.form(e.form()).map(SelfEvaluationForm::moneyUnit).orElse(MoneyUnit.WAN_YUAN);
      return of(pkg.department(), e, unit);
    }

    /**
     * The row of an evaluated form printed in {@code unit}: amounts converted to 万元.
     *
     * @param department the package's department, for the 部门 column
     * @param e the form's evaluation (its amounts as printed)
     * @param unit the form's unit
     * @return the row
     */
    public static SummaryRow of(String department, FormEvaluation e, MoneyUnit unit) {
      return converted(new SummaryRow(department, e.form(), e.name(), e.implementingUnit(), e.annualBudget(),
          e.executed(), e.executionRate(), e.reportedTotal(), e.computedTotal(), e.grade(), e.count(Severity.ERROR),
          e.count(Severity.WARNING)), unit);
    }

    private static SummaryRow converted(SummaryRow r, MoneyUnit unit) {
      if (unit == MoneyUnit.WAN_YUAN) {
        return r;
      }
      return new SummaryRow(r.department, r.form, r.name, r.implementingUnit,
          r.annualBudget == null ? null : unit.toWanYuan(r.annualBudget),
          r.executed == null ? null : unit.toWanYuan(r.executed), r.executionRate, r.reportedTotal, r.computedTotal,
          r.grade, r.errors, r.warnings, unit, r.annualBudget, r.executed);
    }

    /**
     * The row of an evaluated form whose amounts are in 万元: no conversion (for a form in 元 or
     * 千元 use {@link #of(EvaluationPackage, FormEvaluation)}).
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
     *     全年预算数 of 年度资金总额 to 6 decimals, {@code null} when either is blank or the budget is 0;
     *     amounts converted to 万元
     */
    public static SummaryRow of(String department, SelfEvaluationForm f) {
      FundsRow t = f.totalFunds().orElse(null);
      BigDecimal budget = t == null ? null : Amount.number(t.annualBudget());
      BigDecimal executed = t == null ? null : Amount.number(t.executed());
      BigDecimal rate = budget != null && executed != null && budget.signum() > 0
          ? executed.divide(budget, 6, RoundingMode.HALF_UP) : null;
      return converted(new SummaryRow(department, f.label(), f.name(), f.implementingUnit(), budget, executed, rate,
          f.reportedTotal(), null, null, 0, 0), f.moneyUnit());
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
      writeSheet(wb.streamingSheet("汇总"), wb.styles, title, lines(rows.iterator()), false);
      wb.title(title);
      wb.write(out, timestamp);
    } finally {
      wb.discard();
    }
  }

  /** The rows as {@link #write} lists them ({@link Line#of}), lazily. */
  static Iterator<Line> lines(Iterator<SummaryRow> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Line next() {
        return Line.of(rows.next());
      }
    };
  }

  static final String[] GRADE_FILLS = {"C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE", "D9D9D9"};
  static final String ERROR_FILL = "FFC7CE";
  /** The label of the last row. */
  static final String TOTAL = "合计";

  /**
   * A row as the sheet shows it.
   *
   * @param row its values
   * @param attachment the text of the 附件 column ("附件3-1"; "部门自评报告" for a report without label)
   * @param link where that cell links to ({@code '附件3-1'!A1}), or {@code null}
   * @param counts whether the error and warning counts are shown (not without an evaluation)
   */
  record Line(SummaryRow row, String attachment, @Nullable String link, boolean counts) {
    /** A form's row as {@link #write} lists it: counts shown when the form was evaluated, no link. */
    static Line of(SummaryRow r) {
      return new Line(r, Words.ATTACHMENT + r.form(), null, r.computedTotal() != null);
    }
  }

  /**
   * Writes the summary into {@code sheet} (buffered or streaming); returns the number of rows
   * listed. With {@code total}, a 合计 row ends the list: the errors and warnings of all rows, as
   * values (the amounts are not added up: a department form's 年度资金总额 holds its projects'
   * funds) — the package workbook's 汇总, whose lines count every finding of the package once.
   */
  static int writeSheet(XmlSheet sheet, Styles styles, String title, Iterator<Line> lines, boolean total)
      throws IOException {
    sheet.row(0).height(30).cell(0).text(title)
        .style(styles.get(Style.TITLE.h(Style.Horizontal.LEFT).wrap(false)));
    XmlSheet.Row h = sheet.row(1).height(32);
    for (int k = 0; k < HEADS.length; k++) {
      h.cell(k).text(HEADS[k]).style(styles.get(Style.HEAD));
    }
    int r = 2;
    boolean converted = false;
    boolean counted = false;
    long errorSum = 0;
    long warningSum = 0;
    while (lines.hasNext()) {
      Line line = lines.next();
      SummaryRow s = line.row();
      XmlSheet.Row row = sheet.row(r);
      double height = Math.max(TextMetrics.height(s.name(), WIDTHS[2], Style.Font.BODY.points, true),
          TextMetrics.height(s.department(), WIDTHS[0], Style.Font.BODY.points, true));
      if (s.implementingUnit() != null) {
        height = Math.max(height, TextMetrics.height(s.implementingUnit(), WIDTHS[3], Style.Font.BODY.points, true));
      }
      height = Math.max(height, TextMetrics.height(line.attachment(), WIDTHS[1], Style.Font.BODY.points, true));
      row.height((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS, height)));
      FindingsSheet.cell(row, 0, s.department(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 1, line.attachment(), styles.get(line.link() == null ? Style.TABLE
          : Style.TABLE.font(Style.Font.LINK)));
      if (line.link() != null) {
        sheet.link(r, 1, line.link());
      }
      FindingsSheet.cell(row, 2, s.name(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 3, s.implementingUnit(), styles.get(Style.TABLE_LEFT));
      number(row, 4, s.annualBudget(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
      number(row, 5, s.executed(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
      if (s.unit() != null) {
        converted |= convertedNote(sheet, r, 4, s.printedBudget(), s.unit());
        converted |= convertedNote(sheet, r, 5, s.printedExecuted(), s.unit());
      }
      number(row, 6, s.executionRate(), styles.get(Style.NUMBER.format(FormLayout.PERCENT)));
      ScoreCell reported = s.reportedTotal();
      if (reported != null && reported.value() != null) {
        number(row, 7, reported.value(), styles.get(Values.numberStyle(Style.NUMBER, reported.value())));
      } else {
        FindingsSheet.cell(row, 7, reported == null ? null : reported.mark(), styles.get(Style.TABLE));
      }
      number(row, 8, s.computedTotal(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
      Style grade = Style.TABLE;
      if (s.grade() != null) {
        grade = grade.fill(GRADE_FILLS[s.grade().ordinal()]);
      }
      FindingsSheet.cell(row, 9, s.grade() == null ? null : s.grade().chinese(), styles.get(grade));
      XmlSheet.Cell errors = row.cell(10).style(styles.get(s.errors() > 0 && line.counts() ? Style.NUMBER.fill(ERROR_FILL)
          : Style.NUMBER));
      XmlSheet.Cell warnings = row.cell(11).style(styles.get(Style.NUMBER));
      if (line.counts()) {
        errors.number(s.errors());
        warnings.number(s.warnings());
        counted = true;
        errorSum += s.errors();
        warningSum += s.warnings();
      }
      r++;
    }
    int last = r - 1;
    if (total) {
      XmlSheet.Row sum = sheet.row(r).height((float) TextMetrics.MIN_ROW_POINTS);
      sum.cell(0).text(TOTAL).style(styles.get(Style.HEAD));
      for (int col = 1; col < 10; col++) {
        sum.cell(col).style(styles.get(Style.HEAD));
      }
      XmlSheet.Cell errors = sum.cell(10).style(styles.get(errorSum > 0 ? Style.NUMBER.font(Style.Font.BOLD)
          .fill(ERROR_FILL) : Style.NUMBER.font(Style.Font.BOLD)));
      XmlSheet.Cell warnings = sum.cell(11).style(styles.get(Style.NUMBER.font(Style.Font.BOLD)));
      if (counted) {
        // values, not SUM formulas: a workbook as reported holds no formula at all (InjectionTest)
        errors.number(errorSum);
        warnings.number(warningSum);
      }
      r++;
    }
    if (converted) {
      for (int col = 4; col <= 5; col++) {
        sheet.comment(new XmlSheet.Comment(1, col, CONVERTED, COMMENT_AUTHOR, col + 1, 1, col + 4, 5));
      }
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, Math.max(1, last), r - 1);
    return last - 1;
  }

  /** The author of the notes jixiao writes. */
  static final String COMMENT_AUTHOR = "jixiao";

  /** The header comment of the amount columns when some form's amounts were converted. */
  static final String CONVERTED = "以元、千元填报的表，金额已折算为万元（单元格批注为原表金额）";

  /** A comment with the amount as printed on a cell converted to 万元; whether there was one. */
  private static boolean convertedNote(XmlSheet sheet, int row, int col, @Nullable BigDecimal printed, MoneyUnit unit) {
    if (printed == null) {
      return false;
    }
    sheet.comment(new XmlSheet.Comment(row, col, "原表 " + printed.toPlainString() + " " + unit.printed()
        + "，折算为万元", COMMENT_AUTHOR, col + 1, row, col + 4, row + 3));
    return true;
  }

  private static void number(XmlSheet.Row row, int col, @Nullable BigDecimal value, int style) {
    XmlSheet.Cell c = row.cell(col).style(style);
    if (value != null) {
      c.number(value.doubleValue());
    }
  }
}

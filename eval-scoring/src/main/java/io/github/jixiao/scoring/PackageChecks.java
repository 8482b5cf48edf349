package io.github.jixiao.scoring;

import static io.github.jixiao.scoring.Numbers.plain;
import static io.github.jixiao.scoring.Numbers.same;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.internal.Scan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Package-level checks: 附件1's own arithmetic, and each project's amounts, names and score
 * compared across 附件1, its 附件3 form and its report.
 */
final class PackageChecks {
  private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
  /** 预算为45万元; 安排…专项资金20万元; 项目资金334.74万元. */
  private static final Pattern BUDGET = Pattern.compile("(?:预算为|安排[^。；，]{0,20}?资金|项目资金)" + NUMBER + "万元");
  /** 实际拨付我单位资金为45万元; 到位资金5万元. */
  private static final Pattern ALLOCATED = Pattern.compile("(?:拨付[^。；，]{0,12}?|到位资金)" + NUMBER + "万元");
  /** 共计支出35万元; 总计支出5万元; 全年支出334.73万元; 开支20万元. */
  private static final Pattern SPENT = Pattern.compile("(?:共计支出|总计支出|全年支出|合计支出|开支)" + NUMBER + "万元");
  /** 综合得分99分; 自评得分为98分. */
  private static final Pattern SCORE = Pattern.compile("(?:综合得分|自评得分|综合评分|评价得分)为?" + NUMBER + "分");
  private static final Pattern DEPARTMENT_SPLIT = Pattern.compile("(基本支出|项目支出)" + NUMBER + "万元");
  // each pattern with the characters its matches start with (ScanTest checks them)
  static final Scan BUDGET_SCAN = Scan.of(BUDGET, "预安项");
  static final Scan ALLOCATED_SCAN = Scan.of(ALLOCATED, "拨到");
  static final Scan SPENT_SCAN = Scan.of(SPENT, "共总全合开");
  static final Scan SCORE_SCAN = Scan.of(SCORE, "综自评");
  static final Scan DEPARTMENT_SPLIT_SCAN = Scan.of(DEPARTMENT_SPLIT, "基项");

  private final Findings findings = new Findings();
  private final EvaluationPackage pkg;

  private PackageChecks(EvaluationPackage pkg) {
    this.pkg = pkg;
  }

  static List<io.github.jixiao.model.result.Finding> run(EvaluationPackage pkg) {
    PackageChecks checks = new PackageChecks(pkg);
    if (pkg.basicData() != null) {
      checks.basicData(pkg.basicData());
    }
    checks.projects();
    checks.departmentReport();
    return checks.findings.list();
  }

  // ---------------------------------------------------------------- 附件1

  private static final String[] COLUMNS = {"previousYearFinal", "currentYearBudget", "currentYearFinal"};
  private static final String[] COLUMN_NAMES = {"上年决算数", "本年预算数", "本年决算数"};

  private void basicData(BasicDataTable table) {
    Staffing s = table.staffing();
    if (s != null && s.authorized() != null && s.actual() != null && s.authorized() > 0) {
      BigDecimal printed = Numbers.percent(s.controlRate());
      if (printed != null) {
        BigDecimal rate = Numbers.divide(BigDecimal.valueOf(s.actual()), BigDecimal.valueOf(s.authorized()))
            .multiply(Numbers.HUNDRED);
        BigDecimal expected = Numbers.asPrinted(rate, printed);
        if (!same(expected, printed)) {
          findings.add(FindingMessage.CONTROL_RATE_MISMATCH.with("actual", s.actual()).with("authorized", s.authorized())
                  .with("expected", expected.toPlainString()).with("printed", s.controlRate()),
              new Location(table.label(), "财政供养人员情况", "控制率", "/basicData/staffing/controlRate"),
              expected.toPlainString() + "%", s.controlRate());
        }
      }
    }
    for (int i = 0; i < table.spendingControl().size(); i++) {
      for (int c = 0; c < 3; c++) {
        effective(table, table.spendingControl().get(i), "/basicData/spendingControl/" + i, c);
      }
    }
  }

  /**
   * The value of a row in column {@code c} for its parent's check: the printed value when it
   * is consistent with its parts, else the sum of its parts. Reports each inconsistent row once.
   */
  private @Nullable BigDecimal effective(BasicDataTable table, ControlRow row, String pointer, int c) {
    BigDecimal printed = column(row, c);
    if (row.children().isEmpty()) {
      return printed;
    }
    BigDecimal sum = null;
    for (int i = 0; i < row.children().size(); i++) {
      BigDecimal v = effective(table, row.children().get(i), pointer + "/children/" + i, c);
      if (v != null) {
        sum = sum == null ? v : sum.add(v);
      }
    }
    if (printed == null || sum == null) {
      return printed != null ? printed : sum;
    }
    boolean partial = row.kind() == ControlRowKind.PUBLIC_FUNDS; // 其中: the parts listed are only some of it
    boolean consistent = partial ? printed.compareTo(sum) >= 0 : same(printed, sum);
    if (!consistent) {
      FindingMessage message = partial ? FindingMessage.CONTROL_ROW_BELOW_ITS_ITEMS : FindingMessage.CONTROL_ROW_NOT_ITS_PARTS;
      findings.add(message.with("row", row.label()).with("column", COLUMN_NAMES[c]).with("field", COLUMNS[c])
              .with("printed", plain(printed)).with("sum", plain(sum)),
          new Location(table.label(), "经费控制情况", row.label(), pointer + "/" + COLUMNS[c]), sum, printed);
      return sum;
    }
    return printed;
  }

  private static @Nullable BigDecimal column(ControlRow row, int c) {
    return switch (c) {
      case 0 -> Amount.number(row.previousYearFinal());
      case 1 -> Amount.number(row.currentYearBudget());
      default -> Amount.number(row.currentYearFinal());
    };
  }

  // ---------------------------------------------------------------- projects across forms

  private void projects() {
    List<ControlRow> basicRows = pkg.basicData() == null ? List.of()
        : pkg.basicData().allRows().filter(r -> r.kind() == ControlRowKind.PROJECT).toList();
    Set<Report> usedReports = new HashSet<>();
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm form = pkg.projectEvaluations().get(i);
      String pointer = "/projectEvaluations/" + i;
      Optional<ControlRow> basic;
      Optional<Report> report;
      if (form.projectId() != null) {
        String id = form.projectId();
        basic = basicRows.stream().filter(r -> id.equals(r.projectId())).findFirst();
        report = pkg.projectReports().stream().filter(r -> id.equals(r.projectId())).findFirst();
        pkg.project(id).ifPresent(p -> {
          if (!p.name().equals(form.name())) {
            findings.add(FindingMessage.PROJECT_NAME_DIFFERS.with("registered", p.name()).with("form", form.label())
                .with("name", form.name()), Severity.INFO, loc(form, "项目名称", pointer + "/name"), p.name(), form.name());
          }
        });
      } else {
        basic = bestByName(basicRows, ControlRow::label, form.name());
        report = bestByName(pkg.projectReports().stream().filter(r -> r.projectId() == null).toList(),
            r -> r.title() == null ? "" : r.title(), form.name());
        basic.ifPresent(row -> findings.add(FindingMessage.PROJECT_MATCHED_BY_NAME.with("form", form.label())
                .with("row", row.label()).with("name", form.name()),
            Severity.WARNING, loc(form, "项目名称", pointer + "/name"), row.label(), form.name()));
      }
      basic.ifPresent(row -> compareWithBasic(form, pointer, row));
      report.ifPresent(r -> {
        usedReports.add(r);
        compareWithReport(form, pointer, r);
      });
    }
  }

  private void compareWithBasic(SelfEvaluationForm form, String pointer, ControlRow row) {
    // 附件1 and the form may print different units: both are compared in 万元
    MoneyUnit basicUnit = pkg.basicData() == null ? MoneyUnit.WAN_YUAN : pkg.basicData().moneyUnit();
    form.totalFunds().ifPresent(total -> {
      BigDecimal budget = inWanYuan(basicUnit, row.currentYearBudget());
      BigDecimal annual = inWanYuan(form.moneyUnit(), total.annualBudget());
      BigDecimal initial = inWanYuan(form.moneyUnit(), total.initialBudget());
      if (budget != null && annual != null && !same(budget, annual) && (initial == null || !same(budget, initial))) {
        findings.add(FindingMessage.BASIC_BUDGET_DIFFERS.with("row", row.label()).with("basic", plain(budget))
                .with("form", form.label()).with("printed", plain(annual)),
            loc(form, "项目资金", pointer + "/funds/rows/" + form.funds().rows().indexOf(total) + "/annualBudget"),
            annual, budget);
      }
      BigDecimal fin = inWanYuan(basicUnit, row.currentYearFinal());
      BigDecimal executed = inWanYuan(form.moneyUnit(), total.executed());
      if (fin != null && executed != null && !same(fin, executed)) {
        findings.add(FindingMessage.BASIC_FINAL_DIFFERS.with("row", row.label()).with("basic", plain(fin))
                .with("form", form.label()).with("printed", plain(executed)),
            loc(form, "项目资金", pointer + "/funds/rows/" + form.funds().rows().indexOf(total) + "/executed"),
            executed, fin);
      }
    });
  }

  private void compareWithReport(SelfEvaluationForm form, String pointer, Report report) {
    String text = String.join("\n", report.allParagraphs().toList());
    int index = pkg.projectReports().indexOf(report);
    String reportPointer = "/projectReports/" + index;
    String reportName = report.label() != null ? "附件" + report.label() : "项目报告（" + form.name() + "）";
    form.totalFunds().ifPresent(total -> {
      // reports state 万元; the form may print 元
      compareStated(form, report, reportName, reportPointer, text, BUDGET_SCAN, FindingMessage.REPORT_BUDGET_DIFFERS,
          inWanYuan(form.moneyUnit(), total.annualBudget()));
      compareStated(form, report, reportName, reportPointer, text, ALLOCATED_SCAN, FindingMessage.REPORT_ALLOCATION_DIFFERS,
          inWanYuan(form.moneyUnit(), total.annualBudget()));
      compareStated(form, report, reportName, reportPointer, text, SPENT_SCAN, FindingMessage.REPORT_SPENDING_DIFFERS,
          inWanYuan(form.moneyUnit(), total.executed()));
    });
    BigDecimal total = Numbers.value(form.reportedTotal());
    List<MatchResult> scores = total == null ? List.of() : anchoredMatches(SCORE_SCAN, "分", text);
    if (!scores.isEmpty()) {
      MatchResult m = scores.get(0);
      BigDecimal stated = new BigDecimal(m.group(1));
      if (!same(stated, total)) {
        findings.add(FindingMessage.REPORT_SCORE_DIFFERS.with("report", reportName).with("stated", plain(stated))
                .with("form", form.label()).with("total", plain(total)),
            new Location(report.label(), "报告", "综合得分", reportPointer), total, stated);
      }
    }
  }

  private void compareStated(SelfEvaluationForm form, Report report, String reportName, String reportPointer, String text,
      Scan pattern, FindingMessage message, @Nullable BigDecimal formValue) {
    if (formValue == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (MatchResult m : anchoredMatches(pattern, "万元", text)) {
      BigDecimal stated = new BigDecimal(m.group(1));
      BigDecimal comparable = formValue.setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
      if (!same(stated, comparable) && seen.add(m.group())) {
        findings.add(message.with("report", reportName).with("phrase", m.group()).with("form", form.label())
                .with("amount", plain(formValue)).with("stated", plain(stated)),
            new Location(report.label(), "报告", reportName, reportPointer), formValue, stated);
      }
    }
  }

  private void departmentReport() {
    Report report = pkg.departmentReport();
    SelfEvaluationForm form = pkg.departmentEvaluation();
    if (report == null || form == null) {
      return;
    }
    String text = String.join("\n", report.allParagraphs().toList());
    Set<String> done = new HashSet<>();
    for (MatchResult m : anchoredMatches(DEPARTMENT_SPLIT_SCAN, "万元", text)) {
      if (!done.add(m.group(1))) {
        continue;
      }
      FundSplitKind kind = m.group(1).equals("基本支出") ? FundSplitKind.BASIC : FundSplitKind.PROJECT;
      Optional<BigDecimal> printed = form.funds().byExpenditure().stream().filter(s -> s.kind() == kind)
          .map(s -> inWanYuan(form.moneyUnit(), s.amount())).filter(v -> v != null).findFirst();
      if (printed.isEmpty()) {
        continue;
      }
      BigDecimal stated = new BigDecimal(m.group(2));
      BigDecimal comparable = printed.get().setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
      if (!same(stated, comparable)) {
        findings.add(FindingMessage.DEPARTMENT_REPORT_DIFFERS.with("phrase", m.group()).with("form", form.label())
                .with("amount", plain(printed.get())),
            new Location(null, "报告", "部门整体支出绩效自评报告", "/departmentReport"), printed.get(), stated);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The longest stated amount looked for, in characters: the longest lead (安排 + 20 characters +
   * 资金), a number of up to 36 characters and 万元.
   */
  static final int REACH = 64;

  /**
   * The matches {@code pattern.matcher(text).find()} gives, in order, for a pattern whose every
   * match contains the literal {@code anchor} (万元, 分) and is at most {@link #REACH} characters
   * long. Scanning a report of several thousand characters with a pattern that opens with an
   * alternation tries every branch at every position; a match can only start within
   * {@code REACH} characters before an anchor, so only those stretches are searched
   * (AnchoredMatchTest compares the two on generated reports).
   */
  static List<MatchResult> anchoredMatches(Scan scan, String anchor, String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = scan.matcher(text);
    int from = 0;
    for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      if (at < from) {
        continue;
      }
      // the leftmost match starting in [max(from, at - REACH), at], if any
      if (scan.next(m, text, Math.max(from, at - REACH), at, Math.min(text.length(), at + REACH))) {
        out.add(m.toMatchResult());
        from = m.end();
      }
    }
    return out;
  }

  private static Location loc(SelfEvaluationForm form, String section, String pointer) {
    return new Location(form.label(), section, null, pointer);
  }

  /** The candidate whose name is most similar to {@code name} (Dice coefficient of bigrams ≥ 0.5). */
  static <T> Optional<T> bestByName(List<T> candidates, Function<T, String> nameOf, String name) {
    T best = null;
    double bestScore = 0.5;
    for (T c : candidates) {
      double score = similarity(core(nameOf.apply(c)), core(name));
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String core(String name) {
    return name.replaceAll("[0-9]{4}年度?|项目支出|绩效评价报告|绩效自评报告|[\\s\\u3000]", "");
  }

  static double similarity(String a, String b) {
    List<String> x = bigrams(a);
    List<String> y = new ArrayList<>(bigrams(b));
    if (x.isEmpty() || y.isEmpty()) {
      return a.equals(b) ? 1 : 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.remove(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + bigrams(b).size());
  }

  private static List<String> bigrams(String s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  /** A printed amount in 万元, or {@code null} for a blank or marked cell. */
  private static @Nullable BigDecimal inWanYuan(MoneyUnit unit, @Nullable Amount cell) {
    BigDecimal value = Amount.number(cell);
    return value == null ? null : unit.toWanYuan(value);
  }
}

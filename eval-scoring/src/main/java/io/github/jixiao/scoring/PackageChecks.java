package io.github.jixiao.scoring;

import io.github.jixiao.model.io.Limits;
import static io.github.jixiao.scoring.Numbers.plain;
import static io.github.jixiao.scoring.Numbers.same;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.FindingText;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.internal.Scan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Package-level checks: 附件1's own arithmetic, and each project's amounts, names and score
 * compared across 附件1, its 附件3 form and its report — with the amounts two projects exchange
 * (between 附件1 and the forms, or between the reports and the forms) stated as such.
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

  /** A project form with the 附件1 row and the report it is compared with (found by project id, else by name). */
  private record Match(SelfEvaluationForm form, String pointer, Optional<ControlRow> basic, boolean byName,
      Optional<Report> report) {}

  private void projects() {
    List<ControlRow> basicRows = pkg.basicData() == null ? List.of()
        : pkg.basicData().allRows().filter(r -> r.kind() == ControlRowKind.PROJECT).toList();
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm form = pkg.projectEvaluations().get(i);
      String pointer = "/projectEvaluations/" + i;
      if (form.projectId() != null) {
        String id = form.projectId();
        matches.add(new Match(form, pointer, basicRows.stream().filter(r -> id.equals(r.projectId())).findFirst(), false,
            pkg.projectReports().stream().filter(r -> id.equals(r.projectId())).findFirst()));
      } else {
        matches.add(new Match(form, pointer, bestByName(basicRows, ControlRow::label, form.name()), true,
            bestByName(pkg.projectReports().stream().filter(r -> r.projectId() == null).toList(),
                r -> r.title() == null ? "" : r.title(), form.name())));
      }
    }
    List<Swap> swaps = swaps(matches);
    basicSwaps(swaps);
    Map<Match, List<Stated>> stated = new IdentityHashMap<>();
    List<Stated> allStated = new ArrayList<>();
    for (Match m : matches) {
      m.report().ifPresent(r -> {
        List<Stated> those = stated(m, r);
        stated.put(m, those);
        allStated.addAll(those);
      });
    }
    Map<Stated, Stated> reportSwaps = reportSwaps(allStated);
    for (Match m : matches) {
      SelfEvaluationForm form = m.form();
      String pointer = m.pointer();
      if (!m.byName()) {
        pkg.project(form.projectId()).ifPresent(p -> {
          if (!p.name().equals(form.name())) {
            findings.add(FindingMessage.PROJECT_NAME_DIFFERS.with("registered", p.name()).with("form", form.label())
                .with("name", form.name()), Severity.INFO, loc(form, "项目名称", pointer + "/name"), p.name(), form.name());
          }
        });
      } else {
        m.basic().ifPresent(row -> findings.add(FindingMessage.PROJECT_MATCHED_BY_NAME.with("form", form.label())
                .with("row", row.label()).with("name", form.name()),
            Severity.WARNING, loc(form, "项目名称", pointer + "/name"), row.label(), form.name()));
      }
      m.basic().ifPresent(row -> compareWithBasic(m, row, swaps));
      m.report().ifPresent(r -> compareWithReport(m, r, stated.get(m), reportSwaps));
    }
  }

  /** A column 附件1 shares with the project forms: 本年预算数 with 全年预算数, 本年决算数 with 全年执行数. */
  private enum Column {
    BUDGET("本年预算数", "budgets", FindingMessage.BASIC_BUDGET_DIFFERS, FindingMessage.BASIC_BUDGET_SWAPPED),
    FINAL("本年决算数", "final amounts", FindingMessage.BASIC_FINAL_DIFFERS, FindingMessage.BASIC_FINAL_SWAPPED);

    final String zh;
    final String en;
    final FindingMessage differs;
    final FindingMessage swapped;

    Column(String zh, String en, FindingMessage differs, FindingMessage swapped) {
      this.zh = zh;
      this.en = en;
      this.differs = differs;
      this.swapped = swapped;
    }

    /** 附件1's amount in 万元, or {@code null}. */
    @Nullable BigDecimal basic(MoneyUnit unit, ControlRow row) {
      return inWanYuan(unit, this == BUDGET ? row.currentYearBudget() : row.currentYearFinal());
    }

    /** The form's amount in 万元 (全年预算数, 全年执行数), or {@code null}. */
    @Nullable BigDecimal form(SelfEvaluationForm form) {
      return form.totalFunds().map(t -> inWanYuan(form.moneyUnit(), this == BUDGET ? t.annualBudget() : t.executed()))
          .orElse(null);
    }

    /** The pointer of the form's cell. */
    String formPointer(SelfEvaluationForm form, String pointer) {
      FundsRow total = form.totalFunds().orElseThrow();
      return pointer + "/funds/rows/" + form.funds().rows().indexOf(total) + (this == BUDGET ? "/annualBudget" : "/executed");
    }

    /**
     * Whether 附件1 and the form disagree in this column: a 本年预算数 agrees with the form's 年初预算数 too.
     */
    boolean differs(MoneyUnit unit, ControlRow row, SelfEvaluationForm form) {
      BigDecimal basic = basic(unit, row);
      BigDecimal printed = form(form);
      if (basic == null || printed == null || same(basic, printed)) {
        return false;
      }
      if (this == BUDGET) {
        BigDecimal initial = form.totalFunds().map(t -> inWanYuan(form.moneyUnit(), t.initialBudget())).orElse(null);
        return initial == null || !same(basic, initial);
      }
      return true;
    }
  }

  /**
   * Two projects whose amounts in {@code column} 附件1 and their forms exchange: 附件1 gives
   * {@code a} what {@code b}'s form prints and {@code b} what {@code a}'s form prints.
   */
  private record Swap(Column column, Match a, Match b) {
    /** The other project of the swap, seen from {@code m}. */
    Match other(Match m) {
      return m == a ? b : a;
    }

    boolean involves(Match m) {
      return m == a || m == b;
    }
  }

  /**
   * The exchanges between 附件1 and the forms, per column: two projects that both disagree with
   * 附件1, where each one's 附件1 amount is the other one's form amount, and neither could be
   * paired so with a third project (then which two were exchanged is not clear, and each keeps its
   * plain difference).
   */
  private List<Swap> swaps(List<Match> matches) {
    List<Swap> out = new ArrayList<>();
    if (pkg.basicData() == null) {
      return out;
    }
    MoneyUnit unit = pkg.basicData().moneyUnit();
    for (Column c : Column.values()) {
      List<Match> differing = matches.stream()
          .filter(m -> m.basic().isPresent() && c.differs(unit, m.basic().get(), m.form())).toList();
      BiPredicate<Match, Match> exchanged = (a, b) -> a != b && a.basic().get() != b.basic().get()
          && same(c.basic(unit, a.basic().get()), c.form(b.form())) && same(c.basic(unit, b.basic().get()), c.form(a.form()));
      for (Match a : differing) {
        Optional<Match> b = onlyOne(differing, a, exchanged);
        // each pair once, from its first project
        if (b.isPresent() && differing.indexOf(a) < differing.indexOf(b.get()) && onlyOne(differing, b.get(), exchanged)
            .filter(x -> x == a).isPresent()) {
          out.add(new Swap(c, a, b.get()));
        }
      }
    }
    return out;
  }

  /** The one candidate that {@code test} pairs with {@code x}, or empty when there is none or more than one. */
  private static <T> Optional<T> onlyOne(List<T> candidates, T x, BiPredicate<T, T> test) {
    T found = null;
    for (T y : candidates) {
      if (test.test(x, y)) {
        if (found != null) {
          return Optional.empty();
        }
        found = y;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * One finding on each 附件1 row a swap involves, located on the row (a renderer marks its label
   * cell), naming both rows, both forms and both figures. The columns two projects exchange with
   * the same figures (本年预算数 and 本年决算数 both 5 and 20) are one finding; rows in 附件1's
   * order.
   */
  private void basicSwaps(List<Swap> swaps) {
    if (swaps.isEmpty()) {
      return;
    }
    BasicDataTable table = pkg.basicData();
    MoneyUnit unit = table.moneyUnit();
    IdentityHashMap<ControlRow, String> pointers = new IdentityHashMap<>();
    for (int i = 0; i < table.spendingControl().size(); i++) {
      pointers(table.spendingControl().get(i), "/basicData/spendingControl/" + i, pointers);
    }
    List<ControlRow> order = table.allRows().toList();
    record Side(ControlRow row, Match self, Match other, List<Column> columns, BigDecimal basic, BigDecimal otherBasic) {}
    List<Side> sides = new ArrayList<>();
    for (Swap s : swaps) {
      for (Match self : List.of(s.a(), s.b())) {
        Match other = s.other(self);
        BigDecimal basic = s.column().basic(unit, self.basic().get());
        BigDecimal otherBasic = s.column().basic(unit, other.basic().get());
        Side existing = sides.stream().filter(x -> x.self() == self && x.other() == other && same(x.basic(), basic)
            && same(x.otherBasic(), otherBasic)).findFirst().orElse(null);
        if (existing != null) {
          existing.columns().add(s.column());
        } else {
          sides.add(new Side(self.basic().get(), self, other, new ArrayList<>(List.of(s.column())), basic, otherBasic));
        }
      }
    }
    sides.sort(Comparator.comparingInt(x -> indexOf(order, x.row())));
    for (Side side : sides) {
      String pointer = pointers.get(side.row());
      findings.add(FindingMessage.BASIC_AMOUNTS_SWAPPED.with("row", side.row().label())
              .with("other", side.other().basic().get().label())
              .with("columns", String.join("、", side.columns().stream().map(c -> c.zh).toList()))
              .with("basic", plain(side.basic())).with("otherBasic", plain(side.otherBasic()))
              .with("form", side.self().form().label()).with("otherForm", side.other().form().label())
              .with("columnsEn", String.join(" and ", side.columns().stream().map(c -> c.en).toList())),
          new Location(table.label(), "经费控制情况", side.row().label(), pointer), null, null);
    }
  }

  private static void pointers(ControlRow row, String pointer, Map<ControlRow, String> out) {
    out.put(row, pointer);
    for (int i = 0; i < row.children().size(); i++) {
      pointers(row.children().get(i), pointer + "/children/" + i, out);
    }
  }

  private static int indexOf(List<ControlRow> rows, ControlRow row) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == row) {
        return i;
      }
    }
    return rows.size();
  }

  /**
   * The form's 全年预算数 and 全年执行数 against 附件1's 本年预算数 and 本年决算数 (both in 万元): a
   * finding on the form's cell, its own value "本表", 附件1's named; a cell whose amount 附件1
   * exchanges with another project's also names that project (the swap itself is on 附件1).
   */
  private void compareWithBasic(Match m, ControlRow row, List<Swap> swaps) {
    // 附件1 and the form may print different units: both are compared in 万元
    MoneyUnit basicUnit = pkg.basicData() == null ? MoneyUnit.WAN_YUAN : pkg.basicData().moneyUnit();
    SelfEvaluationForm form = m.form();
    for (Column c : Column.values()) {
      if (!c.differs(basicUnit, row, form)) {
        continue;
      }
      BigDecimal basic = c.basic(basicUnit, row);
      BigDecimal printed = c.form(form);
      Location where = loc(form, "项目资金", c.formPointer(form, m.pointer()));
      Optional<Swap> swap = swaps.stream().filter(s -> s.column() == c && s.involves(m)).findFirst();
      FindingText text = swap.isPresent()
          ? c.swapped.with("other", swap.get().other(m).basic().get().label())
              .with("otherForm", swap.get().other(m).form().label())
          : c.differs.text();
      // found: the value printed where the finding is (本表); expected: 附件1's, which is not known to be right either
      findings.add(text.with("row", row.label()).with("basic", plain(basic)).with("form", form.label())
          .with("printed", plain(printed)), where, basic, printed);
    }
  }

  /** An amount a project report states other than its form: the phrase, the figure stated and the form's. */
  private record Stated(Match match, Report report, String reportName, String reportPointer, Scan kind,
      FindingMessage message, String phrase, BigDecimal stated, BigDecimal formValue) {
    /** Whether this statement gives {@code value} at the precision it writes. */
    boolean states(BigDecimal value) {
      return same(stated, value.setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP));
    }
  }

  /** The budget, allocation and spending {@code report} states other than {@code m}'s form, in this order. */
  private List<Stated> stated(Match m, Report report) {
    SelfEvaluationForm form = m.form();
    List<Stated> out = new ArrayList<>();
    form.totalFunds().ifPresent(total -> {
      String text = String.join("\n", report.allParagraphs().toList());
      // reports state 万元; the form may print 元
      stated(m, report, text, BUDGET_SCAN, FindingMessage.REPORT_BUDGET_DIFFERS,
          inWanYuan(form.moneyUnit(), total.annualBudget()), out);
      stated(m, report, text, ALLOCATED_SCAN, FindingMessage.REPORT_ALLOCATION_DIFFERS,
          inWanYuan(form.moneyUnit(), total.annualBudget()), out);
      stated(m, report, text, SPENT_SCAN, FindingMessage.REPORT_SPENDING_DIFFERS,
          inWanYuan(form.moneyUnit(), total.executed()), out);
    });
    return out;
  }

  private void stated(Match match, Report report, String text, Scan pattern, FindingMessage message,
      @Nullable BigDecimal formValue, List<Stated> out) {
    if (formValue == null) {
      return;
    }
    String reportPointer = "/projectReports/" + pkg.projectReports().indexOf(report);
    String reportName = reportName(report, match.form());
    Set<String> seen = new HashSet<>();
    for (MatchResult m : anchoredMatches(pattern, "万元", text)) {
      if (!Limits.fitsDigits(m.group(1))) {
        continue; // more digits than any amount a form holds: not read
      }
      Stated s = new Stated(match, report, reportName, reportPointer, pattern, message, m.group(),
          new BigDecimal(m.group(1)), formValue);
      if (!s.states(formValue) && seen.add(m.group())) {
        out.add(s);
      }
    }
  }

  private static String reportName(Report report, SelfEvaluationForm form) {
    return report.label() != null ? "附件" + report.label() : "项目报告（" + form.name() + "）";
  }

  /**
   * The statements two project reports exchange: of the same kind (budget, allocation, spending),
   * each giving the other project's form amount, and neither pairing so with a third statement
   * (then which reports were exchanged is not clear). Each pair is in the map both ways.
   */
  private static Map<Stated, Stated> reportSwaps(List<Stated> all) {
    Map<Stated, Stated> out = new IdentityHashMap<>();
    BiPredicate<Stated, Stated> exchanged = (x, y) -> x != y && y.kind() == x.kind() && y.match() != x.match()
        && y.report() != x.report() && x.states(y.formValue()) && y.states(x.formValue());
    for (Stated x : all) {
      Optional<Stated> y = onlyOne(all, x, exchanged);
      if (y.isPresent() && onlyOne(all, y.get(), exchanged).filter(z -> z == x).isPresent()) {
        out.put(x, y.get());
      }
    }
    return out;
  }

  private void compareWithReport(Match match, Report report, List<Stated> stated, Map<Stated, Stated> swapped) {
    SelfEvaluationForm form = match.form();
    for (Stated s : stated) {
      Stated other = swapped.get(s);
      FindingText text = other == null
          ? s.message().with("report", s.reportName()).with("phrase", s.phrase()).with("form", form.label())
              .with("amount", plain(s.formValue())).with("stated", plain(s.stated()))
          : FindingMessage.REPORT_AMOUNTS_SWAPPED.with("report", s.reportName()).with("phrase", s.phrase())
              .with("form", form.label()).with("amount", plain(s.formValue())).with("otherReport", other.reportName())
              .with("otherPhrase", other.phrase()).with("otherForm", other.match().form().label())
              .with("otherAmount", plain(other.formValue()));
      findings.add(text, new Location(report.label(), "报告", s.reportName(), s.reportPointer()), s.formValue(), s.stated());
    }
    String reportPointer = "/projectReports/" + pkg.projectReports().indexOf(report);
    String reportName = reportName(report, form);
    BigDecimal total = Numbers.value(form.reportedTotal());
    List<MatchResult> scores = total == null ? List.of()
        : anchoredMatches(SCORE_SCAN, "分", String.join("\n", report.allParagraphs().toList()));
    if (!scores.isEmpty() && Limits.fitsDigits(scores.get(0).group(1))) {
      MatchResult m = scores.get(0);
      BigDecimal statedScore = new BigDecimal(m.group(1));
      if (!same(statedScore, total)) {
        findings.add(FindingMessage.REPORT_SCORE_DIFFERS.with("report", reportName).with("stated", plain(statedScore))
                .with("form", form.label()).with("total", plain(total)),
            new Location(report.label(), "报告", "综合得分", reportPointer), total, statedScore);
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
      if (printed.isEmpty() || !Limits.fitsDigits(m.group(2))) {
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

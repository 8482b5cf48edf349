package io.github.jixiao.importer;

import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FieldException;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundSplitKind;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one form (the lines from its title to the next form) with one layout: the header fields,
 * the funds block, the goals, the indicator table with its total, then grade, notes and footer.
 * Columns are found by their printed headers, never by position; a continued table (续表) is
 * followed when it repeats the header or keeps the column grid.
 */
final class FormReader {
  private static final Pattern UNIT = Pattern.compile("[（(]\\s*(万元|千元|元)\\s*[)）]");
  /** A label's points at its end: "产出指标（50分）", "(50)", or without brackets after a name: "A决策15分". */
  private static final Pattern LEVEL_WEIGHT = Pattern.compile(
      "(?:(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]|(?<=\\p{IsHan})(\\d+(?:\\.\\d+)?)\\s*分)\\s*$");
  private static final List<String> FOOTER_WORDS = List.of("填表人", "填报人", "联系电话", "填报日期", "负责人", "单位名称",
      "审核人", "填表日期", "单位负责人", "财务负责人", "项目负责人", "经办人", "单位（盖章）", "单位(盖章)");
  private static final List<String> GRADE_WORDS = List.of("自评等级", "评价等级", "绩效等级", "等级");

  private final Layout layout;
  private final List<Line> lines;
  private final String base;
  private final List<Problem> problems;
  private final Set<GridCell> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<ImportReport.Cell> read = new ArrayList<>();
  private final List<ImportReport.Unread> unread = new ArrayList<>();
  /** Paragraphs after the form that are not part of it: report text, given back to the caller. */
  final List<Line> after = new ArrayList<>();

  private @Nullable String label;
  private @Nullable String title;
  private @Nullable String name;
  private @Nullable String supervising;
  private @Nullable String implementing;
  private @Nullable MoneyUnit unit;
  private final List<FundsRow> funds = new ArrayList<>();
  private final List<FundSplit> income = new ArrayList<>();
  private final List<FundSplit> expenditure = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<G1> groups = new ArrayList<>();
  private @Nullable ScoreCell totalWeight;
  private @Nullable ScoreCell reportedTotal;
  private @Nullable String grade;
  private final List<String> notes = new ArrayList<>();
  private final List<FooterField> footer = new ArrayList<>();

  private final Matching match;

  private FormReader(Layout layout, List<Line> lines, String base, List<Problem> problems, Matching match) {
    this.match = match;
    this.layout = layout;
    this.lines = lines;
    this.base = base;
    this.problems = problems;
  }

  /** What reading a form gave. */
  record Result(@Nullable SelfEvaluationForm form, ImportReport.Form report, List<Line> after, int matched,
      int expected, List<Problem> problems) {
    int confidence() {
      return expected == 0 ? 0 : (int) Math.round(100.0 * matched / expected);
    }
  }

  static Result read(Layout layout, List<Line> lines, String base, String fallbackLabel, List<Problem> problems,
      Matching match) {
    FormReader r = new FormReader(layout, lines, base, problems, match);
    int before = problems.size();
    r.walk();
    for (Line l : lines) {
      if (r.after.contains(l)) {
        continue;
      }
      for (GridCell c : l.filled()) {
        if (!r.used.contains(c)) {
          r.unread.add(new ImportReport.Unread(c.ref(), c.text(), r.whyUnread(c)));
          if (!r.unreadColumns.containsKey(c)) {
            r.strangers++;
          }
        }
      }
    }
    String lbl = r.label != null ? r.label : fallbackLabel;
    SelfEvaluationForm form = null;
    if (r.name == null) {
      problems.add(Problem.at(base + "/name", lines.get(0).where() + ": the form has no "
          + layout.header().stream().flatMap(List::stream).filter(f -> f.field().equals("name"))
              .map(f -> f.labels().get(0)).findFirst().orElse("项目名称")
          + " (名称不能为空): a " + layout.name() + " prints it in the first rows"));
    } else if (problems.size() == before) {
      try {
        form = r.build(lbl);
      } catch (FieldException e) {
        problems.add(Problem.at(base + "/" + e.field(), lines.get(0).where() + ": " + e.getMessage()));
      }
    }
    int expected = r.expected();
    int confidence = expected == 0 ? 0 : (int) Math.round(100.0 * r.matched() / expected);
    ImportReport.Form report = new ImportReport.Form(base, lbl, r.title, lines.get(0).where(), layout.id(), confidence,
        List.of(), r.read, r.unread);
    return new Result(form, report, r.after, r.matched(), r.expected(), problems);
  }

  private String whyUnread(GridCell c) {
    String col = unreadColumns.get(c);
    return col != null ? "a column " + layout.id() + " keeps no field for (无对应字段的列): " + col
        : "not part of the " + layout.name() + " layout (版式中没有此项)";
  }

  private final Map<GridCell, String> unreadColumns = new IdentityHashMap<>();

  /** The layout's labels found on the form, in their order. */
  private int matched() {
    int m = title != null ? 1 : 0;
    m += (hasName ? 1 : 0) + fieldsFound;
    m += fundsCols.size() + (expectedRange[0] >= 0 ? 2 : 0);
    m += (int) indCols.stream().filter(java.util.Objects::nonNull).count();
    m += totalFound ? 1 : 0;
    return m + rowsByLabel;
  }

  /** The layout's labels, and every header cell it has no column for. */
  private int expected() {
    int e = 1 + (int) layout.header().stream().mapToLong(List::size).sum();
    e += layout.funds().columns().size() + (layout.goals() == null ? 0 : 2);
    e += layout.indicators().columns().size() + 1;
    return e + extraHeaderCells + strangers + rowsRead;
  }

  private boolean hasName;
  /** Printed cells the layout has no place for: each lowers the confidence. */
  private int strangers;
  /** Funds rows whose label the layout lists, and funds rows read at all. */
  private int rowsByLabel;
  private int rowsRead;
  private int fieldsFound;
  private boolean totalFound;
  private int extraHeaderCells;

  // ------------------------------------------------------------------ the walk

  private enum Section { HEAD, FUNDS, SPLITS, GOALS, INDICATORS, AFTER }

  private Section section = Section.HEAD;
  private final Map<String, int[]> fundsCols = new LinkedHashMap<>();
  private int fundsFirst = Integer.MAX_VALUE;
  private @Nullable Grid fundsGrid;
  private int[] incomeRange = {-1, -1};
  private int[] expenditureRange = {-1, -1};
  private int[] expectedRange = {-1, -1};
  private int[] actualRange = {-1, -1};
  private List<int[]> indCols = List.of();
  private @Nullable Grid indGrid;
  private int indGridColumns;

  private void walk() {
    int i = 0;
    // label and title
    while (i < lines.size() && section == Section.HEAD) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        i++;
        continue;
      }
      String t = l.text();
      String sq = Labels.squash(t);
      if (label == null && title == null && l.filled().size() == 1 && sq.matches("附件[^\\s]{1,10}")) {
        label = sq.substring(2);
        use(l.first());
        i++;
        continue;
      }
      if (title == null && l.filled().size() == 1 && isTitle(sq)) {
        title = l.first().text();
        use(l.first());
        i++;
        continue;
      }
      if (label == null && title == null && l.filled().size() == 1 && sq.length() <= 10 && i + 1 < lines.size()
          && isTitle(Labels.squash(lines.get(i + 1).text()))) {
        label = l.first().text().strip();
        use(l.first());
        i++;
        continue;
      }
      break;
    }
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (ended) {
        after.add(l);
        continue;
      }
      if (section == Section.AFTER) {
        if (l.isParagraph() && isContinuedMark(l)) {
          use(l.first());
          lastGrid = null; // the next table continues this form
          continue;
        }
        if (!l.isParagraph() && lastGrid == null) {
          lastGrid = l.grid();
        }
        if (!l.isParagraph() && l.grid() != lastGrid) {
          // another table after the form's end: not this form's (a list of findings, the next part)
          ended = true;
          after.add(l);
          continue;
        }
        trailer(l);
        continue;
      }
      if (!l.isParagraph()) {
        lastGrid = l.grid();
      }
      if (headerFields(l)) {
        continue;
      }
      if (section != Section.INDICATORS && fundsHeader(l)) {
        section = Section.FUNDS;
        continue;
      }
      if (section != Section.INDICATORS && splitsHeader(l)) {
        section = Section.SPLITS;
        continue;
      }
      if (section != Section.INDICATORS && goalsHeader(l)) {
        section = Section.GOALS;
        continue;
      }
      if (section != Section.INDICATORS && band(l)) {
        continue;
      }
      int h = indicatorHeader(i);
      if (h > 0) {
        section = Section.INDICATORS;
        i += h - 1;
        continue;
      }
      switch (section) {
        case FUNDS -> fundsRow(l);
        case SPLITS -> splitRow(l);
        case GOALS -> goalRow(l);
        case INDICATORS -> indicatorRow(l);
        default -> { }
      }
    }
  }

  /** "年度绩效目标1（80分）" above the indicator table, alone on its line or in a cell across the table. */
  private static final java.util.regex.Pattern BAND =
      java.util.regex.Pattern.compile("(?:年度)?绩效目标[0-9一二三四五六七八九十]*[（(]([0-9]+(?:\\.[0-9]+)?)分[)）]");

  /** Reads a band printed above the indicator table (its label as printed and its weight). */
  private boolean band(Line l) {
    List<GridCell> cells = l.filled();
    if (cells.size() != 1 || indicatorsLabel != null) {
      return false;
    }
    GridCell c = cells.get(0);
    java.util.regex.Matcher m = BAND.matcher(Labels.squash(c.text()));
    if (!m.matches()) {
      return false;
    }
    use(c);
    indicatorsLabel = c.text().strip();
    indicatorsWeight = new java.math.BigDecimal(m.group(1));
    return true;
  }

  private @Nullable String indicatorsLabel;
  private java.math.@Nullable BigDecimal indicatorsWeight;

  private boolean isTitle(String squashed) {
    return squashed.length() <= 80 && layout.title().words().stream().anyMatch(w -> squashed.contains(Labels.squash(w)));
  }

  private void use(@Nullable GridCell c) {
    if (c != null) {
      used.add(c);
    }
  }

  // ------------------------------------------------------------------ header fields

  private boolean headerFields(Line l) {
    boolean any = false;
    List<GridCell> cells = l.filled();
    for (int k = 0; k < cells.size(); k++) {
      GridCell c = cells.get(k);
      for (List<Layout.Field> row : layout.header()) {
        for (Layout.Field f : row) {
          if (!match.matches(c.text(), f.labels())) {
            continue;
          }
          any = true;
          use(c);
          if (f.field().equals("name")) {
            hasName = true;
          } else {
            fieldsFound++;
          }
          GridCell v = k + 1 < cells.size() && !isAnyFieldLabel(cells.get(k + 1)) ? cells.get(k + 1) : null;
          String p = base + "/" + f.field();
          String value = v == null ? null : text(v, p);
          switch (f.field()) {
            case "name" -> name = value;
            case "supervisingDepartment" -> supervising = value;
            default -> implementing = value;
          }
        }
      }
    }
    return any;
  }

  private boolean isAnyFieldLabel(GridCell c) {
    return layout.header().stream().flatMap(List::stream).anyMatch(f -> match.matches(c.text(), f.labels()));
  }

  // ------------------------------------------------------------------ funds

  private boolean fundsHeader(Line l) {
    if (layout.funds().columns().isEmpty()) {
      return false; // a 评分表 printed without a funds block
    }
    if (!fundsCols.isEmpty() && section != Section.HEAD) {
      return false;
    }
    Map<String, int[]> found = mapColumns(l.cells(), layout.funds().columns(), null);
    if (found.size() < Math.min(2, layout.funds().columns().size())) {
      return false;
    }
    fundsCols.clear();
    fundsCols.putAll(found);
    fundsFirst = found.values().stream().mapToInt(r -> r[0]).min().orElse(Integer.MAX_VALUE);
    fundsGrid = l.grid();
    for (GridCell c : l.filled()) {
      if (c.column() >= fundsFirst && !used.contains(c)) {
        extraHeaderCells++;
      }
      if (c.column() < fundsFirst) {
        use(c);
        Matcher m = UNIT.matcher(c.text());
        if (m.find()) {
          unit = MoneyUnit.ofPrinted(m.group(1)).orElse(null);
        }
      }
    }
    return true;
  }

  /**
   * Finds each layout column's header among the cells, in the layout's order, left to right. The
   * key is the column's index in the layout as a string (fields may repeat); the value its grid
   * range [start, end).
   */
  private Map<String, int[]> mapColumns(List<GridCell> cells, List<Layout.Column> cols, @Nullable List<GridCell> upper) {
    Map<String, int[]> out = new LinkedHashMap<>();
    int from = 0;
    for (int i = 0; i < cols.size(); i++) {
      Layout.Column col = cols.get(i);
      for (GridCell c : cells) {
        if (c.column() < from || c.isContinuation() || used.contains(c)) {
          continue;
        }
        if (match.matches(c.text(), col.labels())) {
          out.put(String.valueOf(i), new int[] {c.column(), c.end()});
          from = c.end();
          used.add(c);
          break;
        }
      }
    }
    return out;
  }

  private void fundsRow(Line l) {
    List<GridCell> left = l.filled().stream().filter(c -> c.column() < fundsFirst).toList();
    String labelText = null;
    GridCell labelCell = null;
    for (GridCell c : left) {
      if (match.matches(c.text(), layout.funds().labels()) || UNIT.matcher(c.text()).find()
          && Labels.squash(c.text()).contains("资金")) {
        use(c);
        Matcher m = UNIT.matcher(c.text());
        if (m.find() && unit == null) {
          unit = MoneyUnit.ofPrinted(m.group(1)).orElse(null);
        }
        continue;
      }
      labelCell = c;
      labelText = c.text();
    }
    if (labelCell == null) {
      return;
    }
    FundsRowKind kind = fundsKind(labelText);
    if (kind == null) {
      return;
    }
    use(labelCell);
    String p = base + "/funds/rows/" + funds.size();
    read.add(new ImportReport.Cell(labelCell.ref(), p + "/label", labelText, labelText, null));
    Amount ib = null;
    Amount ab = null;
    Amount ex = null;
    ScoreCell w = null;
    String rate = null;
    ScoreCell s = null;
    String reason = null;
    for (Map.Entry<String, int[]> e : fundsCols.entrySet()) {
      String field = layout.funds().columns().get(Integer.parseInt(e.getKey())).field();
      GridCell c = cellIn(l, e.getValue());
      if (c == null) {
        continue;
      }
      if (field == null) {
        unreadColumns.put(c, layout.funds().columns().get(Integer.parseInt(e.getKey())).labels().get(0));
        continue;
      }
      String fp = p + "/" + field;
      switch (field) {
        case "initialBudget" -> ib = amount(c, fp);
        case "annualBudget" -> ab = amount(c, fp);
        case "executed" -> ex = amount(c, fp);
        case "weight" -> w = score(c, fp);
        case "executionRate" -> rate = text(c, fp);
        case "score" -> s = score(c, fp);
        default -> reason = text(c, fp);
      }
    }
    funds.add(new FundsRow(kind, labelText, ib, ab, ex, w, rate, s, reason));
  }

  private @Nullable FundsRowKind fundsKind(String label) {
    rowsRead++;
    for (Layout.Row r : layout.funds().rows()) {
      if (match.matches(label, r.labels())) {
        rowsByLabel++;
        return r.kind();
      }
    }
    String s = Labels.squash(label);
    if (s.contains("资金总额") || s.equals("合计") || s.equals("小计")) {
      return FundsRowKind.TOTAL;
    }
    if (s.contains("财政拨款")) {
      return FundsRowKind.CURRENT_YEAR_APPROPRIATION;
    }
    if (s.contains("结转")) {
      return FundsRowKind.CARRY_OVER;
    }
    if (s.contains("其他资金")) {
      return FundsRowKind.OTHER_FUNDS;
    }
    return null;
  }

  // ------------------------------------------------------------------ splits (部门整体)

  private boolean splitsHeader(Line l) {
    Layout.Splits s = layout.funds().splits();
    if (s == null || incomeRange[0] >= 0) {
      return false;
    }
    GridCell in = null;
    GridCell ex = null;
    for (GridCell c : l.filled()) {
      if (match.matches(c.text(), s.income())) {
        in = c;
      } else if (match.matches(c.text(), s.expenditure())) {
        ex = c;
      }
    }
    if (in == null || ex == null) {
      return false;
    }
    use(in);
    use(ex);
    incomeRange = new int[] {in.column(), ex.column()};
    expenditureRange = new int[] {ex.column(), Integer.MAX_VALUE};
    for (GridCell c : l.filled()) {
      if (c.column() < in.column()) {
        use(c);
      }
    }
    return true;
  }

  private void splitRow(Line l) {
    for (GridCell c : l.filled()) {
      if (c.column() >= incomeRange[0] && c.column() < incomeRange[1]) {
        split(c, income, "/funds/byIncome/");
      } else if (c.column() >= expenditureRange[0]) {
        split(c, expenditure, "/funds/byExpenditure/");
      } else {
        use(c);
      }
    }
  }

  private static final Pattern SPLIT = Pattern.compile("^(.*?)[：:]\\s*([^：:]*)$", Pattern.DOTALL);

  private void split(GridCell c, List<FundSplit> into, String path) {
    String p = base + path + into.size();
    Matcher m = SPLIT.matcher(c.text().strip());
    String label = m.matches() ? m.group(1) : c.text().strip();
    String amountText = m.matches() ? m.group(2).strip() : "";
    FundSplitKind kind = splitKind(label);
    if (kind == null) {
      problems.add(Problem.at(p + "/label", c.ref() + ": unknown source of funds '" + Values.quote(c.text())
          + "' (无法识别的资金性质; expected 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金, 基本支出, 项目支出)"));
      return;
    }
    use(c);
    Amount amount = null;
    if (!amountText.isEmpty()) {
      Values.Read v = Values.read(amountText, "万元", "元");
      if (v == null) {
        problems.add(Problem.at(p + "/amount", c.ref() + ": 金额 " + Values.notANumber(amountText)
            + " (金额须为数字，如 1873.66)"));
        return;
      }
      amount = v.number() != null ? Amount.of(v.number()) : Amount.mark(v.mark());
      read.add(new ImportReport.Cell(c.ref(), p + "/amount", amountText, v.value(), v.normalised()));
    }
    read.add(new ImportReport.Cell(c.ref(), p + "/label", label, label, null));
    into.add(new FundSplit(kind, label, amount));
  }

  static @Nullable FundSplitKind splitKind(String label) {
    return FundSplitKind.ofLabel(Labels.squash(label)).orElse(null);
  }

  // ------------------------------------------------------------------ goals

  private boolean goalsHeader(Line l) {
    Layout.Goals g = layout.goals();
    if (g == null || expectedRange[0] >= 0) {
      return false;
    }
    GridCell e = null;
    GridCell a = null;
    for (GridCell c : l.filled()) {
      if (e == null && match.matches(c.text(), g.expected())) {
        e = c;
      } else if (a == null && match.matches(c.text(), g.actual())) {
        a = c;
      }
    }
    if (e == null || a == null) {
      return false;
    }
    for (GridCell c : l.filled()) {
      if (c.column() < e.column() || c == e || c == a) {
        use(c);
      }
    }
    expectedRange = new int[] {e.column(), a.column()};
    actualRange = new int[] {a.column(), Integer.MAX_VALUE};
    return true;
  }

  private void goalRow(Line l) {
    String p = base + "/goals/" + goals.size();
    String e = null;
    String a = null;
    for (GridCell c : l.filled()) {
      if (c.column() >= expectedRange[0] && c.column() < expectedRange[1]) {
        e = e == null ? text(c, p + "/expected") : e + "\n" + text(c, p + "/expected");
      } else if (c.column() >= actualRange[0]) {
        a = a == null ? text(c, p + "/actual") : a + "\n" + text(c, p + "/actual");
      } else {
        use(c);
      }
    }
    if (e != null || a != null) {
      goals.add(new Goal(e, a));
    }
  }

  // ------------------------------------------------------------------ indicators

  /** How many lines the indicator header takes at line i (0: it is not the header). */
  private int indicatorHeader(int i) {
    Line l = lines.get(i);
    List<Layout.Column> cols = layout.indicators().columns();
    long hits = l.filled().stream().filter(c -> cols.stream().anyMatch(k -> match.matches(c.text(), k.labels())
        || k.group() != null && match.matches(c.text(), List.of(k.group())))).count();
    if (hits < Math.min(3, cols.size())) {
      return 0;
    }
    List<GridCell> cells = new ArrayList<>(l.cells());
    int n = 1;
    boolean twoRows = cols.stream().anyMatch(k -> k.group() != null);
    if (i + 1 < lines.size() && lines.get(i + 1).grid() == l.grid()) {
      Line next = lines.get(i + 1);
      long nextHits = next.filled().stream()
          .filter(c -> cols.stream().anyMatch(k -> match.matches(c.text(), k.labels()))).count();
      if (twoRows && nextHits > 0 || nextHits >= 2 && next.filled().stream().noneMatch(c -> isNumber(c.text()))) {
        cells.addAll(next.cells());
        n = 2;
      }
    }
    cells.sort(Comparator.comparingInt(GridCell::column));
    // the lower row of a two-row header first: its labels are the specific ones
    Map<String, int[]> found = mapHeader(cells, cols);
    for (GridCell c : cells) {
      if (!c.isBlank() && !c.isContinuation() && !used.contains(c)) {
        boolean side = match.matches(c.text(), layout.indicators().labels());
        boolean group = cols.stream().anyMatch(k -> k.group() != null && match.matches(c.text(), List.of(k.group())));
        if (side || group) {
          used.add(c);
        }
      }
    }
    for (GridCell c : cells) {
      if (!c.isBlank() && !c.isContinuation() && !used.contains(c)) {
        extraHeaderCells++;
      }
    }
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      ranges.add(found.get(String.valueOf(k)));
    }
    indCols = ranges;
    freshGrid = !groups.isEmpty();
    indGrid = l.grid();
    indGridColumns = l.grid() == null ? 0 : l.grid().columns();
    return n;
  }

  private Map<String, int[]> mapHeader(List<GridCell> cells, List<Layout.Column> cols) {
    // a header cell of a two-row header is matched by its own labels; when two cells match (the group
    // above and the specific one below), the narrower one wins
    Map<String, int[]> out = new LinkedHashMap<>();
    int from = 0;
    for (int i = 0; i < cols.size(); i++) {
      Layout.Column col = cols.get(i);
      GridCell best = null;
      for (GridCell c : cells) {
        if (c.column() < from || c.isContinuation() || used.contains(c) || !match.matches(c.text(), col.labels())) {
          continue;
        }
        if (best == null || c.column() < best.column() || c.column() == best.column() && c.span() < best.span()) {
          best = c;
        }
      }
      if (best != null) {
        out.put(String.valueOf(i), new int[] {best.column(), best.end()});
        from = best.end();
        used.add(best);
      }
    }
    return out;
  }

  private static boolean isNumber(String s) {
    return Values.read(s) != null && !s.isBlank();
  }

  private static final class G1 {
    final @Nullable String label;
    @Nullable BigDecimal weight;
    /** The level-1 得分 a column of its own prints (merged down beside the group). */
    @Nullable ScoreCell score;
    final List<G2> children = new ArrayList<>();
    final @Nullable GridCell cell;

    G1(@Nullable String label, @Nullable GridCell cell) {
      this.label = label;
      this.cell = cell;
    }
  }

  private static final class G2 {
    final @Nullable String label;
    final List<IndicatorRow> rows = new ArrayList<>();
    /** Per row: whether its 分值 / 得分 cell continues a merged cell above (printed once for rows below). */
    final List<Boolean> weightMerged = new ArrayList<>();
    final List<Boolean> scoreMerged = new ArrayList<>();
    /** Whether the merged 分值 or 得分 of its last row runs on into the next group (then it is not this group's). */
    boolean mergeRunsOn;
    /** The 二级指标's own 分值 and 得分, where a column of their own prints them (a Hainan form). */
    @Nullable ScoreCell weight;
    @Nullable ScoreCell score;

    G2(@Nullable String label) {
      this.label = label;
    }

    /**
     * A group scored as a whole, as a Hubei form prints it: one 分值 (得分) cell merged down beside all
     * its rows. That cell is the group's, not its first row's.
     */
    boolean merged(List<Boolean> flags) {
      return rows.size() > 1 && !mergeRunsOn && !flags.get(0) && flags.subList(1, flags.size()).stream().allMatch(b -> b);
    }

    Level2Group build(@Nullable Level2Indicator indicator) {
      boolean w = weight == null && merged(weightMerged);
      boolean sc = score == null && merged(scoreMerged);
      if (!w && !sc) {
        return weight == null && score == null ? new Level2Group(indicator, label, rows)
            : new Level2Group(indicator, label, rows, null, weight, score);
      }
      IndicatorRow first = rows.get(0);
      List<IndicatorRow> out = new ArrayList<>(rows);
      out.set(0, new IndicatorRow(first.name(), first.unitOfMeasure(), first.nature(), first.target(),
          first.adjustedTarget(), first.actual(), w ? null : first.weight(), first.scoreCoefficient(),
          sc ? null : first.score(), first.core(), first.criteria(), first.explanation(), first.deviationReason(),
          first.execution()));
      return new Level2Group(indicator, label, out, null, w ? first.weight() : weight, sc ? first.score() : score);
    }
  }

  private int field(String name) {
    List<Layout.Column> cols = layout.indicators().columns();
    for (int i = 0; i < cols.size(); i++) {
      if (name.equals(cols.get(i).field()) && indCols.get(i) != null) {
        return i;
      }
    }
    return -1;
  }

  private void indicatorRow(Line l) {
    if (l.grid() != indGrid) {
      // a table continued after a page break (续表) without repeating its header
      if (l.isParagraph()) {
        if (isContinuedMark(l)) {
          use(l.first());
          return;
        }
        String t = Labels.squash(l.text());
        if (!groups.isEmpty() && (t.startsWith("注") || t.startsWith("备注") || t.startsWith("说明"))) {
          section = Section.AFTER;
          trailer(l);
          return;
        }
        if (!groups.isEmpty()) {
          // text after the indicator rows that neither continues the table nor notes it: the form has ended
          ended = true;
          after.add(l);
        }
        return;
      }
      if (l.grid() != null && l.grid().columns() != indGridColumns) {
        problems.add(Problem.at(base + "/indicators", l.where() + ": this table continues the indicator table of "
            + (indGrid == null ? "the form" : indGrid.name()) + " with " + l.grid().columns() + " columns instead of "
            + indGridColumns + " and does not repeat the header (续表的列与表头不一致，请在续表中重复表头)"));
        indGrid = l.grid();
        return;
      }
      indGrid = l.grid();
      freshGrid = true;
    }
    boolean fresh = freshGrid;
    freshGrid = false;
    GridCell first = l.first();
    if (first != null && match.matches(first.text(), layout.indicators().total())) {
      use(first);
      totalFound = true;
      int w = field("weight");
      int s = field("score");
      if (w >= 0) {
        GridCell c = cellIn(l, indCols.get(w));
        totalWeight = c == null || c == first ? null : score(c, base + "/totalWeight");
      }
      if (s >= 0) {
        GridCell c = cellIn(l, indCols.get(s));
        reportedTotal = c == null || c == first ? null : score(c, base + "/reportedTotal");
      }
      section = Section.AFTER;
      return;
    }
    if (first != null && isGradeOrFooter(l)) {
      section = Section.AFTER;
      trailer(l);
      return;
    }
    if (first != null && l.filled().size() == 1 && first.column() == 0 && l.grid() != null
        && first.end() >= l.grid().columns() && l.cells().stream().noneMatch(GridCell::isContinuation)) {
      // one cell across the whole table below the indicators: a note (说明, 注), the table has no 总分 row
      section = Section.AFTER;
      trailer(l);
      return;
    }
    for (GridCell c : l.filled()) {
      if (c.column() < firstIndicatorColumn() && match.matches(c.text(), layout.indicators().labels())) {
        use(c); // the side label 绩效指标, merged down the rows (or begun below the header)
      }
    }
    int l1 = field("level1");
    int l1w = field("level1Weight");
    int l1s = field("level1Score");
    int l2 = field("level2");
    int l2w = field("level2Weight");
    int l2s = field("level2Score");
    String gp = base + "/indicators/";
    // level 1
    if (l1 >= 0) {
      GridCell c = cellAt(l, indCols.get(l1));
      boolean cont = c != null && c.isContinuation() || c == null && !groups.isEmpty() && !mergesIn(l1);
      if (!cont || groups.isEmpty()) {
        boolean blank = c == null || c.isBlank();
        String labelText = blank ? null : label(c, gp + groups.size() + "/label");
        if (!blank && !groups.isEmpty() && (fresh || groups.get(groups.size() - 1).cell != null && !mergesIn(l1))
            && labelText.equals(groups.get(groups.size() - 1).label)) {
          // the same label printed again on every row of a sheet without merged cells
          read.remove(read.size() - 1);
        } else {
          G1 g = new G1(labelText, blank ? null : c);
          g.weight = weightOf(labelText);
          groups.add(g);
        }
      }
    } else if (groups.isEmpty()) {
      groups.add(new G1(null, null));
    }
    G1 g1 = groups.get(groups.size() - 1);
    if (l1w >= 0) {
      GridCell c = ownCell(l, l1w);
      if (c != null) {
        ScoreCell w = score(c, gp + (groups.size() - 1) + "/weight");
        g1.weight = w == null ? null : w.value();
      }
    }
    if (l1s >= 0) {
      GridCell c = ownCell(l, l1s);
      if (c != null) {
        g1.score = score(c, gp + (groups.size() - 1) + "/score");
      }
    }
    // level 2
    if (l2 >= 0) {
      GridCell c = cellAt(l, indCols.get(l2));
      boolean cont = c != null && c.isContinuation() || c == null && !g1.children.isEmpty() && !mergesIn(l2);
      if (!cont || g1.children.isEmpty()) {
        String labelText = c == null || c.isBlank() ? null
            : label(c, gp + (groups.size() - 1) + "/children/" + g1.children.size() + "/label");
        if (labelText != null && !g1.children.isEmpty() && (fresh || !mergesIn(l2))
            && labelText.equals(g1.children.get(g1.children.size() - 1).label)) {
          read.remove(read.size() - 1);
        } else {
          G2 g2 = new G2(labelText);
          BigDecimal w = weightOf(labelText); // "A1项目立项5分": the group's points, as a level-1 label's
          g2.weight = w == null ? null : ScoreCell.of(w);
          g1.children.add(g2);
        }
      }
    } else if (g1.children.isEmpty()) {
      g1.children.add(new G2(null));
    }
    G2 g2 = g1.children.get(g1.children.size() - 1);
    String cp = gp + (groups.size() - 1) + "/children/" + (g1.children.size() - 1);
    if (l2w >= 0) {
      GridCell c = ownCell(l, l2w);
      if (c != null) {
        g2.weight = score(c, cp + "/weight");
      }
    }
    if (l2s >= 0) {
      GridCell c = ownCell(l, l2s);
      if (c != null) {
        g2.score = score(c, cp + "/score");
      }
    }
    String rp = cp + "/rows/" + g2.rows.size();
    Map<String, String> text = new LinkedHashMap<>();
    ScoreCell weight = null;
    ScoreCell score = null;
    boolean weightCont = false;
    boolean scoreCont = false;
    List<Layout.Column> cols = layout.indicators().columns();
    for (int i = 0; i < cols.size(); i++) {
      if (i == l1 || i == l1w || i == l1s || i == l2 || i == l2w || i == l2s || indCols.get(i) == null) {
        continue;
      }
      String f0 = cols.get(i).field();
      if ("weight".equals(f0) || "score".equals(f0)) {
        GridCell at = cellAt(l, indCols.get(i));
        if (at != null && at.isContinuation()) {
          // the 分值 / 得分 cell merged down from a row above: nothing of this row's own
          if ("weight".equals(f0)) {
            weightCont = true;
          } else {
            scoreCont = true;
          }
          continue;
        }
      }
      GridCell c = cellIn(l, indCols.get(i));
      if (c == null) {
        continue;
      }
      String f = cols.get(i).field();
      if (f == null) {
        unreadColumns.put(c, cols.get(i).labels().get(0));
        continue;
      }
      switch (f) {
        case "weight" -> weight = score(c, rp + "/weight");
        case "score" -> score = score(c, rp + "/score");
        default -> text.put(f, text(c, rp + "/" + f));
      }
    }
    IndicatorRow row = new IndicatorRow(text.get("name"), text.get("unitOfMeasure"), text.get("nature"),
        text.get("target"), text.get("adjustedTarget"), text.get("actual"), weight, text.get("scoreCoefficient"), score,
        text.get("core"), text.get("criteria"), text.get("explanation"), text.get("deviationReason"), false);
    if (!row.isBlank()) {
      if (g2.rows.isEmpty() && (weightCont || scoreCont) && lastG2 != null && lastG2 != g2) {
        lastG2.mergeRunsOn = true; // a merged 分值/得分 cell from the group above runs on into this one
      }
      g2.rows.add(row);
      g2.weightMerged.add(weightCont);
      g2.scoreMerged.add(scoreCont);
      lastG2 = g2;
    }
  }

  /**
   * The cell a group's own 分值 or 得分 column prints on this line: the first of a merged cell, or a
   * cell of its own; {@code null} on the rows a merged cell covers and where it is blank.
   */
  private @Nullable GridCell ownCell(Line l, int column) {
    GridCell c = cellAt(l, indCols.get(column));
    return c != null && !c.isContinuation() && !c.isBlank() ? c : null;
  }

  /** The level-2 group the last row was added to. */
  private @Nullable G2 lastG2;

  private int firstIndicatorColumn() {
    return indCols.stream().filter(java.util.Objects::nonNull).mapToInt(r -> r[0]).min().orElse(0);
  }

  /** "（续表）", "续表1": the table goes on after a page break. */
  private static boolean isContinuedMark(Line l) {
    String s = Labels.squash(l.text());
    return s.matches("[(（]?续表[0-9一二三四五六七八九十]*[)）]?[:：]?") ;
  }

  /** Whether the form has ended: every later line is outside it. */
  private boolean ended;
  /** The table the form's last row came from. */
  private @Nullable Grid lastGrid;
  private boolean freshGrid;
  private final Map<String, Boolean> merges = new java.util.HashMap<>();

  /** Whether any cell of the column's grid range in the current indicator table is a merged continuation. */
  private boolean mergesIn(int column) {
    int[] r = indCols.get(column);
    return merges.computeIfAbsent((indGrid == null ? "" : indGrid.name()) + ":" + r[0] + ":" + r[1], k -> {
      for (Line l : lines) {
        if (l.grid() == indGrid) {
          for (GridCell c : l.cells()) {
            if (c.isContinuation() && c.column() >= r[0] && c.column() < r[1]) {
              return true;
            }
          }
        }
      }
      return false;
    });
  }

  /** A label's points at its end ("产出指标（50分）", "A决策15分"), or {@code null}. */
  static @Nullable BigDecimal weightOf(@Nullable String label) {
    if (label == null) {
      return null;
    }
    Matcher m = LEVEL_WEIGHT.matcher(Labels.squash(label));
    if (!m.find()) {
      return null;
    }
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    return io.github.jixiao.model.io.Limits.fitsDigits(digits) ? new BigDecimal(digits) : null;
  }

  // ------------------------------------------------------------------ grade, notes, footer

  private boolean isGradeOrFooter(Line l) {
    GridCell f = l.first();
    if (f == null) {
      return false;
    }
    String s = Labels.squash(f.text());
    return GRADE_WORDS.stream().anyMatch(s::equals) || FOOTER_WORDS.stream().anyMatch(w -> s.startsWith(Labels.squash(w))
        && (s.length() == Labels.squash(w).length() || s.charAt(Labels.squash(w).length()) == ':'));
  }

  private void trailer(Line l) {
    GridCell f = l.first();
    if (f == null) {
      return;
    }
    String s = Labels.squash(f.text());
    if (GRADE_WORDS.stream().anyMatch(s::equals) && l.filled().size() == 2) {
      use(f);
      grade = text(l.filled().get(1), base + "/reportedGrade");
      return;
    }
    if (isGradeOrFooter(l) || layout.footer().stream().anyMatch(w -> s.startsWith(Labels.squash(w)))) {
      for (GridCell c : l.filled()) {
        use(c);
        for (String part : footerParts(c.text())) {
          String p = base + "/footer/" + footer.size();
          FooterField ff = footerField(part);
          read.add(new ImportReport.Cell(c.ref(), p, part, ff.label() + (ff.value() == null ? "" : "：" + ff.value()),
              null));
          footer.add(ff);
        }
      }
      return;
    }
    if (l.isParagraph() && !(s.startsWith("注") || s.startsWith("备注") || s.startsWith("说明"))) {
      ended = true;
      after.add(l);
      return;
    }
    if (l.filled().size() == 1) {
      String p = base + "/notes/" + notes.size();
      notes.add(text(f, p));
    }
  }

  private static final Pattern FOOTER_GAP = Pattern.compile("[ \u3000\t]{2,}|\n");

  /**
   * The fields of one footer cell: "填表人：　　　　填报日期：　　　联系电话：" (one line, fields apart by runs
   * of spaces) is three fields; a field's value keeps its single spaces.
   */
  static List<String> footerParts(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String piece : FOOTER_GAP.split(text.strip())) {
      String p = piece.strip();
      if (p.isEmpty()) {
        continue;
      }
      boolean startsField = p.contains("：") || p.contains(":") && !p.startsWith(":");
      if (startsField && cur.length() > 0) {
        parts.add(cur.toString());
        cur.setLength(0);
      }
      if (cur.length() > 0) {
        cur.append(' ');
      }
      cur.append(p);
    }
    if (cur.length() > 0) {
      parts.add(cur.toString());
    }
    return parts;
  }

  /** "填表人：张三" → (填表人, 张三); "填表人：" → (填表人, null); "项目负责人:" → (项目负责人:, null). */
  static FooterField footerField(String text) {
    String t = text.strip();
    int colon = t.indexOf('：');
    if (colon < 0) {
      int ascii = t.indexOf(':');
      if (ascii < 0 || t.substring(ascii + 1).isBlank()) {
        return new FooterField(t, null);
      }
      colon = ascii;
    }
    String label = t.substring(0, colon);
    String value = t.substring(colon + 1);
    if (label.isBlank()) {
      return new FooterField(t, null);
    }
    return new FooterField(label, value.isBlank() ? null : value);
  }

  // ------------------------------------------------------------------ cells

  /** The first printed cell starting inside the range (continuations excluded), or {@code null}. */
  private static @Nullable GridCell cellIn(Line l, int[] range) {
    for (GridCell c : l.cells()) {
      if (c.column() >= range[0] && c.column() < range[1] && !c.isContinuation()
          && (!c.isBlank() || c.kind() == GridCell.Kind.FORMULA_NO_VALUE || c.kind() == GridCell.Kind.DAMAGED)) {
        return c;
      }
    }
    return null;
  }

  /** The cell starting inside the range, continuation or blank included, or {@code null}. */
  private static @Nullable GridCell cellAt(Line l, int[] range) {
    for (GridCell c : l.cells()) {
      if (c.column() >= range[0] && c.column() < range[1]) {
        return c;
      }
    }
    return null;
  }

  private boolean formulaWithoutValue(GridCell c, String pointer) {
    if (c.kind() == GridCell.Kind.DAMAGED) {
      used.add(c);
      problems.add(Problem.at(pointer, c.ref() + ": " + c.raw()));
      return true;
    }
    if (c.kind() != GridCell.Kind.FORMULA_NO_VALUE) {
      return false;
    }
    used.add(c);
    problems.add(Problem.at(pointer, c.ref() + ": 公式没有保存的计算结果，请在 Excel/WPS 中打开并保存后再导入 (the formula "
        + c.raw() + " has no saved result: open the workbook in Excel or WPS, save it, and import it again)"));
    return true;
  }

  private @Nullable String text(GridCell c, String pointer) {
    if (formulaWithoutValue(c, pointer)) {
      return null;
    }
    used.add(c);
    if (c.kind() == GridCell.Kind.FORMULA && c.text().matches("-?\\d+(\\.\\d+)?")) {
      // "=100%" typed as a target is a formula whose saved result is the number 1: never read as 1
      problems.add(Problem.at(pointer, c.ref() + ": the cell holds the formula " + c.raw() + " whose result is the number "
          + c.text() + ", not the text the form prints (指标值等文字请按原样输入，不要以公式输入，如 100%)"));
      return null;
    }
    if (c.isBlank()) {
      return null;
    }
    read.add(new ImportReport.Cell(c.ref(), pointer, c.text(), c.text(), normalisedKind(c)));
    return c.text();
  }

  /**
   * A level label as printed, its line breaks taken out: a narrow column's label is broken by hand
   * ("经济效\n益指标", "产出指标\n（30分）") and names one thing.
   */
  private @Nullable String label(GridCell c, String pointer) {
    if (formulaWithoutValue(c, pointer)) {
      return null;
    }
    used.add(c);
    if (c.isBlank()) {
      return null;
    }
    String joined = c.text().replaceAll("\\s*\n\\s*", "");
    read.add(new ImportReport.Cell(c.ref(), pointer, c.text(), joined,
        joined.equals(c.text()) ? null : "换行合并 (line breaks of a wrapped label joined)"));
    return joined;
  }

  private static @Nullable String normalisedKind(GridCell c) {
    return switch (c.kind()) {
      case PERCENT -> "百分比格式 " + c.raw() + " → " + c.text();
      case FORMULA -> "公式 " + c.raw() + " 的保存结果 " + c.text();
      default -> null;
    };
  }

  private @Nullable Amount amount(GridCell c, String pointer) {
    Values.Read v = number(c, pointer, "金额", "万元", "元");
    if (v == null) {
      return null;
    }
    if (v.number() != null && v.number().signum() < 0) {
      problems.add(Problem.at(pointer, c.ref() + ": 金额 is negative: '" + Values.quote(c.text()) + "' (金额不能为负数)"));
      return null;
    }
    return v.number() != null ? Amount.of(v.number()) : Amount.mark(v.mark());
  }

  private @Nullable ScoreCell score(GridCell c, String pointer) {
    Values.Read v = number(c, pointer, "分值/得分", "分");
    if (v == null) {
      return null;
    }
    return v.number() != null ? ScoreCell.of(v.number()) : ScoreCell.mark(v.mark());
  }

  private Values.@Nullable Read number(GridCell c, String pointer, String what, String... suffixes) {
    if (formulaWithoutValue(c, pointer)) {
      return null;
    }
    used.add(c);
    if (c.kind() == GridCell.Kind.PERCENT) {
      problems.add(Problem.at(pointer, c.ref() + ": " + what + " is a percentage: '" + Values.quote(c.text())
          + "' (须为数字，不是百分比; expected a number such as 10 or 8.5)"));
      return null;
    }
    Values.Read v = Values.read(c.text(), suffixes);
    if (v == null) {
      problems.add(Problem.at(pointer, c.ref() + ": " + what + " " + Values.notANumber(c.text())
          + " (须为数字或“无/—”; expected a number such as 10 or 8.5, or 无, 不适用, /, —)"));
      return null;
    }
    String note = v.normalised();
    String kindNote = normalisedKind(c);
    read.add(new ImportReport.Cell(c.ref(), pointer, c.text(), v.value(),
        note == null ? kindNote : kindNote == null ? note : kindNote + "; " + note));
    return v;
  }

  // ------------------------------------------------------------------ build

  private SelfEvaluationForm build(String lbl) {
    List<Level1Group> g1s = new ArrayList<>();
    for (G1 g : groups) {
      List<Level2Group> g2s = new ArrayList<>();
      for (G2 c : g.children) {
        if (c.label == null && c.rows.isEmpty()) {
          continue; // the row of a level-1 label printed alone: no level-2 group there
        }
        g2s.add(c.build(level2(c.label)));
      }
      g1s.add(g.score == null ? new Level1Group(level1(g.label), g.label, g.weight, g2s)
          : new Level1Group(level1(g.label), g.label, g.weight, g2s, null, g.score));
    }
    if (g1s.size() == 1 && g1s.get(0).label() == null && g1s.get(0).children().stream().allMatch(c -> c.rows().isEmpty())) {
      g1s.clear();
    }
    return new SelfEvaluationForm(lbl, title, null, name, supervising, implementing, unit, false, null,
        new FundsBlock(funds, income, expenditure), goals, g1s, totalWeight, reportedTotal, grade, notes, footer,
        layout.framework(), indicatorsLabel, indicatorsWeight);
  }

  static @Nullable Level1Indicator level1(@Nullable String label) {
    return label == null ? null : Level1Indicator.ofLabel(Labels.squash(label)).orElse(null);
  }

  static @Nullable Level2Indicator level2(@Nullable String label) {
    return label == null ? null : Level2Indicator.ofLabel(Labels.squash(label)).orElse(null);
  }
}

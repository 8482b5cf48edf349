package io.github.jixiao.importer.xlsx;

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
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.render.xlsx.layout.FormColumns;
import io.github.jixiao.render.xlsx.layout.IndicatorColumns;
import io.github.jixiao.render.xlsx.layout.IndicatorColumns.Extra;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a self-evaluation form (附件2 or 附件3-n) from a sheet in jixiao's layout. Rows are
 * recognised by their machine tag when jixiao wrote them, otherwise by their text (a section's
 * first-column label, or the section they follow): so rows a person inserted, blank rows, split
 * merged cells and a renamed sheet are all read. Column positions come from the header rows.
 */
final class FormReader {
  private enum Section {
    HEADER,
    NAME,
    FUNDS,
    SPLITS,
    GOALS,
    INDICATORS,
    AFTER
  }

  private final SheetView v;
  private final String base;
  private final Problems problems;

  // what was read
  private @Nullable String label;
  private @Nullable String title;
  private @Nullable String projectId;
  private @Nullable MoneyUnit unit;
  private boolean partial;
  /** Whether the form row carried jixiao's tag (its unit, partial flag and grade are then taken from it). */
  private boolean formTagged;
  private @Nullable String partialNote;
  private @Nullable String reportedGrade;
  private @Nullable String framework;
  private @Nullable String indicatorsLabel;
  private @Nullable BigDecimal indicatorsWeight;
  private @Nullable String name;
  private int nameRow = -1;
  private int nameCol = FormColumns.C;
  private @Nullable String supervising;
  private @Nullable String implementing;
  private final List<FundsRow> funds = new ArrayList<>();
  private final List<FundSplit> income = new ArrayList<>();
  private final List<FundSplit> expenditure = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<L1> groups = new ArrayList<>();
  private @Nullable ScoreCell totalWeight;
  private @Nullable ScoreCell reportedTotal;
  private final List<String> notes = new ArrayList<>();
  private final List<FooterField> footer = new ArrayList<>();

  // column positions, from the header rows
  private final int[] fundsCols = {FormColumns.D, FormColumns.E, FormColumns.F, FormColumns.G, FormColumns.H,
    FormColumns.I};
  private int expectedCol = FormColumns.B;
  private int achievedCol = FormColumns.F;
  private final int[] indCols = {FormColumns.B, FormColumns.C, FormColumns.D, FormColumns.E, FormColumns.F,
    FormColumns.G, FormColumns.H, FormColumns.I};
  /** The columns of the extra indicator cells (计量单位 …), -1 where the header has none. */
  private final int[] extraCols = new int[Extra.values().length];
  /**
   * The levels' own 分值 and 得分 columns (level-1 分值, 得分, level-2 分值, 得分): a 分值 or 得分 header
   * just after 一级指标 or 二级指标; -1 where there is none.
   */
  private final int[] levelCols = {-1, -1, -1, -1};
  private int incomeCol = FormColumns.B;
  private int expenditureCol = FormColumns.F;

  private FormReader(SheetView v, String base) {
    this.v = v;
    this.base = base;
    this.problems = v.problems;
    java.util.Arrays.fill(extraCols, -1);
  }

  /**
   * What was read from a sheet.
   *
   * @param form the form, or {@code null} when it cannot be built (the problems say why)
   * @param title the title as read
   * @param unit 主管部门, else 实施单位, else {@code null}
   */
  record Result(@Nullable SelfEvaluationForm form, @Nullable String title, @Nullable String unit) {}

  /** Reads the form. */
  static Result read(SheetView v, String pointer, String fallbackLabel) {
    FormReader r = new FormReader(v, pointer);
    r.label = fallbackLabel;
    r.rows();
    return new Result(r.build(), r.title, r.supervising != null ? r.supervising : r.implementing);
  }

  // ------------------------------------------------------------------ rows

  private void rows() {
    Section section = Section.HEADER;
    for (int row = 0; row <= v.lastRow(); row++) {
      Tags.Tag tag = v.tag(row);
      String kind = tag != null ? tag.kind() : anchor(row, section);
      if (Tags.CONT.equals(Tags.PREFIX + kind)) {
        continue;
      }
      if (kind == null) {
        if (v.blankRow(row)) {
          continue;
        }
        kind = switch (section) {
          case HEADER -> title == null ? Tags.TITLE : null;
          case NAME -> null;
          case FUNDS -> Tags.FUNDS;
          case SPLITS -> Tags.SPLIT;
          case GOALS -> Tags.TPL_GOAL;
          case INDICATORS -> Tags.TPL_IND;
          case AFTER -> looksLikeFooter(row) ? Tags.FOOTER : Tags.TPL_NOTE;
        };
        if (kind == null) {
          continue;
        }
        tag = null;
      }
      switch (kind) {
        case Tags.FORM -> formRow(row, tag);
        case Tags.TITLE -> title = firstText(row, base + "/title", "标题");
        case Tags.NAME -> {
          nameRow(row);
          section = Section.NAME;
        }
        case Tags.UNITS -> unitsRow(row);
        case Tags.PARTIAL -> partialRow(row, tag);
        case Tags.FUNDS_HEAD -> {
          fundsHead(row);
          section = Section.FUNDS;
        }
        case Tags.FUNDS -> fundsRow(row, tag);
        case Tags.SPLIT_HEAD -> {
          splitHead(row);
          section = Section.SPLITS;
        }
        case Tags.SPLIT -> splitRow(row, tag);
        case Tags.GOALS_HEAD -> {
          goalsHead(row);
          section = Section.GOALS;
        }
        case Tags.GOAL, Tags.TPL_GOAL -> goalRow(row, Tags.GOAL.equals(kind));
        case Tags.IND_HEAD -> {
          indicatorHead(row);
          section = Section.INDICATORS;
        }
        case Tags.BAND -> bandRow(row, tag);
        case Tags.IND, Tags.TPL_IND -> indicatorRow(row, Tags.IND.equals(kind) ? tag : null);
        case Tags.TOTAL -> {
          totalRow(row);
          section = Section.AFTER;
        }
        case Tags.NOTE, Tags.TPL_NOTE -> noteRow(row, Tags.NOTE.equals(kind));
        case Tags.FOOTER -> footerRow(row);
        default -> { } // a tag of a later version: ignored
      }
    }
  }

  /** The kind of an untagged row from its text, or {@code null} for a content row. */
  private @Nullable String anchor(int row, Section section) {
    String a = v.label(row, 0);
    if (a.isEmpty()) {
      int first = v.firstFilled(row, 0, v.tagCol);
      if (first > 0 && v.label(row, first).startsWith("按收入性质分")) {
        return Tags.SPLIT_HEAD;
      }
      return null;
    }
    if (section == Section.HEADER && a.matches("附件\\S+") && a.length() <= 12) {
      return Tags.FORM;
    }
    if (a.startsWith(Words.NAME_PROJECT) || a.startsWith(Words.NAME_DEPARTMENT) || a.equals("项目名称")) {
      return Tags.NAME;
    }
    if (a.startsWith(Words.SUPERVISING)) {
      return Tags.UNITS;
    }
    if (a.startsWith("项目资金") || a.startsWith("年度预算申请") || a.startsWith("年度预算")) {
      return Tags.FUNDS_HEAD;
    }
    if (a.startsWith(Words.GOALS) || a.startsWith("年度总体")) {
      return Tags.GOALS_HEAD;
    }
    if (a.startsWith(Words.INDICATORS)) {
      return Tags.IND_HEAD;
    }
    if (a.equals(Words.TOTAL) || a.equals("总分值") || a.equals("合计")) {
      return Tags.TOTAL;
    }
    if (section == Section.HEADER && title == null) {
      return Tags.TITLE;
    }
    if (section == Section.HEADER && a.startsWith(Words.PARTIAL)) {
      return Tags.PARTIAL;
    }
    return null;
  }

  /**
   * The line under a partial form's title. jixiao's own (tagged) line is skipped: the form tag
   * carries the flag and the note. A line without a tag ("本表不完整：第2页缺失") marks the form partial.
   */
  private void partialRow(int row, Tags.@Nullable Tag tag) {
    if (tag != null) {
      return;
    }
    String text = firstText(row, base + "/partialNote", Words.PARTIAL);
    partial = true;
    partialNote = text == null ? null : Words.partialNote(text);
  }

  private boolean looksLikeFooter(int row) {
    int c = v.firstFilled(row, 0, v.tagCol);
    String t = c < 0 ? "" : v.label(row, c);
    return t.startsWith("填表人") || t.startsWith("填报日期") || t.startsWith("联系电话") || t.startsWith("单位负责人");
  }

  private @Nullable String firstText(int row, String pointer, String field) {
    int c = v.firstFilled(row, 0, v.tagCol);
    return c < 0 ? null : v.text(row, c, field, pointer);
  }

  private void formRow(int row, Tags.@Nullable Tag tag) {
    String text = firstText(row, base + "/label", "附件");
    if (text != null) {
      String l = Words.squash(text);
      l = l.startsWith(Words.ATTACHMENT) ? l.substring(Words.ATTACHMENT.length()) : l;
      if (!l.isEmpty()) {
        label = l;
      }
    }
    if (tag != null) {
      formTagged = true;
      String id = tag.get("id");
      projectId = id == null || id.isEmpty() ? null : id;
      String u = tag.get("unit");
      unit = u == null || u.isEmpty() ? null : java.util.Arrays.stream(MoneyUnit.values())
          .filter(m -> m.name().equals(u)).findFirst().orElse(null);
      partial = "1".equals(tag.get("partial"));
      String note = tag.get("partialNote");
      partialNote = note == null || note.isEmpty() ? null : note;
      String grade = tag.get("grade");
      reportedGrade = grade == null || grade.isEmpty() ? null : grade;
      framework = nonEmpty(tag.get("fw"));
    }
  }

  private void nameRow(int row) {
    int l = v.find(row, s -> s.startsWith(Words.NAME_PROJECT) || s.startsWith(Words.NAME_DEPARTMENT)
        || s.equals("项目名称"));
    int c = v.firstFilled(row, l + 1, v.tagCol);
    nameRow = row;
    nameCol = c >= 0 ? c : Math.max(FormColumns.C, l + 1);
    name = c < 0 ? null : v.text(row, c, "名称", base + "/name");
    problems.source(base + "/name", v.ref(row, nameCol));
  }

  private void unitsRow(int row) {
    int s = v.find(row, t -> t.startsWith(Words.SUPERVISING));
    int i = v.find(row, t -> t.startsWith(Words.IMPLEMENTING));
    int end = i > s ? i : v.tagCol;
    int sv = v.firstFilled(row, s + 1, end);
    supervising = sv < 0 ? null : v.text(row, sv, Words.SUPERVISING, base + "/supervisingDepartment");
    if (i >= 0) {
      int iv = v.firstFilled(row, i + 1, v.tagCol);
      implementing = iv < 0 ? null : v.text(row, iv, Words.IMPLEMENTING, base + "/implementingUnit");
    }
  }

  // ------------------------------------------------------------------ funds

  private void fundsHead(int row) {
    if (!formTagged) {
      // without the tag the unit comes from the label: 项目资金（元）
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("[（(](万元|千元|元)[)）]").matcher(v.label(row, 0));
      if (m.find()) {
        MoneyUnit u = MoneyUnit.ofPrinted(m.group(1)).orElseThrow();
        unit = u == MoneyUnit.WAN_YUAN ? null : u;
      }
    }
    String[] heads = {Words.INITIAL, Words.ANNUAL, Words.EXECUTED, Words.WEIGHT, Words.RATE, Words.SCORE};
    for (int k = 0; k < heads.length; k++) {
      String h = heads[k];
      int c = v.find(row, s -> s.equals(h));
      if (c >= 0) {
        fundsCols[k] = c;
      }
    }
  }

  private void fundsRow(int row, Tags.@Nullable Tag tag) {
    int i = funds.size();
    String p = base + "/funds/rows/" + i;
    int labelCol = v.firstFilled(row, 1, fundsCols[0]);
    String text = labelCol < 0 ? null : v.text(row, labelCol, "资金行", p + "/label");
    problems.source(p, v.ref(row, labelCol < 0 ? 1 : labelCol));
    FundsRowKind kind = null;
    if (tag != null && tag.get("kind") != null) {
      try {
        kind = FundsRowKind.valueOf(tag.get("kind"));
      } catch (IllegalArgumentException e) {
        kind = null;
      }
    }
    if (kind == null) {
      kind = fundsKind(text);
    }
    if (kind == null) {
      problems.add(v.ref(row, labelCol < 0 ? 1 : labelCol), p, "unknown funds row '" + (text == null ? "" : SheetView.abbreviate(text))
          + "': expected 年度资金总额, 当年财政拨款, 上年结转资金 or 其他资金 (无法识别的资金行)");
      return;
    }
    Amount initial = v.amount(row, fundsCols[0], Words.INITIAL, p + "/initialBudget");
    Amount annual = v.amount(row, fundsCols[1], Words.ANNUAL, p + "/annualBudget");
    Amount executed = v.amount(row, fundsCols[2], Words.EXECUTED, p + "/executed");
    ScoreCell weight = v.score(row, fundsCols[3], Words.WEIGHT, p + "/weight");
    String rate = v.text(row, fundsCols[4], Words.RATE, p + "/executionRate");
    ScoreCell score = v.score(row, fundsCols[5], Words.SCORE, p + "/score");
    funds.add(new FundsRow(kind, text, initial, annual, executed, weight, rate, score, null));
  }

  static @Nullable FundsRowKind fundsKind(@Nullable String label) {
    if (label == null) {
      return null;
    }
    String s = Words.squash(label);
    if (s.contains("资金总额") || s.equals("合计") || s.equals("小计")) {
      return FundsRowKind.TOTAL;
    }
    if (s.contains("财政拨款")) {
      return FundsRowKind.CURRENT_YEAR_APPROPRIATION;
    }
    if (s.contains("上年结转") || s.contains("结转")) {
      return FundsRowKind.CARRY_OVER;
    }
    if (s.contains("其他资金")) {
      return FundsRowKind.OTHER_FUNDS;
    }
    return null;
  }

  private void splitHead(int row) {
    int in = v.find(row, s -> s.startsWith("按收入性质分"));
    int ex = v.find(row, s -> s.startsWith("按支出性质分"));
    if (in >= 0) {
      incomeCol = in;
    }
    if (ex > incomeCol) {
      expenditureCol = ex;
    }
  }

  private void splitRow(int row, Tags.@Nullable Tag tag) {
    split(row, incomeCol, expenditureCol - 1, tag == null ? null : tag.get("in"), income, "/funds/byIncome/");
    split(row, expenditureCol, fundsCols[5], tag == null ? null : tag.get("ex"), expenditure, "/funds/byExpenditure/");
  }

  private void split(int row, int labelCol, int amountCol, @Nullable String code, List<FundSplit> into, String path) {
    String p = base + path + into.size();
    boolean tagged = code != null;
    if (tagged && code.isEmpty()) {
      return; // this side of the row is empty on purpose
    }
    int lc = v.firstFilled(row, labelCol, amountCol);
    if (!tagged && lc < 0 && v.blank(row, amountCol)) {
      return;
    }
    String text = lc < 0 ? null : v.text(row, lc, "资金来源", p + "/label");
    problems.source(p, v.ref(row, labelCol));
    FundSplitKind kind = null;
    if (tagged) {
      try {
        kind = FundSplitKind.valueOf(code);
      } catch (IllegalArgumentException e) {
        kind = null;
      }
    }
    if (kind == null) {
      kind = splitKind(text);
    }
    if (kind == null) {
      problems.add(v.ref(row, labelCol), p, "unknown funds split '" + (text == null ? "" : SheetView.abbreviate(text))
          + "' (无法识别的资金性质)");
      return;
    }
    Amount amount = v.amount(row, amountCol, "金额", p + "/amount");
    into.add(new FundSplit(kind, text, amount));
  }

  static @Nullable FundSplitKind splitKind(@Nullable String label) {
    return label == null ? null : FundSplitKind.ofLabel(Words.squash(label)).orElse(null);
  }

  // ------------------------------------------------------------------ goals

  private void goalsHead(int row) {
    int e = v.find(row, s -> s.equals(Words.EXPECTED));
    int a = v.find(row, s -> s.startsWith(Words.ACHIEVED));
    if (e >= 0) {
      expectedCol = e;
    }
    if (a > expectedCol) {
      achievedCol = a;
    }
  }

  private void goalRow(int row, boolean keepBlank) {
    if (!keepBlank && v.blankRow(row)) {
      return;
    }
    String p = base + "/goals/" + goals.size();
    problems.source(p, v.ref(row, expectedCol));
    int ec = v.firstFilled(row, expectedCol, achievedCol);
    int ac = v.firstFilled(row, achievedCol, v.tagCol);
    goals.add(new Goal(ec < 0 ? null : v.text(row, ec, Words.EXPECTED, p + "/expected"),
        ac < 0 ? null : v.text(row, ac, Words.ACHIEVED, p + "/actual")));
  }

  // ------------------------------------------------------------------ indicators

  /** A level-1 group being read. */
  private static final class L1 {
    @Nullable Level1Indicator indicator;
    @Nullable String label;
    @Nullable BigDecimal weight;
    @Nullable String type;
    @Nullable ScoreCell score;
    final List<L2> children = new ArrayList<>();
  }

  /** A level-2 group being read. */
  private static final class L2 {
    @Nullable Level2Indicator indicator;
    @Nullable String label;
    @Nullable String type;
    @Nullable ScoreCell weight;
    @Nullable ScoreCell score;
    boolean whole;
    final List<IndicatorRow> rows = new ArrayList<>();
  }

  private void indicatorHead(int row) {
    String[] heads = {Words.LEVEL1, Words.LEVEL2, Words.LEVEL3, Words.TARGET, Words.ACTUAL, Words.WEIGHT, Words.SCORE};
    // the rows' 分值 and 得分 are those after 三级指标 (the levels' own come before it)
    int level3 = v.find(row, s -> s.equals(Words.LEVEL3) || s.equals(IndicatorColumns.FLAT_NAME));
    for (int k = 0; k < heads.length; k++) {
      String h = heads[k];
      int c = v.find(row, s -> s.equals(h), k >= 3 ? level3 + 1 : 0);
      if (c >= 0) {
        indCols[k] = c;
      } else if (k == 3 || k == 4) {
        indCols[k] = -1; // a 评分表 prints no 年度指标值 or 实际完成值 (its 三级指标 cell spans them)
      }
    }
    java.util.Arrays.fill(levelCols, -1);
    for (int k = 0; k < 2; k++) {
      String word = k == 0 ? Words.LEVEL1 : Words.LEVEL2;
      int label = v.find(row, s -> s.equals(word));
      if (label < 0) {
        continue;
      }
      int c = label + 1;
      if (Words.WEIGHT.equals(v.label(row, c))) {
        levelCols[2 * k] = c++;
      }
      if (Words.SCORE.equals(v.label(row, c))) {
        levelCols[2 * k + 1] = c;
      }
    }
    // a flat list: a name column (指标名称) and no 一级/二级 columns
    int l1 = v.find(row, s -> s.equals(Words.LEVEL1));
    int l2 = v.find(row, s -> s.equals(Words.LEVEL2));
    int flatName = v.find(row, s -> s.equals(IndicatorColumns.FLAT_NAME));
    if (l1 < 0 && l2 < 0 && (flatName >= 0 || v.find(row, s -> s.equals(Words.LEVEL3)) >= 0)) {
      indCols[0] = -1;
      indCols[1] = -1;
      if (flatName >= 0) {
        indCols[2] = flatName;
      }
    }
    for (Extra e : Extra.values()) {
      extraCols[e.ordinal()] = v.find(row, s -> s.equals(e.header()));
    }
    // a 评分表 without 偏差原因 ends with its 评价标准 or 指标说明
    indCols[7] = v.find(row, s -> s.startsWith("偏差原因"));
  }

  private String groupPointer() {
    return base + "/indicators/" + (groups.size() - 1);
  }

  private L1 newLevel1(int row) {
    L1 g = new L1();
    groups.add(g);
    problems.source(groupPointer(), v.ref(row, Math.max(0, indCols[0])));
    return g;
  }

  private L2 newLevel2(L1 g, int row) {
    L2 h = new L2();
    g.children.add(h);
    problems.source(groupPointer() + "/children/" + (g.children.size() - 1), v.ref(row, Math.max(0, indCols[1])));
    return h;
  }

  private void indicatorRow(int row, Tags.@Nullable Tag tag) {
    L1 g = groups.isEmpty() ? null : groups.get(groups.size() - 1);
    L2 h = g == null || g.children.isEmpty() ? null : g.children.get(g.children.size() - 1);
    if (tag != null) {
      if (tag.has("l1")) {
        g = newLevel1(row);
        h = null;
        String[] parts = tag.get("l1").split(",", -1);
        g.indicator = enumOf(Level1Indicator.class, parts[0]);
        g.weight = parts.length > 1 && !parts[1].isEmpty() ? SheetView.parse(parts[1]) : null;
        g.label = v.text(row, indCols[0], Words.LEVEL1, groupPointer() + "/label");
        g.type = nonEmpty(tag.get("t1"));
        g.score = scoreOf(tag.get("s1"));
        level1Figures(row, g);
      }
      if (tag.has("l2")) {
        if (g == null) {
          g = newLevel1(row);
        }
        h = newLevel2(g, row);
        h.indicator = enumOf(Level2Indicator.class, tag.get("l2"));
        h.label = v.text(row, indCols[1], Words.LEVEL2, groupPointer() + "/children/" + (g.children.size() - 1)
            + "/label");
        h.type = nonEmpty(tag.get("t2"));
        h.weight = scoreOf(tag.get("w2"));
        h.score = scoreOf(tag.get("s2"));
        h.whole = "1".equals(tag.get("g2"));
        level2Figures(row, g, h);
      }
      if (tag.has("e")) {
        return; // a group printed without rows
      }
    } else {
      String l1 = v.blank(row, indCols[0]) ? null : v.text(row, indCols[0], Words.LEVEL1, base + "/indicators/"
          + groups.size() + "/label");
      if (l1 != null) {
        g = newLevel1(row);
        h = null;
        g.label = l1;
        g.indicator = level1(l1);
        g.weight = Words.level1Weight(l1);
        level1Figures(row, g);
      }
      if (!v.blank(row, indCols[1])) {
        if (g == null) {
          g = newLevel1(row);
        }
        h = newLevel2(g, row);
        h.label = v.text(row, indCols[1], Words.LEVEL2, groupPointer() + "/children/" + (g.children.size() - 1)
            + "/label");
        h.indicator = level2(h.label);
        level2Figures(row, g, h);
      }
      boolean empty = true;
      for (int k = 2; k < indCols.length; k++) {
        empty &= v.blank(row, indCols[k]);
      }
      for (int c : extraCols) {
        empty &= c < 0 || v.blank(row, c);
      }
      if (empty) {
        return; // a blank row of a template or a person's: no level-3 row
      }
    }
    if (g == null) {
      g = newLevel1(row);
    }
    if (h == null) {
      h = newLevel2(g, row);
    }
    String p = groupPointer() + "/children/" + (g.children.size() - 1) + "/rows/" + h.rows.size();
    problems.source(p, v.ref(row, indCols[2]));
    // a group scored as a whole prints its 分值 and 得分 once beside its rows: they are the group's (from the tag)
    boolean whole = tag != null && h.whole;
    h.rows.add(new IndicatorRow(
        v.text(row, indCols[2], Words.LEVEL3, p + "/name"),
        extra(row, Extra.UNIT_OF_MEASURE, p + "/unitOfMeasure"),
        extra(row, Extra.NATURE, p + "/nature"),
        v.text(row, indCols[3], Words.TARGET, p + "/target"),
        extra(row, Extra.ADJUSTED_TARGET, p + "/adjustedTarget"),
        v.text(row, indCols[4], Words.ACTUAL, p + "/actual"),
        whole ? null : v.score(row, indCols[5], Words.WEIGHT, p + "/weight"),
        extra(row, Extra.SCORE_COEFFICIENT, p + "/scoreCoefficient"),
        whole ? null : v.score(row, indCols[6], Words.SCORE, p + "/score"),
        extra(row, Extra.CORE, p + "/core"),
        extra(row, Extra.CRITERIA, p + "/criteria"),
        extra(row, Extra.EXPLANATION, p + "/explanation"),
        v.text(row, indCols[7], Words.REASON, p + "/deviationReason"),
        tag != null && "1".equals(tag.get("x"))));
  }

  /**
   * A level-1 group's 分值 and 得分 where the sheet prints them in columns of their own: the cells
   * are what counts (a person may have changed them); a 分值 that is not a number keeps the tag's.
   */
  private void level1Figures(int row, L1 g) {
    if (levelCols[0] >= 0) {
      ScoreCell w = v.score(row, levelCols[0], Words.WEIGHT, groupPointer() + "/weight");
      g.weight = w == null ? null : w.value() != null ? w.value() : g.weight;
    }
    if (levelCols[1] >= 0) {
      g.score = v.score(row, levelCols[1], Words.SCORE, groupPointer() + "/score");
    }
  }

  /**
   * A level-2 group's 分值 and 得分: from its own columns where the sheet has them, else, for a
   * group scored as a whole, from the rows' 分值 and 得分 cells merged beside its rows.
   */
  private void level2Figures(int row, L1 g, L2 h) {
    String hp = groupPointer() + "/children/" + (g.children.size() - 1);
    if (levelCols[2] >= 0) {
      h.weight = v.score(row, levelCols[2], Words.WEIGHT, hp + "/weight");
    } else if (h.whole) {
      h.weight = v.score(row, indCols[5], Words.WEIGHT, hp + "/weight");
    }
    if (levelCols[3] >= 0) {
      h.score = v.score(row, levelCols[3], Words.SCORE, hp + "/score");
    } else if (h.whole) {
      h.score = v.score(row, indCols[6], Words.SCORE, hp + "/score");
    }
  }

  private static @Nullable String nonEmpty(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** A score or weight written in a tag: its number, or the mark printed (无). */
  private static @Nullable ScoreCell scoreOf(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    BigDecimal n = SheetView.parse(s);
    return n != null ? ScoreCell.of(n) : ScoreCell.mark(s);
  }

  private void bandRow(int row, Tags.@Nullable Tag tag) {
    indicatorsLabel = firstText(row, base + "/indicatorsLabel", "绩效目标");
    String w = tag == null ? null : tag.get("w");
    indicatorsWeight = w == null || w.isEmpty() ? null : SheetView.parse(w);
  }

  /** An extra column's cell (计量单位 …) as text; {@code null} when blank or the table has no such column. */
  private @Nullable String extra(int row, Extra e, String pointer) {
    int c = extraCols[e.ordinal()];
    return c < 0 ? null : v.text(row, c, e.header(), pointer);
  }

  private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static @Nullable Level1Indicator level1(@Nullable String label) {
    return label == null ? null : Level1Indicator.ofLabel(Words.squash(label)).orElse(null);
  }

  static @Nullable Level2Indicator level2(@Nullable String label) {
    return label == null ? null : Level2Indicator.ofLabel(Words.squash(label)).orElse(null);
  }

  // ------------------------------------------------------------------ total, notes, footer

  private void totalRow(int row) {
    totalWeight = v.score(row, indCols[5], "总分值", base + "/totalWeight");
    reportedTotal = v.score(row, indCols[6], Words.TOTAL, base + "/reportedTotal");
    problems.source(base + "/totalWeight", v.ref(row, indCols[5]));
    problems.source(base + "/reportedTotal", v.ref(row, indCols[6]));
  }

  private void noteRow(int row, boolean keepBlank) {
    String p = base + "/notes/" + notes.size();
    String text = firstText(row, p, "备注");
    if (text == null && !keepBlank) {
      return;
    }
    problems.source(p, v.ref(row, 0));
    notes.add(text == null ? "" : text);
  }

  private void footerRow(int row) {
    for (int c = 0; c < v.tagCol; c++) {
      if (v.blank(row, c)) {
        continue;
      }
      String p = base + "/footer/" + footer.size();
      String text = v.text(row, c, "落款", p);
      if (text == null) {
        continue;
      }
      footer.add(footerField(text));
    }
  }

  /** "填表人：张三" → (填表人, 张三); "填表人：" → (填表人, null). */
  static FooterField footerField(String text) {
    // the workbook writes "label：value"; a label that ends in ':' ("项目负责人:") keeps it
    int colon = text.indexOf('：');
    if (colon < 0) {
      colon = text.indexOf(':');
    }
    if (colon < 0) {
      return new FooterField(text, null);
    }
    String label = text.substring(0, colon).strip();
    String value = SheetView.clean(text.substring(colon + 1));
    return new FooterField(label.isEmpty() ? text : label, label.isEmpty() ? null : value);
  }

  // ------------------------------------------------------------------ build

  private @Nullable SelfEvaluationForm build() {
    if (name == null) {
      problems.add(v.ref(nameRow < 0 ? 2 : nameRow, nameCol), base + "/name",
          "名称 (项目支出名称 / 预算部门名称) is blank (名称不能为空)");
    }
    if (label == null) {
      problems.add(v.ref(0, 0), base + "/label", "the attachment label (附件X-Y) is missing (缺少附件标号)");
    }
    if (name == null || label == null) {
      return null;
    }
    List<Level1Group> indicators = new ArrayList<>();
    for (L1 g : groups) {
      List<Level2Group> children = new ArrayList<>();
      for (L2 h : g.children) {
        children.add(new Level2Group(h.indicator, h.label, h.rows, h.type, h.weight, h.score));
      }
      indicators.add(new Level1Group(g.indicator, g.label, g.weight, children, g.type, g.score));
    }
    try {
      return new SelfEvaluationForm(label, title, projectId, name, supervising, implementing, unit, partial, partialNote,
          new FundsBlock(funds, income, expenditure), goals, indicators, totalWeight, reportedTotal, reportedGrade, notes,
          footer, framework, indicatorsLabel, indicatorsWeight);
    } catch (FieldException e) {
      String p = base + "/" + e.field();
      String cell = problems.cell(p);
      problems.add(cell == null ? v.name : cell, p, e.getMessage());
      return null;
    }
  }
}

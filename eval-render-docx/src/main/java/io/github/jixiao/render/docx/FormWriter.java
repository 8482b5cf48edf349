package io.github.jixiao.render.docx;

import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.LevelColumns;
import io.github.jixiao.model.ResultColumns;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * 附件2 部门整体支出绩效自评表 and 附件3-n 项目支出绩效自评表 as Word tables, laid out as the PDF
 * prints them: the header block (name, 主管部门/实施单位, the funds rows under a merged side label,
 * the 收入/支出 splits, 年度总体目标) as one table on a grid of the blocks' column edges, then the
 * indicator table — its header row repeated on every page, 一级/二级 cells and the side label
 * "绩效指标" merged over their rows, the 总分 row — then the notes and the footer line. No row
 * splits across pages. Every cell that shows a value is registered for findings.
 */
final class FormWriter {

  /** Header block edges in the PDF's points (511 wide), scaled to the page's text width. */
  private static final int[] NAME = {0, 92, 511};
  private static final int[] UNITS = {0, 92, 286, 358, 511};
  private static final int[] FUNDS = {0, 42, 142, 214, 286, 358, 404, 460, 511};
  private static final int[] HALVES = {0, 42, 276, 511};
  private static final int POINTS = 511;

  /** Fixed columns of the indicator table, twips: side label, 一级/二级, 分值/得分, short extras. */
  static final int SIDE = 840;
  static final int LEVEL = 1080;
  static final int SCORE = 600;
  static final int EXTRA = 600;
  /** When many extra columns leave little room: 一级/二级 and the short columns narrower. */
  static final int NARROW_LEVEL = 880;
  static final int NARROW = 520;
  /**
   * Least widths of 三级指标, 年度指标值, 实际完成值, 偏差原因分析及改进措施, 调整后指标值: five, four,
   * four, four and four characters; the room above them goes where the text is ({@link Widths}).
   */
  static final int[] TEXT_MIN = {1080, 900, 900, 900, 900};
  /** The estimated height (in lines) above which the first indicator row may split: a quarter page. */
  static final int SPLIT_LINES = 16;

  private final Docx d;

  FormWriter(Docx d) {
    this.d = d;
  }

  /** The heading the navigation pane shows for a form: "附件3-1". */
  static String entry(SelfEvaluationForm f) {
    return "附件" + f.label();
  }

  /**
   * Writes one form on a new page.
   *
   * @param form the form
   * @param base its JSON pointer ("/departmentEvaluation", "/projectEvaluations/3")
   * @param department whether it is the department-wide form (附件2)
   */
  void write(SelfEvaluationForm form, String base, boolean department) {
    d.begin(Docx.Layout.FORM, false);
    String where = "附件" + form.label();
    XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
    Tables.outline(l, 0);
    Docx.text(l, entry(form), where);
    String title = form.title() != null ? form.title()
        : d.pkg.year() + (department ? "年度部门整体支出绩效自评表" : "年度项目支出绩效自评表");
    XWPFParagraph t = d.paragraph(StyleSheet.FORM_TITLE);
    // the label is the navigation pane's (and the contents') entry; the title is not a second one
    Tables.outline(t, 9);
    Docx.text(t, title, where + " 标题");
    d.anchor(t, base);
    if (form.partial()) {
      XWPFParagraph p = d.paragraph(StyleSheet.NOTE);
      p.setAlignment(Tables.C);
      p.setSpacingBefore(0);
      p.setSpacingAfter(100);
      XWPFRun r = Docx.bold(p, partialLine(form.partialNote()), where + " 不完整");
      if (r != null) {
        r.setColor(Tables.PARTIAL);
        r.setFontSize(10);
      }
      d.anchor(p, base + "/partial", base + "/partialNote");
    }
    FormEvaluation fe = d.formEvaluation(base);
    if (d.computed()) {
      XWPFParagraph p = d.paragraph(StyleSheet.NOTE);
      p.setAlignment(Tables.C);
      p.setSpacingBefore(0);
      p.setSpacingAfter(100);
      String profile = d.request.evaluation() == null ? "" : d.request.evaluation().profile();
      XWPFRun r = Docx.text(p, "按计算（jixiao，评分规则 " + profile
          + "）：得分与总分为计算值，与填报不同处以底色标出并注明填报值", where);
      if (r != null) {
        r.setFontSize(8);
        r.setColor(Tables.GREY);
      }
    }
    header(form, base, department, fe, where);
    Tables.gap(d);
    indicators(form, base, fe, where);
    Tables.trailer(d, form.notes(), form.footer(), base, where);
  }

  /** "本表不完整：第2页缺失", or "本表不完整" without a note (a note that already says so as it is). */
  static String partialLine(@Nullable String note) {
    if (note == null) {
      return "本表不完整";
    }
    return note.startsWith("本表不完整") ? note : "本表不完整：" + note;
  }

  // ---------------------------------------------------------------- the header block

  /** The header block's grid: every edge of its four blocks, scaled to the text width. */
  private Tables.Grid headerGrid() {
    java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
    for (int[] block : new int[][] {NAME, UNITS, FUNDS, HALVES}) {
      for (int e : block) {
        edges.add(scale(e));
      }
    }
    return new Tables.Grid(edges.stream().mapToInt(Integer::intValue).toArray());
  }

  private int scale(int points) {
    return Math.round((float) points * d.layout().width() / POINTS);
  }

  /** A cell from column {@code first} to {@code last} of a block (its edges in points). */
  private XWPFTableCell cell(Tables.Grid g, XWPFTableRow r, int[] block, int first, int last, @Nullable String merge) {
    return g.cell(r, g.at(scale(block[first])), g.at(scale(block[last + 1])) - 1, merge);
  }

  private void header(SelfEvaluationForm form, String base, boolean department, @Nullable FormEvaluation fe,
      String where) {
    Tables.Grid g = headerGrid();
    XWPFTable t = d.table(g.widths());
    XWPFTableRow r = Docx.row(t, false);
    Tables.put(cell(g, r, NAME, 0, 0, null), department ? "预算部门名称" : "项目支出名称", Tables.C, where);
    XWPFTableCell name = Tables.put(cell(g, r, NAME, 1, 1, null), form.name(), Tables.L,
        where + (department ? " 预算部门名称" : " 项目支出名称"));
    d.anchor(name, base + "/name");
    if (!department || form.supervisingDepartment() != null || form.implementingUnit() != null) {
      r = Docx.row(t, false);
      Tables.put(cell(g, r, UNITS, 0, 0, null), "主管部门", Tables.C, where);
      d.anchor(Tables.put(cell(g, r, UNITS, 1, 1, null), form.supervisingDepartment(), Tables.L, where),
          base + "/supervisingDepartment");
      Tables.put(cell(g, r, UNITS, 2, 2, null), "实施单位", Tables.C, where);
      d.anchor(Tables.put(cell(g, r, UNITS, 3, 3, null), form.implementingUnit(), Tables.L, where),
          base + "/implementingUnit");
    }
    if (form.printsFunds()) { // a 评分表 without funds or goals prints neither block
      funds(t, g, form, base, department, fe, where);
    }
    if (form.printsGoals()) {
      goals(t, g, form, base, where);
    }
    String band = form.band(); // a band printed above the indicator table ("年度绩效目标1（80分）")
    if (band != null) {
      XWPFTableRow bandRow = Docx.row(t, false);
      d.anchor(Tables.put(cell(g, bandRow, HALVES, 0, 2, null), band, Tables.L, where + " 绩效指标"),
          base + "/indicatorsLabel", base + "/indicatorsWeight");
    }
  }

  private void funds(XWPFTable t, Tables.Grid g, SelfEvaluationForm form, String base, boolean department,
      @Nullable FormEvaluation fe, String where) {
    List<FundsRow> rows = form.funds().rows();
    List<FundSplit> income = form.funds().byIncome();
    List<FundSplit> spend = form.funds().byExpenditure();
    int splitRows = income.isEmpty() && spend.isEmpty() ? 0 : 1 + Math.max(income.size(), spend.size());
    int span = 1 + rows.size() + splitRows;
    String w = where + " 项目资金";
    String unit = "（" + form.moneyUnit().printed() + "）";
    XWPFTableRow r = Docx.row(t, false);
    Tables.put(cell(g, r, FUNDS, 0, 0, span > 1 ? "restart" : null),
        department ? "年度预算\n申请\n" + unit : "项目资金\n" + unit, Tables.C, w);
    String[] heads = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int i = 0; i < heads.length; i++) {
      Tables.put(cell(g, r, FUNDS, i + 1, i + 1, null), heads[i], Tables.C, w);
    }
    int total = firstTotal(rows);
    for (int i = 0; i < rows.size(); i++) {
      FundsRow row = rows.get(i);
      String p = base + "/funds/rows/" + i;
      r = Docx.row(t, false);
      cell(g, r, FUNDS, 0, 0, "continue");
      String label = row.label() != null ? row.label() : row.kind().chinese();
      d.anchor(Tables.put(cell(g, r, FUNDS, 1, 1, null), label, Tables.L, w), p, p + "/label", p + "/kind");
      d.anchor(Tables.put(cell(g, r, FUNDS, 2, 2, null), Tables.text(row.initialBudget()), Tables.R, w),
          p + "/initialBudget");
      d.anchor(Tables.put(cell(g, r, FUNDS, 3, 3, null), Tables.text(row.annualBudget()), Tables.R, w),
          p + "/annualBudget");
      d.anchor(Tables.put(cell(g, r, FUNDS, 4, 4, null), Tables.text(row.executed()), Tables.R, w), p + "/executed");
      d.anchor(Tables.put(cell(g, r, FUNDS, 5, 5, null), Tables.text(row.weight()), Tables.R, w), p + "/weight");
      d.anchor(Tables.put(cell(g, r, FUNDS, 6, 6, null), row.executionRate(), Tables.R, w), p + "/executionRate");
      boolean first = i == total;
      BigDecimal computed = first && fe != null ? fe.executionScore() : null;
      XWPFTableCell score = Tables.score(cell(g, r, FUNDS, 7, 7, null), row.score(), computed,
          d.computed() && first && fe != null, w);
      d.anchor(score, p + "/score");
    }
    if (splitRows > 0) {
      r = Docx.row(t, false);
      cell(g, r, HALVES, 0, 0, "continue");
      Tables.put(cell(g, r, HALVES, 1, 1, null), "按收入性质分：", Tables.L, w);
      Tables.put(cell(g, r, HALVES, 2, 2, null), "按支出性质分：", Tables.L, w);
      for (int i = 0; i < splitRows - 1; i++) {
        r = Docx.row(t, false);
        cell(g, r, HALVES, 0, 0, "continue");
        split(cell(g, r, HALVES, 1, 1, null), income, i, base + "/funds/byIncome/" + i, w);
        split(cell(g, r, HALVES, 2, 2, null), spend, i, base + "/funds/byExpenditure/" + i, w);
      }
    }
  }

  private static int firstTotal(List<FundsRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind() == FundsRowKind.TOTAL) {
        return i;
      }
    }
    return -1;
  }

  private void split(XWPFTableCell c, List<FundSplit> list, int i, String p, String w) {
    if (i >= list.size()) {
      return;
    }
    FundSplit s = list.get(i);
    String label = (i == 0 ? "其中：" : "") + (s.label() != null ? s.label() : s.kind().chinese()) + "："
        + (s.amount() == null ? "" : s.amount().toString());
    d.anchor(Tables.put(c, label, Tables.L, w), p, p + "/amount", p + "/label");
  }

  private void goals(XWPFTable t, Tables.Grid g, SelfEvaluationForm form, String base, String where) {
    List<Goal> goals = form.goals();
    int n = Math.max(1, goals.size());
    String w = where + " 年度总体目标";
    XWPFTableRow r = Docx.row(t, false);
    Tables.put(cell(g, r, HALVES, 0, 0, "restart"), "年度\n总体\n目标", Tables.C, w);
    Tables.put(cell(g, r, HALVES, 1, 1, null), "预期目标", Tables.C, w);
    Tables.put(cell(g, r, HALVES, 2, 2, null), "实际完成情况", Tables.C, w);
    for (int i = 0; i < n; i++) {
      Goal goal = i < goals.size() ? goals.get(i) : null;
      String p = base + "/goals/" + i;
      r = Docx.row(t, false);
      cell(g, r, HALVES, 0, 0, "continue");
      d.anchor(Tables.put(cell(g, r, HALVES, 1, 1, null), goal == null ? null : goal.expected(), Tables.L, w),
          p, p + "/expected");
      d.anchor(Tables.put(cell(g, r, HALVES, 2, 2, null), goal == null ? null : goal.actual(), Tables.L, w),
          p + "/actual");
    }
  }

  // ---------------------------------------------------------------- the indicator table

  /**
   * The columns some provinces add to the indicator table (issue 14), in printed order: 计量单位 and
   * 指标性质 before 年度指标值, the others after 得分. A form gets one only when some row fills it.
   */
  enum Extra {
    UNIT_OF_MEASURE("计量\n单位", true, true, "unitOfMeasure", IndicatorRow::unitOfMeasure),
    NATURE("指标\n性质", true, true, "nature", IndicatorRow::nature),
    ADJUSTED_TARGET("调整后\n指标值", false, false, "adjustedTarget", IndicatorRow::adjustedTarget),
    SCORE_COEFFICIENT("得分\n系数", false, true, "scoreCoefficient", IndicatorRow::scoreCoefficient),
    CORE("是否\n核心\n指标", false, true, "core", IndicatorRow::core),
    CRITERIA("评价标准", false, false, "criteria", IndicatorRow::criteria),
    EXPLANATION("指标说明", false, false, "explanation", IndicatorRow::explanation);

    final String header;
    final boolean beforeTarget;
    /** A short column: at least {@link #EXTRA} wide (growing when a value needs it); otherwise one of the text columns. */
    final boolean narrow;
    final String field;
    final Function<IndicatorRow, @Nullable String> value;

    Extra(String header, boolean beforeTarget, boolean narrow, String field,
        Function<IndicatorRow, @Nullable String> value) {
      this.header = header;
      this.beforeTarget = beforeTarget;
      this.narrow = narrow;
      this.field = field;
      this.value = value;
    }
  }

  /** What a column of the indicator table shows. */
  enum Col { SIDE, L1, L1_WEIGHT, L1_SCORE, L2, L2_WEIGHT, L2_SCORE, NAME, EXTRA, TARGET, ACTUAL, WEIGHT, SCORE, REASON }

  /**
   * The indicator table of one form: its columns in order (with the extra column each
   * {@link Col#EXTRA} is) and their widths in twips.
   *
   * @param columns what each column shows
   * @param extras the extra column at each position ({@code null} elsewhere)
   * @param widths each column's width
   * @param flat whether the indicators are a flat list (no 一级/二级 columns)
   * @param levels the levels' own 分值/得分 columns ({@link Col#L1_WEIGHT} …) the table prints
   */
  record Layout(List<Col> columns, List<@Nullable Extra> extras, int[] widths, boolean flat, LevelColumns levels) {
    int at(Col c) {
      return columns.indexOf(c);
    }

    int last() {
      return columns.size() - 1;
    }
  }

  /** The extra columns the form uses: those some row fills, in printed order. */
  static List<Extra> extras(SelfEvaluationForm form) {
    List<Extra> out = new ArrayList<>();
    for (Extra e : Extra.values()) {
      if (form.rows().anyMatch(r -> e.value.apply(r) != null)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The indicator table's columns, the text columns sized from their text ({@link Widths}). */
  static Layout layout(SelfEvaluationForm form, int width) {
    boolean flat = form.isFlatList();
    List<Extra> extras = extras(form);
    List<Col> cols = new ArrayList<>();
    List<@Nullable Extra> at = new ArrayList<>();
    LevelColumns levels = form.levelColumns();
    ResultColumns results = form.resultColumns();
    cols.add(Col.SIDE);
    if (!flat) {
      cols.add(Col.L1);
      if (levels.level1Weight()) {
        cols.add(Col.L1_WEIGHT);
      }
      if (levels.level1Score()) {
        cols.add(Col.L1_SCORE);
      }
      cols.add(Col.L2);
      if (levels.level2Weight()) {
        cols.add(Col.L2_WEIGHT);
      }
      if (levels.level2Score()) {
        cols.add(Col.L2_SCORE);
      }
    }
    cols.add(Col.NAME);
    for (Extra e : extras) {
      if (e.beforeTarget) {
        cols.add(Col.EXTRA);
        at.add(e);
      }
    }
    if (results.target()) {
      cols.add(Col.TARGET);
    }
    if (results.actual()) {
      cols.add(Col.ACTUAL);
    }
    cols.add(Col.WEIGHT);
    cols.add(Col.SCORE);
    for (Extra e : extras) {
      if (!e.beforeTarget) {
        cols.add(Col.EXTRA);
        at.add(e);
      }
    }
    if (results.reason()) {
      cols.add(Col.REASON); // a 评分表 without one ends with its 评价标准 or 指标说明
    }
    List<@Nullable Extra> extraAt = new ArrayList<>();
    int k = 0;
    for (Col c : cols) {
      extraAt.add(c == Col.EXTRA ? at.get(k++) : null);
    }
    List<IndicatorRow> rows = form.rows().toList();
    // the short columns: narrower when the text columns would be left less than 8 % of the width
    int level = LEVEL;
    int points = SCORE;
    int extra = EXTRA;
    int least = 0;
    int fixed = 0;
    for (int i = 0; i < cols.size(); i++) {
      fixed += fixedWidth(cols.get(i), extraAt.get(i), level, points, extra);
      least += leastWidth(cols.get(i), extraAt.get(i), extra);
    }
    if (fixed + least > width * 0.92) {
      level = NARROW_LEVEL;
      points = NARROW;
      extra = NARROW;
    }
    List<Widths.Column> columns = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      Col c = cols.get(i);
      Extra e = extraAt.get(i);
      int f = fixedWidth(c, e, level, points, extra);
      if (f > 0) {
        columns.add(Widths.Column.fixed(f));
        continue;
      }
      Function<IndicatorRow, @Nullable String> text = switch (c) {
        case NAME -> IndicatorRow::name;
        case TARGET -> IndicatorRow::target;
        case ACTUAL -> IndicatorRow::actual;
        case REASON -> IndicatorRow::deviationReason;
        default -> e.value;
      };
      columns.add(Widths.Column.text(leastWidth(c, e, extra), rows.stream().map(text).toList()));
    }
    return new Layout(List.copyOf(cols), java.util.Collections.unmodifiableList(extraAt),
        Widths.of(width, columns), flat, levels);
  }

  private static int fixedWidth(Col c, @Nullable Extra e, int level, int points, int extra) {
    return switch (c) {
      case SIDE -> SIDE;
      case L1, L2 -> level;
      case WEIGHT, SCORE, L1_WEIGHT, L1_SCORE, L2_WEIGHT, L2_SCORE -> points;
      default -> 0;
    };
  }

  /** A text column's least width; the short extra columns (计量单位 …) grow from theirs when a value needs it. */
  private static int leastWidth(Col c, @Nullable Extra e, int extra) {
    return switch (c) {
      case NAME -> TEXT_MIN[0];
      case TARGET -> TEXT_MIN[1];
      case ACTUAL -> TEXT_MIN[2];
      case REASON -> TEXT_MIN[3];
      case EXTRA -> e != null && !e.narrow ? TEXT_MIN[4] : extra;
      default -> 0;
    };
  }

  /** How many table rows a level-1 group takes: one per level-3 row, an empty level 2 one. */
  static int rows(Level1Group g) {
    int n = 0;
    for (Level2Group c : g.children()) {
      n += Math.max(1, c.rows().size());
    }
    return Math.max(1, n);
  }

  private void indicators(SelfEvaluationForm form, String base, @Nullable FormEvaluation fe, String where) {
    String w = where + " 绩效指标";
    Layout ind = layout(form, d.layout().width());
    Tables.Grid g = Tables.Grid.ofWidths(ind.widths());
    XWPFTable t = d.table(ind.widths());
    // the header row, repeated on every page; its first cell open towards the side label below
    XWPFTableRow h = Docx.row(t, true);
    for (int i = 0; i <= ind.last(); i++) {
      String head = switch (ind.columns().get(i)) {
        case SIDE -> null;
        case L1 -> "一级指标";
        case L2 -> "二级指标";
        case NAME -> ind.flat() ? "指标名称" : "三级指标";
        case EXTRA -> ind.extras().get(i).header;
        case TARGET -> "年度\n指标值";
        case ACTUAL -> "实际\n完成值";
        case WEIGHT, L1_WEIGHT, L2_WEIGHT -> "分值";
        case SCORE, L1_SCORE, L2_SCORE -> "得分";
        case REASON -> reasonHeader(ind.widths()[i]);
      };
      XWPFTableCell c = Tables.put(g.cell(h, i, i, null), head, Tables.C, w);
      if (i == 0) {
        Tables.open(c, "bottom");
      }
    }
    Tables.keepWithNext(h);
    int all = 0;
    for (Level1Group group : form.indicators()) {
      all += rows(group);
    }
    boolean[] firstRow = {true};
    // the side label over every indicator row
    java.util.function.Consumer<XWPFTableRow> side = r -> {
      XWPFTableCell c = g.cell(r, 0, 0, firstRow[0] ? "restart" : "continue");
      if (firstRow[0]) {
        Tables.put(c, "绩\n效\n指\n标", Tables.C, w);
        Tables.open(c, "top");
      }
      firstRow[0] = false;
    };
    if (form.indicators().isEmpty()) {
      XWPFTableRow r = Docx.row(t, false);
      side.accept(r);
      blank(r, g, 1, ind.last());
    }
    int l1 = ind.at(Col.L1);
    int l2 = ind.at(Col.L2);
    for (int gi = 0; gi < form.indicators().size(); gi++) {
      Level1Group group = form.indicators().get(gi);
      String gp = base + "/indicators/" + gi;
      String label1 = group.label() != null ? group.label()
          : group.indicator() != null ? group.indicator().chinese() : null;
      int span1 = rows(group);
      boolean firstOfGroup = true;
      if (group.children().isEmpty()) {
        XWPFTableRow r = Docx.row(t, false);
        side.accept(r);
        if (!ind.flat()) {
          level(r, g, l1, label1, span1, true, w, gp, gp + "/label", gp + "/weight", gp + "/indicator");
          figures(r, g, ind, Col.L1_WEIGHT, Col.L1_SCORE, Tables.text(group.weight()), group.score(), span1, true, w,
              gp);
        }
        blank(r, g, ind.flat() ? ind.at(Col.NAME) : l2, ind.last());
        continue;
      }
      for (int ci = 0; ci < group.children().size(); ci++) {
        Level2Group child = group.children().get(ci);
        String cp = gp + "/children/" + ci;
        String label2 = child.label() != null ? child.label()
            : child.indicator() != null ? child.indicator().chinese() : null;
        int span2 = Math.max(1, child.rows().size());
        // a group scored as a whole: one 分值 and 得分 beside all its rows
        boolean whole = child.scoredAsWhole();
        for (int ri = 0; ri < span2; ri++) {
          XWPFTableRow r = Docx.row(t, false);
          side.accept(r);
          if (!ind.flat()) {
            level(r, g, l1, label1, span1, firstOfGroup, w, gp, gp + "/label", gp + "/weight", gp + "/indicator");
            figures(r, g, ind, Col.L1_WEIGHT, Col.L1_SCORE, Tables.text(group.weight()), group.score(), span1,
                firstOfGroup, w, gp);
            level(r, g, l2, label2, span2, ri == 0, w, cp, cp + "/label", cp + "/indicator");
            figures(r, g, ind, Col.L2_WEIGHT, Col.L2_SCORE, Tables.text(child.weight()), child.score(), span2, ri == 0,
                w, cp);
          }
          firstOfGroup = false;
          if (child.rows().isEmpty()) {
            blank(r, g, ind.at(Col.NAME), ind.last());
          } else {
            IndicatorRow row = child.rows().get(ri);
            if (gi == 0 && ci == 0 && ri == 0 && splits(ind, row)) {
              r.getCtRow().getTrPr().removeCantSplit(0);
            }
            row(r, g, ind, row, cp + "/rows/" + ri, w, whole ? child : null, cp, ri);
          }
        }
      }
    }
    total(t, g, ind, form, base, fe, where);
  }

  /** "偏差原因分析\n及改进措施", or in three lines when the column is narrow. */
  static String reasonHeader(int width) {
    return Widths.width("偏差原因分析") + Widths.PADDING <= width ? "偏差原因分析\n及改进措施" : "偏差原因\n分析及\n改进措施";
  }

  /**
   * Whether the first indicator row may split across pages: when it is estimated taller than a
   * quarter of a page (a department form's lists), where moving it whole to the next page would
   * leave the header block alone on a half-empty page. Every other row is kept whole.
   */
  static boolean splits(Layout ind, IndicatorRow row) {
    int lines = 1;
    for (int i = ind.at(Col.NAME); i <= ind.last(); i++) {
      String text = switch (ind.columns().get(i)) {
        case NAME -> row.name();
        case TARGET -> row.target();
        case ACTUAL -> row.actual();
        case REASON -> row.deviationReason();
        case EXTRA -> ind.extras().get(i).value.apply(row);
        default -> null;
      };
      lines = Math.max(lines, Widths.lines(text, ind.widths()[i]));
    }
    return lines > SPLIT_LINES;
  }

  /**
   * A 一级 or 二级 cell: on the group's first row the label (merged down over the group's rows when
   * it has several), on the others a cell the one above covers.
   */
  private void level(XWPFTableRow r, Tables.Grid g, int col, @Nullable String label, int span, boolean first,
      String w, String... pointers) {
    if (!first) {
      g.cell(r, col, col, "continue");
      return;
    }
    XWPFTableCell c = g.cell(r, col, col, span > 1 ? "restart" : null);
    int width = g.edges()[col + 1] - g.edges()[col];
    Tables.put(c, Tables.balance(label, width), Tables.C, w);
    d.anchor(c, pointers);
  }

  /**
   * A level's own 分值 and 得分 cells, where the table prints them: on the group's first row the
   * figures (merged down over its rows), on the others cells the ones above cover.
   */
  private void figures(XWPFTableRow r, Tables.Grid g, Layout ind, Col weightCol, Col scoreCol, @Nullable String weight,
      @Nullable ScoreCell score, int span, boolean first, String w, String pointer) {
    int wc = ind.at(weightCol);
    int sc = ind.at(scoreCol);
    for (int col : new int[] {wc, sc}) {
      if (col < 0) {
        continue;
      }
      if (!first) {
        g.cell(r, col, col, "continue");
        continue;
      }
      XWPFTableCell c = g.cell(r, col, col, span > 1 ? "restart" : null);
      if (col == wc) {
        d.anchor(Tables.put(c, weight, Tables.R, w), pointer + "/weight");
      } else {
        IndicatorScore s = d.score(pointer);
        Tables.score(c, score, s == null ? null : s.computed(), d.computed() && s != null, w);
        d.anchor(c, pointer + "/score");
      }
    }
  }

  private static void blank(XWPFTableRow r, Tables.Grid g, int from, int to) {
    for (int i = from; i <= to; i++) {
      g.cell(r, i, i, null);
    }
  }

  private void row(XWPFTableRow r, Tables.Grid g, Layout ind, IndicatorRow row, String p, String w,
      @Nullable Level2Group whole, String groupPointer, int index) {
    for (int i = ind.at(Col.NAME); i <= ind.last(); i++) {
      Col col = ind.columns().get(i);
      if (whole != null && (col == Col.WEIGHT && ind.levels().weightBesideRows(whole)
          || col == Col.SCORE && ind.levels().scoreBesideRows(whole))) {
        if (index > 0) {
          g.cell(r, i, i, "continue");
          continue;
        }
        XWPFTableCell c = g.cell(r, i, i, whole.rows().size() > 1 ? "restart" : null);
        if (col == Col.WEIGHT) {
          d.anchor(Tables.put(c, Tables.text(whole.weight()), Tables.R, w), groupPointer + "/weight");
        } else {
          IndicatorScore s = d.score(groupPointer);
          Tables.score(c, whole.score(), s == null ? null : s.computed(), d.computed() && s != null, w);
          d.anchor(c, groupPointer + "/score");
        }
        continue;
      }
      XWPFTableCell c = g.cell(r, i, i, null);
      switch (ind.columns().get(i)) {
        case NAME -> d.anchor(Tables.auto(c, row.name(), w), p, p + "/name");
        case EXTRA -> {
          Extra e = ind.extras().get(i);
          d.anchor(Tables.auto(c, e.value.apply(row), w), p + "/" + e.field);
        }
        case TARGET -> d.anchor(Tables.auto(c, row.target(), w), p + "/target");
        case ACTUAL -> d.anchor(Tables.auto(c, row.actual(), w), p + "/actual");
        case WEIGHT -> d.anchor(Tables.put(c, Tables.text(row.weight()), Tables.R, w), p + "/weight");
        case SCORE -> {
          IndicatorScore s = d.score(p);
          Tables.score(c, row.score(), s == null ? null : s.computed(), d.computed() && s != null, w);
          d.anchor(c, p + "/score");
        }
        case REASON -> d.anchor(Tables.auto(c, row.deviationReason(), w), p + "/deviationReason");
        default -> throw new IllegalStateException("column " + ind.columns().get(i) + " after 三级指标");
      }
    }
  }

  private void total(XWPFTable t, Tables.Grid g, Layout ind, SelfEvaluationForm form, String base,
      @Nullable FormEvaluation fe, String where) {
    String w = where + " 总分";
    XWPFTableRow r = Docx.row(t, false);
    int weight = ind.at(Col.WEIGHT);
    int score = ind.at(Col.SCORE);
    boolean computed = d.computed() && fe != null;
    String grade = computed ? "等级：" + fe.grade().chinese() : null;
    // a 评分表 whose 得分 is its last column (Hainan: 分值 and 得分 only) has no cell after it: the grade joins 总分
    boolean gradeCell = score < ind.last();
    String label = gradeCell || grade == null ? "总分" : "总分（" + grade + "）";
    Tables.put(g.cell(r, 0, weight - 1, null), label, Tables.C, w);
    d.anchor(Tables.put(g.cell(r, weight, weight, null), Tables.text(form.totalWeight()), Tables.R, w),
        base + "/totalWeight");
    XWPFTableCell total = Tables.score(g.cell(r, score, score, null), form.reportedTotal(),
        fe == null ? null : fe.computedTotal(), computed, w);
    d.anchor(total, base + "/reportedTotal");
    if (gradeCell) {
      Tables.put(g.cell(r, score + 1, ind.last(), null), grade, Tables.C, w);
    }
  }
}

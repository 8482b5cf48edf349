package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.layout.FormColumns.A;
import static io.github.jixiao.render.xlsx.layout.FormColumns.B;
import static io.github.jixiao.render.xlsx.layout.FormColumns.C;
import static io.github.jixiao.render.xlsx.layout.FormColumns.D;
import static io.github.jixiao.render.xlsx.layout.FormColumns.E;
import static io.github.jixiao.render.xlsx.layout.FormColumns.F;
import static io.github.jixiao.render.xlsx.layout.FormColumns.G;
import static io.github.jixiao.render.xlsx.layout.FormColumns.H;
import static io.github.jixiao.render.xlsx.layout.FormColumns.I;
import static io.github.jixiao.render.xlsx.layout.FormColumns.J;
import static io.github.jixiao.render.xlsx.layout.Tags.str;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.LevelColumns;
import io.github.jixiao.model.ResultColumns;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.render.xlsx.layout.IndicatorColumns;
import io.github.jixiao.render.xlsx.layout.IndicatorColumns.Extra;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lays out a self-evaluation form (附件2 or 附件3-n) as on the official form: the attachment
 * label and title, 项目支出名称 / 主管部门 / 实施单位, the funds block (and the department's
 * splits), 年度总体目标, the indicator table with merged level-1 and level-2 cells, 总分, the
 * notes and the footer line.
 *
 * <p>Three modes: as reported (the printed values), as computed (jixiao's scores; 年度资金总额,
 * 执行率, level-1 subtotals and 总分 as live formulas) and the blank template (input cells
 * unlocked, formulas locked).
 */
final class FormLayout {
  enum Mode {
    REPORTED,
    COMPUTED,
    TEMPLATE
  }

  /** Column widths in character units (A: section labels … I: 偏差原因, J: subtotals). */
  static final double[] WIDTHS = {9.5, 10.5, 10.5, 15, 14, 14, 7, 8.5, 13, 9.5};
  /** Widths of the extra indicator columns ({@link Extra} order), in character units. */
  static final double[] EXTRA_WIDTHS = {7, 7, 12, 7, 7.5, 18, 18};
  /** Width of a level's own 分值 or 得分 column (a Hainan 评分表's), in character units. */
  static final double LEVEL_FIGURE_WIDTH = 6.5;

  /** Fill of a computed value that differs from the printed one. */
  static final String DIFF_FILL = "FFF2CC";
  /** The line saying that the form is incomplete, under the title. */
  static final Style PARTIAL = Style.PLAIN.font(Style.Font.BOLD).h(Style.Horizontal.CENTER).fill("FCE4D6");
  /** Fill of formula cells in the template. */
  static final String FORMULA_FILL = "EDEDED";
  static final String MONEY = "0.00";
  static final String PERCENT = "0.00%";

  private static final Set<FundsRowKind> SOURCES =
      EnumSet.of(FundsRowKind.CURRENT_YEAR_APPROPRIATION, FundsRowKind.CARRY_OVER, FundsRowKind.OTHER_FUNDS);

  private final SelfEvaluationForm form;
  private final String base;
  private final boolean department;
  private final Mode mode;
  private final @Nullable FormEvaluation eval;
  private final Map<String, IndicatorScore> scores = new HashMap<>();
  private final Grid grid;
  private final int last;
  /** The extra indicator columns this form prints (usually none). */
  private final List<Extra> extras;
  /** The levels' own 分值/得分 columns this form prints (usually none), after 一级指标 and 二级指标. */
  private final LevelColumns levels;
  /** Whether the indicators are a flat list, printed without the 一级/二级 columns. */
  private final boolean flat;
  /**
   * Which of 年度指标值, 实际完成值 and 偏差原因 the table prints: a 评分表 prints only those some row
   * fills. The sheet keeps their columns (the blocks above use them); the cell on the left spans them.
   */
  private final ResultColumns results;

  /** The level-1 and level-2 label cells (for the template's drop-down lists). */
  final List<Grid.Cell> level1Cells = new ArrayList<>();
  final List<Grid.Cell> level2Cells = new ArrayList<>();

  private Grid.@Nullable Cell executionScoreCell;
  /** The header row of the indicator table. */
  private Grid.@Nullable Row indicatorHead;
  private Grid.@Nullable Cell executionWeightCell;

  private FormLayout(String sheetName, SelfEvaluationForm form, String base, boolean department, Mode mode,
      @Nullable FormEvaluation eval) {
    this.form = form;
    this.base = base;
    this.department = department;
    this.mode = mode;
    this.eval = eval;
    if (eval != null) {
      eval.indicators().forEach(s -> scores.put(s.pointer(), s));
    }
    this.last = mode == Mode.REPORTED ? I : J;
    this.extras = mode == Mode.TEMPLATE ? List.of() : IndicatorColumns.used(form);
    this.flat = mode != Mode.TEMPLATE && IndicatorColumns.flat(form);
    this.levels = mode == Mode.TEMPLATE ? LevelColumns.NONE : form.levelColumns();
    this.results = mode == Mode.TEMPLATE ? ResultColumns.ALL : form.resultColumns();
    this.grid = extras.isEmpty() && !levels.any() ? new Grid(sheetName, WIDTHS, last)
        : widened(sheetName, extras, levels, last);
  }

  /**
   * The grid of a form with extra indicator columns: the level-1 分值/得分 inserted before C
   * (二级指标), the level-2 ones before D (三级指标), 计量单位 and 指标性质 before E (年度指标值),
   * the others before I (偏差原因); every other block spans them.
   */
  private static Grid widened(String sheetName, List<Extra> extras, LevelColumns levels, int last) {
    int[] columns = new int[Tags.COLUMN + 1];
    List<Double> widths = new ArrayList<>();
    int x = 0;
    int l1 = levels.level1Count();
    int l2 = levels.level2Count();
    for (int col = 0; col < columns.length; col++) {
      for (int k = col == C ? l1 : col == D ? l2 : 0; k > 0; k--) {
        widths.add(LEVEL_FIGURE_WIDTH);
        x++;
      }
      for (Extra e : extras) {
        if ((col == E && e.beforeTarget()) || (col == I && !e.beforeTarget())) {
          widths.add(EXTRA_WIDTHS[e.ordinal()]);
          x++;
        }
      }
      columns[col] = x;
      if (col < WIDTHS.length) {
        widths.add(WIDTHS[col]);
      }
      x++;
    }
    double[] w = widths.stream().mapToDouble(Double::doubleValue).toArray();
    return new Grid(sheetName, w, columns[last], columns);
  }

  /** The sheet column of extra column {@code e}. */
  private int x(Extra e) {
    int before = 0;
    for (Extra other : extras) {
      if (other == e) {
        break;
      }
      if (other.beforeTarget() == e.beforeTarget()) {
        before++;
      }
    }
    int count = (int) extras.stream().filter(o -> o.beforeTarget() == e.beforeTarget()).count();
    return grid.x(e.beforeTarget() ? E : I) - count + before;
  }

  /** Lays out {@code form}, whose JSON pointer is {@code pointer}. */
  static FormLayout of(String sheetName, SelfEvaluationForm form, String pointer, boolean department, Mode mode,
      @Nullable FormEvaluation eval) {
    if (mode == Mode.COMPUTED && eval == null) {
      throw new IllegalArgumentException("the computed mode needs the form's evaluation");
    }
    FormLayout layout = new FormLayout(sheetName, form, pointer, department, mode, eval);
    layout.build();
    return layout;
  }

  Grid grid() {
    return grid;
  }

  private boolean template() {
    return mode == Mode.TEMPLATE;
  }

  /** An input cell: unlocked in the template. */
  private Style in(Style s) {
    return template() ? s.locked(false) : s;
  }

  /** A formula cell: shaded in the template. */
  private Style calc(Style s) {
    return template() ? s.fill(FORMULA_FILL) : s;
  }

  private void build() {
    grid.add(Tags.of(Tags.FORM, formTag()))
        .minHeight(24)
        .cell(A, 3, Words.ATTACHMENT + form.label(), Style.LABEL).at(base, base + "/label");
    grid.add(Tags.of(Tags.TITLE)).minHeight(40)
        .cell(A, last + 1, form.title(), Style.TITLE).at(base + "/title");
    if (form.partial()) {
      grid.add(Tags.of(Tags.PARTIAL)).minHeight(20)
          .cell(A, last + 1, Words.partialLine(form.partialNote()), PARTIAL).at(base + "/partial", base + "/partialNote");
    }

    Grid.Row name = grid.add(Tags.of(Tags.NAME)).minHeight(24);
    Grid.Row tableFirst = name;
    name.cell(A, 2, department ? Words.NAME_DEPARTMENT : Words.NAME_PROJECT, Style.TABLE);
    name.cell(C, tail(C), form.name(), in(Style.TABLE_LEFT)).at(base + "/name");
    if (!department || form.supervisingDepartment() != null || form.implementingUnit() != null) {
      Grid.Row units = grid.add(Tags.of(Tags.UNITS)).minHeight(24);
      units.cell(A, 2, Words.SUPERVISING, Style.TABLE);
      units.cell(C, 3, form.supervisingDepartment(), in(Style.TABLE_LEFT)).at(base + "/supervisingDepartment");
      units.cell(F, 1, Words.IMPLEMENTING, Style.TABLE);
      units.cell(G, tail(G), form.implementingUnit(), in(Style.TABLE_LEFT)).at(base + "/implementingUnit");
    }
    if (template() || form.printsFunds()) { // a 评分表 without funds or goals prints neither block
      funds();
    }
    if (template() || form.printsGoals()) {
      goals();
    }
    List<Grid.Cell> indicatorScores = indicators();
    Grid.Row totalRow = total(indicatorScores);
    for (int i = 0; i < form.notes().size(); i++) {
      grid.add(Tags.of(template() ? Tags.TPL_NOTE : Tags.NOTE))
          .cell(A, I + 1, form.notes().get(i), Style.PLAIN).at(base + "/notes/" + i);
    }
    footer();
    if (!template()) {
      // printing: the indicator heads repeat on every page, no page ends on a header, labels repeat
      // where a page breaks inside them; on screen, the heads and the indicator names stay in view
      grid.paginate = true;
      grid.header = indicatorHead;
      grid.tableFirst = tableFirst;
      grid.tableLast = totalRow;
      Grid.Row head = java.util.Objects.requireNonNull(indicatorHead);
      grid.freezeBelow = grid.rows.get(head.index + 1);
      grid.freezeCol = grid.x(D) + 1;
      Pagination.keepTogether(grid);
    }
  }

  /**
   * The form row's tag attributes: kind, project id and mode, and (only when the form has them, so
   * that a Hunan form's workbook is as before) its unit, whether it is partial and its printed grade.
   */
  private String[] formTag() {
    List<String> kv = new ArrayList<>(List.of("kind", department ? "department" : "project", "id",
        str(form.projectId()), "mode", mode.name().toLowerCase(java.util.Locale.ROOT)));
    if (form.unit() != null) {
      kv.addAll(List.of("unit", form.unit().name()));
    }
    if (form.partial()) {
      kv.addAll(List.of("partial", "1", "partialNote", str(form.partialNote())));
    }
    if (form.reportedGrade() != null) {
      kv.addAll(List.of("grade", form.reportedGrade()));
    }
    if (form.framework() != null) {
      kv.addAll(List.of("fw", form.framework()));
    }
    return kv.toArray(String[]::new);
  }

  // ------------------------------------------------------------------ funds

  private void funds() {
    List<FundsRow> rows = form.funds().rows();
    List<FundSplit> income = form.funds().byIncome();
    List<FundSplit> expenditure = form.funds().byExpenditure();
    int splitRows = Math.max(income.size(), expenditure.size());
    int span = 1 + rows.size() + (splitRows > 0 ? 1 + splitRows : 0);
    Grid.Row head = grid.add(Tags.of(Tags.FUNDS_HEAD));
    head.cell(A, 1, Words.fundsLabel(department, form.moneyUnit()), Style.TABLE).rowSpan(span)
        .split(Grid.Split.REPEAT).at(base + "/funds");
    head.cell(B, 2, null, Style.TABLE);
    String[] heads = {Words.INITIAL, Words.ANNUAL, Words.EXECUTED, Words.WEIGHT, Words.RATE, Words.SCORE};
    for (int k = 0; k < heads.length; k++) {
      head.cell(D + k, D + k == I ? tail(I) : 1, heads[k], Style.TABLE);
    }

    Grid.Cell[][] amounts = new Grid.Cell[rows.size()][3];
    int totalIndex = -1;
    Grid.Cell totalRate = null;
    for (int i = 0; i < rows.size(); i++) {
      FundsRow fr = rows.get(i);
      String p = base + "/funds/rows/" + i;
      Grid.Row r = grid.add(Tags.of(Tags.FUNDS, "kind", fr.kind().name()));
      r.cell(B, 2, fr.label(), Style.TABLE_LEFT).at(p, p + "/label");
      Amount[] values = {fr.initialBudget(), fr.annualBudget(), fr.executed()};
      String[] fields = {"initialBudget", "annualBudget", "executed"};
      for (int k = 0; k < 3; k++) {
        amounts[i][k] = r.cell(D + k, Values.amount(values[k]), in(amountStyle(values[k]))).at(p + "/" + fields[k]);
      }
      Grid.Cell weight = r.cell(G, Values.score(fr.weight()), in(Values.scoreStyle(Style.TABLE, fr.weight())))
          .at(p + "/weight");
      Grid.Cell rate = r.cell(H, fr.executionRate(), Style.TABLE).at(p + "/executionRate");
      Grid.Cell score = r.cell(I, tail(I), Values.score(fr.score()), in(Values.scoreStyle(Style.TABLE, fr.score())))
          .at(p + "/score");
      if (fr.kind() == FundsRowKind.TOTAL && totalIndex < 0) {
        totalIndex = i;
        executionScoreCell = score;
        executionWeightCell = weight;
        totalRate = rate;
      }
    }
    if (totalIndex >= 0 && mode != Mode.REPORTED) {
      liveTotals(rows, totalIndex, amounts, java.util.Objects.requireNonNull(totalRate),
          java.util.Objects.requireNonNull(executionScoreCell));
    }
    if (splitRows > 0) {
      Grid.Row sh = grid.add(Tags.of(Tags.SPLIT_HEAD));
      sh.cell(B, 4, Words.BY_INCOME, Style.TABLE_LEFT);
      sh.cell(F, tail(F), Words.BY_EXPENDITURE, Style.TABLE_LEFT);
      for (int k = 0; k < splitRows; k++) {
        FundSplit in = k < income.size() ? income.get(k) : null;
        FundSplit ex = k < expenditure.size() ? expenditure.get(k) : null;
        Grid.Row r = grid.add(Tags.of(Tags.SPLIT, "in", in == null ? "" : in.kind().name(),
            "ex", ex == null ? "" : ex.kind().name()));
        split(r, B, E, in, base + "/funds/byIncome/" + k);
        split(r, F, I, ex, base + "/funds/byExpenditure/" + k);
      }
    }
  }

  private Style amountStyle(@Nullable Amount v) {
    return Values.numberStyle(Style.TABLE, Amount.number(v));
  }

  private void split(Grid.Row r, int labelCol, int amountCol, @Nullable FundSplit s, String p) {
    int span = amountCol == I ? tail(I) : 1;
    if (s == null) {
      r.cell(labelCol, amountCol - labelCol, null, Style.TABLE_LEFT);
      r.cell(amountCol, span, null, Style.TABLE);
      return;
    }
    r.cell(labelCol, amountCol - labelCol, s.label(), Style.TABLE_LEFT).at(p, p + "/label");
    r.cell(amountCol, span, Values.amount(s.amount()), amountStyle(s.amount())).at(p + "/amount");
  }

  /** The span from {@code col} to the table's last column (I, or J where the subtotals are shown). */
  private int tail(int col) {
    return last - col + 1;
  }

  /** 年度资金总额 = the sum of its sources, 执行率 = 执行数 ÷ 预算数, 得分 — live (computed mode and template). */
  private void liveTotals(List<FundsRow> rows, int total, Grid.Cell[][] amounts, Grid.Cell rate, Grid.Cell score) {
    FundsRow t = rows.get(total);
    BigDecimal[] printed = {Amount.number(t.initialBudget()), Amount.number(t.annualBudget()), Amount.number(t.executed())};
    @Nullable Object[] cached = {Values.number(printed[0]), Values.number(printed[1]), Values.number(printed[2])};
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (SOURCES.contains(rows.get(i).kind())) {
        sources.add(i);
      }
    }
    for (int k = 0; k < 3; k++) {
      Grid.Cell cell = amounts[total][k];
      List<Grid.Cell> refs = new ArrayList<>();
      BigDecimal sum = null;
      boolean exact = true;
      for (int i : sources) {
        refs.add(amounts[i][k]);
        FundsRow source = rows.get(i);
        BigDecimal v = Amount.number(k == 0 ? source.initialBudget() : k == 1 ? source.annualBudget() : source.executed());
        if (v != null) {
          sum = sum == null ? v : sum.add(v);
          exact &= Values.fitsNumberCell(v);
        }
      }
      if (refs.isEmpty()) {
        continue;
      }
      if (template()) {
        cell.value = new Grid.Formula(p -> "IF(COUNT(" + list(p, refs) + ")=0,\"\",SUM(" + list(p, refs) + "))", "");
        cell.style = calc(Style.TABLE.format(MONEY));
      } else if (sum != null && !(exact && Values.fitsNumberCell(sum))) {
        // a spreadsheet number holds 15 significant digits and SUM skips amounts written as text: a total
        // the cells cannot add exactly stays as printed, marked, so the workbook still reads back
        cell.marks.add(new Grid.Mark(DIFF_FILL, 1, "各来源合计 " + sum.toPlainString() + "，超出表格数值的精度，保留填报数 / the sources"
            + " add up to " + sum.toPlainString() + ", more digits than a spreadsheet number holds; the printed total is kept"));
      } else if (sum != null) {
        BigDecimal s = sum;
        cell.value = new Grid.Formula(p -> "SUM(" + list(p, refs) + ")", s.doubleValue());
        cell.style = Style.TABLE.format(MONEY);
        cached[k] = s;
        if (printed[k] == null || printed[k].compareTo(s) != 0) {
          cell.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报 " + (printed[k] == null ? "（空白）" : printed[k].toPlainString())
              + "，各来源合计 " + s.toPlainString() + " / printed " + Values.plain(printed[k]) + ", the sources add up to "
              + s.toPlainString()));
        }
      }
    }
    Grid.Cell annual = amounts[total][1];
    Grid.Cell executed = amounts[total][2];
    Object rateCached = "";
    if (!template() && cached[1] instanceof BigDecimal b && cached[2] instanceof BigDecimal x && b.signum() > 0) {
      rateCached = x.divide(b, 10, RoundingMode.HALF_UP).doubleValue();
    }
    rate.value = new Grid.Formula(p -> "IF(AND(ISNUMBER(" + p.a1(annual) + "),ISNUMBER(" + p.a1(executed) + "),"
        + p.a1(annual) + ">0)," + p.a1(executed) + "/" + p.a1(annual) + ",\"\")", rateCached);
    rate.style = calc(Style.TABLE.format(PERCENT));
    if (template()) {
      Grid.Cell weightCell = executionWeightCell;
      score.value = new Grid.Formula(p -> "IF(ISNUMBER(" + p.a1(rate) + "),ROUND(" + p.a1(weightCell) + "*MIN("
          + p.a1(rate) + ",1),2),\"\")", "");
      score.style = calc(Style.TABLE.format(MONEY));
    } else {
      BigDecimal computed = java.util.Objects.requireNonNull(eval).executionScore();
      if (computed == null) {
        return; // nothing on the form scores execution (an evaluation framework's funds block): kept as printed
      }
      score.value = computed;
      score.style = Style.TABLE.format(MONEY);
      BigDecimal reported = Values.value(t.score());
      if (reported == null || reported.compareTo(computed) != 0) {
        score.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报得分 " + (t.score() == null ? "（空白）" : t.score())
            + "，按评分规则 " + computed.toPlainString() + " / printed " + str(t.score()) + ", by the rules "
            + computed.toPlainString()));
      }
    }
  }

  /**
   * The score cells as ranges, top to bottom: one range per run of cells in the same column
   * ("H12:H30", a single cell as itself). The rows' scores are one run in H; a group scored as a
   * whole in a level-2 得分 column makes runs of its own, of groups printed one below the other (so
   * that no other group's 得分 in that column falls inside a range). {@code pairs}: a run of one cell
   * written as a range too ("H21:H21", as the subtotals always were).
   */
  private String ranges(Grid.Positions p, List<Grid.Cell> cells, boolean pairs) {
    List<String> out = new ArrayList<>();
    int rowsColumn = grid.x(H);
    int i = 0;
    while (i < cells.size()) {
      int j = i;
      while (j + 1 < cells.size() && cells.get(j + 1).col == cells.get(i).col && (cells.get(i).col == rowsColumn
          || cells.get(j + 1).row.index == cells.get(j).row.index + cells.get(j).rowSpan)) {
        j++;
      }
      out.add(i == j && !pairs ? p.a1(cells.get(i)) : p.a1(cells.get(i)) + ":" + p.a1(cells.get(j)));
      i = j + 1;
    }
    return String.join(",", out);
  }

  private static String list(Grid.Positions p, List<Grid.Cell> cells) {
    return cells.stream().map(p::a1).collect(Collectors.joining(","));
  }

  // ------------------------------------------------------------------ goals

  private void goals() {
    List<Goal> goals = form.goals();
    Grid.Row head = grid.add(Tags.of(Tags.GOALS_HEAD));
    head.cell(A, 1, Words.GOALS_BROKEN, Style.TABLE).rowSpan(1 + goals.size()).split(Grid.Split.REPEAT)
        .at(base + "/goals");
    head.cell(B, 4, Words.EXPECTED, Style.TABLE);
    head.cell(F, tail(F), Words.ACHIEVED, Style.TABLE);
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      String p = base + "/goals/" + i;
      Grid.Row r = grid.add(Tags.of(template() ? Tags.TPL_GOAL : Tags.GOAL));
      if (template()) {
        r.minHeight(60);
      }
      r.cell(B, 4, g.expected(), in(Style.TABLE_LEFT)).at(p, p + "/expected");
      r.cell(F, tail(F), g.actual(), in(Style.TABLE_LEFT)).at(p + "/actual");
    }
  }

  // ------------------------------------------------------------------ indicators

  private static int rowsOf(Level1Group g) {
    if (g.children().isEmpty()) {
      return 1;
    }
    return g.children().stream().mapToInt(c -> Math.max(1, c.rows().size())).sum();
  }

  /** The indicator table; returns the 得分 cells of every row (for 总分). */
  private List<Grid.Cell> indicators() {
    int n = form.indicators().stream().mapToInt(FormLayout::rowsOf).sum();
    if (form.indicatorsLabel() != null || form.indicatorsWeight() != null) {
      // the band above the table, as printed ("年度绩效目标1（80分）")
      grid.add(Tags.of(Tags.BAND, "w", str(form.indicatorsWeight()))).minHeight(24)
          .cell(A, last + 1, form.indicatorsLabel(), in(Style.TABLE_LEFT)).at(base + "/indicatorsLabel",
              base + "/indicatorsWeight");
    }
    Grid.Row head = grid.add(Tags.of(Tags.IND_HEAD));
    head.cell(A, 1, Words.INDICATORS, Style.TABLE).rowSpan(1 + n).split(Grid.Split.REPEAT)
        .at(base + "/indicators");
    indicatorHead = head;
    if (flat) {
      name(head, IndicatorColumns.FLAT_NAME, Style.TABLE);
    } else {
      head.raw(grid.x(B), 1, Words.LEVEL1, Style.TABLE);
      figures(head, B, levels.level1Weight(), levels.level1Score(), Words.WEIGHT, Words.SCORE, 1, null);
      head.raw(grid.x(C), 1, Words.LEVEL2, Style.TABLE);
      figures(head, C, levels.level2Weight(), levels.level2Score(), Words.WEIGHT, Words.SCORE, 1, null);
      head.raw(grid.x(D), span(grid.x(D)), Words.LEVEL3, Style.TABLE);
    }
    for (Extra e : extras) {
      head.raw(x(e), span(x(e)), e.header(), Style.TABLE);
    }
    String[] heads = {Words.TARGET, Words.ACTUAL, Words.WEIGHT, Words.SCORE, Words.REASON};
    for (int k = 0; k < heads.length; k++) {
      if (!absorbed(grid.x(E + k))) {
        head.raw(grid.x(E + k), span(grid.x(E + k)), heads[k], Style.TABLE);
      }
    }
    if (last == J) {
      head.cell(J, Words.SUBTOTAL, Style.TABLE);
    }
    String tagKind = template() ? Tags.TPL_IND : Tags.IND;
    List<Grid.Cell> allScores = new ArrayList<>();
    for (int g = 0; g < form.indicators().size(); g++) {
      Level1Group l1 = form.indicators().get(g);
      String gp = base + "/indicators/" + g;
      int span = rowsOf(l1);
      List<Grid.Cell> groupScores = new ArrayList<>();
      List<BigDecimal> groupValues = new ArrayList<>();
      Grid.Row firstRow = null;
      String l1Tag = str(l1.indicator()) + "," + str(l1.weight());
      List<String> l1Extra = new ArrayList<>();
      if (l1.type() != null) {
        l1Extra.addAll(List.of("t1", l1.type()));
      }
      if (l1.score() != null) {
        l1Extra.addAll(List.of("s1", str(l1.score())));
      }
      if (l1.children().isEmpty()) {
        List<String> attrs = new ArrayList<>(List.of("l1", l1Tag));
        attrs.addAll(l1Extra);
        attrs.addAll(List.of("e", "1"));
        Grid.Row r = grid.add(template() ? Tags.of(tagKind) : Tags.of(tagKind, attrs.toArray(String[]::new)));
        firstRow = r;
        level1Cells.add(r.raw(grid.x(B), 1, l1.label(), in(Style.TABLE)).at(gp, gp + "/label", gp + "/weight"));
        figures(r, B, levels.level1Weight(), levels.level1Score(), l1.weight(), l1.score(), 1, gp);
        blanks(r, C);
      }
      for (int h = 0; h < l1.children().size(); h++) {
        Level2Group l2 = l1.children().get(h);
        String hp = gp + "/children/" + h;
        int rows = Math.max(1, l2.rows().size());
        // a group scored as a whole: one 分值 and 得分 for its rows, printed once beside them
        boolean whole = l2.scoredAsWhole();
        for (int k = 0; k < rows; k++) {
          boolean firstOfGroup = h == 0 && k == 0;
          List<String> attrs = new ArrayList<>();
          if (!template()) {
            if (firstOfGroup) {
              attrs.addAll(List.of("l1", l1Tag));
              attrs.addAll(l1Extra);
            }
            if (k == 0) {
              attrs.addAll(List.of("l2", str(l2.indicator())));
              if (l2.type() != null) {
                attrs.addAll(List.of("t2", l2.type()));
              }
              if (l2.weight() != null) {
                attrs.addAll(List.of("w2", str(l2.weight())));
              }
              if (l2.score() != null) {
                attrs.addAll(List.of("s2", str(l2.score())));
              }
              if (whole) {
                attrs.addAll(List.of("g2", "1"));
              }
            }
            if (l2.rows().isEmpty()) {
              attrs.addAll(List.of("e", "2"));
            } else if (l2.rows().get(k).execution()) {
              attrs.addAll(List.of("x", "1"));
            }
          }
          Grid.Row r = grid.add(Tags.of(tagKind, attrs.toArray(String[]::new)));
          if (firstOfGroup) {
            firstRow = r;
            if (!flat) {
              level1Cells.add(r.raw(grid.x(B), 1, l1.label(), in(Style.TABLE)).rowSpan(span)
                  .split(Grid.Split.REPEAT).at(gp, gp + "/label", gp + "/weight"));
              figures(r, B, levels.level1Weight(), levels.level1Score(), l1.weight(), l1.score(), span, gp);
            }
          }
          if (k == 0 && !flat) {
            level2Cells.add(r.raw(grid.x(C), 1, l2.label(), in(Style.TABLE)).rowSpan(rows).split(Grid.Split.REPEAT)
                .at(hp, hp + "/label"));
            Grid.Cell score = figures(r, C, levels.level2Weight(), levels.level2Score(), l2.weight(), l2.score(), rows,
                hp);
            if (score != null && whole) {
              // the rows of a group scored as a whole carry no score: the group's counts in the subtotal
              if (mode == Mode.COMPUTED) {
                computedGroupScore(score, l2, hp);
              }
              if (score.value instanceof BigDecimal v) {
                groupValues.add(v);
              }
              groupScores.add(score);
            }
          }
          if (l2.rows().isEmpty()) {
            blanks(r, flat ? B : D);
            continue;
          }
          IndicatorRow ir = l2.rows().get(k);
          String rp = hp + "/rows/" + k;
          if (flat) {
            name(r, ir.name(), in(Style.TABLE_LEFT)).at(rp, rp + "/name");
          } else {
            r.raw(grid.x(D), span(grid.x(D)), ir.name(), in(Style.TABLE_LEFT)).at(rp, rp + "/name");
          }
          for (Extra e : extras) {
            r.raw(x(e), span(x(e)), e.of(ir), in(Style.TABLE)).at(rp + "/" + field(e));
          }
          if (results.target()) {
            r.raw(grid.x(E), span(grid.x(E)), ir.target(), in(Style.TABLE_LEFT)).at(rp + "/target");
          }
          if (results.actual()) {
            r.raw(grid.x(F), 1, ir.actual(), in(Style.TABLE_LEFT)).at(rp + "/actual");
          }
          if (whole && levels.weightBesideRows(l2)) {
            if (k == 0) {
              r.raw(grid.x(G), 1, Values.score(l2.weight()), in(Values.scoreStyle(Style.TABLE, l2.weight()))).rowSpan(rows)
                  .split(Grid.Split.REPEAT).at(hp + "/weight");
            }
          } else {
            r.raw(grid.x(G), 1, Values.score(ir.weight()), in(Values.scoreStyle(Style.TABLE, ir.weight())))
                .at(rp + "/weight");
          }
          if (whole && levels.scoreBesideRows(l2)) {
            if (k == 0) {
              Grid.Cell score = r.raw(grid.x(H), 1, Values.score(l2.score()), in(Values.scoreStyle(Style.TABLE,
                  l2.score()))).rowSpan(rows).split(Grid.Split.REPEAT).at(hp + "/score");
              if (mode == Mode.COMPUTED) {
                computedGroupScore(score, l2, hp);
              }
              if (score.value instanceof BigDecimal v) {
                groupValues.add(v);
              }
              groupScores.add(score);
            }
          } else if (whole) {
            // a group scored as a whole whose 得分 stands in the level-2 column: its rows' own are blank
            r.raw(grid.x(H), 1, Values.score(ir.score()), in(Values.scoreStyle(Style.TABLE, ir.score())))
                .at(rp + "/score");
          } else {
            Grid.Cell score = r.raw(grid.x(H), 1, Values.score(ir.score()), in(Values.scoreStyle(Style.TABLE,
                ir.score()))).at(rp + "/score");
            if (mode == Mode.COMPUTED) {
              computedScore(score, ir, rp);
            }
            if (score.value instanceof BigDecimal v) {
              groupValues.add(v);
            }
            groupScores.add(score);
          }
          if (results.reason()) {
            r.raw(grid.x(I), 1, ir.deviationReason(), in(Style.TABLE_LEFT)).at(rp + "/deviationReason");
          }
        }
      }
      allScores.addAll(groupScores);
      if (last == J && firstRow != null) {
        Grid.Cell sub = firstRow.cell(J, null, calc(Style.TABLE.format(MONEY))).rowSpan(span).split(Grid.Split.BLANK);
        if (!groupScores.isEmpty()) {
          List<Grid.Cell> cells = List.copyOf(groupScores);
          if (template()) {
            sub.value = new Grid.Formula(p -> "IF(COUNT(" + ranges(p, cells, true) + ")=0,\"\",SUM("
                + ranges(p, cells, true) + "))", "");
          } else {
            BigDecimal s = groupValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            sub.value = new Grid.Formula(p -> "SUM(" + ranges(p, cells, true) + ")", s.doubleValue());
          }
        }
      }
    }
    return allScores;
  }

  /**
   * A level's own 分值 and 得分 cells, in the columns just after its label's ({@code col}: B or C),
   * merged down over the group's {@code rows}; a header row passes the header words and no pointer.
   *
   * @return the 得分 cell, or {@code null} when there is no such column or this is the header
   */
  private Grid.@Nullable Cell figures(Grid.Row r, int col, boolean weightColumn, boolean scoreColumn,
      @Nullable Object weight, @Nullable Object score, int rows, @Nullable String pointer) {
    int x = grid.x(col) + 1;
    if (weightColumn) {
      Object v = pointer == null ? weight : weight instanceof ScoreCell sc ? Values.score(sc)
          : weight instanceof BigDecimal b ? b : null;
      Style st = pointer == null ? Style.TABLE : in(weight instanceof ScoreCell sc ? Values.scoreStyle(Style.TABLE, sc)
          : Style.TABLE.h(Style.Horizontal.RIGHT));
      Grid.Cell c = r.raw(x++, 1, v, st).rowSpan(rows).split(Grid.Split.REPEAT);
      if (pointer != null) {
        c.at(pointer + "/weight");
      }
    }
    if (!scoreColumn) {
      return null;
    }
    if (pointer == null) {
      r.raw(x, 1, score, Style.TABLE);
      return null;
    }
    ScoreCell sc = (ScoreCell) score;
    return r.raw(x, 1, Values.score(sc), in(Values.scoreStyle(Style.TABLE, sc))).rowSpan(rows)
        .split(Grid.Split.REPEAT).at(pointer + "/score");
  }

  /** The name cell of a flat list's row: 三级指标 with the empty 一级/二级 columns, B to D. */
  private Grid.Cell name(Grid.Row r, @Nullable String value, Style style) {
    return r.raw(grid.x(B), grid.x(D) - grid.x(B) + span(grid.x(D)), value, style);
  }

  /** Whether sheet column {@code x} is a result column the table does not print (its left cell spans it). */
  private boolean absorbed(int x) {
    return x == grid.x(E) && !results.target() || x == grid.x(F) && !results.actual()
        || x == grid.x(I) && !results.reason();
  }

  /** How many columns the indicator-table cell at sheet column {@code x} spans: it and the unprinted ones after it. */
  private int span(int x) {
    int n = 1;
    while (absorbed(x + n)) {
      n++;
    }
    return n;
  }

  /** Blank cells from layout column {@code from} to I, the extra columns included. */
  private void blanks(Grid.Row r, int from) {
    int x = grid.x(from);
    if (flat && from <= D) {
      name(r, null, Style.TABLE);
      x = grid.x(D) + 1;
    }
    for (; x <= grid.x(I); x++) {
      if (!absorbed(x)) {
        r.raw(x, span(x), null, Style.TABLE);
      }
    }
  }

  /** The JSON field of an extra column, for its cells' pointers. */
  private static String field(Extra e) {
    return switch (e) {
      case UNIT_OF_MEASURE -> "unitOfMeasure";
      case NATURE -> "nature";
      case ADJUSTED_TARGET -> "adjustedTarget";
      case SCORE_COEFFICIENT -> "scoreCoefficient";
      case CORE -> "core";
      case CRITERIA -> "criteria";
      case EXPLANATION -> "explanation";
    };
  }

  /** 得分 as jixiao computes it; a mark when it differs from the printed score. */
  /** A group scored as a whole, computed mode: the rules' score for the group, marked where it differs. */
  private void computedGroupScore(Grid.Cell cell, Level2Group group, String pointer) {
    IndicatorScore s = scores.get(pointer);
    if (s == null || s.computed() == null) {
      return;
    }
    BigDecimal reported = Values.value(group.score());
    cell.value = s.computed();
    cell.style = Style.TABLE.format(MONEY);
    if (reported == null || reported.compareTo(s.computed()) != 0) {
      cell.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报得分 " + (group.score() == null ? "（空白）" : group.score().toString())
          + "，按评分规则 " + s.computed().toPlainString() + "：" + s.explanation()));
    }
  }

  private void computedScore(Grid.Cell cell, IndicatorRow row, String pointer) {
    IndicatorScore s = scores.get(pointer);
    if (s == null) {
      return; // a blank row: not scored
    }
    BigDecimal reported = Values.value(row.score());
    if (s.computed() == null) {
      if (reported != null && reported.signum() != 0) {
        cell.value = BigDecimal.ZERO.setScale(2);
        cell.style = Style.TABLE.format(MONEY);
        cell.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报得分 " + row.score() + "，不计分：" + s.explanation()
            + " / printed " + row.score() + ", not scored"));
      }
      return;
    }
    BigDecimal computed = s.computed();
    cell.value = computed;
    cell.style = Style.TABLE.format(MONEY);
    if (reported == null || reported.compareTo(computed) != 0) {
      cell.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报得分 " + (row.score() == null ? "（空白）" : row.score().toString())
          + "，按评分规则 " + computed.toPlainString() + "：" + s.explanation()));
    }
  }

  // ------------------------------------------------------------------ total, footer

  private Grid.Row total(List<Grid.Cell> indicatorScores) {
    Grid.Row r = grid.add(Tags.of(Tags.TOTAL)).minHeight(24);
    r.cell(A, 6, Words.TOTAL, Style.TABLE);
    Grid.Cell weight = r.cell(G, Values.score(form.totalWeight()), Values.scoreStyle(Style.TABLE, form.totalWeight()))
        .at(base + "/totalWeight");
    Grid.Cell total = r.raw(grid.x(H), 1, Values.score(form.reportedTotal()),
        Values.scoreStyle(Style.TABLE, form.reportedTotal())).at(base + "/reportedTotal");
    r.raw(grid.x(H) + 1, grid.x(last) - grid.x(H), null, Style.TABLE);
    Grid.Cell exec = executionScoreCell;
    java.util.function.Function<Grid.Positions, String> args = p -> {
      List<String> parts = new ArrayList<>();
      if (exec != null) {
        parts.add(p.a1(exec));
      }
      if (!indicatorScores.isEmpty()) {
        parts.add(ranges(p, indicatorScores, false));
      }
      return parts.isEmpty() ? "0" : String.join(",", parts);
    };
    if (mode == Mode.COMPUTED) {
      FormEvaluation e = java.util.Objects.requireNonNull(eval);
      BigDecimal sum = exec != null && exec.value instanceof BigDecimal x ? x : BigDecimal.ZERO;
      for (Grid.Cell c : indicatorScores) {
        if (c.value instanceof BigDecimal v) {
          sum = sum.add(v);
        }
      }
      BigDecimal cached = sum.setScale(2, RoundingMode.HALF_UP);
      total.value = new Grid.Formula(p -> "ROUND(SUM(" + args.apply(p) + "),2)", cached.doubleValue());
      total.style = Style.TABLE.format(MONEY);
      BigDecimal reported = Values.value(form.reportedTotal());
      if (reported == null || reported.compareTo(e.computedTotal()) != 0) {
        total.marks.add(new Grid.Mark(DIFF_FILL, 1, "填报总分 " + (form.reportedTotal() == null ? "（空白）"
            : form.reportedTotal().toString()) + "，按评分规则 " + e.computedTotal().toPlainString()
            + (e.grade() == io.github.jixiao.model.result.Grade.NOT_GRADABLE ? "，" + e.grade().chinese()
                : "（" + e.grade().chinese() + "）")));
      }
    } else if (template()) {
      Grid.Cell w = executionWeightCell;
      List<Grid.Cell> weights = new ArrayList<>();
      for (Grid.Cell c : indicatorScores) {
        weights.add(c.row.cells.stream().filter(x -> x.col == grid.x(G)).findFirst().orElseThrow());
      }
      Grid.Cell wTop = weights.isEmpty() ? null : weights.get(0);
      Grid.Cell wBottom = weights.isEmpty() ? null : weights.get(weights.size() - 1);
      weight.value = new Grid.Formula(p -> "SUM(" + (w == null ? "" : p.a1(w) + ",")
          + (wTop == null ? "0" : p.a1(wTop) + ":" + p.a1(wBottom)) + ")", w == null ? 0.0
              : w.value instanceof BigDecimal b ? b.doubleValue() : 0.0);
      weight.style = calc(Style.TABLE);
      total.value = new Grid.Formula(p -> "IF(COUNT(" + args.apply(p) + ")=0,\"\",ROUND(SUM(" + args.apply(p) + "),2))",
          "");
      total.style = calc(Style.TABLE.format(MONEY));
    }
    return r;
  }

  private void footer() {
    var fields = form.footer();
    for (int from = 0; from < fields.size(); from += 4) {
      int n = Math.min(4, fields.size() - from);
      int[] spans = switch (n) {
        case 1 -> new int[] {9};
        case 2 -> new int[] {4, 5};
        case 3 -> new int[] {3, 3, 3};
        default -> new int[] {2, 2, 3, 2};
      };
      Grid.Row r = grid.add(Tags.of(Tags.FOOTER)).minHeight(26);
      int col = A;
      for (int k = 0; k < n; k++) {
        var f = fields.get(from + k);
        r.cell(col, spans[k], f.label() + "：" + (f.value() == null ? "" : f.value()), Style.PLAIN.wrap(true))
            .at(base + "/footer/" + (from + k));
        col += spans[k];
      }
    }
  }
}

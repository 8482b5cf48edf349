package io.github.jixiao.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.LevelColumns;
import io.github.jixiao.model.ResultColumns;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.render.pdf.Fonts.Role;
import io.github.jixiao.render.pdf.Grid.Block;
import io.github.jixiao.render.pdf.Typo.Style;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 附件2 部门整体支出绩效自评表 and 附件3-n 项目支出绩效自评表, laid out like the official forms:
 * name and units, the funds block (项目资金 / 年度预算申请), the goals, the indicator table with
 * level-1 and level-2 cells merged over their rows, the 总分 row, the notes and the footer.
 * When the table continues on a new page, "（续表）" and the indicator header are repeated.
 */
final class FormRenderer {

  private static final Block NAME = new Block(0, 92, 511);
  private static final Block UNITS = new Block(0, 92, 286, 358, 511);
  private static final Block FUNDS = new Block(0, 42, 142, 214, 286, 358, 404, 460, 511);
  private static final Block HALVES = new Block(0, 42, 276, 511);
  private static final Grid TOP = new Grid(NAME, UNITS, FUNDS, HALVES);
  /** Fixed columns of the indicator table: side label, level 1, level 2 … 分值, 得分. */
  private static final float SIDE = 42;
  private static final float LEVEL = 54;
  private static final float POINTS = 30;
  /** Least widths of 三级指标, 年度指标值, 实际完成值, 偏差原因分析及改进措施. */
  private static final float[] TEXT_MIN = {60, 54, 54, 64};

  private static final int C = Element.ALIGN_CENTER;
  private static final int L = Element.ALIGN_LEFT;
  /** Numbers are right-aligned in their cells, as in the workbook. */
  private static final int R = Element.ALIGN_RIGHT;

  private final Context cx;
  private final TableKit kit;
  private final Typo typo;

  FormRenderer(Context cx, TableKit kit) {
    this.cx = cx;
    this.kit = kit;
    this.typo = cx.typo;
  }

  /**
   * Renders one form on new pages.
   *
   * @param form the form
   * @param base its JSON pointer ("/departmentEvaluation", "/projectEvaluations/3")
   * @param department whether it is the department-wide form (附件2)
   * @param bookmarkTitle the bookmark's text
   * @param bookmarkParent the bookmark group, or {@code null}
   */
  void render(SelfEvaluationForm form, String base, boolean department, String bookmarkTitle,
      @Nullable String bookmarkParent) throws DocumentException {
    cx.begin(Context.Layout.FORM);
    String where = "附件" + form.label();
    String title = form.title() != null ? form.title()
        : cx.pkg.year() + (department ? "年度部门整体支出绩效自评表" : "年度项目支出绩效自评表");

    Paragraph label = new Paragraph(typo.phrase("附件" + form.label(), Typo.style(Role.HEADING, 14).asBold(), where));
    label.setLeading(0, 1.3f);
    cx.add(label);
    Phrase titlePhrase = typo.phrase(title, Typo.style(Role.TITLE, 16).asBold(), where + " 标题");
    cx.events.anchor(titlePhrase, bookmarkTitle, bookmarkParent, null);
    titlePhrase.addAll(kit.markers(kit.at(base), 16));
    Paragraph t = new Paragraph(titlePhrase);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setLeading(0, 1.4f);
    t.setSpacingAfter(cx.computed() ? 2 : 8);
    cx.add(t);
    if (form.partial()) {
      Phrase pp = typo.phrase(partialLine(form.partialNote()), new Style(Role.BODY, 10, true, PARTIAL), where + " 不完整");
      pp.addAll(kit.markers(kit.at(base + "/partial", base + "/partialNote"), 10));
      Paragraph n = new Paragraph(pp);
      n.setAlignment(Element.ALIGN_CENTER);
      n.setSpacingAfter(6);
      cx.add(n);
    }
    FormEvaluation fe = cx.formEvaluation(base);
    if (cx.computed()) {
      String note = "按计算（jixiao，评分规则 " + (cx.evaluation() == null ? "" : cx.evaluation().profile())
          + "）：得分与总分为计算值，与填报不同处以底色标出并注明填报值";
      Paragraph n = new Paragraph(typo.phrase(note, new Style(Role.BODY, 8, false, Typo.GREY), where));
      n.setAlignment(Element.ALIGN_CENTER);
      n.setSpacingAfter(6);
      cx.add(n);
    }

    PdfPTable top = TOP.table();
    top.setTableEvent(TableEvents.continued(continued(form, where), () -> cx.doc.top()));
    info(top, form, base, department, where);
    if (form.printsFunds()) { // a 评分表 without funds or goals prints neither block
      funds(top, form, base, department, fe, where);
    }
    if (form.printsGoals()) {
      goals(top, form, base, where);
    }
    String band = form.band(); // a band printed above the indicator table ("年度绩效目标1（80分）")
    if (band != null) {
      top.addCell(kit.place(TOP, kit.mark(kit.cell(band, L, where + " 绩效指标"), kit.at(base + "/indicatorsLabel",
          base + "/indicatorsWeight")), HALVES, 0, 2));
    }
    cx.add(top);

    Table ind = indicatorTable(form, cx.width());
    Grid grid = new Grid(ind.block);
    PdfPTable table = grid.table();
    table.setHeaderRows(1);
    table.setTableEvent(TableEvents.continued(continued(form, where), () -> cx.doc.top()));
    indicators(table, grid, ind, form, base, where);
    total(table, grid, ind, form, base, fe, where);
    PdfPTable trailer = kit.trailer(form.notes(), form.footer(), base, where);
    if (splitsFirstRow(table, form, ind)) {
      cx.flowSplittingFirstRow(table, trailer);
    } else {
      cx.add(table);
      cx.add(trailer);
    }
  }

  /**
   * Whether the indicator table's first row is split where the page ends rather than moved whole
   * to the next page: when the header and that row do not fit in the room left, and moving them
   * would leave more than a quarter of the page blank (the department form's first row of long
   * lists). Other rows move whole to the next page; only a row taller than a page is split.
   */
  private boolean splitsFirstRow(PdfPTable table, SelfEvaluationForm form, Table ind) {
    if (table.size() < 2) {
      return false;
    }
    float room = cx.spaceLeft();
    if (room <= (cx.doc.top() - cx.doc.bottom()) / 4) {
      return false;
    }
    // most forms: the first row, estimated, fits with room to spare — no layout needed to know
    IndicatorRow first = form.rows().findFirst().orElse(null);
    if (first != null) {
      float[] e = ind.block.edges();
      int lines = Math.max(Math.max(lines(runs(first.name()), e[ind.name + 1] - e[ind.name]),
          lines(e, ind.target, first.target())),
          Math.max(lines(e, ind.actual, first.actual()), lines(e, ind.reason, first.deviationReason())));
      if ((lines + 6) * TableKit.LINE < room) {
        return false;
      }
    }
    // (laying the table out at its width now: the document does not lay it out again)
    table.setTotalWidth(cx.width());
    float header = table.getHeaderHeight();
    float need = header + table.getRowHeight(1);
    float space = cx.spaceLeft();
    float body = cx.doc.top() - cx.doc.bottom();
    return need > space && space > body / 4 && space > header + 4 * TableKit.LINE;
  }

  /** The lines of {@code text} in column {@code c} of {@code edges}; 0 for a column not printed. */
  private static int lines(float[] edges, int c, @Nullable String text) {
    return c < 0 ? 0 : lines(runs(text), edges[c + 1] - edges[c]);
  }

  /** The colour of the line saying that a form is incomplete. */
  static final java.awt.Color PARTIAL = new java.awt.Color(0xC0, 0x50, 0x00);

  /** "本表不完整：第2页缺失", or "本表不完整" without a note (a note that already says so as it is). */
  static String partialLine(@Nullable String note) {
    if (note == null) {
      return "本表不完整";
    }
    return note.startsWith("本表不完整") ? note : "本表不完整：" + note;
  }

  private void info(PdfPTable t, SelfEvaluationForm form, String base, boolean department, String where) {
    t.addCell(kit.place(TOP, kit.cell(department ? "预算部门名称" : "项目支出名称", C, where), NAME, 0, 0));
    t.addCell(kit.place(TOP, kit.mark(kit.cell(form.name(), L, where + (department ? " 预算部门名称" : " 项目支出名称")),
        kit.at(base + "/name")), NAME, 1, 1));
    if (!department || form.supervisingDepartment() != null || form.implementingUnit() != null) {
      t.addCell(kit.place(TOP, kit.cell("主管部门", C, where), UNITS, 0, 0));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(form.supervisingDepartment(), L, where),
          kit.at(base + "/supervisingDepartment")), UNITS, 1, 1));
      t.addCell(kit.place(TOP, kit.cell("实施单位", C, where), UNITS, 2, 2));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(form.implementingUnit(), L, where),
          kit.at(base + "/implementingUnit")), UNITS, 3, 3));
    }
  }

  private void funds(PdfPTable t, SelfEvaluationForm form, String base, boolean department,
      @Nullable FormEvaluation fe, String where) {
    List<FundsRow> rows = form.funds().rows();
    List<FundSplit> income = form.funds().byIncome();
    List<FundSplit> spend = form.funds().byExpenditure();
    int splitRows = income.isEmpty() && spend.isEmpty() ? 0 : 1 + Math.max(income.size(), spend.size());
    String w = where + " 项目资金";
    String unit = "（" + form.moneyUnit().printed() + "）";
    PdfPCell side = kit.label(department ? "年度预算\n申请\n" + unit : "项目资金\n" + unit, List.of(), SIDE, w);
    side.setRowspan(1 + rows.size() + splitRows);
    t.addCell(kit.place(TOP, side, FUNDS, 0, 0));
    String[] heads = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int i = 0; i < heads.length; i++) {
      t.addCell(kit.place(TOP, kit.cell(heads[i], C, w), FUNDS, i + 1, i + 1));
    }
    for (int r = 0; r < rows.size(); r++) {
      FundsRow row = rows.get(r);
      String p = base + "/funds/rows/" + r;
      String label = row.label() != null ? row.label() : row.kind().chinese();
      t.addCell(kit.place(TOP, kit.mark(kit.cell(label, L, w), kit.at(p, p + "/label", p + "/kind")), FUNDS, 1, 1));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(TableKit.text(row.initialBudget()), R, w), kit.at(p + "/initialBudget")),
          FUNDS, 2, 2));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(TableKit.text(row.annualBudget()), R, w), kit.at(p + "/annualBudget")),
          FUNDS, 3, 3));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(TableKit.text(row.executed()), R, w), kit.at(p + "/executed")),
          FUNDS, 4, 4));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(TableKit.text(row.weight()), R, w), kit.at(p + "/weight")),
          FUNDS, 5, 5));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(row.executionRate(), R, w), kit.at(p + "/executionRate")),
          FUNDS, 6, 6));
      boolean total = r == firstTotal(rows);
      BigDecimal computed = total && fe != null ? fe.executionScore() : null;
      PdfPCell score = kit.score(row.score(), computed, cx.computed() && total && fe != null, w);
      t.addCell(kit.place(TOP, kit.mark(score, kit.at(p + "/score")), FUNDS, 7, 7));
    }
    if (splitRows > 0) {
      t.addCell(kit.place(TOP, kit.cell("按收入性质分：", L, w), HALVES, 1, 1));
      t.addCell(kit.place(TOP, kit.cell("按支出性质分：", L, w), HALVES, 2, 2));
      for (int i = 0; i < splitRows - 1; i++) {
        t.addCell(kit.place(TOP, split(income, i, base + "/funds/byIncome/" + i, w), HALVES, 1, 1));
        t.addCell(kit.place(TOP, split(spend, i, base + "/funds/byExpenditure/" + i, w), HALVES, 2, 2));
      }
    }
  }

  private static int firstTotal(List<FundsRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind() == io.github.jixiao.model.FundsRowKind.TOTAL) {
        return i;
      }
    }
    return -1;
  }

  private PdfPCell split(List<FundSplit> list, int i, String p, String w) {
    if (i >= list.size()) {
      return kit.cell(null, L, w);
    }
    FundSplit s = list.get(i);
    String label = (i == 0 ? "其中：" : "") + (s.label() != null ? s.label() : s.kind().chinese()) + "："
        + (s.amount() == null ? "" : s.amount().toString());
    return kit.mark(kit.cell(label, L, w), kit.at(p, p + "/amount", p + "/label"));
  }

  private void goals(PdfPTable t, SelfEvaluationForm form, String base, String where) {
    List<Goal> goals = form.goals();
    int n = Math.max(1, goals.size());
    String w = where + " 年度总体目标";
    PdfPCell side = kit.label("年度\n总体\n目标", List.of(), SIDE, w);
    side.setRowspan(1 + n);
    t.addCell(kit.place(TOP, side, HALVES, 0, 0));
    t.addCell(kit.place(TOP, kit.cell("预期目标", C, w), HALVES, 1, 1));
    t.addCell(kit.place(TOP, kit.cell("实际完成情况", C, w), HALVES, 2, 2));
    for (int i = 0; i < n; i++) {
      Goal g = i < goals.size() ? goals.get(i) : null;
      String p = base + "/goals/" + i;
      t.addCell(kit.place(TOP, kit.mark(kit.cell(g == null ? null : g.expected(), L, w), kit.at(p, p + "/expected")),
          HALVES, 1, 1));
      t.addCell(kit.place(TOP, kit.mark(kit.cell(g == null ? null : g.actual(), L, w), kit.at(p + "/actual")),
          HALVES, 2, 2));
    }
  }

  /**
   * The columns some provinces add to the indicator table (issue 14), in printed order: 计量单位 and
   * 指标性质 before 年度指标值, the others after 得分. A form gets one only when some row fills it.
   */
  enum Extra {
    UNIT_OF_MEASURE("计量\n单位", true, 30, IndicatorRow::unitOfMeasure),
    NATURE("指标\n性质", true, 30, IndicatorRow::nature),
    ADJUSTED_TARGET("调整后\n指标值", false, 0, IndicatorRow::adjustedTarget),
    SCORE_COEFFICIENT("得分\n系数", false, 30, IndicatorRow::scoreCoefficient),
    CORE("是否\n核心\n指标", false, 30, IndicatorRow::core),
    CRITERIA("评价标准", false, 0, IndicatorRow::criteria),
    EXPLANATION("指标说明", false, 0, IndicatorRow::explanation);

    final String header;
    final boolean beforeTarget;
    /** The fixed width in points; 0: a text column sized by its text. */
    final float width;
    final java.util.function.Function<IndicatorRow, @Nullable String> value;
    final String field;

    Extra(String header, boolean beforeTarget, float width,
        java.util.function.Function<IndicatorRow, @Nullable String> value) {
      this.header = header;
      this.beforeTarget = beforeTarget;
      this.width = width;
      this.value = value;
      this.field = switch (ordinal()) {
        case 0 -> "unitOfMeasure";
        case 1 -> "nature";
        case 2 -> "adjustedTarget";
        case 3 -> "scoreCoefficient";
        case 4 -> "core";
        case 5 -> "criteria";
        default -> "explanation";
      };
    }
  }

  /** Widths of the short columns and of 一级/二级 when many extra columns leave little room. */
  private static final float NARROW = 26;
  private static final float NARROW_LEVEL = 44;
  /** Least width of 调整后指标值. */
  private static final float ADJUSTED_MIN = 50;

  /**
   * The indicator table of one form: its columns and where each is (-1: not printed). The usual
   * table is side, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因; a flat list has no
   * 一级/二级 columns; extra columns are inserted as {@link Extra} says.
   */
  static final class Table {
    final Block block;
    final boolean flat;
    final List<Extra> extras;
    /** The 分值/得分 columns of the levels (a Hainan 评分表's), each -1 when not printed. */
    final LevelColumns levels;
    final int l1;
    final int l1Weight;
    final int l1Score;
    final int l2;
    final int l2Weight;
    final int l2Score;
    final int name;
    final int target;
    final int actual;
    final int weight;
    final int score;
    final int reason;
    private final int last;
    private final int[] extraAt = new int[Extra.values().length];

    Table(Block block, boolean flat, List<Extra> extras, LevelColumns levels, ResultColumns results) {
      this.block = block;
      this.flat = flat;
      this.extras = extras;
      this.levels = levels;
      java.util.Arrays.fill(extraAt, -1);
      int c = 1;
      l1 = flat ? -1 : c++;
      l1Weight = levels.level1Weight() ? c++ : -1;
      l1Score = levels.level1Score() ? c++ : -1;
      l2 = flat ? -1 : c++;
      l2Weight = levels.level2Weight() ? c++ : -1;
      l2Score = levels.level2Score() ? c++ : -1;
      name = c++;
      for (Extra e : extras) {
        if (e.beforeTarget) {
          extraAt[e.ordinal()] = c++;
        }
      }
      target = results.target() ? c++ : -1;
      actual = results.actual() ? c++ : -1;
      weight = c++;
      score = c++;
      for (Extra e : extras) {
        if (!e.beforeTarget) {
          extraAt[e.ordinal()] = c++;
        }
      }
      reason = results.reason() ? c++ : -1;
      last = c - 1;
    }

    int at(Extra e) {
      return extraAt[e.ordinal()];
    }

    /** The last column: 偏差原因, or the last extra column of a 评分表 that prints none. */
    int last() {
      return last;
    }
  }

  /** The extra columns the form uses: those some row fills, in printed order. */
  static List<Extra> extras(SelfEvaluationForm form) {
    List<Extra> out = new java.util.ArrayList<>();
    for (Extra e : Extra.values()) {
      boolean used = false;
      for (Level1Group g : form.indicators()) {
        for (Level2Group c : g.children()) {
          for (IndicatorRow r : c.rows()) {
            used |= e.value.apply(r) != null;
          }
        }
      }
      if (used) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the indicators are a flat list ({@link SelfEvaluationForm#isFlatList()}). */
  static boolean flat(SelfEvaluationForm form) {
    return form.isFlatList();
  }

  /** The indicator table's columns, the text columns sized by how much text each holds. */
  static Table indicatorTable(SelfEvaluationForm form, float width) {
    boolean flat = flat(form);
    List<Extra> extras = extras(form);
    // text columns: 三级指标, 年度指标值, 实际完成值, 偏差原因, then the extra ones sized by their text
    // (调整后指标值, 评价标准, 指标说明)
    List<Extra> texts = extras.stream().filter(e -> e.width == 0).toList();
    ResultColumns results = form.resultColumns();
    float[] ink = new float[4 + texts.size()];
    // every level-3 row in printed order (form.rows(), without a stream per form): its text
    // columns' paragraphs, in points of 9 pt text on one line
    List<float[][]> rows = new java.util.ArrayList<>();
    for (Level1Group g : form.indicators()) {
      for (Level2Group c : g.children()) {
        for (IndicatorRow r : c.rows()) {
          float[][] row = new float[ink.length][];
          row[0] = runs(r.name());
          row[1] = runs(r.target());
          row[2] = runs(r.actual());
          row[3] = runs(r.deviationReason());
          ink[0] += ink(r.name());
          ink[1] += ink(r.target());
          ink[2] += ink(r.actual());
          ink[3] += ink(r.deviationReason());
          for (int k = 0; k < texts.size(); k++) {
            String v = texts.get(k).value.apply(r);
            ink[4 + k] += ink(v);
            row[4 + k] = runs(v);
          }
          rows.add(row);
        }
      }
    }
    float[] textMin = java.util.Arrays.copyOf(TEXT_MIN, ink.length);
    java.util.Arrays.fill(textMin, 4, textMin.length, ADJUSTED_MIN);
    // a 评分表's result columns no row fills are not printed (their cells hold no text): no least width, and
    // shareAmongPrinted gives them no room
    boolean[] printed = {true, results.target(), results.actual(), results.reason()};
    for (int i = 1; i < 4; i++) {
      if (!printed[i]) {
        textMin[i] = 0;
      }
    }
    float level = LEVEL;
    float points = POINTS;
    float[] extraWidth = new float[Extra.values().length];
    for (Extra e : extras) {
      extraWidth[e.ordinal()] = e.width;
    }
    LevelColumns levels = form.levelColumns();
    int levelPoints = levels.level1Count() + levels.level2Count();
    float fixed = SIDE + (flat ? 0 : 2 * level) + (2 + levelPoints) * points;
    for (Extra e : extras) {
      fixed += e.width;
    }
    float min = 0;
    for (float m : textMin) {
      min += m;
    }
    if (fixed + min > width * 0.92f) {
      // many extra columns: the short columns as narrow as their two-character headers allow, the
      // text columns narrower, keeping some room to share out by text
      level = NARROW_LEVEL;
      points = NARROW;
      for (Extra e : extras) {
        extraWidth[e.ordinal()] = e.width == 0 ? 0 : NARROW;
      }
      fixed = SIDE + (flat ? 0 : 2 * level) + (2 + levelPoints) * points;
      for (Extra e : extras) {
        fixed += extraWidth[e.ordinal()];
      }
      if (fixed + min > width * 0.92f) {
        float k = (width * 0.92f - fixed) / min;
        min = 0;
        for (int i = 0; i < textMin.length; i++) {
          textMin[i] *= k;
          min += textMin[i];
        }
      }
    }
    float free = width - fixed;
    float[] w = shareAmongPrinted(textMin, free - min, ink, rows, printed);
    List<Float> cols = new java.util.ArrayList<>();
    cols.add(SIDE);
    if (!flat) {
      cols.add(level);
      for (int i = levels.level1Count(); i > 0; i--) {
        cols.add(points);
      }
      cols.add(level);
      for (int i = levels.level2Count(); i > 0; i--) {
        cols.add(points);
      }
    }
    cols.add(w[0]);
    for (Extra e : extras) {
      if (e.beforeTarget) {
        cols.add(extraWidth[e.ordinal()]);
      }
    }
    if (results.target()) {
      cols.add(w[1]);
    }
    if (results.actual()) {
      cols.add(w[2]);
    }
    cols.add(points);
    cols.add(points);
    for (Extra e : extras) {
      if (!e.beforeTarget) {
        cols.add(e.width == 0 ? w[4 + texts.indexOf(e)] : extraWidth[e.ordinal()]);
      }
    }
    if (results.reason()) {
      cols.add(w[3]);
    }
    float[] edges = new float[cols.size() + 1];
    for (int i = 0; i < cols.size(); i++) {
      edges[i + 1] = edges[i] + cols.get(i);
    }
    edges[cols.size()] = width;
    return new Table(new Block(edges), flat, extras, levels, results);
  }

  /**
   * {@link #share} among the text columns the table prints: a result column a 评分表 leaves out gets no
   * width, and the room goes to the others as if it were not there.
   */
  private static float[] shareAmongPrinted(float[] least, float room, float[] ink, List<float[][]> rows,
      boolean[] printed) {
    int[] keep = java.util.stream.IntStream.range(0, least.length)
        .filter(i -> i >= printed.length || printed[i]).toArray();
    float[] l = new float[keep.length];
    float[] k = new float[keep.length];
    for (int j = 0; j < keep.length; j++) {
      l[j] = least[keep[j]];
      k[j] = ink[keep[j]];
    }
    List<float[][]> r = new java.util.ArrayList<>(rows.size());
    for (float[][] row : rows) {
      float[][] kept = new float[keep.length][];
      for (int j = 0; j < keep.length; j++) {
        kept[j] = row[keep[j]];
      }
      r.add(kept);
    }
    float[] shared = share(l, room, k, r);
    float[] w = new float[least.length];
    for (int j = 0; j < keep.length; j++) {
      w[keep[j]] = shared[j];
    }
    return w;
  }

  /**
   * Shares the room left over by the least widths among the text columns, sized from their
   * content. Two starts: by how much text each column holds (as the forms always were), and
   * growing from the least widths wherever a few points save the most lines in the cells that make
   * their rows' heights (a row is as tall as its tallest cell; two equally tall cells each count).
   * From each, points move from one column to another wherever that makes the table shorter; the
   * shorter table wins (estimated: its rows' lines, {@link #lines}), the first start on a tie. So a
   * row of long lists gets columns wide in proportion to its lists rather than to the whole table's
   * text, and a column whose text fits in less gives way.
   *
   * @param least each column's least width
   * @param room the points to share out
   * @param ink how much text each column holds ({@link #ink})
   * @param rows each row's text per column ({@link #runs})
   * @return the columns' widths, adding up to the least widths and {@code room}
   */
  static float[] share(float[] least, float room, float[] ink, List<float[][]> rows) {
    float left = Math.max(0, room);
    float[] byInk = byInk(least.clone(), left, ink);
    if (height(byInk, rows) == rows.size()) {
      // every row one line high: nothing to gain
      return byInk;
    }
    float[] byText = improve(byInk, least, rows);
    float[] grown = improve(grow(least, left, ink, rows), least, rows);
    return height(grown, rows) < height(byText, rows) ? grown : byText;
  }

  /** Adds {@code room} to the widths in proportion to the text of each column. */
  private static float[] byInk(float[] w, float room, float[] ink) {
    float all = 0;
    for (float i : ink) {
      all += i;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] += all == 0 ? room / w.length : room * ink[i] / all;
    }
    return w;
  }

  /** The estimated height of the table in lines: each row as tall as its tallest cell. */
  static int height(float[] w, List<float[][]> rows) {
    int h = 0;
    for (float[][] row : rows) {
      int m = 1;
      for (int c = 0; c < w.length; c++) {
        m = Math.max(m, lines(row[c], w[c]));
      }
      h += m;
    }
    return h;
  }

  /**
   * Grows the columns from their least widths a step at a time where the step saves the most lines
   * per point in the cells that make their rows' heights; the room that saves no line goes by text.
   */
  private static float[] grow(float[] least, float room, float[] ink, List<float[][]> rows) {
    int n = least.length;
    float[] w = least.clone();
    int[][] lines = lines(w, rows);
    float left = room;
    int[] tallest = new int[rows.size()];
    while (left >= STEPS[0]) {
      for (int r = 0; r < rows.size(); r++) {
        tallest[r] = max(lines[r]);
      }
      int bestColumn = -1;
      float bestStep = 0;
      float bestRate = 0;
      for (int c = 0; c < n; c++) {
        for (float step : STEPS) {
          if (step > left) {
            break;
          }
          int saved = 0;
          for (int r = 0; r < rows.size(); r++) {
            if (lines[r][c] == tallest[r] && lines[r][c] > 1) {
              saved += lines[r][c] - lines(rows.get(r)[c], w[c] + step);
            }
          }
          if (saved > 0 && saved / step > bestRate) {
            bestRate = saved / step;
            bestColumn = c;
            bestStep = step;
          }
        }
      }
      if (bestColumn < 0) {
        break;
      }
      w[bestColumn] += bestStep;
      left -= bestStep;
      for (int r = 0; r < rows.size(); r++) {
        lines[r][bestColumn] = lines(rows.get(r)[bestColumn], w[bestColumn]);
      }
    }
    return byInk(w, left, ink);
  }

  private static int[][] lines(float[] w, List<float[][]> rows) {
    int[][] lines = new int[rows.size()][w.length];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < w.length; c++) {
        lines[r][c] = lines(rows.get(r)[c], w[c]);
      }
    }
    return lines;
  }

  /**
   * Moves points from one column to another: first any move that makes the table shorter (the
   * most lines saved); when there is none, a move that costs no row a line and saves lines in
   * cells that make their rows' heights (two equally tall cells each count: the row gets shorter
   * once both have moved). Returns the shortest table seen.
   */
  private static float[] improve(float[] w, float[] least, List<float[][]> rows) {
    int n = w.length;
    int m = rows.size();
    int[][] lines = lines(w, rows);
    int[] tallest = new int[m];
    // the lines of each column's cells a step wider and a step narrower (0: not that narrow)
    int[][][] wider = new int[n][STEPS.length][m];
    int[][][] narrower = new int[n][STEPS.length][m];
    float[] best = w.clone();
    int bestHeight = height(w, rows);
    int stalled = 0;
    for (int round = 0; round < MOVES; round++) {
      for (int r = 0; r < m; r++) {
        tallest[r] = max(lines[r]);
      }
      for (int c = 0; c < n; c++) {
        for (int k = 0; k < STEPS.length; k++) {
          boolean fits = w[c] - STEPS[k] >= least[c];
          for (int r = 0; r < m; r++) {
            wider[c][k][r] = lines(rows.get(r)[c], w[c] + STEPS[k]);
            narrower[c][k][r] = fits ? lines(rows.get(r)[c], w[c] - STEPS[k]) : 0;
          }
        }
      }
      int moveFrom = -1;
      int moveTo = -1;
      float moveStep = 0;
      int mostSaved = 0;
      int softFrom = -1;
      int softTo = -1;
      float softStep = 0;
      float softRate = 0;
      for (int a = 0; a < n; a++) {
        for (int k = 0; k < STEPS.length; k++) {
          if (w[a] - STEPS[k] < least[a]) {
            break;
          }
          int[] from = narrower[a][k];
          boolean costs = false;
          for (int r = 0; r < m; r++) {
            costs |= from[r] > tallest[r];
          }
          for (int b = 0; b < n; b++) {
            if (b == a) {
              continue;
            }
            int[] to = wider[b][k];
            int saved = 0;
            int soft = 0;
            for (int r = 0; r < m; r++) {
              int then = Math.max(from[r], to[r]);
              for (int c = 0; c < n; c++) {
                if (c != a && c != b) {
                  then = Math.max(then, lines[r][c]);
                }
              }
              saved += tallest[r] - then;
              if (lines[r][b] == tallest[r]) {
                soft += lines[r][b] - to[r];
              }
            }
            if (saved > mostSaved) {
              mostSaved = saved;
              moveFrom = a;
              moveTo = b;
              moveStep = STEPS[k];
            }
            if (!costs && soft > 0 && soft / STEPS[k] > softRate) {
              softRate = soft / STEPS[k];
              softFrom = a;
              softTo = b;
              softStep = STEPS[k];
            }
          }
        }
      }
      if (moveFrom < 0) {
        moveFrom = softFrom;
        moveTo = softTo;
        moveStep = softStep;
      }
      if (moveFrom < 0) {
        break;
      }
      w[moveFrom] -= moveStep;
      w[moveTo] += moveStep;
      for (int r = 0; r < m; r++) {
        lines[r][moveFrom] = lines(rows.get(r)[moveFrom], w[moveFrom]);
        lines[r][moveTo] = lines(rows.get(r)[moveTo], w[moveTo]);
      }
      int h = height(w, rows);
      if (h < bestHeight) {
        bestHeight = h;
        best = w.clone();
        stalled = 0;
      } else if (++stalled == STALL) {
        break;
      }
    }
    return best;
  }

  /** The widths moved between columns, smallest first, and at most how many moves. */
  private static final float[] STEPS = {3, 9, 27};
  private static final int MOVES = 30;
  /** Moves without a shorter table after which the search stops. */
  private static final int STALL = 6;

  private static int max(int[] a) {
    int m = 0;
    for (int v : a) {
      m = Math.max(m, v);
    }
    return m;
  }

  /**
   * The lines a cell's text takes in a column this wide: each paragraph (from {@link #runs}) takes
   * its length over the width, rounded up; a cell takes at least one line. The room lost where a
   * line cannot break (a number, the end of a word) is allowed for with half a character.
   */
  static int lines(float[] runs, float width) {
    float inner = width - 6 - TableKit.SIZE / 2;
    if (inner <= 0) {
      return 1000;
    }
    int n = 0;
    for (float run : runs) {
      n += Math.max(1, (int) Math.ceil(run / inner));
    }
    return Math.max(1, n);
  }

  /**
   * A cell's paragraphs as their widths in points on one line of 9 pt text: Chinese characters a
   * full 9 pt, ASCII half; paragraphs as the cell breaks them ({@link TableKit#collapse}).
   */
  static float[] runs(@Nullable String s) {
    String v = TableKit.collapse(s);
    if (v == null || v.isEmpty()) {
      return new float[0];
    }
    int count = 1;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '\n') {
        count++;
      }
    }
    float[] out = new float[count];
    int p = 0;
    float n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\n') {
        out[p++] = n * TableKit.SIZE;
        n = 0;
      } else if (c != '\r') {
        n += c < 0x80 ? 0.5f : 1f;
      }
    }
    out[p] = n * TableKit.SIZE;
    return out;
  }

  /** How much room a text needs: CJK characters count 1, ASCII ½, at most 60 per cell. */
  static float ink(@Nullable String s) {
    if (s == null) {
      return 0;
    }
    float n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) < 0x80 ? 0.5f : 1f;
    }
    return Math.min(n, 60 + (n - 60) * 0.5f);
  }

  private static float width(Block b, int col) {
    return b.edges()[col + 1] - b.edges()[col];
  }

  private Phrase continued(SelfEvaluationForm form, String where) {
    return typo.phrase("附件" + form.label() + " " + form.name() + "（续表）",
        new Style(Role.BODY, TableKit.SIZE, false, Typo.GREY), where);
  }

  static int rows(Level1Group g) {
    int n = 0;
    for (Level2Group c : g.children()) {
      n += Math.max(1, c.rows().size());
    }
    return Math.max(1, n);
  }

  private void indicators(PdfPTable t, Grid grid, Table ind, SelfEvaluationForm form, String base, String where) {
    String w = where + " 绩效指标";
    Block b = ind.block;
    // header row (repeated on every page): the side column is open towards the merged label below
    PdfPCell corner = kit.cell((String) null, C, w);
    corner.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.RIGHT);
    t.addCell(kit.place(grid, corner, b, 0, 0));
    if (!ind.flat) {
      t.addCell(kit.place(grid, kit.cell("一级指标", C, w), b, ind.l1, ind.l1));
      levelHeads(t, grid, b, ind.l1Weight, ind.l1Score, w);
      t.addCell(kit.place(grid, kit.cell("二级指标", C, w), b, ind.l2, ind.l2));
      levelHeads(t, grid, b, ind.l2Weight, ind.l2Score, w);
    }
    t.addCell(kit.place(grid, kit.cell(ind.flat ? "指标名称" : "三级指标", C, w), b, ind.name, ind.name));
    // the cells of a row are added left to right
    String[] heads = new String[ind.last() + 1];
    if (ind.target >= 0) {
      heads[ind.target] = "年度\n指标值";
    }
    if (ind.actual >= 0) {
      heads[ind.actual] = "实际\n完成值";
    }
    heads[ind.weight] = "分值";
    heads[ind.score] = "得分";
    if (ind.reason >= 0) {
      heads[ind.reason] = "偏差原因分析\n及改进措施";
    }
    for (Extra e : ind.extras) {
      heads[ind.at(e)] = e.header;
    }
    for (int i = ind.name + 1; i < heads.length; i++) {
      t.addCell(kit.place(grid, kit.cell(heads[i], C, w), b, i, i));
    }
    int all = 0;
    for (Level1Group g : form.indicators()) {
      all += rows(g);
    }
    PdfPCell side = kit.label("绩\n效\n指\n标", List.of(), width(b, 0), w);
    side.setBorder(Rectangle.LEFT | Rectangle.BOTTOM | Rectangle.RIGHT);
    side.setRowspan(all);
    if (form.indicators().isEmpty()) {
      side.setRowspan(1);
      t.addCell(kit.place(grid, side, b, 0, 0));
      emptyRow(t, grid, ind, 1, w);
      return;
    }
    t.addCell(kit.place(grid, side, b, 0, 0));
    for (int gi = 0; gi < form.indicators().size(); gi++) {
      Level1Group g = form.indicators().get(gi);
      String gp = base + "/indicators/" + gi;
      if (!ind.flat) {
        String l1 = g.label() != null ? g.label() : g.indicator() != null ? g.indicator().chinese() : null;
        PdfPCell c1 = kit.label(l1, kit.at(gp, gp + "/label", gp + "/weight", gp + "/indicator"), width(b, ind.l1), w);
        c1.setRowspan(rows(g));
        t.addCell(kit.place(grid, c1, b, ind.l1, ind.l1));
        if (ind.l1Weight >= 0) {
          PdfPCell weight = kit.mark(kit.cell(TableKit.text(g.weight()), R, w),
              kit.at(gp + "/weight"));
          weight.setRowspan(rows(g));
          t.addCell(kit.place(grid, weight, b, ind.l1Weight, ind.l1Weight));
        }
        if (ind.l1Score >= 0) {
          PdfPCell score = kit.mark(kit.score(g.score(), null, false, w), kit.at(gp + "/score"));
          score.setRowspan(rows(g));
          t.addCell(kit.place(grid, score, b, ind.l1Score, ind.l1Score));
        }
      }
      if (g.children().isEmpty()) {
        emptyRow(t, grid, ind, ind.flat ? ind.name : ind.l2, w);
        continue;
      }
      for (int ci = 0; ci < g.children().size(); ci++) {
        Level2Group c = g.children().get(ci);
        String cp = gp + "/children/" + ci;
        if (!ind.flat) {
          String l2 = c.label() != null ? c.label() : c.indicator() != null ? c.indicator().chinese() : null;
          PdfPCell c2 = kit.label(l2, kit.at(cp, cp + "/label", cp + "/indicator"), width(b, ind.l2), w);
          c2.setRowspan(Math.max(1, c.rows().size()));
          t.addCell(kit.place(grid, c2, b, ind.l2, ind.l2));
          if (ind.l2Weight >= 0) {
            PdfPCell weight = kit.mark(kit.cell(TableKit.text(c.weight()), R, w), kit.at(cp + "/weight"));
            weight.setRowspan(Math.max(1, c.rows().size()));
            t.addCell(kit.place(grid, weight, b, ind.l2Weight, ind.l2Weight));
          }
          if (ind.l2Score >= 0) {
            IndicatorScore s = cx.score(cp);
            PdfPCell score = kit.mark(kit.score(c.score(), s == null ? null : s.computed(), cx.computed() && s != null,
                w), kit.at(cp + "/score"));
            score.setRowspan(Math.max(1, c.rows().size()));
            t.addCell(kit.place(grid, score, b, ind.l2Score, ind.l2Score));
          }
        }
        if (c.rows().isEmpty()) {
          emptyRow(t, grid, ind, ind.name, w);
          continue;
        }
        // a group scored as a whole: one 分值 and 得分 beside all its rows (or in the level-2 columns)
        boolean whole = c.scoredAsWhole();
        for (int ri = 0; ri < c.rows().size(); ri++) {
          row(t, grid, ind, c.rows().get(ri), cp + "/rows/" + ri, w, whole ? c : null, cp, ri);
        }
      }
    }
  }

  /** The 分值 and 得分 headers of a level's own columns, where printed. */
  private void levelHeads(PdfPTable t, Grid grid, Block b, int weight, int score, String w) {
    if (weight >= 0) {
      t.addCell(kit.place(grid, kit.cell("分值", C, w), b, weight, weight));
    }
    if (score >= 0) {
      t.addCell(kit.place(grid, kit.cell("得分", C, w), b, score, score));
    }
  }

  private void emptyRow(PdfPTable t, Grid grid, Table ind, int from, String w) {
    for (int i = Math.min(from, ind.name); i <= ind.last(); i++) {
      t.addCell(kit.place(grid, kit.cell((String) null, C, w), ind.block, i, i));
    }
  }

  private void row(PdfPTable t, Grid grid, Table ind, IndicatorRow row, String p, String w,
      @Nullable Level2Group whole, String groupPointer, int index) {
    Block b = ind.block;
    t.addCell(kit.place(grid, kit.mark(kit.auto(row.name(), w), kit.at(p, p + "/name")), b, ind.name, ind.name));
    for (Extra e : ind.extras) {
      if (e.beforeTarget) {
        extra(t, grid, ind, e, row, p, w);
      }
    }
    if (ind.target >= 0) {
      t.addCell(kit.place(grid, kit.mark(kit.auto(row.target(), w), kit.at(p + "/target")), b, ind.target,
          ind.target));
    }
    if (ind.actual >= 0) {
      t.addCell(kit.place(grid, kit.mark(kit.auto(row.actual(), w), kit.at(p + "/actual")), b, ind.actual,
          ind.actual));
    }
    if (whole == null || !ind.levels.weightBesideRows(whole)) {
      t.addCell(kit.place(grid, kit.mark(kit.cell(TableKit.text(row.weight()), R, w), kit.at(p + "/weight")), b,
          ind.weight, ind.weight));
    } else if (index == 0) {
      PdfPCell weight = kit.mark(kit.cell(TableKit.text(whole.weight()), R, w), kit.at(groupPointer + "/weight"));
      weight.setRowspan(whole.rows().size());
      t.addCell(kit.place(grid, weight, b, ind.weight, ind.weight));
    }
    if (whole == null || !ind.levels.scoreBesideRows(whole)) {
      IndicatorScore s = cx.score(p);
      PdfPCell score = kit.score(row.score(), s == null ? null : s.computed(), cx.computed() && s != null, w);
      t.addCell(kit.place(grid, kit.mark(score, kit.at(p + "/score")), b, ind.score, ind.score));
    } else if (index == 0) {
      IndicatorScore s = cx.score(groupPointer);
      PdfPCell score = kit.mark(kit.score(whole.score(), s == null ? null : s.computed(), cx.computed() && s != null, w),
          kit.at(groupPointer + "/score"));
      score.setRowspan(whole.rows().size());
      t.addCell(kit.place(grid, score, b, ind.score, ind.score));
    }
    for (Extra e : ind.extras) {
      if (!e.beforeTarget) {
        extra(t, grid, ind, e, row, p, w);
      }
    }
    if (ind.reason >= 0) {
      t.addCell(kit.place(grid, kit.mark(kit.auto(row.deviationReason(), w), kit.at(p + "/deviationReason")), b,
          ind.reason, ind.reason));
    }
  }

  private void extra(PdfPTable t, Grid grid, Table ind, Extra e, IndicatorRow row, String p, String w) {
    int c = ind.at(e);
    t.addCell(kit.place(grid, kit.mark(kit.auto(e.value.apply(row), w), kit.at(p + "/" + e.field)), ind.block, c, c));
  }

  private void total(PdfPTable t, Grid grid, Table ind, SelfEvaluationForm form, String base,
      @Nullable FormEvaluation fe, String where) {
    String w = where + " 总分";
    Block b = ind.block;
    boolean computed = cx.computed() && fe != null;
    String grade = computed ? "等级：" + fe.grade().chinese() : null;
    // a 评分表 whose 得分 is its last column (Hainan: 分值 and 得分 only) has no cell after it: the grade joins 总分
    boolean gradeCell = ind.score < ind.last();
    String label = gradeCell || grade == null ? "总分" : "总分（" + grade + "）";
    t.addCell(kit.place(grid, kit.cell(label, C, w), b, 0, ind.weight - 1));
    t.addCell(kit.place(grid, kit.mark(kit.cell(TableKit.text(form.totalWeight()), R, w), kit.at(base + "/totalWeight")),
        b, ind.weight, ind.weight));
    PdfPCell total = kit.score(form.reportedTotal(), fe == null ? null : fe.computedTotal(), computed, w);
    t.addCell(kit.place(grid, kit.mark(total, kit.at(base + "/reportedTotal")), b, ind.score, ind.score));
    if (gradeCell) {
      t.addCell(kit.place(grid, kit.cell(grade, C, w), b, ind.score + 1, ind.last()));
    }
  }
}

package io.github.jixiao.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.Rectangle;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * 评分汇总 — charts drawn by JFreeChart as vector graphics into PDF templates through OpenPDF's
 * {@link com.lowagie.text.pdf.PdfGraphics2D} ({@link ChartGraphics}), with text set in the
 * document's fonts: each form's total against 100 (printed and, with an evaluation, computed with
 * its grade, and the number of findings under the form), then a small chart per form with its
 * level-1 scores against their weights.
 *
 * <p>For print: no chart text is smaller than {@value #TEXT} pt; values are never drawn across a
 * line — the totals' values stand in a column right of the plot, the small charts' "得分/分值"
 * under their axis; every small chart shows the level-1 indicators in one order (产出, 效益, 成本,
 * 满意度, then any other, a missing one as "—"); the charts are laid out so that no chart page is
 * less than half full ({@link Plan}). The counts of findings come from {@code
 * request.findings()}: a cross-form finding counts under the form whose cell it marks.
 */
final class SummaryRenderer {

  private static final Color PRINTED = new Color(0x9D, 0xB5, 0xD9);
  private static final Color COMPUTED = new Color(0x2F, 0x55, 0x97);
  private static final Color WEIGHT = new Color(0xD9, 0xD9, 0xD9);
  /** The computed total of a form that cannot be graded: grey, never a grade's colour. */
  static final Color NOT_GRADABLE = new Color(0xA6, 0xA6, 0xA6);
  private static final Color GRID = new Color(0xBF, 0xBF, 0xBF);
  private static final Pattern POINTS = Pattern.compile("[（(]\\s*\\d+(\\.\\d+)?\\s*分\\s*[)）]");

  private final Context cx;
  /** The request's findings, indexed once: asked per form, a new index each time cost the square of the forms. */
  private final FindingIndex findings;
  private final Typo typo;
  private final Font awt;
  private final FontMapper mapper;
  /** Widths of chart strings measured so far in this render (see {@link ChartGraphics}). */
  private final Map<String, Float> widths = new HashMap<>();

  /** One form with what the charts show. */
  record Entry(String label, String name, SelfEvaluationForm form, @Nullable FormEvaluation evaluation,
      String pointer) {
    String category() {
      return "附件" + label + " " + shorten(name, 12);
    }
  }

  SummaryRenderer(Context cx) {
    this.findings = cx.request.findings();
    this.cx = cx;
    this.typo = cx.typo;
    this.awt = awtFont(cx.typo.fonts());
    BaseFont body = cx.typo.fonts().body.cjk();
    BaseFont heading = cx.typo.fonts().heading.cjk();
    Font base = awt;
    this.mapper = new FontMapper() {
      @Override
      public BaseFont awtToPdf(Font font) {
        return font.isBold() ? heading : body;
      }

      @Override
      public Font pdfToAwt(BaseFont font, int size) {
        return base.deriveFont((float) size);
      }
    };
  }

  /**
   * Checks that Java's font system works (JFreeChart measures text with it): on a server without
   * fontconfig or any font it fails, and the charts cannot be drawn.
   */
  static void checkAwtFonts() throws io.github.jixiao.model.render.RenderException {
    try {
      new Font(Font.SERIF, Font.PLAIN, 10).getLineMetrics("汉A1", new java.awt.font.FontRenderContext(null, false, true));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception | Error e) {
      throw new io.github.jixiao.model.render.RenderException("图表需要 Java 的字体系统（fontconfig 及至少一种字体）/ the charts"
          + " need Java's font system (fontconfig and at least one installed font): install them or set "
          + PdfOptions.SUMMARY + "=false (" + e + ")", e);
    }
  }

  /** The AWT font used to measure chart text: the body font file when one is embedded. */
  private static Font awtFont(Fonts fonts) {
    Font embedded = fonts.awtBody();
    return embedded != null ? embedded : MeasuringFont.FONT.deriveFont(10f);
  }

  /**
   * Families tried, in order, for measuring chart text when no font file is embedded. A
   * physical font named here gives the same metrics whatever the default locale; Java's logical
   * fonts (Serif, SansSerif) do not: their component fonts are chosen by locale, which moved the
   * legend and the plot by a point or two under {@code -Duser.language=en}.
   */
  private static final List<String> MEASURING_FAMILIES = List.of("Noto Serif CJK SC", "Noto Sans CJK SC",
      "Source Han Serif SC", "Source Han Sans SC", "AR PL UMing CN", "WenQuanYi Zen Hei", "SimSun", "NSimSun",
      "DejaVu Serif", "DejaVu Sans", "Liberation Serif");

  /** Looked up on first use only: listing the installed families takes a moment. */
  private static final class MeasuringFont {
    static final Font FONT = measuringFont();
  }

  private static Font measuringFont() {
    try {
      Set<String> installed = Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
          .getAvailableFontFamilyNames(Locale.ROOT));
      for (String family : MEASURING_FAMILIES) {
        if (installed.contains(family)) {
          return new Font(family, Font.PLAIN, 10);
        }
      }
    } catch (RuntimeException | Error e) {
      // no font system: checkAwtFonts reports it before any chart is drawn
    }
    return new Font(Font.SERIF, Font.PLAIN, 10);
  }

  /** Chart text size: nothing on the chart pages is set smaller (print legibility). */
  static final float TEXT = 8f;
  /** Height of a small chart: at least, at most (the layout picks one to fill the pages). */
  static final float SMALL_MIN = 160f;
  static final float SMALL_MAX = 210f;
  /** Level-1 indicators in the order every small chart shows them. */
  static final List<Level1Indicator> LEVEL1_ORDER =
      List.of(Level1Indicator.OUTPUT, Level1Indicator.BENEFIT, Level1Indicator.COST, Level1Indicator.SATISFACTION);

  void render() throws DocumentException {
    List<Entry> entries = new ArrayList<>();
    SelfEvaluationForm dept = cx.pkg.departmentEvaluation();
    if (dept != null) {
      entries.add(new Entry(dept.label(), "部门整体", dept, cx.formEvaluation("/departmentEvaluation"),
          "/departmentEvaluation"));
    }
    for (int i = 0; i < cx.pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm f = cx.pkg.projectEvaluations().get(i);
      entries.add(new Entry(f.label(), f.name(), f, cx.formEvaluation("/projectEvaluations/" + i),
          "/projectEvaluations/" + i));
    }
    if (entries.isEmpty()) {
      return;
    }
    boolean computed = cx.evaluation() != null;
    boolean counts = cx.request.showsFindings();
    // the totals: as many forms a page as fit, the parts as even as can be
    float perForm = computed ? 30f : 19f;
    String intro = computed
        ? "各表总分（满分 100，红色虚线）：浅色为表中填报的总分，深色为 jixiao 按评分规则 " + cx.evaluation().profile()
            + " 计算的总分及等级，数值列于图右。总分未填的表只有计算值。"
            + (entries.stream().anyMatch(SummaryRenderer::notGradable)
                ? "灰色为无法评级的表（表不完整、分值合计不符或总分超过满分）的计算总分。" : "")
            + (counts ? "表名下为该表的审核意见条数（见“审核意见”，含标在该表单元格上的跨表意见）。" : "")
        : "各表总分（满分 100，红色虚线），按表中填报的数值（未提供审核结果，不计算等级），数值列于图右。";
    float usable = cx.doc.top() - cx.doc.bottom();
    int perPage = Math.max(1, (int) Math.floor((usable - headingHeight() - textHeight(intro) - 70 - 8) / perForm));
    int parts = (entries.size() + perPage - 1) / perPage;
    int from = 0;
    for (int part = 0; part < parts; part++) {
      int size = (entries.size() - from + (parts - part) - 1) / (parts - part);
      List<Entry> chunk = entries.subList(from, from + size);
      cx.begin(Context.Layout.FORM);
      if (from == 0) {
        heading("评分汇总", true);
        text(intro);
      } else {
        heading("评分汇总（续）", false);
      }
      float h = 70 + chunk.size() * perForm;
      // in a table, so the chart's text follows the page title in reading order
      PdfPTable holder = new PdfPTable(1);
      holder.setWidthPercentage(100);
      PdfPCell cell = new PdfPCell(image(totals(chunk, computed, counts), cx.width(), h));
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      holder.addCell(cell);
      cx.add(holder);
      from += size;
    }
    smallCharts(entries);
  }

  /**
   * 一级指标得分与分值: a small chart per form, three to a row, laid out so that no page of the
   * summary is less than half full — the first rows go under the totals when they fit there, the
   * rest are shared evenly by the following pages, and the charts are made as tall as that
   * allows ({@link Plan}).
   */
  private void smallCharts(List<Entry> entries) throws DocumentException {
    boolean showComputed = cx.computed() && cx.evaluation() != null;
    List<Slot> slots = slots(entries);
    String intro = "每张表的一级指标，依次为" + slotNames(slots) + "：浅灰色宽条为分值（一级指标标注的分值，未标注时为其下三级指标分值之和），深色窄条为"
        + (showComputed ? "jixiao 计算的得分" : "表中填报的得分之和") + "；横轴下为“得分/分值”，该表没有的一级指标记为“—”。";
    int rows = (entries.size() + 2) / 3;
    float usable = cx.doc.top() - cx.doc.bottom();
    float head = headingHeight() + textHeight(intro) + 4;
    float contHead = headingHeight() + 4;
    Plan plan = Plan.choose(rows, usable, cx.spaceLeft(), head, contHead);
    int next = 0;
    for (int page = 0; page < plan.rows().size(); page++) {
      int k = plan.rows().get(page);
      if (k == 0) {
        continue;
      }
      if (page > 0 || !plan.startHere()) {
        cx.begin(Context.Layout.FORM);
      }
      boolean first = next == 0;
      heading(first ? "一级指标得分与分值" : "一级指标得分与分值（续）", false);
      if (first) {
        text(intro);
      }
      PdfPTable grid = new PdfPTable(3);
      grid.setWidthPercentage(100);
      grid.setSplitLate(true);
      grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
      float cw = cx.width() / 3f - 2;
      int end = Math.min(entries.size(), next + 3 * k);
      for (int i = next; i < end; i++) {
        PdfPCell cell = new PdfPCell(image(groups(entries.get(i), slots, showComputed), cw, plan.height()));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        grid.addCell(cell);
      }
      grid.completeRow();
      cx.add(grid);
      next = end;
    }
  }

  /**
   * How the small charts are shared out: rows per page (the first entry is the page the totals end
   * on, 0 when the charts start on a new page) and one chart height for all.
   */
  record Plan(List<Integer> rows, float height, boolean startHere) {

    /** Space a row takes beyond its chart: the cells' padding. */
    static final float ROW_EXTRA = 2f;

    /**
     * The plan with the fewest pages in which every page (the one the totals end on included) is
     * at least half full; among those the tallest charts, then the fullest emptiest page. When no
     * plan keeps every page half full (a page can hold too few rows), the one whose emptiest page
     * is fullest.
     *
     * @param rows rows of three charts
     * @param usable a page's height between its margins
     * @param spaceLeft what is left on the page the totals end on
     * @param head the section's heading and introduction
     * @param contHead the heading of a continuation page
     */
    static Plan choose(int rows, float usable, float spaceLeft, float head, float contHead) {
      Plan best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (float h = SMALL_MAX; h >= SMALL_MIN - 0.01f; h -= 5) {
        float row = h + ROW_EXTRA;
        int fitHere = Math.max(0, (int) Math.floor((spaceLeft - head) / row));
        for (int here = Math.min(fitHere, rows); here >= 0; here--) {
          int rest = rows - here;
          float firstHead = here == 0 ? head : contHead;
          int capFirst = (int) Math.floor((usable - firstHead) / row);
          int cap = (int) Math.floor((usable - contHead) / row);
          if (rest > 0 && (capFirst < 1 || cap < 1)) {
            continue;
          }
          int pages = rest == 0 ? 0 : Math.max(1, (int) Math.ceil(rest / (double) Math.min(capFirst, cap)));
          List<Integer> split = new ArrayList<>();
          split.add(here);
          for (int p = 0; p < pages; p++) {
            split.add((rest - sumOf(split.subList(1, split.size())) + (pages - p) - 1) / (pages - p));
          }
          if (pages > 0 && split.get(1) > capFirst) {
            continue;
          }
          double minFill = (usable - spaceLeft + (here > 0 ? head + here * row : 0)) / usable;
          for (int p = 1; p < split.size(); p++) {
            float used = (p == 1 && here == 0 ? head : contHead) + split.get(p) * row;
            minFill = Math.min(minFill, used / usable);
          }
          int totalPages = pages + 1;
          double score = (minFill >= 0.5 ? 1e6 : 0) - totalPages * 1e4 + h * 10 + minFill;
          if (score > bestScore) {
            bestScore = score;
            best = new Plan(List.copyOf(split), h, here > 0);
          }
        }
      }
      return best;
    }

    private static int sumOf(List<Integer> list) {
      int s = 0;
      for (int i : list) {
        s += i;
      }
      return s;
    }
  }

  /** Height of a heading as {@link #heading} sets it. */
  private float headingHeight() {
    return 16 * 1.4f + 6;
  }

  /** Height of a paragraph as {@link #text} sets it, at the page's width. */
  private float textHeight(String s) {
    float w = typo.width(s, Typo.style(Role.BODY, 10));
    int lines = Math.max(1, (int) Math.ceil(w / (cx.width() - 10)));
    return lines * 15 + 6;
  }

  private void heading(String title, boolean bookmark) throws DocumentException {
    Phrase p = typo.phrase(title, Typo.style(Role.TITLE, 16).asBold(), "评分汇总");
    if (bookmark) {
      cx.events.anchor(p, title, null, null);
    }
    Paragraph t = new Paragraph(p);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setLeading(0, 1.4f);
    t.setSpacingAfter(6);
    cx.add(t);
  }

  private void text(String s) throws DocumentException {
    Paragraph p = new Paragraph(typo.phrase(s, Typo.style(Role.BODY, 10), "评分汇总"));
    p.setLeading(0, 1.5f);
    p.setSpacingAfter(6);
    cx.add(p);
  }

  /** "审核意见：错误 2，提示 1", from the request's findings under the form (cross-form ones included). */
  private String counts(Entry e) {
    Map<Severity, Integer> n = new EnumMap<>(Severity.class);
    for (FindingIndex.Entry f : findings.under(e.pointer())) {
      n.merge(f.finding().severity(), 1, Integer::sum);
    }
    if (n.isEmpty()) {
      return "审核意见：无";
    }
    StringBuilder sb = new StringBuilder("审核意见：");
    for (Map.Entry<Severity, Integer> c : n.entrySet()) {
      sb.append(sb.length() > 5 ? "，" : "").append(c.getKey().chinese()).append(' ').append(c.getValue());
    }
    return sb.toString();
  }

  private JFreeChart totals(List<Entry> entries, boolean computed, boolean counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String printedKey = "填报总分";
    String computedKey = "计算总分";
    double max = 100;
    Map<String, List<String>> values = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Labels labelsGen = new Labels(entries, computed);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      // the key is unique (the label); what is shown is the name and the counts
      String cat = "附件" + e.label() + "#" + i;
      String name = e.category() + (counts ? "\n" + counts(e) : "");
      check(name);
      names.put(cat, name);
      ScoreCell printed = e.form().reportedTotal();
      Double pv = printed == null || printed.value() == null ? null : printed.value().doubleValue();
      data.addValue(pv, printedKey, cat);
      if (pv != null) {
        max = Math.max(max, pv);
      }
      if (computed) {
        Double cv = e.evaluation() == null ? null : e.evaluation().computedTotal().doubleValue();
        data.addValue(cv, computedKey, cat);
        if (cv != null) {
          max = Math.max(max, cv);
        }
      }
      List<String> lines = new ArrayList<>();
      for (int s = 0; s < (computed ? 2 : 1); s++) {
        String l = labelsGen.label(s, i);
        check(l);
        lines.add(l.isEmpty() ? "—" : l);
      }
      values.put(cat, lines);
    }
    check(printedKey + computedKey + "满分 100");
    CategoryAxis x = new NamedAxis(names, org.jfree.chart.ui.HorizontalAlignment.RIGHT);
    x.setTickLabelFont(font(8.5f, false));
    x.setMaximumCategoryLabelWidthRatio(0.42f);
    x.setMaximumCategoryLabelLines(3);
    // the values: a column right of the plot, one line per bar, clear of the grid and the 满分 line
    CategoryAxis v = new NamedAxis(values, org.jfree.chart.ui.HorizontalAlignment.LEFT);
    v.setTickLabelFont(font(TEXT, false));
    v.setMaximumCategoryLabelWidthRatio(0.3f);
    v.setMaximumCategoryLabelLines(2);
    v.setAxisLineVisible(false);
    v.setTickMarksVisible(false);
    for (CategoryAxis a : List.of(x, v)) {
      a.setCategoryMargin(computed ? 0.25 : 0.35);
      a.setLowerMargin(0.02);
      a.setUpperMargin(0.02);
    }
    NumberAxis y = axis(Math.ceil(max / 10) * 10, 20);
    BarRenderer r = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        // a form that cannot be graded: its computed bar in grey, not in the colour of a grade
        return row == 1 && notGradable(entries.get(column)) ? NOT_GRADABLE : super.getItemPaint(row, column);
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0.04);
    r.setSeriesPaint(0, PRINTED);
    r.setSeriesPaint(1, COMPUTED);
    r.setDefaultItemLabelsVisible(false);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setDomainAxis(1, v);
    plot.setDomainAxisLocation(1, org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    plot.mapDatasetToDomainAxes(0, List.of(0, 1));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    styled(plot);
    Color red = new Color(0xC0, 0x00, 0x00);
    BasicStroke dashed = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f,
        new float[] {3f, 2f}, 0f);
    plot.addRangeMarker(new ValueMarker(100, red, dashed), Layer.FOREGROUND);
    // the legend names the 满分 line: no text on the plot itself
    org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
    legend.add(r.getLegendItem(0, 0));
    if (computed) {
      legend.add(r.getLegendItem(0, 1));
    }
    legend.add(new org.jfree.chart.LegendItem("满分 100", null, null, null, false, new Rectangle2D.Double(), false, red,
        false, red, dashed, true, new java.awt.geom.Line2D.Double(-8, 0, 8, 0), dashed, red));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, font(10f, false), plot, true);
    legend(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
    return chart;
  }

  /**
   * A category axis whose labels are given per category (the dataset's keys stay unique and
   * hidden): the form's name and counts on the left, the values on the right.
   */
  private final class NamedAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, ?> labels;
    private final org.jfree.chart.ui.HorizontalAlignment align;

    NamedAxis(Map<String, ?> labels, org.jfree.chart.ui.HorizontalAlignment align) {
      this.labels = labels;
      this.align = align;
    }

    @Override
    @SuppressWarnings("rawtypes") // JFreeChart's signature
    protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
        Graphics2D g2) {
      Object l = labels.get(category.toString());
      if (l instanceof List<?> lines) {
        org.jfree.chart.text.TextBlock block = new org.jfree.chart.text.TextBlock();
        for (Object line : lines) {
          block.addLine(line.toString(), getTickLabelFont(category), getTickLabelPaint(category));
        }
        block.setLineAlignment(align);
        return block;
      }
      org.jfree.chart.text.TextBlock block = org.jfree.chart.text.TextUtils.createTextBlock(
          l == null ? category.toString() : l.toString(), getTickLabelFont(category), getTickLabelPaint(category),
          width, getMaximumCategoryLabelLines(), new org.jfree.chart.text.G2TextMeasurer(g2));
      block.setLineAlignment(align);
      return block;
    }
  }

  /** The value of a bar: the printed total, or the computed total with its grade. */
  private static final class Labels {
    private final List<Entry> entries;
    private final boolean computed;

    Labels(List<Entry> entries, boolean computed) {
      this.entries = entries;
      this.computed = computed;
    }

    String label(int row, int column) {
      Entry e = entries.get(column);
      if (row == 0) {
        ScoreCell p = e.form().reportedTotal();
        return p == null || p.value() == null ? "填报 未填" : "填报 " + TableKit.number(p.value());
      }
      FormEvaluation fe = e.evaluation();
      if (!computed || fe == null) {
        return "";
      }
      return "计算 " + TableKit.number(fe.computedTotal()) + gradeSuffix(fe.grade());
    }
  }

  /** Whether the form's computed total cannot be graded. */
  private static boolean notGradable(Entry e) {
    return e.evaluation() != null && e.evaluation().grade() == io.github.jixiao.model.result.Grade.NOT_GRADABLE;
  }

  /** After a total: "（优）", or " —（无法评级）" for a form that cannot be graded. */
  static String gradeSuffix(io.github.jixiao.model.result.Grade grade) {
    return grade == io.github.jixiao.model.result.Grade.NOT_GRADABLE ? " " + grade.chinese()
        : "（" + grade.chinese() + "）";
  }

  /**
   * A place on the small charts' axis: a level-1 indicator (its n-th group of that kind in a
   * form, for the rare form that repeats one), or an unrecognised group by its name.
   */
  record Slot(String name, @Nullable Level1Indicator kind, int occurrence) {}

  /**
   * The level-1 places every small chart shows, in one order: 产出, 效益, 成本, 满意度 (those any
   * form has), then groups no standard indicator names, in the order they first occur.
   */
  static List<Slot> slots(List<Entry> entries) {
    List<Slot> standard = new ArrayList<>();
    List<Slot> other = new ArrayList<>();
    for (Entry e : entries) {
      Map<Object, Integer> seen = new HashMap<>();
      for (Level1Group g : e.form().indicators()) {
        Object key = g.indicator() != null ? g.indicator() : groupName(g);
        int n = seen.merge(key, 1, Integer::sum);
        Slot s = new Slot(slotName(g, n), g.indicator(), n);
        List<Slot> list = g.indicator() != null ? standard : other;
        if (!list.contains(s)) {
          list.add(s);
        }
      }
    }
    standard.sort(java.util.Comparator.comparingInt((Slot s) -> LEVEL1_ORDER.indexOf(s.kind()))
        .thenComparingInt(Slot::occurrence));
    List<Slot> all = new ArrayList<>(standard);
    all.addAll(other);
    return all;
  }

  private static String slotName(Level1Group g, int occurrence) {
    String name = groupName(g);
    return occurrence == 1 ? name : name + occurrence;
  }

  private static String slotNames(List<Slot> slots) {
    StringBuilder sb = new StringBuilder();
    for (Slot s : slots) {
      sb.append(sb.length() == 0 ? "" : "、").append(s.name());
    }
    return sb.toString();
  }

  private JFreeChart groups(Entry e, List<Slot> slots, boolean showComputed) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Level1Group> groups = e.form().indicators();
    List<GroupScore> scores = e.evaluation() == null ? List.of() : e.evaluation().groups();
    Map<String, String> names = new HashMap<>();
    Map<Slot, Integer> at = new HashMap<>();
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Level1Group g = groups.get(i);
      Object key = g.indicator() != null ? g.indicator() : groupName(g);
      int n = seen.merge(key, 1, Integer::sum);
      at.put(new Slot(slotName(g, n), g.indicator(), n), i);
    }
    double max = 10;
    for (Slot slot : slots) {
      Integer i = at.get(slot);
      String cat = slot.name();
      if (i == null) {
        data.addValue(null, "分值", cat);
        data.addValue(null, "得分", cat);
        names.put(cat, cat + "\n—");
        continue;
      }
      Level1Group g = groups.get(i);
      BigDecimal weight = g.weight() != null ? g.weight() : sum(g, true);
      BigDecimal score = showComputed && i < scores.size() ? scores.get(i).computed() : sum(g, false);
      data.addValue(weight.doubleValue(), "分值", cat);
      data.addValue(score.doubleValue(), "得分", cat);
      names.put(cat, cat + "\n" + format(score) + "/" + format(weight));
      max = Math.max(max, Math.max(weight.doubleValue(), score.doubleValue()));
    }
    for (String n : names.values()) {
      check(n);
    }
    CategoryAxis x = new NamedAxis(names, org.jfree.chart.ui.HorizontalAlignment.CENTER);
    x.setTickLabelFont(font(TEXT, false));
    x.setCategoryMargin(0.2);
    x.setLowerMargin(0.04);
    x.setUpperMargin(0.04);
    x.setMaximumCategoryLabelLines(2);
    x.setMaximumCategoryLabelWidthRatio(1.3f);
    NumberAxis y = axis(Math.ceil(max * 1.1 / 10) * 10, max > 40 ? 20 : 10);
    LayeredBarRenderer r = new LayeredBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setSeriesPaint(0, WEIGHT);
    r.setSeriesPaint(1, showComputed ? COMPUTED : new Color(0x44, 0x72, 0xC4));
    // LayeredBarRenderer narrows the back series by 20 % per series in front: 1.0 → 0.6, front 0.34
    r.setSeriesBarWidth(0, 1.0);
    r.setSeriesBarWidth(1, 0.34);
    r.setDefaultItemLabelsVisible(false);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    styled(plot);
    String title = "附件" + e.label() + " " + shorten(e.name(), 11);
    check(title);
    JFreeChart chart = new JFreeChart(null, font(TEXT, false), plot, false);
    TextTitle tt = new TextTitle(title, font(8.5f, false));
    tt.setPadding(new RectangleInsets(2, 2, 2, 2));
    chart.setTitle(tt);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
    return chart;
  }

  private static String format(@Nullable Number n) {
    if (n == null) {
      return "";
    }
    return TableKit.number(BigDecimal.valueOf(n.doubleValue()));
  }

  /** "产出指标（30分）" → "产出": the axis has room for a short name. */
  private static String groupName(Level1Group g) {
    String name;
    if (g.indicator() != null) {
      name = g.indicator().chinese();
    } else if (g.label() != null) {
      name = POINTS.matcher(g.label()).replaceAll("").strip();
    } else {
      return "（未命名）";
    }
    String shortName = name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
    return shortName.isEmpty() ? name : shortName;
  }

  private static BigDecimal sum(Level1Group g, boolean weights) {
    BigDecimal s = BigDecimal.ZERO;
    for (Level2Group c : g.children()) {
      for (IndicatorRow r : c.rows()) {
        ScoreCell cell = weights ? r.weight() : r.score();
        if (cell != null && cell.value() != null) {
          s = s.add(cell.value());
        }
      }
    }
    return s;
  }

  private NumberAxis axis(double upper, double tick) {
    NumberAxis y = new NumberAxis();
    y.setRange(0, upper);
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    y.setTickUnit(new NumberTickUnit(tick, f));
    y.setNumberFormatOverride(f);
    y.setTickLabelFont(font(TEXT, false));
    y.setAxisLineVisible(false);
    return y;
  }

  private static void styled(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.4f));
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    plot.setInsets(new RectangleInsets(4, 2, 2, 6));
  }

  private void legend(JFreeChart chart) {
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(TEXT + 0.5f, false));
      legend.setPosition(RectangleEdge.TOP);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private Font font(float size, boolean bold) {
    return awt.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
  }

  private void check(String text) {
    typo.check(text, Role.BODY, "评分汇总 图表");
  }

  /** Draws the chart as vector graphics into a template wrapped as an image element. */
  private Image image(JFreeChart chart, float w, float h) throws DocumentException {
    PdfContentByte cb = cx.writer.getDirectContent();
    PdfTemplate tp = cb.createTemplate(w, h);
    Graphics2D g2 = new ChartGraphics(tp, w, h, mapper, typo, widths);
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
    } finally {
      g2.dispose();
    }
    cx.events.releaseAfterPage(tp);
    Image img = Image.getInstance(tp);
    img.setAlignment(Element.ALIGN_CENTER);
    return img;
  }

  static String shorten(String s, int max) {
    String one = s.replace('\n', ' ');
    if (one.codePointCount(0, one.length()) <= max) {
      return one;
    }
    return one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
  }
}

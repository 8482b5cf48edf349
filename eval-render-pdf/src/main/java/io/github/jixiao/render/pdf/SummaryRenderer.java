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
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * 评分汇总 — charts drawn by JFreeChart as vector graphics into PDF templates through OpenPDF's
 * {@link com.lowagie.text.pdf.PdfGraphics2D} ({@link ChartGraphics}), with text set in the document's CJK font: each form's total against 100
 * (printed and, with an evaluation, computed with its grade), and each form's level-1 scores
 * against their weights.
 */
final class SummaryRenderer {

  private static final int TOTALS_PER_PAGE = 18;
  private static final int SMALL_PER_PAGE = 12;
  private static final Color PRINTED = new Color(0x9D, 0xB5, 0xD9);
  private static final Color COMPUTED = new Color(0x2F, 0x55, 0x97);
  private static final Color WEIGHT = new Color(0xD9, 0xD9, 0xD9);
  /** The computed total of a form that cannot be graded: grey, never a grade's colour. */
  static final Color NOT_GRADABLE = new Color(0xA6, 0xA6, 0xA6);
  private static final Color GRID = new Color(0xBF, 0xBF, 0xBF);
  private static final Pattern POINTS = Pattern.compile("[（(]\\s*\\d+(\\.\\d+)?\\s*分\\s*[)）]");

  private final Context cx;
  private final Typo typo;
  private final Font awt;
  private final FontMapper mapper;

  /** One form with what the charts show. */
  private record Entry(String label, String name, SelfEvaluationForm form, @Nullable FormEvaluation evaluation) {
    String category() {
      return "附件" + label + " " + shorten(name, 12);
    }
  }

  SummaryRenderer(Context cx) {
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
    Fonts.Face face = fonts.body;
    if (face.file() != null) {
      try {
        Font[] all = Font.createFonts(face.file().toFile());
        if (all.length > 0) {
          return all[Math.max(0, Math.min(face.index(), all.length - 1))].deriveFont(10f);
        }
      } catch (FontFormatException | IOException | RuntimeException e) {
        // fall back to the logical font: only measurement is affected
      }
    }
    return MeasuringFont.FONT.deriveFont(10f);
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

  void render() throws DocumentException {
    List<Entry> entries = new ArrayList<>();
    SelfEvaluationForm dept = cx.pkg.departmentEvaluation();
    if (dept != null) {
      entries.add(new Entry(dept.label(), "部门整体", dept, cx.formEvaluation("/departmentEvaluation")));
    }
    for (int i = 0; i < cx.pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm f = cx.pkg.projectEvaluations().get(i);
      entries.add(new Entry(f.label(), f.name(), f, cx.formEvaluation("/projectEvaluations/" + i)));
    }
    if (entries.isEmpty()) {
      return;
    }
    boolean computed = cx.evaluation() != null;
    for (int from = 0; from < entries.size(); from += TOTALS_PER_PAGE) {
      List<Entry> part = entries.subList(from, Math.min(entries.size(), from + TOTALS_PER_PAGE));
      cx.begin(Context.Layout.FORM);
      if (from == 0) {
        heading("评分汇总", true);
        String intro = computed
            ? "各表总分（满分 100）：浅色为表中填报的总分，深色为 jixiao 按评分规则 " + cx.evaluation().profile()
                + " 计算的总分及等级。总分未填的表只有计算值。"
                + (entries.stream().anyMatch(SummaryRenderer::notGradable)
                    ? "灰色为无法评级的表（表不完整、分值合计不符或总分超过满分）的计算总分。" : "")
            : "各表总分（满分 100），按表中填报的数值（未提供审核结果，不计算等级）。";
        text(intro);
      } else {
        heading("评分汇总（续）", false);
      }
      float w = cx.width();
      float h = 70 + part.size() * (computed ? 30f : 19f);
      // in a table, so the chart's text follows the page title in reading order
      PdfPTable holder = new PdfPTable(1);
      holder.setWidthPercentage(100);
      PdfPCell cell = new PdfPCell(image(totals(part, computed), w, h));
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      holder.addCell(cell);
      cx.add(holder);
    }
    boolean showComputed = cx.computed() && computed;
    for (int from = 0; from < entries.size(); from += SMALL_PER_PAGE) {
      List<Entry> part = entries.subList(from, Math.min(entries.size(), from + SMALL_PER_PAGE));
      cx.begin(Context.Layout.FORM);
      heading(from == 0 ? "一级指标得分与分值" : "一级指标得分与分值（续）", false);
      if (from == 0) {
        text("每张表的一级指标：浅灰色宽条为分值（一级指标标注的分值，未标注时为其下三级指标分值之和），深色窄条为"
            + (showComputed ? "jixiao 计算的得分。" : "表中填报的得分之和。"));
      }
      PdfPTable grid = new PdfPTable(3);
      grid.setWidthPercentage(100);
      float cw = cx.width() / 3f - 2;
      float ch = 150f;
      for (Entry e : part) {
        PdfPCell cell = new PdfPCell(image(groups(e, showComputed), cw, ch));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        grid.addCell(cell);
      }
      grid.completeRow();
      cx.add(grid);
    }
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

  private JFreeChart totals(List<Entry> entries, boolean computed) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String printedKey = "填报总分";
    String computedKey = "计算总分";
    double max = 100;
    for (Entry e : entries) {
      String cat = e.category();
      check(cat);
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
    }
    CategoryItemLabelGenerator labelsGen = new Labels(entries, computed);
    for (Entry e : entries) {
      for (int s = 0; s < (computed ? 2 : 1); s++) {
        String l = labelsGen.generateLabel(data, s, entries.indexOf(e));
        check(l);
      }
    }
    check(printedKey + computedKey + "满分 100");
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font(8.5f, false));
    x.setMaximumCategoryLabelWidthRatio(0.42f);
    x.setMaximumCategoryLabelLines(2);
    x.setCategoryMargin(computed ? 0.25 : 0.35);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    // room for "109.69 —（无法评级）" after the longest bar
    boolean anyNotGradable = entries.stream().anyMatch(SummaryRenderer::notGradable);
    NumberAxis y = axis(Math.ceil(max * (anyNotGradable ? 1.36 : 1.16) / 10) * 10, anyNotGradable ? 20 : 10);
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
    r.setDefaultItemLabelGenerator(labelsGen);
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font(7.5f, false));
    r.setDefaultItemLabelPaint(Color.BLACK);
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    r.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    styled(plot);
    ValueMarker full = new ValueMarker(100, new Color(0xC0, 0x00, 0x00), new BasicStroke(0.8f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {3f, 2f}, 0f));
    full.setLabel("满分 100");
    full.setLabelFont(font(7.5f, false));
    full.setLabelPaint(new Color(0xC0, 0x00, 0x00));
    full.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    full.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    full.setLabelBackgroundColor(Color.WHITE);
    full.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
    plot.addRangeMarker(full);
    JFreeChart chart = new JFreeChart(null, font(10f, false), plot, computed);
    legend(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 2, 2, 8));
    return chart;
  }

  /** Item labels: the printed total, or the computed total with its grade. */
  /** Item labels whose row and column labels are the dataset's keys; the item label is the chart's own. */
  private abstract static class KeyLabels implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }
  }

  private static final class Labels extends KeyLabels {
    private final List<Entry> entries;
    private final boolean computed;

    Labels(List<Entry> entries, boolean computed) {
      this.entries = entries;
      this.computed = computed;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Entry e = entries.get(column);
      if (row == 0) {
        ScoreCell p = e.form().reportedTotal();
        return p == null || p.value() == null ? "" : "填报 " + TableKit.number(p.value());
      }
      FormEvaluation fe = e.evaluation();
      if (!computed || fe == null) {
        return "";
      }
      ScoreCell p = e.form().reportedTotal();
      return TableKit.number(fe.computedTotal()) + gradeSuffix(fe.grade()) + (p == null ? "  总分未填" : "");
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

  private JFreeChart groups(Entry e, boolean showComputed) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Level1Group> groups = e.form().indicators();
    List<GroupScore> scores = e.evaluation() == null ? List.of() : e.evaluation().groups();
    Set<String> used = new LinkedHashSet<>();
    double max = 10;
    for (int i = 0; i < groups.size(); i++) {
      Level1Group g = groups.get(i);
      String cat = groupName(g);
      while (!used.add(cat)) {
        cat = cat + " ";
      }
      check(cat);
      BigDecimal weight = g.weight() != null ? g.weight() : sum(g, true);
      BigDecimal score = showComputed && i < scores.size() ? scores.get(i).computed() : sum(g, false);
      data.addValue(weight.doubleValue(), "分值", cat);
      data.addValue(score.doubleValue(), "得分", cat);
      max = Math.max(max, Math.max(weight.doubleValue(), score.doubleValue()));
    }
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font(7f, false));
    x.setCategoryMargin(0.2);
    x.setLowerMargin(0.04);
    x.setUpperMargin(0.04);
    x.setMaximumCategoryLabelLines(2);
    NumberAxis y = axis(Math.ceil(max * 1.2 / 10) * 10, max > 40 ? 20 : 10);
    y.setTickLabelFont(font(6.5f, false));
    LayeredBarRenderer r = new LayeredBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setSeriesPaint(0, WEIGHT);
    r.setSeriesPaint(1, showComputed ? COMPUTED : new Color(0x44, 0x72, 0xC4));
    // LayeredBarRenderer narrows the back series by 20 % per series in front: 1.0 → 0.6, front 0.34
    r.setSeriesBarWidth(0, 1.0);
    r.setSeriesBarWidth(1, 0.34);
    r.setSeriesItemLabelsVisible(1, true);
    r.setSeriesItemLabelGenerator(1, new KeyLabels() {
      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number score = dataset.getValue(row, column);
        Number weight = dataset.getValue(0, column);
        return format(score) + "/" + format(weight);
      }
    });
    r.setDefaultItemLabelFont(font(6.5f, false));
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    styled(plot);
    String title = "附件" + e.label() + " " + shorten(e.name(), 11);
    check(title);
    JFreeChart chart = new JFreeChart(null, font(8f, false), plot, false);
    TextTitle tt = new TextTitle(title, font(8f, false));
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
    y.setTickLabelFont(font(7.5f, false));
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
      legend.setItemFont(font(8f, false));
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
    Graphics2D g2 = new ChartGraphics(tp, w, h, mapper, typo);
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

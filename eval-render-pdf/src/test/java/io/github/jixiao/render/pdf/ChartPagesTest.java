package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.pdf.PageGeometry.Glyph;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 评分汇总 chart pages, read back as geometry: every text at least 8 pt, value labels clear
 * of the grid and the 满分 line, one level-1 order in every small chart, no chart page less than
 * half full, and the counts of findings taken from the request's findings.
 */
class ChartPagesTest {

  /** The forms' layout: the page's text area, the footer below it. */
  static final float TOP = 46;
  static final float BOTTOM = 842 - 50;

  static byte[] bytes;
  static PdfText text;
  static int first;
  static int last;
  static List<PageGeometry> pages;

  @BeforeAll
  static void render() {
    try {
      bytes = Seed.withoutInstalledFonts().renderToBytes(Seed.reported());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    text = new PdfText(bytes);
    first = text.bookmark("评分汇总").page();
    last = text.bookmark("审核意见").page() - 1;
    pages = PageGeometry.of(bytes, first, last);
  }

  /** The chart pages of a render: between the 评分汇总 bookmark and the next part. */
  static List<PageGeometry> chartPages(byte[] pdf) {
    PdfText t = new PdfText(pdf);
    int from = t.bookmark("评分汇总").page();
    int to = t.bookmarks.stream().filter(b -> b.page() > from).mapToInt(PdfText.Bookmark::page).min()
        .orElse(t.pageCount + 1) - 1;
    return PageGeometry.of(pdf, from, to);
  }

  @Test
  void theSeedHasThreeChartPagesTotalsThenTheSmallChartsSharedEvenly() {
    assertThat(last - first + 1).isEqualTo(3);
    assertThat(text.text(first, first)).startsWith("评分汇总");
    assertThat(text.text(first + 1, first + 1)).startsWith("一级指标得分与分值");
    assertThat(text.text(last, last)).startsWith("一级指标得分与分值（续）");
    // 15 small charts: 9 on the first page, 6 on the second (the last page is not left with 3)
    assertThat(pages.get(1).find("满意度", SummaryRenderer.TEXT)).hasSize(9);
    assertThat(pages.get(2).find("满意度", SummaryRenderer.TEXT)).hasSize(6);
  }

  @Test
  void everyTextOnTheChartPagesIsAtLeastEightPoints() {
    for (PageGeometry page : pages) {
      for (Glyph g : page.glyphs) {
        if (g.box().getMinY() < BOTTOM) {
          assertThat(g.size()).as("'%s' at %s", g.text(), g.box()).isGreaterThanOrEqualTo(8f);
        }
      }
    }
  }

  @Test
  void valueLabelsAreClearOfTheGridTheAxesAndTheFullMarksLine() {
    PageGeometry totals = pages.get(0);
    List<List<Glyph>> labels = new ArrayList<>();
    labels.addAll(totals.find("填报", SummaryRenderer.TEXT));
    labels.addAll(totals.find("计算", SummaryRenderer.TEXT));
    // 15 printed totals and 15 computed ones
    assertThat(labels).hasSize(30);
    List<Line2D> vertical = totals.strokes.stream().filter(l -> Math.abs(l.getX1() - l.getX2()) < 0.1
        && Math.abs(l.getY1() - l.getY2()) > 50).toList();
    // the grid (0 … 100) and the dashed 满分 line: the dashes are many short segments
    assertThat(vertical).hasSizeGreaterThanOrEqualTo(6);
    double fullMarks = totals.strokes.stream().filter(l -> Math.abs(l.getX1() - l.getX2()) < 0.1
        && Math.abs(l.getY1() - l.getY2()) < 5).mapToDouble(Line2D::getX1).max().orElseThrow();
    for (List<Glyph> label : labels) {
      Rectangle2D box = rowOf(totals, label);
      assertThat(box.getMinX()).as("label right of the 满分 line").isGreaterThan(fullMarks + 2);
      for (Line2D l : totals.strokes) {
        assertThat(l.intersects(box)).as("%s crosses %s", text(label), l.getP1() + "–" + l.getP2()).isFalse();
      }
    }
    // the small charts: "得分/分值" under each bar group, clear of the axis and the grid
    for (PageGeometry page : pages.subList(1, pages.size())) {
      List<Glyph> values = page.glyphs.stream().filter(g -> g.text().equals("/")).toList();
      assertThat(values).isNotEmpty();
      for (Glyph slash : values) {
        List<Glyph> run = page.glyphs.stream().filter(g -> Math.abs(g.box().getMaxY() - slash.box().getMaxY()) < 0.5
            && Math.abs(g.box().getCenterX() - slash.box().getCenterX()) < 16).toList();
        Rectangle2D box = PageGeometry.box(run);
        for (Line2D l : page.strokes) {
          assertThat(l.intersects(box)).as("%s crosses %s", text(run), l.getP1() + "–" + l.getP2()).isFalse();
        }
        for (Rectangle2D bar : page.fills) {
          if (bar.getWidth() < 100) {
            assertThat(bar.intersects(box)).as("%s on a bar", text(run)).isFalse();
          }
        }
      }
    }
  }

  /** The whole line of text a label is on (the value with its grade). */
  private static Rectangle2D rowOf(PageGeometry page, List<Glyph> label) {
    Glyph start = label.get(0);
    List<Glyph> row = page.glyphs.stream().filter(g -> Math.abs(g.box().getMaxY() - start.box().getMaxY()) < 0.5
        && g.box().getMinX() >= start.box().getMinX() - 0.5).toList();
    return PageGeometry.box(row);
  }

  private static String text(List<Glyph> run) {
    StringBuilder sb = new StringBuilder();
    run.forEach(g -> sb.append(g.text()));
    return sb.toString();
  }

  @Test
  void everySmallChartShowsTheLevelOneIndicatorsInOneOrder() {
    int charts = 0;
    for (PageGeometry page : pages.subList(1, pages.size())) {
      List<Glyph> names = new ArrayList<>();
      for (String n : List.of("产出", "效益", "成本", "满意度")) {
        page.find(n, SummaryRenderer.TEXT).forEach(run -> names.add(run.get(0)));
      }
      // group by line (the charts of one row share a baseline), then left to right
      names.sort(Comparator.comparingDouble((Glyph g) -> Math.round(g.box().getMaxY()))
          .thenComparingDouble(g -> g.box().getMinX()));
      List<String> order = new ArrayList<>();
      for (Glyph g : names) {
        order.add(g.text());
      }
      // every chart: 产 效 成 满 (the first glyph of each name)
      for (int i = 0; i < order.size(); i += 4) {
        assertThat(order.subList(i, i + 4)).containsExactly("产", "效", "成", "满");
        charts++;
      }
    }
    assertThat(charts).isEqualTo(15);
  }

  @Test
  void noChartPageIsLessThanHalfFull() {
    for (PageGeometry page : pages) {
      double fill = (page.lowest(BOTTOM) - TOP) / (BOTTOM - TOP);
      assertThat(fill).isGreaterThanOrEqualTo(0.5);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 25})
  void noChartPageIsLessThanHalfFullWhateverTheNumberOfForms(int forms) throws Exception {
    EvaluationPackage pkg = Packages.manyForms(forms);
    byte[] pdf = Seed.withoutInstalledFonts().renderToBytes(RenderRequest.of(pkg, null, RenderMode.REPORTED));
    List<PageGeometry> chartPages = chartPages(pdf);
    int small = 0;
    for (PageGeometry page : chartPages) {
      double fill = (page.lowest(BOTTOM) - TOP) / (BOTTOM - TOP);
      assertThat(fill).as("%d forms, %d chart pages, page %d", forms, chartPages.size(), chartPages.indexOf(page))
          .isGreaterThanOrEqualTo(0.5);
      small += page.find("满意度", SummaryRenderer.TEXT).size();
      // no borders: a row of fewer than three charts is completed with blank, borderless cells
      assertThat(page.blackStrokes).as("%d forms: black lines", forms).isEmpty();
    }
    assertThat(small).isEqualTo(forms);
  }

  @Test
  void theCountsOfFindingsUnderEachFormComeFromTheRequestsFindings() {
    FindingIndex findings = Seed.reported().findings();
    String chart = text.text(first, first);
    List<String> pointers = new ArrayList<>();
    pointers.add("/departmentEvaluation");
    for (int i = 0; i < Seed.PKG.projectEvaluations().size(); i++) {
      pointers.add("/projectEvaluations/" + i);
    }
    int shown = 0;
    for (String p : pointers) {
      Map<Severity, Integer> n = new EnumMap<>(Severity.class);
      for (FindingIndex.Entry e : findings.under(p)) {
        n.merge(e.finding().severity(), 1, Integer::sum);
        shown++;
      }
      StringBuilder expected = new StringBuilder("审核意见：");
      n.forEach((s, c) -> expected.append(expected.length() > 5 ? "，" : "").append(s.chinese()).append(c));
      assertThat(chart).contains(expected.toString());
    }
    // cross-form findings count under the form whose cell they mark (附件3-12 and 3-13's 项目资金 in the seed)
    assertThat(pointers.stream().flatMap(p -> findings.under(p).stream())
        .filter(e -> e.finding().code().name().equals("CROSS_FORM_MISMATCH"))).isNotEmpty();
    // every finding about a form is counted once: those about 附件1 and the reports are not on a form
    long onForms = findings.all().stream().filter(e -> e.pointer().startsWith("/departmentEvaluation")
        || e.pointer().startsWith("/projectEvaluations/")).count();
    assertThat(shown).isEqualTo((int) onForms).isPositive();
  }
}

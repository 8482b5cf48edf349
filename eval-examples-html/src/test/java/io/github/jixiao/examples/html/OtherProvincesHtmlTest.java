package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forms as other provinces print them (issue 14): extra columns, a flat list, 元, a partial form, NOT_GRADABLE. */
class OtherProvincesHtmlTest {
  static EvaluationPackage pkg;
  static String reported;
  static String computed;

  @BeforeAll
  static void render() throws Exception {
    try (InputStream in = OtherProvincesHtmlTest.class.getResourceAsStream("other-provinces.json")) {
      pkg = PackageJson.create().read(in);
    }
    PackageEvaluation e = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    List<FormEvaluation> forms = e.evaluations().stream().map(f -> !f.pointer().equals("/departmentEvaluation") ? f
        : new FormEvaluation(f.form(), f.pointer(), f.name(), f.implementingUnit(), f.annualBudget(), f.executed(),
            f.executionRate(), f.reportedExecutionScore(), f.executionScore(), f.indicators(), f.groups(),
            f.reportedTotal(), f.computedTotal(), Grade.NOT_GRADABLE, f.findings())).toList();
    PackageEvaluation notGradable = new PackageEvaluation(e.profile(), forms, e.findings());
    reported = HtmlRendererTest.render(RenderRequest.of(pkg, notGradable, RenderMode.REPORTED));
    computed = HtmlRendererTest.render(RenderRequest.of(pkg, notGradable, RenderMode.COMPUTED));
  }

  /** The section of one form. */
  private static Element form(String html, String label) {
    return Dom.one(Jsoup.parse(html), "#form-" + label);
  }

  /** The text of the header cells of the indicator table (without the side label 绩效指标). */
  private static List<String> indicatorHeads(Element form) {
    return Dom.one(form, "table.indicators").select("tr").first().select("th:not(.side)").stream().map(Dom::text).toList();
  }

  /** The number of columns every row of a table adds up to (rowspans carried down). */
  private static List<Integer> rowWidths(Element table) {
    List<Integer> widths = new ArrayList<>();
    int[] carried = new int[64];
    for (Element row : table.select("tr")) {
      int w = 0;
      int[] next = carried.clone();
      for (int k = 0; k < carried.length; k++) {
        if (carried[k] > 0) {
          w++;
          next[k]--;
        }
      }
      int col = 0;
      for (Element cell : row.select("> th, > td")) {
        while (carried[col] > 0) {
          col++;
        }
        int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
        int down = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) - 1 : 0;
        for (int k = 0; k < span; k++) {
          next[col + k] = down;
        }
        col += span;
        w += span;
      }
      carried = next;
      widths.add(w);
    }
    return widths;
  }

  @Test
  void extraColumnsStandBesideTheTargetAndAfterTheScore() {
    assertThat(indicatorHeads(form(reported, "3-1"))).containsExactly("一级指标", "二级指标", "三级指标", "计量单位", "指标性质",
        "年度指标值", "实际完成值", "分值", "得分", "调整后指标值", "得分系数", "是否核心指标", "偏差原因分析及改进措施");
    assertThat(Dom.texts(form(reported, "3-1").select("table.indicators td"))).contains("台", "是", "0.9");
  }

  @Test
  void everyRowOfAFormWithExtraColumnsIsAsWideAsTheTable() {
    assertThat(rowWidths(Dom.one(form(reported, "3-1"), "table.indicators"))).containsOnly(14);
    assertThat(rowWidths(Dom.one(form(reported, "2"), "table.indicators"))).containsOnly(9);
    assertThat(rowWidths(Dom.one(form(computed, "3-1"), "table.indicators"))).containsOnly(14);
    for (String label : List.of("2", "3-1")) {
      assertThat(rowWidths(Dom.one(form(reported, label), "table.top"))).containsOnly(8);
    }
  }

  @Test
  void aFlatListHasOneNameColumnAndNoLevelColumns() {
    Element f = form(reported, "2");
    assertThat(indicatorHeads(f)).containsExactly("指标名称", "计量单位", "指标性质", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施");
    assertThat(f.text()).doesNotContain("一级指标", "二级指标", "三级指标");
    assertThat(f.select("table.indicators th.name").text()).isEqualTo("指标名称");
  }

  @Test
  void aYuanFormShowsItsUnitAndItsAmountsAsGiven() {
    Element f = form(reported, "3-1");
    assertThat(f.select("th.side").stream().map(Dom::text).toList()).contains("项目资金\n（元）");
    assertThat(Dom.texts(f.select("table.top td"))).contains("250000", "250000.00", "237500");
    assertThat(f.text()).doesNotContain("万元");
    assertThat(form(reported, "2").select("th.side").stream().map(Dom::text).toList()).contains("年度预算申请\n（元）");
  }

  @Test
  void aPartialFormSaysSoUnderItsTitle() {
    Element f = form(reported, "2");
    Element partial = Dom.one(f, "p.partial");
    assertThat(partial.previousElementSibling().tagName()).isEqualTo("h2");
    assertThat(partial.text()).isEqualTo("本表不完整：第2页缺失");
    assertThat(form(reported, "3-1").select("p.partial")).isEmpty();
  }

  @Test
  void aFormThatCannotBeGradedShowsSoInTheSummaryAndBesideItsComputedTotal() {
    assertThat(Dom.texts(Jsoup.parse(computed).select("#summary td.not-gradable"))).containsExactly("—（无法评级）");
    assertThat(Dom.one(form(computed, "2"), "td.grade").text()).isEqualTo("等级：—（无法评级）");
    assertThat(Dom.one(form(computed, "2"), "td.grade").hasClass("not-gradable")).isTrue();
    assertThat(Dom.one(form(reported, "2"), "td.grade").text()).as("no computed grade in REPORTED mode").isEmpty();
  }
}

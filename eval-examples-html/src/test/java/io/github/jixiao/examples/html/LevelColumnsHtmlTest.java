package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A table that prints its levels' own 分值 (issue 21) shows them on the page in columns of their own. */
class LevelColumnsHtmlTest {
  /** The indicator table of the 2017 Hunan 部门整体 table of the corpus, as the page shows it. */
  private static Element yuhuaTable() throws Exception {
    EvaluationPackage pkg = Examples.load("hunan-2017-yuhua-dianshang-wuliu-bumen");
    String html = HtmlRendererTest.render(RenderRequest.of(pkg,
        Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg), RenderMode.REPORTED));
    return Jsoup.parse(html).body().select("table.indicators").first();
  }

  @Test
  void levelWeightsHaveColumnsOfTheirOwnSpanningTheGroupsRows() throws Exception {
    Element table = yuhuaTable();
    assertThat(table.select("tr").first().select("th").eachText().subList(1, 10)).containsExactly("一级指标", "分值",
        "二级指标", "分值", "三级指标", "分值", "得分", "评价标准", "指标说明");
    Element row = table.select("tr:has(td:containsOwn(在职人员控制率))").first();
    assertThat(row.select("td[rowspan=2]").eachText()).containsExactly("投入", "13", "预算配置", "13");
    assertThat(table.select("col")).hasSize(10);
    assertThat(table.select("tr.total th").first().attr("colspan")).isEqualTo("6");
  }

  @Test
  void aScoringTablesCriteriaAndExplanationAreColumnsAfterTheScore() throws Exception {
    Element table = yuhuaTable();
    assertThat(table.select("tr").first().select("th").eachText()).endsWith("得分", "评价标准", "指标说明");
    assertThat(table.select("tr:has(td:containsOwn(预算控制率))").first().select("td").eachText())
        .contains("预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;20-30%(含),计2分;大于30%不得分",
            "预算控制率=(本年追加预算/年初预算)×100%");
  }

  @Test
  void aScoringTablePrintsNoResultColumnItsRowsLeaveBlankAndGivesTheirRoomToItsRules() throws Exception {
    Element table = yuhuaTable();
    assertThat(table.select("tr").first().select("th").eachText()).doesNotContain("年度指标值", "实际完成值",
        "偏差原因分析及改进措施");
    assertThat(table.select("tr:has(td:containsOwn(预算控制率))").first().select("td")).hasSize(5);
    // the room of the three columns goes to 评价标准 and 指标说明
    assertThat(table.select("col").eachAttr("style").subList(8, 10)).containsExactly("width:29%", "width:29%");
    assertThat(table.select("tr.total td").last().attr("colspan")).isEqualTo("2");
  }

  @Test
  void theUsualTableKeepsItsResultColumnsBlankOrNot() throws Exception {
    EvaluationPackage pkg = Examples.miluo2023();
    String html = HtmlRendererTest.render(RenderRequest.of(pkg,
        Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg), RenderMode.REPORTED));
    assertThat(Jsoup.parse(html).body().select("table.indicators").first().select("tr").first().select("th").eachText())
        .containsSubsequence("三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
  }

  @Test
  void aScoringTableWithoutFundsOrGoalsPrintsNeitherBlock() throws Exception {
    EvaluationPackage pkg = Examples.load("henan-2024-renshe-zhiye-jineng-jingsai");
    String html = HtmlRendererTest.render(RenderRequest.of(pkg,
        Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg), RenderMode.REPORTED));
    Element top = Jsoup.parse(html).body().select("table.top").first();
    assertThat(top.text()).contains("项目支出名称").doesNotContain("全年预算数").doesNotContain("预期目标");
    assertThat(Jsoup.parse(html).body().select("table.indicators tr").first().select("th").eachText())
        .endsWith("分值", "得分", "评价标准", "指标说明");
  }
}

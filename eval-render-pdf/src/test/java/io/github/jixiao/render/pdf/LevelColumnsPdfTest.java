package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table that prints its levels' own 分值 (the 2017 Hunan 部门整体 table of the corpus: 一级指标 | 分值 |
 * 二级指标 | 分值 | 三级指标 | 分值 | … | 得分) prints them in columns of their own; a level's own 得分
 * gets a column too (issue 21).
 */
class LevelColumnsPdfTest {
  static final String YUHUA = "hunan-2017-yuhua-dianshang-wuliu-bumen";

  /** The corpus form with a 得分 of its own on 投入 and on 预算配置. */
  static EvaluationPackage withLevelScores() throws Exception {
    String json = new String(Examples.json(YUHUA).orElseThrow(), StandardCharsets.UTF_8)
        .replace("\"label\": \"投入\", \"weight\": 13,", "\"label\": \"投入\", \"weight\": 13, \"score\": 12,")
        .replace("{ \"label\": \"预算配置\", \"weight\": 13, \"rows\"", "{ \"label\": \"预算配置\", \"weight\": 13, \"score\": 11, \"rows\"");
    assertThat(json).contains("\"score\": 12,").contains("\"score\": 11,");
    return PackageJson.create().read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String formText(EvaluationPackage pkg) throws Exception {
    return formText(pkg, "附件1");
  }

  private static String formText(EvaluationPackage pkg, String label) throws Exception {
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
    PdfText pdf = new PdfText(ModesTest.RENDERER.renderToBytes(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED)));
    int page = pdf.flat().stream().filter(b -> b.title().startsWith(label)).findFirst().orElseThrow().page();
    return pdf.text(page, page);
  }

  @Test
  void aTableWithLevelWeightsPrintsEachInAColumnAfterItsLabel() throws Exception {
    String text = formText(Examples.load(YUHUA));
    assertThat(PdfText.firstOutOfOrder(text, List.of("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
        "投入", "13", "预算配置", "13", "在职人员控制率", "5", "5", "过程", "61", "预算执行", "20", "预算完成率"))).isNull();
    assertThat(text).contains("投入13预算配置13在职人员控制率").contains("过程61预算执行20预算完成率");
  }

  @Test
  void aScoringSheetWithNoTextColumnButItsRowNamesPrintsItsSevenColumns() throws Exception {
    // the Hainan 项目决策/项目管理/项目绩效 table: no 评价标准, 指标说明 or result column, only 分值 and 得分
    String text = formText(Examples.load("hainan-2022-shengshangwuting-fuwumaoyi"));
    assertThat(PdfText.firstOutOfOrder(text, List.of("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
        "项目决策", "20", "项目目标", "4", "目标内容", "4", "4"))).isNull();
    assertThat(text).doesNotContain("年度指标值").doesNotContain("实际完成值").doesNotContain("偏差原因");
  }

  @Test
  void aScoringSheetEndingInItsScoreColumnPrintsTheGradeBesideTheTotal() throws Exception {
    EvaluationPackage pkg = Examples.load("hainan-2022-shengshangwuting-fuwumaoyi");
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
    PdfText pdf = new PdfText(ModesTest.RENDERER.renderToBytes(RenderRequest.of(pkg, evaluation, RenderMode.COMPUTED)));
    int page = pdf.flat().stream().filter(b -> b.title().startsWith("附件1")).findFirst().orElseThrow().page();
    // the cut form: its visible 60, no grade; no cell after 得分 to hold it
    assertThat(pdf.text(page, page)).contains("总分（等级：—（无法评级））").contains("60");
  }

  @Test
  void aLevelsOwnScoreGetsAColumnAfterItsWeight() throws Exception {
    String text = formText(withLevelScores());
    assertThat(PdfText.firstOutOfOrder(text, List.of("一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标",
        "投入", "13", "12", "预算配置", "13", "11", "在职人员控制率"))).isNull();
    assertThat(text).contains("投入1312预算配置1311在职人员控制率").contains("过程61预算执行20预算完成率");
  }

  @Test
  void theUsualTableHasNoLevelColumns() throws Exception {
    String text = formText(Examples.miluo2023(), "附件2");
    assertThat(text).contains("一级指标二级指标三级指标");
  }

  @Test
  void aScoringTablesCriteriaAndExplanationPrintAsColumnsAfterTheScore() throws Exception {
    String text = formText(Examples.load(YUHUA));
    assertThat(PdfText.firstOutOfOrder(text, List.of("分值", "得分", "评价标准", "指标说明", "在职人员控制率", "5", "5",
        "以100%为标准。", "扣完为止。", "在职人员控制率=", "预算完成率", "100%计满分", "预算完成率=(上年结转"))).isNull();
  }

  @Test
  void aScoringTablePrintsNoResultColumnItsRowsLeaveBlank() throws Exception {
    // 三级指标 is followed by the rows' 分值 and 得分, then the rules: no 年度指标值, 实际完成值 or 偏差原因
    assertThat(formText(Examples.load(YUHUA))).contains("三级指标分值得分评价标准指标说明绩效指标投入");
    assertThat(formText(Examples.miluo2023(), "附件2")).contains("年度指标值").contains("实际完成值").contains("偏差原因分析");
  }

  @Test
  void aScoringTableWithoutFundsOrGoalsPrintsNeitherBlock() throws Exception {
    String henan = formText(Examples.load("henan-2024-renshe-zhiye-jineng-jingsai"));
    assertThat(henan).contains("项目支出名称2021-2024年省级职业技能竞赛经费项目主管部门实施单位河南省人力资源和社会保障厅一级指标")
        .doesNotContain("全年预算数").doesNotContain("年度总体目标");
    assertThat(formText(Examples.miluo2023(), "附件3-1")).contains("全年预算数").contains("预期目标");
  }
}

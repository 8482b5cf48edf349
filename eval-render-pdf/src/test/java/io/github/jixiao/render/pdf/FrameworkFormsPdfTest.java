package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms of other indicator frameworks (issue 21) print as they are: the 决策/过程/产出/效益 table with
 * 预算执行率 among its rows, and a form scored per 二级指标 with its band and one 分值 and 得分 per group.
 */
class FrameworkFormsPdfTest {
  private static String formText(String example, RenderMode mode) throws Exception {
    EvaluationPackage pkg = Examples.load(example);
    PackageEvaluation evaluation = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
    PdfText pdf = new PdfText(ModesTest.RENDERER.renderToBytes(RenderRequest.of(pkg, evaluation, mode)));
    String label = "附件" + pkg.projectEvaluations().get(0).label();
    int page = pdf.flat().stream().filter(b -> b.title().startsWith(label)).findFirst().orElseThrow().page();
    return pdf.text(page, page);
  }

  @Test
  void theEvaluationFrameworkPrintsItsLevelsAndTheExecutionRowInOrder() throws Exception {
    String text = formText(Examples.SAMPLE_EVALUATION_2020, RenderMode.REPORTED);
    assertThat(PdfText.firstOutOfOrder(text, List.of("决策（15分）", "项目立项", "立项依据充分性", "过程（20分）", "资金管理",
        "预算执行率", "100%", "96.00%", "6", "5.76", "产出（35分）", "效益（30分）", "总分", "100", "98.76"))).isNull();
  }

  @Test
  void aGroupScoredFormPrintsItsBandAndOneWeightAndScorePerGroup() throws Exception {
    String text = formText(Examples.SAMPLE_GROUP_SCORED, RenderMode.REPORTED);
    assertThat(PdfText.firstOutOfOrder(text, List.of("年度绩效目标1（80分）", "一级指标", "产出指标（40分）", "数量指标",
        "培训人次", "15", "15", "发放宣传资料", "质量指标", "培训合格率", "1010", "社会效益指标", "从业人员技能水平",
        "2018", "总分", "97"))).isNull();
    // the group's 分值 and 得分 print once, beside its first row; its second row has none of its own
    assertThat(text).contains("培训人次≥300人次320人次1515发放宣传资料≥2000份2100份质量指标");
  }

  @Test
  void theComputedCopyShowsTheGroupsComputedScore() throws Exception {
    String text = formText(Examples.SAMPLE_GROUP_SCORED, RenderMode.COMPUTED);
    // 18 is the printed score, within 0–20, a person's to review: the computed copy keeps it, unmarked
    assertThat(PdfText.firstOutOfOrder(text, List.of("社会效益指标", "从业人员技能水平", "2018", "总分", "97"))).isNull();
  }
}

package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form scored per 二级指标 (issue 21) read from a Word document: its band ("年度绩效目标1（80分）") is read
 * with its weight; a 分值 and an 得分 cell merged down
 * beside all the rows of a level-2 group are the group's, not its first row's; a group of one row
 * keeps them on the row (the two cannot be told apart, and they score alike).
 */
class GroupScoresIntakeTest {
  @Test
  void aWeightAndScoreMergedBesideAGroupsRowsAreTheGroups() throws Exception {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    byte[] docx = new DocxRenderer().renderToBytes(RenderRequest.of(pkg,
        Evaluator.of(Profiles.builtIn().get("hubei")).evaluate(pkg), RenderMode.SUBMISSION));
    Intake.Result r = Intake.create().read(docx, "group-scored.docx", null);
    assertThat(r.problems()).isEmpty();
    SelfEvaluationForm form = r.pkg().projectEvaluations().get(0);
    // the band above the table, as printed, with its weight
    assertThat(form.indicatorsLabel()).isEqualTo("年度绩效目标1（80分）");
    assertThat(form.indicatorsWeight()).isEqualByComparingTo("80");
    Level2Group quantity = form.indicators().get(0).children().get(0);
    assertThat(quantity.label()).isEqualTo("数量指标");
    assertThat(quantity.weight()).isEqualTo(ScoreCell.of("15"));
    assertThat(quantity.score()).isEqualTo(ScoreCell.of("15"));
    assertThat(quantity.rows()).extracting(IndicatorRow::name).containsExactly("培训人次", "发放宣传资料");
    assertThat(quantity.rows()).allSatisfy(row -> {
      assertThat(row.weight()).isNull();
      assertThat(row.score()).isNull();
    });
    Level2Group quality = form.indicators().get(0).children().get(1);
    assertThat(quality.weight()).isNull();
    assertThat(quality.rows().get(0).weight()).isEqualTo(ScoreCell.of("10"));
    // scored alike: 97 as printed, nothing wrong
    var evaluation = Evaluator.of(Profiles.builtIn().get("hubei")).evaluate(r.pkg()).evaluations().get(0);
    assertThat(evaluation.computedTotal()).isEqualByComparingTo("97");
    assertThat(evaluation.findings()).noneMatch(f -> f.severity() == io.github.jixiao.model.result.Severity.ERROR);
  }

  /**
   * A Hainan 评分表 prints each level's 分值 in a column of its own (一级指标 分值 二级指标 分值 三级指标 分值
   * 得分): the level-2 column is each 二级指标's weight, read back as printed, and checked against its
   * rows by the audit.
   */
  @Test
  void aLevelsOwnWeightColumnIsItsGroupsWeight() {
    Layout hainan = Layouts.builtIn().get("hainan-2017").orElseThrow();
    SelfEvaluationForm sample = Examples.load(Examples.SAMPLE_EVALUATION_2020).projectEvaluations().get(0);
    // each 二级指标 prints the sum of its rows' 分值, except 资金管理 (14), printed 15
    List<Level1Group> groups = sample.indicators().stream().map(g -> new Level1Group(g.indicator(), g.label(),
        g.weight(), g.children().stream().map(c -> new Level2Group(c.indicator(), c.label(), c.rows(), null,
            ScoreCell.of(c.label().equals("资金管理") ? "15" : c.rows().stream()
                .map(r -> r.weight().value()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString()),
            null)).toList())).toList();
    SelfEvaluationForm form = new SelfEvaluationForm(sample.label(), "2023年度项目基本信息", null, sample.name(),
        sample.supervisingDepartment(), sample.implementingUnit(), sample.unit(), false, null, sample.funds(), List.of(),
        groups, sample.totalWeight(), sample.reportedTotal(), null, List.of(), List.of(), "evaluation-2020", null, null);

    DocumentReader.Read r = PrintReadTest.printAndRead(form, hainan);
    assertThat(r.problems()).isEmpty();
    SelfEvaluationForm back = r.pkg().projectEvaluations().get(0);
    assertThat(back.indicators()).extracting(Level1Group::weight).extracting(w -> w.stripTrailingZeros().toPlainString())
        .containsExactly("15", "20", "35", "30");
    assertThat(back.indicators().stream().flatMap(g -> g.children().stream()).map(c -> c.label() + " " + c.weight()))
        .containsExactly("项目立项 6", "绩效目标 6", "资金投入 3", "资金管理 15", "组织实施 6", "产出数量 10", "产出质量 10",
            "产出时效 8", "产出成本 7", "项目效益 20", "满意度 10");
    assertThat(back.rows()).allSatisfy(row -> assertThat(row.weight()).isNotNull());
    assertThat(back).isEqualTo(PrintedForms.expected(form, hainan));
    var found = Evaluator.of(Profiles.builtIn().get("national-2020")).evaluate(
        new EvaluationPackage("1", 2023, "某县文化旅游广电体育局", "national-2020", List.of(), null, null, List.of(back),
            null, List.of())).evaluations().get(0).findings();
    assertThat(found).filteredOn(f -> f.location().pointer().endsWith("/indicators/1/children/0/weight"))
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(io.github.jixiao.model.result.FindingCode.GROUP_SUM_MISMATCH);
          // the group's printed 15 against its rows' 3 + 6 + 5 … = 14
          assertThat(f.expected()).hasToString("15");
          assertThat(f.found()).hasToString("14");
        });
  }
}

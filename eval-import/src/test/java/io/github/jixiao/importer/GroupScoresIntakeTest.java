package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
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
}

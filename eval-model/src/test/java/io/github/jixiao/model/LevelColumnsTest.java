package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which level columns a form's table prints, from its data alone (issue 21). */
class LevelColumnsTest {
  private static IndicatorRow row(String name, Integer weight, Integer score) {
    return new IndicatorRow(name, null, null, null, null, null, weight == null ? null : ScoreCell.of(BigDecimal.valueOf(weight)),
        null, score == null ? null : ScoreCell.of(BigDecimal.valueOf(score)), null, null, false);
  }

  private static SelfEvaluationForm form(Level1Group... groups) {
    return new SelfEvaluationForm("1", null, null, "某项目", null, null, new FundsBlock(List.of(), List.of(), List.of()),
        List.of(), List.of(groups), null, null, List.of(), List.of());
  }

  private static ScoreCell points(int n) {
    return ScoreCell.of(BigDecimal.valueOf(n));
  }

  @Test
  void aWeightPrintedInTheLabelNeedsNoColumn() {
    assertThat(LevelColumns.printsWeight("产出指标（50分）", BigDecimal.valueOf(50))).isTrue();
    assertThat(LevelColumns.printsWeight("产出指标 50.0 分", BigDecimal.valueOf(50))).isTrue();
    assertThat(LevelColumns.printsWeight("产出指标（50分）", BigDecimal.valueOf(30))).isFalse();
    assertThat(LevelColumns.printsWeight("项目决策", BigDecimal.valueOf(20))).isFalse();
    assertThat(LevelColumns.printsWeight(null, BigDecimal.ONE)).isFalse();
    Level2Group g = new Level2Group(null, "数量指标", List.of(row("培训人次", 10, 10)));
    assertThat(form(new Level1Group(Level1Indicator.OUTPUT, "产出指标（50分）", BigDecimal.valueOf(50), List.of(g)))
        .levelColumns()).isEqualTo(LevelColumns.NONE);
    assertThat(form(new Level1Group(null, "项目决策", BigDecimal.valueOf(20), List.of(g))).levelColumns())
        .isEqualTo(new LevelColumns(true, false, false, false));
  }

  @Test
  void aGroupScoredAsAWholePrintsBesideItsRowsUnlessTheTableHasLevelTwoColumns() {
    Level2Group whole = new Level2Group(null, "数量指标", List.of(row("培训人次", null, null)), null, points(15), points(14));
    SelfEvaluationForm hubei = form(new Level1Group(null, "产出指标（40分）", BigDecimal.valueOf(40), List.of(whole)));
    assertThat(hubei.levelColumns()).isEqualTo(LevelColumns.NONE);
    assertThat(hubei.levelColumns().weightBesideRows(whole)).isTrue();
    assertThat(hubei.levelColumns().scoreBesideRows(whole)).isTrue();

    Level2Group weighed = new Level2Group(null, "项目目标", List.of(row("目标内容", 2, 2)), null, points(4), null);
    SelfEvaluationForm mixed = form(new Level1Group(null, "产出指标（40分）", BigDecimal.valueOf(40), List.of(whole, weighed)));
    LevelColumns c = mixed.levelColumns();
    assertThat(c).isEqualTo(new LevelColumns(false, false, true, false));
    assertThat(c.weightBesideRows(whole)).isFalse();
    assertThat(c.scoreBesideRows(whole)).isTrue();
  }

  @Test
  void aLevelOneScoreAndAnEmptyLevelTwoWithAWeightGetColumns() {
    Level2Group empty = new Level2Group(null, "项目目标", List.of(), null, points(4), null);
    Level1Group scored = new Level1Group(null, "项目决策", null, List.of(empty), null, points(18));
    assertThat(form(scored).levelColumns()).isEqualTo(new LevelColumns(false, true, true, false));
    assertThat(form(scored).levelColumns().any()).isTrue();
  }

  @Test
  void aFlatListHasNoLevelColumns() {
    Level2Group only = new Level2Group(null, null, List.of(row("培训人次", 10, 10)));
    assertThat(form(new Level1Group(null, null, null, List.of(only))).levelColumns()).isEqualTo(LevelColumns.NONE);
  }

  @Test
  void aLevelTwoWeightItsLabelPrintsNeedsNoColumn() {
    Level2Group printed = new Level2Group(null, "A1项目立项5分", List.of(row("A101立项依据充分性", 2, 2)), null, points(5), null);
    assertThat(form(new Level1Group(null, "A决策15分", BigDecimal.valueOf(15), List.of(printed))).levelColumns())
        .isEqualTo(LevelColumns.NONE);
    Level2Group unprinted = new Level2Group(null, "项目立项", List.of(row("立项依据充分性", 2, 2)), null, points(5), null);
    assertThat(form(new Level1Group(null, "A决策15分", BigDecimal.valueOf(15), List.of(unprinted))).levelColumns())
        .isEqualTo(new LevelColumns(false, false, true, false));
  }
}

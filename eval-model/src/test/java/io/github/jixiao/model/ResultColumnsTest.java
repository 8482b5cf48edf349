package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of 年度指标值, 实际完成值 and 偏差原因 a form's table prints, from its data alone (issue 21). */
class ResultColumnsTest {
  private static IndicatorRow row(String target, String actual, String criteria, String explanation, String reason) {
    return new IndicatorRow("预算完成率", null, null, target, null, actual, null, null, null, null, criteria, explanation,
        reason, false);
  }

  private static SelfEvaluationForm form(IndicatorRow... rows) {
    Level1Group g = new Level1Group(null, "过程", null, List.of(new Level2Group(null, "预算执行", List.of(rows))));
    return new SelfEvaluationForm("1", null, null, "某部门", null, null, new FundsBlock(List.of(), List.of(), List.of()),
        List.of(), List.of(g), null, null, List.of(), List.of());
  }

  @Test
  void aSelfEvaluationFormPrintsAllThreeEvenBlank() {
    assertThat(form(row(null, null, null, null, null)).resultColumns()).isEqualTo(ResultColumns.ALL);
    assertThat(form(row("≥95%", "98%", null, null, null)).resultColumns()).isEqualTo(ResultColumns.ALL);
    assertThat(form().resultColumns()).isEqualTo(ResultColumns.ALL);
    assertThat(ResultColumns.ALL.count()).isEqualTo(3);
  }

  @Test
  void aScoringSheetPrintsOnlyTheResultColumnsSomeRowFills() {
    ResultColumns none = form(row(null, null, "100%计满分", null, null), row(null, null, null, "预算完成率=…", null))
        .resultColumns();
    assertThat(none).isEqualTo(new ResultColumns(false, false, false));
    assertThat(none.count()).isZero();
    assertThat(form(row(null, "98%", "100%计满分", null, null), row(null, null, null, null, "资金未拨付")).resultColumns())
        .isEqualTo(new ResultColumns(false, true, true));
  }

  private static SelfEvaluationForm weighedGroups(IndicatorRow... rows) {
    Level2Group sub = new Level2Group(null, "资金到位", List.of(rows), null, ScoreCell.of("5"), null);
    Level1Group g = new Level1Group(null, "项目管理", null, List.of(sub));
    return new SelfEvaluationForm("1", null, null, "某项目", null, null, new FundsBlock(List.of(), List.of(), List.of()),
        List.of(), List.of(g), null, null, List.of(), List.of());
  }

  @Test
  void aTableWithLevel2WeightsAndNoResultValuesIsAScoringSheet() {
    // the Hainan 项目决策/项目管理/项目绩效 table: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分
    SelfEvaluationForm hainan = weighedGroups(row(null, null, null, null, null));
    assertThat(hainan.isScoringSheet()).isTrue();
    assertThat(hainan.resultColumns()).isEqualTo(new ResultColumns(false, false, false));
    assertThat(weighedGroups().isScoringSheet()).as("cut before its first row").isTrue();
    // a group-scored self-evaluation form (Hubei): level-2 weights, and its rows give targets
    assertThat(weighedGroups(row("≥95%", null, null, null, null)).isScoringSheet()).isFalse();
    assertThat(weighedGroups(row(null, null, null, null, "未完成")).isScoringSheet()).isFalse();
    // no level-2 weight: a self-evaluation form whose rows are still blank
    assertThat(form(row(null, null, null, null, null)).isScoringSheet()).isFalse();
  }

  @Test
  void aScoringSheetWithoutFundsOrGoalsPrintsNeitherBlockAndEveryOtherFormPrintsBoth() {
    SelfEvaluationForm sheet = form(row(null, null, "100%计满分", null, null));
    assertThat(sheet.isScoringSheet()).isTrue();
    assertThat(sheet.printsFunds()).isFalse();
    assertThat(sheet.printsGoals()).isFalse();
    SelfEvaluationForm usual = form(row(null, null, null, null, null));
    assertThat(usual.isScoringSheet()).isFalse();
    assertThat(usual.printsFunds()).isTrue();
    assertThat(usual.printsGoals()).isTrue();
  }
}

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

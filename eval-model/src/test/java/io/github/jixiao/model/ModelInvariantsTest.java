package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

  private static IndicatorRow row(String name, String weight, String score) {
    return new IndicatorRow(name, "100%", "98%", ScoreCell.of(weight), ScoreCell.of(score), null);
  }

  @Test
  void listsAreCopiedDefensively() {
    List<IndicatorRow> rows = new ArrayList<>(List.of(row("群众满意度", "10", "9")));
    Level2Group group = new Level2Group(Level2Indicator.SERVICE_SATISFACTION, "服务对象满意度指标", rows);
    rows.clear();
    assertThat(group.rows()).hasSize(1);
    assertThatThrownBy(() -> group.rows().add(row("x", "1", "1"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void absentListsBecomeEmptyLists() {
    Level2Group group = new Level2Group(null, null, null);
    assertThat(group.rows()).isEmpty();
  }

  @Test
  void aScoreAboveItsWeightIsRepresentableBecauseFindingItIsTheAuditsJob() {
    IndicatorRow r = row("生态效益指标", "9.5", "10");
    assertThat(r.score().value()).isGreaterThan(r.weight().value());
  }

  @Test
  void projectIdsAreLowercaseSlugs() {
    assertThat(new Project("shigongtu-shencha", "施工图审查").id()).isEqualTo("shigongtu-shencha");
    assertThatThrownBy(() -> new Project("Shigongtu Shencha", "施工图审查"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Shigongtu Shencha");
  }

  @Test
  void blankRowIsRecognised() {
    assertThat(new IndicatorRow(null, null, null, null, null, null).isBlank()).isTrue();
    assertThat(row("a", "1", "1").isBlank()).isFalse();
  }

  @Test
  void formStreamsEveryLevel3RowInPrintedOrder() {
    Level1Group output = new Level1Group(Level1Indicator.OUTPUT, "产出指标（30分）", new BigDecimal("30"), List.of(
        new Level2Group(Level2Indicator.QUANTITY, "数量指标", List.of(row("a", "5", "5"), row("b", "5", "5"))),
        new Level2Group(Level2Indicator.QUALITY, "质量指标", List.of(row("c", "10", "10")))));
    SelfEvaluationForm form = new SelfEvaluationForm("3-1", null, null, "帮代办工作经费", null, null,
        new FundsBlock(List.of(), List.of(), List.of()), List.of(), List.of(output), ScoreCell.of("100"), null,
        List.of(), List.of());
    assertThat(form.rows().map(IndicatorRow::name)).containsExactly("a", "b", "c");
    assertThat(form.reportedTotal()).isNull();
    assertThat(form.totalFunds()).isEmpty();
  }
}

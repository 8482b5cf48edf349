package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ValueParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which way a row's actual is better, and what the rules then allow (issue 14's real forms). */
class DirectionTest {
  private static final Level1Group OUTPUT = new Level1Group(Level1Indicator.OUTPUT, "产出指标", null, List.of());
  private static final Level2Group QUANTITY = new Level2Group(Level2Indicator.QUANTITY, "数量指标", List.of());

  private static Direction direction(String name, String nature, String target) {
    IndicatorRow row = new IndicatorRow(name, null, nature, target, null, "1", ScoreCell.of(BigDecimal.TEN), null, null, null, null);
    return Direction.of(OUTPUT, QUANTITY, row, (ParsedValue.Quantity) ValueParser.parse(target));
  }

  @Test
  void thePrintedNatureComesFirst() {
    assertThat(direction("受益人数", "反向", "100").kind()).isEqualTo(Direction.Kind.LOWER);
    assertThat(direction("预算调整率", "正向", "3%").kind()).isEqualTo(Direction.Kind.HIGHER);
    assertThat(direction("结余率", "≤", "5%").basisZh()).isEqualTo("指标性质「≤」");
  }

  @Test
  void theTargetsOperatorComesBeforeTheName() {
    assertThat(direction("公用经费控制率", null, "≥95%").kind()).isEqualTo(Direction.Kind.HIGHER);
    assertThat(direction("完成率", null, "≤100%").kind()).isEqualTo(Direction.Kind.LOWER);
  }

  @Test
  void theVocabularyTellsLowerIsBetterIndicators() {
    for (String name : List.of("预算调整率", "公用经费控制率", "结转结余率", "群众投诉次数", "安全事故发生率", "超支金额")) {
      assertThat(direction(name, null, "3").kind()).as(name).isEqualTo(Direction.Kind.LOWER);
    }
    assertThat(direction("预算调整率", null, "3%").basisZh()).isEqualTo("指标名称含「调整率」");
  }

  @Test
  void countsAndPlainPercentagesAreHigherAndAnythingElseIsUnknown() {
    assertThat(direction("改造户数", null, "55万平方米").kind()).isEqualTo(Direction.Kind.HIGHER);
    assertThat(direction("某项工作", null, "95%").kind()).isEqualTo(Direction.Kind.HIGHER);
    assertThat(direction("某项工作", null, "30万元").kind()).isEqualTo(Direction.Kind.UNKNOWN);
  }

  @Test
  void anAdjustmentRateOfZeroAgainstThreeIsFullMarksNotAShortfall() {
    FormEvaluation e = evaluate(new IndicatorRow("预算调整率", null, null, "3%", null, "0", ScoreCell.of(BigDecimal.TEN), null,
        ScoreCell.of(BigDecimal.TEN), null, null));
    IndicatorScore s = e.indicators().get(0);
    assertThat(s.method()).isEqualTo(ScoringMethod.LOWER_IS_BETTER);
    assertThat(s.computed()).isEqualByComparingTo("10");
    assertThat(e.findings()).noneMatch(f -> f.code().name().equals("SCORE_NOT_PER_RULE"));
  }

  @Test
  void anUnknownDirectionAllowsBothReadingsAndWarnsAtMost() {
    FormEvaluation e = evaluate(new IndicatorRow("某项工作", null, null, "30万元", null, "40万元", ScoreCell.of(BigDecimal.TEN), null,
        ScoreCell.of(BigDecimal.ZERO), null, "无"));
    IndicatorScore s = e.indicators().get(0);
    assertThat(s.allowed().min()).isEqualByComparingTo("7.50");
    assertThat(s.allowed().max()).isEqualByComparingTo("10");
    assertThat(e.findings()).filteredOn(f -> f.code().name().equals("SCORE_NOT_PER_RULE"))
        .allMatch(f -> f.severity() != io.github.jixiao.model.result.Severity.ERROR).isNotEmpty();
  }

  private static FormEvaluation evaluate(IndicatorRow row) {
    var form = new io.github.jixiao.model.SelfEvaluationForm("3-1", null, null, "测试项目", null, null,
        new io.github.jixiao.model.FundsBlock(List.of(), List.of(), List.of()), List.of(),
        List.of(new Level1Group(Level1Indicator.OUTPUT, "产出指标", null,
            List.of(new Level2Group(Level2Indicator.QUANTITY, "数量指标", List.of(row))))),
        ScoreCell.of(new BigDecimal("100")), null, List.of(), List.of());
    return Evaluator.of(io.github.jixiao.scoring.profile.Profiles.builtIn().get("national-2020"))
        .evaluate(form, "/projectEvaluations/0");
  }
}

package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorFramework;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.property.FrameworkVariants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forms of other indicator frameworks and forms scored per group (issue 21), on the two constructed
 * specimens and their one-fault variants ({@link FrameworkVariants}): every finding pinned as "code
 * severity pointer expected found".
 */
class FrameworkSamplesTest {
  private static final Map<String, FrameworkVariants.Case> CASES = FrameworkVariants.all();

  private static FormEvaluation evaluate(String name) {
    FrameworkVariants.Case c = CASES.get(name);
    return c.evaluator().evaluate(c.pkg()).evaluations().get(0);
  }

  private static List<String> findings(String name) {
    return evaluate(name).findings().stream().map(FrameworkSamplesTest::line).toList();
  }

  private static List<String> findings(FrameworkVariants.Case c) {
    return c.evaluator().evaluate(c.pkg()).evaluations().get(0).findings().stream().map(FrameworkSamplesTest::line)
        .toList();
  }

  private static String line(Finding f) {
    return f.code() + " " + f.severity() + " " + f.location().pointer() + " " + f.expected() + " " + f.found();
  }

  private static final String F = "/projectEvaluations/0";

  @Test
  void theEvaluationFrameworkScoresExecutionAsAnIndicatorRowAndAddsNoFundsWeight() {
    FormEvaluation e = evaluate(Examples.SAMPLE_EVALUATION_2020);
    // 决策 14 + 过程 19.76 + 产出 35 + 效益 30; the funds block prints no 分值: execution is the row's 6 points
    assertThat(e.computedTotal()).isEqualByComparingTo("98.76");
    assertThat(e.executionScore()).isEqualByComparingTo("5.76");
    assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
    IndicatorScore execution = e.indicators().stream()
        .filter(s -> s.pointer().equals(F + "/indicators/1/children/0/rows/1")).findFirst().orElseThrow();
    assertThat(execution.method()).isEqualTo(ScoringMethod.QUANTITATIVE);
    assertThat(execution.computed()).isEqualByComparingTo("5.76"); // 6 × 48 ÷ 50
    assertThat(e.groups()).extracting(g -> g.label() + " " + g.weight().stripTrailingZeros().toPlainString())
        .containsExactly("决策（15分） 15", "过程（20分） 20", "产出（35分） 35", "效益（30分） 30");
    assertThat(findings(Examples.SAMPLE_EVALUATION_2020)).containsExactly(
        "VALUE_NEEDS_REVIEW INFO " + F + "/indicators/0/children/1/rows/1 null 2",
        "DEVIATION_REASON_MISSING WARNING " + F + "/indicators/0/children/1/rows/1/deviationReason null null");
  }

  @Test
  void aGroupScoredFormTakesItsWeightsFromTheGroupsAndTheBandAndInventsNoRowWeights() {
    FormEvaluation e = evaluate(Examples.SAMPLE_GROUP_SCORED);
    // execution 20 × 95 % = 19, then 15 + 10 + 5 + 10 + 18 (a person's call: a row missed) + 10 + 10
    assertThat(e.computedTotal()).isEqualByComparingTo("97");
    assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(e.indicators()).filteredOn(s -> s.pointer().contains("/rows/"))
        .allSatisfy(s -> assertThat(s.computed()).as("rows of a group scored as a whole carry no points").isNull());
    assertThat(e.indicators()).filteredOn(s -> s.pointer().endsWith("/indicators/1/children/0")).singleElement()
        .satisfies(s -> {
          assertThat(s.method()).isEqualTo(ScoringMethod.MANUAL_REVIEW);
          assertThat(s.allowed().max()).isEqualByComparingTo("20");
          assertThat(s.computed()).isEqualByComparingTo("18");
        });
    assertThat(findings(Examples.SAMPLE_GROUP_SCORED)).containsExactly(
        "VALUE_NEEDS_REVIEW INFO " + F + "/indicators/1/children/0/score null 18");
  }

  @Test
  void eachFaultOfAGroupOrFrameworkIsFoundWhereItIs() {
    String ev = Examples.SAMPLE_EVALUATION_2020;
    String gs = Examples.SAMPLE_GROUP_SCORED;
    String review = "VALUE_NEEDS_REVIEW INFO " + F + "/indicators/0/children/1/rows/1 null 2";
    String reason = "DEVIATION_REASON_MISSING WARNING " + F + "/indicators/0/children/1/rows/1/deviationReason null null";
    String groupReview = "VALUE_NEEDS_REVIEW INFO " + F + "/indicators/1/children/0/score null 18";
    assertThat(findings(ev + " execution row above its weight")).containsExactly(review, reason,
        "SCORE_EXCEEDS_WEIGHT ERROR " + F + "/indicators/1/children/0/rows/1/score 6 7",
        "TOTAL_MISMATCH ERROR " + F + "/reportedTotal 100 98.76");
    assertThat(findings(ev + " execution row miscomputed")).containsExactly(review, reason,
        "EXECUTION_SCORE_MISMATCH ERROR " + F + "/indicators/1/children/0/rows/1/score 5.76 6",
        "TOTAL_MISMATCH ERROR " + F + "/reportedTotal 99 98.76");
    assertThat(findings(ev + " unknown framework")).containsExactly(
        "FRAMEWORK_NOT_SCORED WARNING " + F + "/framework null evaluation-2099", review, reason);
    assertThat(findings(ev + " profile without the framework")).containsExactly(
        "FRAMEWORK_NOT_SCORED WARNING " + F + "/framework null evaluation-2020", review, reason);
    assertThat(findings(gs + " group above its weight")).containsExactly(
        "SCORE_EXCEEDS_WEIGHT ERROR " + F + "/indicators/0/children/0/score 15 16", groupReview);
    assertThat(findings(gs + " rows not their group")).containsExactly(
        "GROUP_SUM_MISMATCH ERROR " + F + "/indicators/0/children/0/weight 15 16",
        "GROUP_SUM_MISMATCH ERROR " + F + "/indicators/0/children/0/score 15 16", groupReview);
    assertThat(findings(gs + " level-1 score not its groups")).containsExactly(groupReview,
        "GROUP_SUM_MISMATCH ERROR " + F + "/indicators/1/score 30 28",
        "TOTAL_MISMATCH ERROR " + F + "/reportedTotal 99 97");
    assertThat(findings(gs + " band not its groups")).containsExactly(groupReview,
        "GROUP_SUM_MISMATCH ERROR " + F + "/indicatorsWeight 85 80");
    assertThat(findings(gs + " full group scored below its weight")).containsExactly(
        "SCORE_NOT_PER_RULE WARNING " + F + "/indicators/0/children/1/score 10.00 9", groupReview);
  }

  @Test
  void anExecutionRowsRateIsCheckedAsTheFundsBlocksIs() {
    String row = F + "/indicators/1/children/0/rows/1";
    String review = "VALUE_NEEDS_REVIEW INFO " + F + "/indicators/0/children/1/rows/1 null 2";
    String reason = "DEVIATION_REASON_MISSING WARNING " + F + "/indicators/0/children/1/rows/1/deviationReason null null";
    // 48 ÷ 50 = 96 %: printed 95 % is wrong; 0.96 is the same rate as a fraction; text is no rate
    List<String> wrong = findings(FrameworkVariants.edited(Examples.SAMPLE_EVALUATION_2020, row, "actual", "95%"));
    assertThat(wrong).containsExactly(review, reason,
        "EXECUTION_RATE_MISMATCH ERROR " + row + "/actual 96% 95%");
    assertThat(findings(FrameworkVariants.edited(Examples.SAMPLE_EVALUATION_2020, row, "actual", "0.96")))
        .containsExactly(review, reason);
    assertThat(findings(FrameworkVariants.edited(Examples.SAMPLE_EVALUATION_2020, row, "actual", "基本按进度")))
        .containsExactly(review, reason, "VALUE_NEEDS_REVIEW INFO " + row + "/actual null 基本按进度");
    // the rate is computed to the printed precision, as for the funds block (not from a rounded rate)
    FrameworkVariants.Case finer = FrameworkVariants.edited(Examples.SAMPLE_EVALUATION_2020, row, "actual", "97.1%");
    assertThat(findings(finer)).contains("EXECUTION_RATE_MISMATCH ERROR " + row + "/actual 96.0% 97.1%");
  }

  @Test
  void aGroupScoredAsAWholeWithNoRowsIsAPersonsCallNotFullMarks() {
    FrameworkVariants.Case c = FrameworkVariants.edited(Examples.SAMPLE_GROUP_SCORED, F + "/indicators/0/children/1",
        "rows", null);
    FormEvaluation e = c.evaluator().evaluate(c.pkg()).evaluations().get(0);
    IndicatorScore group = e.indicators().stream().filter(s -> s.pointer().equals(F + "/indicators/0/children/1"))
        .findFirst().orElseThrow();
    assertThat(group.method()).isEqualTo(ScoringMethod.MANUAL_REVIEW);
    assertThat(group.computed()).isEqualByComparingTo("10"); // the printed 10, within 0–10
  }

  @Test
  void theRealHenanScoreTableOfTheEvaluationFrameworkScoresAsPrintedWithNoFalseFinding() {
    FormEvaluation e = evaluate(FrameworkVariants.HENAN);
    // 10.40 + 11.47 + 19.88 + 23.25: the table's 65.00 and the report's grade 中
    assertThat(e.computedTotal()).isEqualByComparingTo("65.00");
    assertThat(e.grade()).isEqualTo(Grade.FAIR);
    assertThat(e.groups()).extracting(g -> g.label() + " " + g.weight().stripTrailingZeros().toPlainString() + " "
        + g.computed().toPlainString())
        .containsExactly("A决策15分 15 10.40", "B过程25分 25 11.47", "C产出25分 25 19.88", "D效益35分 35 23.25");
    // B201 预算执行率 is the framework's execution row: no rate in the table, its printed 3.34 stands for a person
    IndicatorScore execution = e.indicators().stream()
        .filter(s -> s.pointer().equals(F + "/indicators/1/children/1/rows/0")).findFirst().orElseThrow();
    assertThat(execution.method()).isEqualTo(ScoringMethod.MANUAL_REVIEW);
    assertThat(execution.computed()).isEqualByComparingTo("3.34");
    List<String> lines = findings(FrameworkVariants.HENAN);
    assertThat(lines).hasSize(28).allMatch(l -> l.startsWith("VALUE_NEEDS_REVIEW INFO "))
        .contains("VALUE_NEEDS_REVIEW INFO " + F + "/indicators/1/children/1/rows/0/actual null null");
    assertThat(evaluate(FrameworkVariants.HENAN).findings()).filteredOn(f -> f.location().pointer().endsWith("/actual"))
        .extracting(f -> f.messageZh()).containsExactly("无法计算预算执行率（表中无全年预算数、全年执行数或执行率），该行得分按填报值保留，需人工复核");
  }

  @Test
  void aLabelsOutlineCodeIsNotPartOfTheNameTheFrameworkMatches() {
    IndicatorFramework evaluation = Frameworks.builtIn().byId("evaluation-2020").orElseThrow();
    assertThat(evaluation.level1Type("A决策15分")).map(IndicatorFramework.Type::type).hasValue("decision");
    assertThat(evaluation.level1Type("一、决策")).map(IndicatorFramework.Type::type).hasValue("decision");
    assertThat(evaluation.level1Type("（二）过程")).map(IndicatorFramework.Type::type).hasValue("process");
    assertThat(evaluation.level2Type("process", "B2资金管理12分")).map(IndicatorFramework.Type::type)
        .hasValue("funds-management");
    assertThat(evaluation.level2Type(null, "1.1项目立项")).map(IndicatorFramework.Type::type).hasValue("project-approval");
    assertThat(evaluation.isExecution("B201预算执行率")).isTrue();
    // a code needs a name after it; a number that is the name's own stays
    assertThat(IndicatorFramework.bare("A")).isEqualTo("A");
    assertThat(IndicatorFramework.bare("2023年度预算执行率")).isEqualTo("2023年度预算执行率");
  }

  @Test
  void theBuiltInFrameworksNameTheirGroupsAsFormsPrintThem() {
    Frameworks frameworks = Frameworks.builtIn();
    IndicatorFramework evaluation = frameworks.byId("evaluation-2020").orElseThrow();
    assertThat(evaluation.level1Type("决策（15分）")).map(IndicatorFramework.Type::type).hasValue("decision");
    assertThat(evaluation.level1Type("项目决策")).map(IndicatorFramework.Type::type).hasValue("decision");
    assertThat(evaluation.level1Type("过 程 指 标（20分）")).map(IndicatorFramework.Type::type).hasValue("process");
    assertThat(evaluation.level2Type("process", "资金管理（10分）")).map(IndicatorFramework.Type::type)
        .hasValue("funds-management");
    assertThat(evaluation.isExecution("预算执行率")).isTrue();
    assertThat(evaluation.level1Type("产出指标（50分）")).map(IndicatorFramework.Type::type).hasValue("output");
    assertThat(frameworks.byId("self-2021").orElseThrow().level1Type("成本指标（20分）"))
        .map(IndicatorFramework.Type::type).hasValue("cost");
    assertThat(frameworks.byId("evaluation-2011").orElseThrow().level2Type(null, "项目目标"))
        .map(IndicatorFramework.Type::type).hasValue("project-goals");
    assertThat(frameworks.all()).extracting(IndicatorFramework::id)
        .containsExactly("self-2020", "self-2021", "evaluation-2020", "evaluation-2011");
  }

  @Test
  void onlyTheSelfEvaluationTreesScoreTheFundsBlock() {
    Frameworks frameworks = Frameworks.builtIn();
    assertThat(frameworks.all()).extracting(f -> f.id() + " " + f.fundsBlockScored())
        .containsExactly("self-2020 true", "self-2021 true", "evaluation-2020 false", "evaluation-2011 false");
  }

  private static final String HAINAN = "hainan-2022-shengshangwuting-fuwumaoyi";

  @Test
  void aCompleteProjectDecisionTableCountsNoFundsWeightItNeverPrints() {
    // the Hainan 评分表 as if its text were not cut: 项目决策 20 + 项目管理 25 + 项目绩效 55 = 100, its funds
    // scored inside 项目管理 (资金到位, 资金管理); the funds block prints 计划投资额 figures only
    FrameworkVariants.Case c = FrameworkVariants.edited(HAINAN, F, "partial", null);
    FormEvaluation e = c.evaluator().evaluate(c.pkg()).evaluations().get(0);
    assertThat(findings(c)).noneMatch(l -> l.startsWith("WEIGHTS_NOT_100") || l.startsWith("WEIGHTS_NOT_DEFAULT_100"))
        .noneMatch(l -> l.startsWith("VALUE_NEEDS_REVIEW INFO " + F + "/funds"));
    assertThat(e.executionRate()).isEqualByComparingTo("0.6944912281"); // 395.86 ÷ 570: reported, not scored
    assertThat(e.executionScore()).as("nothing on the table scores execution").isNull();
    // 60 of the visible rows; the 项目效益 group's 40 printed with no row and no score earns nothing, and says so
    assertThat(e.computedTotal()).isEqualByComparingTo("60.00");
    assertThat(findings(c)).contains("VALUE_NEEDS_REVIEW WARNING " + F + "/indicators/2/children/1/score 40 null");
  }

  @Test
  void aPartialTableCreditsNothingToTheGroupItsTextIsCutIn() {
    FormEvaluation e = evaluate(FrameworkVariants.edited(HAINAN, n -> { }));
    // before: 106.94 = a funds score the template never prints (10 × 69.45 %) + the visible 60 + the cut 项目效益's 40
    assertThat(e.computedTotal()).isEqualByComparingTo("60.00");
    assertThat(e.grade()).isEqualTo(Grade.NOT_GRADABLE);
    assertThat(e.indicators()).filteredOn(s -> s.pointer().equals(F + "/indicators/2/children/1")).singleElement()
        .satisfies(s -> {
          assertThat(s.computed()).isNull();
          assertThat(s.method()).isEqualTo(ScoringMethod.NOT_APPLICABLE);
        });
    assertThat(e.findings()).extracting(f -> f.code().name()).doesNotContain("WEIGHTS_NOT_100")
        .containsOnly("VALUE_NEEDS_REVIEW", "PARTIAL_FORM");
  }

  @Test
  void aScoringSheetRowIsReviewedByItsCriteriaNotByTwoEmptyValues() {
    FormEvaluation e = evaluate(FrameworkVariants.HENAN);
    Finding a101 = e.findings().stream().filter(f -> f.location().pointer().equals(F + "/indicators/0/children/0/rows/0"))
        .findFirst().orElseThrow();
    assertThat(a101.code().name()).isEqualTo("VALUE_NEEDS_REVIEW");
    assertThat(a101.messageZh()).isEqualTo("评分表按评分标准计分，无年度指标值和实际完成值可比，得分 2 分需人工复核");
    // a row of the usual table keeps quoting what it could not compare
    assertThat(findingTexts(Examples.SAMPLE_EVALUATION_2020)).anyMatch(t -> t.startsWith("无法自动判断完成情况（年度指标值「"));
  }

  private static List<String> findingTexts(String name) {
    return evaluate(name).findings().stream().map(Finding::messageZh).toList();
  }

  private static FormEvaluation evaluate(FrameworkVariants.Case c) {
    return c.evaluator().evaluate(c.pkg()).evaluations().get(0);
  }

  @Test
  void theBuiltInProfilesScoreEveryBuiltInFramework() {
    for (String id : Profiles.builtIn().ids()) {
      assertThat(Profiles.builtIn().get(id).frameworks().keySet()).as(id)
          .containsExactlyInAnyOrder("self-2020", "self-2021", "evaluation-2020", "evaluation-2011");
    }
    assertThat(Profiles.builtIn().get("national-2020").scores("evaluation-2020")).isTrue();
    assertThat(Profiles.builtIn().get("hubei").frameworks().get("evaluation-2020")).isEmpty();
  }
}

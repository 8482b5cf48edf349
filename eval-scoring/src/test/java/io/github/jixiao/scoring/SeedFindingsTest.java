package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.profile.Profiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the real 2023 package of 汨罗市住房和城乡建设局 under its own profile (hunan-2023):
 * exactly the findings below, each justified by the numbers printed in the source. Any change in
 * what the audit finds on the seed must be a conscious change of this list.
 */
class SeedFindingsTest {
  private static PackageEvaluation result;

  @BeforeAll
  static void evaluate() {
    var pkg = Examples.miluo2023();
    result = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
  }

  /** "form|code|SEVERITY|pointer" for every finding, package-level ones under "-". */
  private static List<String> actual() {
    return result.allFindings()
        .map(f -> (f.location().form() == null ? "-" : f.location().form()) + "|" + f.code() + "|" + f.severity() + "|"
            + f.location().pointer())
        .sorted().toList();
  }

  private static final List<String> EXPECTED_ERRORS = List.of(
      // 附件2: 效益指标 is labelled （30分） but its four rows weigh 10+10+10+10 = 40.
      "2|LEVEL1_WEIGHT_MISMATCH|ERROR|/departmentEvaluation/indicators/1/weight",
      // 附件2: weights 10 (execution) + 30 + 40 + 10 + 20 = 110, not the 100 printed in the 总分 row.
      "2|WEIGHTS_NOT_100|ERROR|/departmentEvaluation/totalWeight",
      // 附件2: scores 10 + 30 + 40 + 9 + 20 = 109, printed 总分 99.
      "2|TOTAL_MISMATCH|ERROR|/departmentEvaluation/reportedTotal",
      // 3-3: 效益指标(30分) holds 经济效益 无 + 社会效益 10 + 生态效益 无 + 可持续影响 10 = 20.
      "3-3|LEVEL1_WEIGHT_MISMATCH|ERROR|/projectEvaluations/2/indicators/1/weight",
      // 3-3: weights 10 + 30 + 20 + 20 + 10 = 90, not 100.
      "3-3|WEIGHTS_NOT_100|ERROR|/projectEvaluations/2/totalWeight",
      // 3-3: scores 10 + 30 + 20 + 20 + 9 = 89, printed 99.
      "3-3|TOTAL_MISMATCH|ERROR|/projectEvaluations/2/reportedTotal",
      // 3-11: 产出指标(30分) rows 10 (数量) + 10 (质量) + 10 + 10 (时效, two rows) = 40.
      "3-11|LEVEL1_WEIGHT_MISMATCH|ERROR|/projectEvaluations/10/indicators/0/weight",
      // 3-11: 生态效益 美化城市环境 weight 9.5, score 10.
      "3-11|SCORE_EXCEEDS_WEIGHT|ERROR|/projectEvaluations/10/indicators/1/children/2/rows/0/score",
      // 3-11: 效益指标(30分) row weights add up to 29 (two of them 9.5), not 30.
      "3-11|LEVEL1_WEIGHT_MISMATCH|ERROR|/projectEvaluations/10/indicators/1/weight",
      // 3-11: weights 10 + 40 + 29 + 20 + 10 = 109, not 100.
      "3-11|WEIGHTS_NOT_100|ERROR|/projectEvaluations/10/totalWeight",
      // 3-11: scores 10 (execution) + 40 + 29 (0 + 10 + 10 + 9) + 10 + 20 = 109, printed 99.
      "3-11|TOTAL_MISMATCH|ERROR|/projectEvaluations/10/reportedTotal",
      // 3-13: 做好公开招投标项目监管 target 16个, actual 15个, full 10 points: the rule gives 10 × 15 ÷ 16 = 9.38.
      "3-13|SCORE_NOT_PER_RULE|ERROR|/projectEvaluations/12/indicators/0/children/0/rows/0/score",
      // 3-13: the 总分 cell is blank (the printed scores add up to 100).
      "3-13|TOTAL_MISSING|ERROR|/projectEvaluations/12/reportedTotal",
      // 3-14: 办理项目竣工验收率 target 60个, actual 27个, weight 1: 1 × 27 ÷ 60 = 0.45, printed 0.5.
      "3-14|SCORE_NOT_PER_RULE|ERROR|/projectEvaluations/13/indicators/0/children/0/rows/5/score",
      // 3-14: 做好公开招标项目监管 target 16个, actual 15个, weight 1: 0.94, printed 1.
      "3-14|SCORE_NOT_PER_RULE|ERROR|/projectEvaluations/13/indicators/0/children/0/rows/8/score",
      // 3-14: 效益指标(30分) rows add up to 40.
      "3-14|LEVEL1_WEIGHT_MISMATCH|ERROR|/projectEvaluations/13/indicators/1/weight",
      // 3-14: 成本指标（20分） rows add up to 10.
      "3-14|LEVEL1_WEIGHT_MISMATCH|ERROR|/projectEvaluations/13/indicators/3/weight",
      // 附件1 prints 质量安全监督管理专项 —/5/5 and 招投标监督管理专项 —/20/20; their forms 3-12 and 3-13 show
      // 20/20/20 and 5/5/5 (their reports too): the two rows' amounts are exchanged. Stated on each 附件1 row
      // (CrossFormSwapTest reads the wording) …
      "1|CROSS_FORM_MISMATCH|ERROR|/basicData/spendingControl/1/children/2/children/1",
      "1|CROSS_FORM_MISMATCH|ERROR|/basicData/spendingControl/1/children/2/children/2",
      // … and on each form cell that differs: 3-12's 全年预算数 and 全年执行数 (本表 20, 附件1 5) …
      "3-12|CROSS_FORM_MISMATCH|ERROR|/projectEvaluations/11/funds/rows/0/annualBudget",
      "3-12|CROSS_FORM_MISMATCH|ERROR|/projectEvaluations/11/funds/rows/0/executed",
      // … and 3-13's (本表 5, 附件1 20).
      "3-13|CROSS_FORM_MISMATCH|ERROR|/projectEvaluations/12/funds/rows/0/annualBudget",
      "3-13|CROSS_FORM_MISMATCH|ERROR|/projectEvaluations/12/funds/rows/0/executed",
      // 附件1: 1、公务用车购置和维护经费 本年预算数 printed 0, its parts 公车购置 0 + 公车运行维护 3.00 = 3.
      "1|BASIC_DATA_INCONSISTENT|ERROR|/basicData/spendingControl/0/children/0/currentYearBudget",
      // 帮代办 report: 预算为45万元, 实际拨付45万元, but 共计支出35万元; form 3-1 全年执行数 45.
      "-|CROSS_FORM_MISMATCH|ERROR|/projectReports/0",
      // 附件5-11: 预算为20万元; form 3-11 全年预算数 5.
      "5-11|CROSS_FORM_MISMATCH|ERROR|/projectReports/10",
      // 工作经费 report: 全年支出334.73万元; form 3-14 全年执行数 334.74.
      "-|CROSS_FORM_MISMATCH|ERROR|/projectReports/13");

  private static final List<String> EXPECTED_WARNINGS = List.of(
      // 满意度 rows: target 100% (附件2: 98%), actual below it, scored 9 where the proportional rule gives more.
      "2|SCORE_NOT_PER_RULE|WARNING|/departmentEvaluation/indicators/2/children/0/rows/0/score", // 10 × 95 ÷ 98 = 9.69
      "3-1|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/0/indicators/3/children/0/rows/0/score", // 98% → 9.80
      "3-2|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/1/indicators/2/children/0/rows/0/score", // 98% → 9.80
      "3-3|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/2/indicators/3/children/0/rows/0/score", // 98% → 9.80
      "3-4|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/3/indicators/3/children/0/rows/0/score", // 99% → 9.90
      "3-5|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/4/indicators/3/children/0/rows/0/score", // 98% → 9.80
      // 3-6: 老旧小区改造完成 actual 97% (a completion rate): 10 × 97% = 9.70, printed 9.
      "3-6|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/5/indicators/0/children/0/rows/0/score",
      "3-6|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/5/indicators/3/children/0/rows/0/score", // 98% → 9.80
      "3-7|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/6/indicators/3/children/0/rows/0/score", // 98% → 9.80
      // 3-8: 公租房建设 target 100套, actual 352套 (352%): the target looks set too low.
      "3-8|OVER_ACHIEVEMENT|WARNING|/projectEvaluations/7/indicators/0/children/0/rows/0",
      // 3-8 and 3-9: 满意度 target >=95%, actual >=95% (met), yet scored 9 of 10.
      "3-8|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/7/indicators/2/children/0/rows/0/score",
      "3-9|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/8/indicators/2/children/0/rows/0/score",
      // 3-10: 白蚁免费防治 target 55万平方米, actual 92.96万平方米 (169%).
      "3-10|OVER_ACHIEVEMENT|WARNING|/projectEvaluations/9/indicators/0/children/0/rows/0",
      // 3-11: 可持续影响 档案设备更新 weight 9.5, target met, scored 9 with no 偏差原因.
      "3-11|SCORE_NOT_PER_RULE|WARNING|/projectEvaluations/10/indicators/1/children/3/rows/0/score",
      "3-11|DEVIATION_REASON_MISSING|WARNING|/projectEvaluations/10/indicators/1/children/3/rows/0/deviationReason",
      // 3-13 and 3-14: 16个 targets met with 15个 and no 偏差原因.
      "3-13|DEVIATION_REASON_MISSING|WARNING|/projectEvaluations/12/indicators/0/children/0/rows/0/deviationReason",
      "3-14|DEVIATION_REASON_MISSING|WARNING|/projectEvaluations/13/indicators/0/children/0/rows/8/deviationReason");

  private static final List<String> EXPECTED_INFOS = List.of(
      // Values the parser cannot read: numbered lists of several targets (附件2), prose, mixed statements.
      "2|VALUE_NEEDS_REVIEW|INFO|/departmentEvaluation/indicators/0/children/0/rows/0",
      "2|VALUE_NEEDS_REVIEW|INFO|/departmentEvaluation/indicators/0/children/1/rows/0",
      "3-5|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/4/indicators/0/children/0/rows/0", // 施工图均审查完成，涉及95家审查机构
      "3-6|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/5/indicators/0/children/2/rows/0", // 1个项目未能按时完成
      "3-9|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/8/indicators/0/children/0/rows/0", // 不漏一户 vs 3761栋
      // 3-12, 3-13: 社会成本 / 生态环境成本 rows weigh 5 each but print 无 as target and actual.
      "3-12|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/11/indicators/3/children/1/rows/0",
      "3-12|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/11/indicators/3/children/2/rows/0",
      "3-13|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/12/indicators/3/children/1/rows/0",
      "3-13|VALUE_NEEDS_REVIEW|INFO|/projectEvaluations/12/indicators/3/children/2/rows/0",
      // Names that differ between the 附件1 registry and the forms (matched by project id).
      "3-3|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/2/name", // 下岗职工困难补助 / …专项
      "3-5|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/4/name", // 施工图审查 / 施工审查图
      "3-7|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/6/name", // 城市黑臭水体验测费 / 检测费
      "3-8|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/7/name", // 保障房建设项目 / 2023年…
      "3-9|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/8/name", // 危房鉴定经费 / 2023年…
      "3-11|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/10/name", // 城建档案数字化… / 汨罗市城建档案馆电子化…
      "3-12|CROSS_FORM_MISMATCH|INFO|/projectEvaluations/11/name"); // 质量安全监督管理专项 / 质量安全监督管专项

  @Test
  void theAuditFindsExactlyTheErrorsOfTheSourceAndNothingElse() {
    List<String> found = actual();
    assertThat(found.stream().filter(s -> s.contains("|ERROR|")))
        .containsExactlyInAnyOrderElementsOf(EXPECTED_ERRORS);
  }

  @Test
  void warningsAreThePointsThatNeedJudgement() {
    assertThat(actual().stream().filter(s -> s.contains("|WARNING|")))
        .containsExactlyInAnyOrderElementsOf(EXPECTED_WARNINGS);
  }

  @Test
  void infosAreTheValuesNobodyCouldCheckAutomaticallyAndTheDifferingNames() {
    assertThat(actual().stream().filter(s -> s.contains("|INFO|")))
        .containsExactlyInAnyOrderElementsOf(EXPECTED_INFOS);
  }

  @Test
  void formsWhoseArithmeticIsRightHaveNoError() {
    Map<String, Long> errors = result.evaluations().stream().collect(Collectors.toMap(FormEvaluation::form,
        e -> e.count(Severity.ERROR)));
    for (String clean : List.of("3-1", "3-2", "3-4", "3-5", "3-6", "3-7", "3-8", "3-9", "3-10", "3-12")) {
      assertThat(errors.get(clean)).as("errors on form %s", clean).isZero();
    }
  }

  @Test
  void computedTotalsAreTheExecutionScorePlusTheRuleScores() {
    Map<String, String> totals = result.evaluations().stream().collect(Collectors.toMap(FormEvaluation::form,
        e -> e.computedTotal().toPlainString()));
    // 3-1: 10 + 30 + 30 + 20 + 9.80 (satisfaction 98% of 100%) = 99.80
    assertThat(totals.get("3-1")).isEqualTo("99.80");
    // 3-6: 10 + (9.70 + 10 + 9 kept, time row needs review) + 30 + 20 + 9.80 = 98.50
    assertThat(totals.get("3-6")).isEqualTo("98.50");
    // 3-13: the printed scores add up to 100; the rule gives 9.38 for 15 of 16 tenders: 99.38
    assertThat(totals.get("3-13")).isEqualTo("99.38");
    // 3-14: 99.5 printed; the rule gives 0.45 (not 0.5) and 0.94 (not 1): 99.39
    assertThat(totals.get("3-14")).isEqualTo("99.39");
    assertThat(result.evaluations()).allSatisfy(e ->
        assertThat(e.executionScore()).isEqualByComparingTo(BigDecimal.TEN));
  }

  @Test
  void messagesNameTheNumbersInBothLanguages() {
    Finding bangdaiban = result.findings().stream()
        .filter(f -> f.location().pointer().equals("/projectReports/0")).findFirst().orElseThrow();
    assertThat(bangdaiban.messageZh()).contains("共计支出35万元").contains("45");
    assertThat(bangdaiban.messageEn()).contains("35").contains("45");
    assertThat(bangdaiban.expected()).isEqualTo("45");
    assertThat(bangdaiban.found()).isEqualTo("35");
  }

  @Test
  void evaluatingTwiceGivesEqualResults() {
    var pkg = Examples.miluo2023();
    var evaluator = Evaluator.of(Profiles.builtIn().get("hunan-2023"));
    assertThat(evaluator.evaluate(pkg)).isEqualTo(evaluator.evaluate(pkg)).isEqualTo(result);
  }
}

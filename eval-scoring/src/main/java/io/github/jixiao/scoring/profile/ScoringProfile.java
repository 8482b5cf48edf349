package io.github.jixiao.scoring.profile;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.result.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则 — the scoring rules of one province and year, as data. Built-in profiles are listed by
 * {@link Profiles}; users load their own from JSON and may extend a built-in one.
 *
 * @param id the profile's id ("hunan-2023")
 * @param name a human name
 * @param sources the documents the profile follows, with how sure we are ([official], [local], [practice])
 * @param choices the parts that are our choice where no rule was found ([open])
 * @param costPlacement whether 成本指标 is a level-1 indicator or a level-2 under 产出
 * @param executionWeight the weight of budget execution (预算执行率), e.g. 10
 * @param executionFormula how the execution score is computed
 * @param stepPoints for {@link ExecutionFormula#STEPWISE}: points deducted per step
 * @param stepPercent for {@link ExecutionFormula#STEPWISE}: the size of a step in percentage points
 * @param level1Weights fixed level-1 weights; empty when the indicator weight is shared freely
 * @param lowerIsBetter how a "lower is better" indicator that was missed is scored
 * @param achievedMin qualitative band: the lowest fraction of the weight for "achieved" (0.8)
 * @param partlyMin qualitative band: the lowest fraction of the weight for "partly achieved" (0.6 or 0.5)
 * @param overAchievementThreshold actual ÷ target at or above which a target counts as set too low (1.3)
 * @param overAchievementDeducts whether over-achievement lowers the allowed score (to the achieved band)
 * @param reasonWhenBelowWeight whether a score below its weight needs a 偏差原因分析
 * @param reasonWhenExecutionBelow an execution rate below which a reason is required, or {@code null}
 * @param scale decimals of every computed score
 * @param rounding the rounding of computed scores
 * @param grades the lowest total of each grade (优 90, 良 80, 中 60; 差 below)
 */
public record ScoringProfile(
    String id,
    String name,
    List<String> sources,
    List<String> choices,
    CostPlacement costPlacement,
    BigDecimal executionWeight,
    ExecutionFormula executionFormula,
    @Nullable BigDecimal stepPoints,
    @Nullable BigDecimal stepPercent,
    Map<Level1Indicator, BigDecimal> level1Weights,
    LowerIsBetterFormula lowerIsBetter,
    BigDecimal achievedMin,
    BigDecimal partlyMin,
    BigDecimal overAchievementThreshold,
    boolean overAchievementDeducts,
    boolean reasonWhenBelowWeight,
    @Nullable BigDecimal reasonWhenExecutionBelow,
    int scale,
    RoundingMode rounding,
    Map<Grade, BigDecimal> grades) {

  /** Where 成本指标 sits. */
  public enum CostPlacement {
    /** 成本指标 is level 1 (财预〔2021〕101号, the Hunan 2023 forms). */
    LEVEL1,
    /** 成本指标 is a level-2 under 产出 (财预〔2020〕10号). */
    UNDER_OUTPUT
  }

  /** How the budget-execution score is computed from 执行率. */
  public enum ExecutionFormula {
    /** weight × min(rate, 100%). */
    PROPORTIONAL,
    /** weight minus {@code stepPoints} for every started {@code stepPercent} short of 100%. */
    STEPWISE
  }

  /** How a missed "lower is better" target is scored. */
  public enum LowerIsBetterFormula {
    /** weight × target ÷ actual. */
    TARGET_OVER_ACTUAL,
    /** zero when the limit is exceeded. */
    ZERO_WHEN_EXCEEDED
  }

  /**
   * Checks the profile: the id is not blank and the required fields are present; a STEPWISE formula
   * has its step; 0 ≤ partlyMin ≤ achievedMin ≤ 1; the scale is 0 to 6; the grades give the lowest
   * totals of 优, 良 and 中; fixed level-1 weights and the execution weight add up to 100. A missing
   * name becomes the id, missing lists and maps become empty; lists and maps are copied.
   *
   * @param id the profile's id, not blank
   * @param name a human name, or {@code null} for the id
   * @param sources the documents followed; {@code null} for none
   * @param choices our choices where no rule was found; {@code null} for none
   * @param costPlacement where 成本指标 sits, required
   * @param executionWeight the weight of budget execution, required
   * @param executionFormula how the execution score is computed, required
   * @param stepPoints points per step, required for STEPWISE
   * @param stepPercent the step in percentage points, required and positive for STEPWISE
   * @param level1Weights fixed level-1 weights; {@code null} or empty when shared freely
   * @param lowerIsBetter how a missed "lower is better" target is scored, required
   * @param achievedMin the lowest fraction of the weight for "achieved", required
   * @param partlyMin the lowest fraction of the weight for "partly achieved", required
   * @param overAchievementThreshold actual ÷ target that counts as over-achievement, required
   * @param overAchievementDeducts whether over-achievement lowers the allowed score
   * @param reasonWhenBelowWeight whether a score below its weight needs a reason
   * @param reasonWhenExecutionBelow the execution rate below which a reason is required, or {@code null}
   * @param scale decimals of computed scores, 0 to 6
   * @param rounding the rounding of computed scores, required
   * @param grades the lowest total of 优, 良 and 中 (差 is below 中), required
   * @throws IllegalArgumentException naming the field that is missing or out of range
   */
  public ScoringProfile {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("profile id is required");
    }
    name = name == null ? id : name;
    sources = sources == null ? List.of() : List.copyOf(sources);
    choices = choices == null ? List.of() : List.copyOf(choices);
    require(costPlacement, "costPlacement");
    require(executionWeight, "executionWeight");
    require(executionFormula, "executionFormula");
    if (executionFormula == ExecutionFormula.STEPWISE && (stepPoints == null || stepPercent == null
        || stepPercent.signum() <= 0)) {
      throw new IllegalArgumentException("a STEPWISE execution formula needs stepPoints and a positive stepPercent");
    }
    level1Weights = enumMap(Level1Indicator.class, level1Weights);
    require(lowerIsBetter, "lowerIsBetter");
    require(achievedMin, "achievedMin");
    require(partlyMin, "partlyMin");
    if (!(BigDecimal.ZERO.compareTo(partlyMin) <= 0 && partlyMin.compareTo(achievedMin) <= 0
        && achievedMin.compareTo(BigDecimal.ONE) <= 0)) {
      throw new IllegalArgumentException("need 0 <= partlyMin <= achievedMin <= 1, got " + partlyMin + ", " + achievedMin);
    }
    require(overAchievementThreshold, "overAchievementThreshold");
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("scale must be 0..6, got " + scale);
    }
    require(rounding, "rounding");
    grades = enumMap(Grade.class, grades);
    for (Grade g : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR)) {
      if (!grades.containsKey(g)) {
        throw new IllegalArgumentException("grades must give the lowest total of " + g + " (" + g.chinese() + ")");
      }
    }
    if (!level1Weights.isEmpty()) {
      BigDecimal sum = level1Weights.values().stream().reduce(executionWeight, BigDecimal::add);
      if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
        throw new IllegalArgumentException("executionWeight plus level1Weights must be 100, got " + sum.toPlainString());
      }
    }
  }

  /**
   * The weight shared by all indicators (100 − execution weight).
   *
   * @return 100 minus {@link #executionWeight()} (90 for a weight of 10)
   */
  public BigDecimal indicatorWeight() {
    return BigDecimal.valueOf(100).subtract(executionWeight);
  }

  /**
   * A score rounded by this profile.
   *
   * @param value a computed score
   * @return the score with {@link #scale()} decimals, rounded by {@link #rounding()}
   * @throws ArithmeticException when the rounding is {@code UNNECESSARY} and the score has more decimals
   */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(scale, rounding);
  }

  /**
   * The grade of a total.
   *
   * @param total a form's total score
   * @return the best grade whose lowest total {@code total} reaches; {@link Grade#POOR} below 中
   */
  public Grade grade(BigDecimal total) {
    for (Grade g : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR)) {
      if (total.compareTo(grades.get(g)) >= 0) {
        return g;
      }
    }
    return Grade.POOR;
  }

  private static void require(@Nullable Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  private static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, @Nullable Map<K, V> map) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    if (map != null) {
      copy.putAll(map);
    }
    return Collections.unmodifiableMap(copy);
  }
}

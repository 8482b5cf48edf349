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

  /** The weight shared by all indicators (100 − execution weight). */
  public BigDecimal indicatorWeight() {
    return BigDecimal.valueOf(100).subtract(executionWeight);
  }

  /** A score rounded by this profile. */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(scale, rounding);
  }

  /** The grade of a total. */
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

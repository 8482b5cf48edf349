package io.github.jixiao.scoring.profile;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.result.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则 — the scoring rules of one province and year, as data. Built-in profiles are listed by
 * {@link Profiles}; users load their own from JSON and may extend a built-in one.
 *
 * <p>Some rules differ by form type: {@link #departmentWide()} holds the fields that the
 * department-wide form (部门整体支出绩效自评表) scores differently, and {@link #forDepartmentWide()}
 * is the profile with them applied.
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
 * @param departmentWide the fields the department-wide form scores differently (JSON
 *     {@code "departmentWide"}); {@link Overrides#none()} when it follows the same rules
 * @param frameworks the indicator frameworks this profile scores (JSON {@code "frameworks"}), by id, each
 *     with the fixed weights of its level-1 types ({@code "decision": 20}); an empty map when shared
 *     freely. The self-evaluation trees take their weights from {@code level1Weights}.
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
    Map<Grade, BigDecimal> grades,
    Overrides departmentWide,
    Map<String, Map<String, BigDecimal>> frameworks) {

  /**
   * The frameworks a profile scores when its file names none: the two self-evaluation trees, whose
   * level-1 weights are {@link #level1Weights()}.
   */
  public static final Map<String, Map<String, BigDecimal>> SELF_EVALUATION_FRAMEWORKS =
      Map.of("self-2020", Map.of(), "self-2021", Map.of());

  /**
   * The fields a {@code "departmentWide"} object may override, in the order profiles are written:
   * every field except id, name, sources, choices (and the file's {@code extends}).
   */
  public static final List<String> OVERRIDABLE_FIELDS = List.of("costPlacement", "executionWeight",
      "executionFormula", "stepPoints", "stepPercent", "level1Weights", "lowerIsBetter", "achievedMin",
      "partlyMin", "overAchievementThreshold", "overAchievementDeducts", "reasonWhenBelowWeight",
      "reasonWhenExecutionBelow", "scale", "rounding", "grades");

  /** The fields that may be {@code null}. */
  static final Set<String> NULLABLE_FIELDS = Set.of("stepPoints", "stepPercent", "reasonWhenExecutionBelow");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
   * A profile of the self-evaluation trees ({@link #SELF_EVALUATION_FRAMEWORKS}).
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
   * @param departmentWide the department-wide form's overrides; {@code null} for none
   * @throws IllegalArgumentException naming every field that is missing or out of range
   */
  public ScoringProfile(String id, @Nullable String name, @Nullable List<String> sources,
      @Nullable List<String> choices, CostPlacement costPlacement, BigDecimal executionWeight,
      ExecutionFormula executionFormula, @Nullable BigDecimal stepPoints, @Nullable BigDecimal stepPercent,
      @Nullable Map<Level1Indicator, BigDecimal> level1Weights, LowerIsBetterFormula lowerIsBetter,
      BigDecimal achievedMin, BigDecimal partlyMin, BigDecimal overAchievementThreshold,
      boolean overAchievementDeducts, boolean reasonWhenBelowWeight, @Nullable BigDecimal reasonWhenExecutionBelow,
      int scale, RoundingMode rounding, Map<Grade, BigDecimal> grades, @Nullable Overrides departmentWide) {
    this(id, name, sources, choices, costPlacement, executionWeight, executionFormula, stepPoints, stepPercent,
        level1Weights, lowerIsBetter, achievedMin, partlyMin, overAchievementThreshold, overAchievementDeducts,
        reasonWhenBelowWeight, reasonWhenExecutionBelow, scale, rounding, grades, departmentWide, null);
  }

  /**
   * Whether this profile scores forms of a framework.
   *
   * @param frameworkId the framework's id ("evaluation-2020")
   * @return {@code true} when {@link #frameworks()} lists it
   */
  public boolean scores(String frameworkId) {
    return frameworks.containsKey(frameworkId);
  }

  /** A sorted, unmodifiable copy; weights checked to lie in 0–100. */
  private static Map<String, Map<String, BigDecimal>> frameworks(@Nullable Map<String, Map<String, BigDecimal>> given) {
    if (given == null) {
      given = SELF_EVALUATION_FRAMEWORKS;
    }
    Map<String, Map<String, BigDecimal>> copy = new java.util.TreeMap<>();
    for (Map.Entry<String, Map<String, BigDecimal>> e : given.entrySet()) {
      Map<String, BigDecimal> weights = new java.util.TreeMap<>(e.getValue() == null ? Map.of() : e.getValue());
      for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
        if (w.getValue() == null || w.getValue().signum() < 0 || w.getValue().compareTo(HUNDRED) > 0) {
          throw new IllegalArgumentException("frameworks/" + e.getKey() + "/" + w.getKey() + ": a weight from 0 to 100");
        }
      }
      copy.put(e.getKey(), java.util.Collections.unmodifiableMap(weights));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The profile as it was before form-type rules: every field, no department-wide overrides. Kept so
   * that callers written against the first version of the record still compile.
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
   * @throws IllegalArgumentException naming every field that is missing or out of range
   */
  public ScoringProfile(String id, @Nullable String name, @Nullable List<String> sources,
      @Nullable List<String> choices, CostPlacement costPlacement, BigDecimal executionWeight,
      ExecutionFormula executionFormula, @Nullable BigDecimal stepPoints, @Nullable BigDecimal stepPercent,
      @Nullable Map<Level1Indicator, BigDecimal> level1Weights, LowerIsBetterFormula lowerIsBetter,
      BigDecimal achievedMin, BigDecimal partlyMin, BigDecimal overAchievementThreshold,
      boolean overAchievementDeducts, boolean reasonWhenBelowWeight, @Nullable BigDecimal reasonWhenExecutionBelow,
      int scale, RoundingMode rounding, Map<Grade, BigDecimal> grades) {
    this(id, name, sources, choices, costPlacement, executionWeight, executionFormula, stepPoints, stepPercent,
        level1Weights, lowerIsBetter, achievedMin, partlyMin, overAchievementThreshold, overAchievementDeducts,
        reasonWhenBelowWeight, reasonWhenExecutionBelow, scale, rounding, grades, Overrides.none(), null);
  }

  /**
   * Checks the profile and, when it has department-wide overrides, the profile they make: the id is
   * not blank and the required fields are present; a STEPWISE formula has its step; 0 ≤ partlyMin ≤
   * achievedMin ≤ 1; the scale is 0 to 6; the grades give the lowest totals of 优 ≥ 良 ≥ 中; weights
   * are 0 to 100, a level-1 成本指标 weight needs costPlacement LEVEL1, and fixed level-1 weights and the
   * execution weight add up to 100. A missing name becomes the id, missing lists and maps become
   * empty, missing overrides become none; lists and maps are copied.
   *
   * @param id the profile's id, not blank
   * @param name a human name, or {@code null} for the id
   * @param sources the documents followed; {@code null} for none
   * @param choices our choices where no rule was found; {@code null} for none
   * @param costPlacement where 成本指标 sits, required
   * @param executionWeight the weight of budget execution, 0 to 100, required
   * @param executionFormula how the execution score is computed, required
   * @param stepPoints points per step, required (0 or more) for STEPWISE
   * @param stepPercent the step in percentage points, required and positive for STEPWISE
   * @param level1Weights fixed level-1 weights; {@code null} or empty when shared freely
   * @param lowerIsBetter how a missed "lower is better" target is scored, required
   * @param achievedMin the lowest fraction of the weight for "achieved", required
   * @param partlyMin the lowest fraction of the weight for "partly achieved", required
   * @param overAchievementThreshold actual ÷ target that counts as over-achievement, 1 or more, required
   * @param overAchievementDeducts whether over-achievement lowers the allowed score
   * @param reasonWhenBelowWeight whether a score below its weight needs a reason
   * @param reasonWhenExecutionBelow the execution rate (0 to 1) below which a reason is required, or
   *     {@code null}
   * @param scale decimals of computed scores, 0 to 6
   * @param rounding the rounding of computed scores, required; not {@code UNNECESSARY}, which cannot round
   *     a computed score
   * @param grades the lowest total of 优, 良 and 中 (差 is below 中), required
   * @param departmentWide the department-wide form's overrides; {@code null} for none
   * @param frameworks the frameworks scored, by id, with fixed level-1 weights by type; {@code null} for
   *     {@link #SELF_EVALUATION_FRAMEWORKS}
   * @throws IllegalArgumentException naming every field that is missing or out of range (the
   *     department-wide ones prefixed with {@code departmentWide})
   */
  public ScoringProfile {
    frameworks = frameworks(frameworks);
    name = name == null ? id : name;
    sources = sources == null ? List.of() : List.copyOf(sources);
    choices = choices == null ? List.of() : List.copyOf(choices);
    level1Weights = enumMap(Level1Indicator.class, level1Weights);
    grades = enumMap(Grade.class, grades);
    departmentWide = departmentWide == null ? Overrides.none() : departmentWide;
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("costPlacement", costPlacement);
    values.put("executionWeight", executionWeight);
    values.put("executionFormula", executionFormula);
    values.put("stepPoints", stepPoints);
    values.put("stepPercent", stepPercent);
    values.put("level1Weights", level1Weights);
    values.put("lowerIsBetter", lowerIsBetter);
    values.put("achievedMin", achievedMin);
    values.put("partlyMin", partlyMin);
    values.put("overAchievementThreshold", overAchievementThreshold);
    values.put("overAchievementDeducts", overAchievementDeducts);
    values.put("reasonWhenBelowWeight", reasonWhenBelowWeight);
    values.put("reasonWhenExecutionBelow", reasonWhenExecutionBelow);
    values.put("scale", scale);
    values.put("rounding", rounding);
    values.put("grades", grades);
    List<Problem> problems = new ArrayList<>(check(values, Set.of()));
    if (problems.isEmpty()) {
      problems.addAll(checkDepartmentWide(values, departmentWide));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
  }

  /**
   * The weight shared by all indicators (100 − execution weight).
   *
   * @return 100 minus {@link #executionWeight()} (90 for a weight of 10)
   */
  public BigDecimal indicatorWeight() {
    return HUNDRED.subtract(executionWeight);
  }

  /**
   * The rules for a department-wide form (部门整体支出绩效自评表): this profile with the
   * {@link #departmentWide()} overrides applied.
   *
   * @return this profile when there are no overrides; otherwise a profile with the same id, name,
   *     sources and choices, the overridden fields changed, and no overrides of its own
   */
  public ScoringProfile forDepartmentWide() {
    return departmentWide.isEmpty() ? this : departmentWide.applyTo(this);
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

  /**
   * The value of an overridable field of this profile.
   *
   * @param field one of {@link #OVERRIDABLE_FIELDS}
   * @return its value, typed as in the record (a boxed int or boolean for scale and the flags)
   */
  @Nullable Object value(String field) {
    return switch (field) {
      case "costPlacement" -> costPlacement;
      case "executionWeight" -> executionWeight;
      case "executionFormula" -> executionFormula;
      case "stepPoints" -> stepPoints;
      case "stepPercent" -> stepPercent;
      case "level1Weights" -> level1Weights;
      case "lowerIsBetter" -> lowerIsBetter;
      case "achievedMin" -> achievedMin;
      case "partlyMin" -> partlyMin;
      case "overAchievementThreshold" -> overAchievementThreshold;
      case "overAchievementDeducts" -> overAchievementDeducts;
      case "reasonWhenBelowWeight" -> reasonWhenBelowWeight;
      case "reasonWhenExecutionBelow" -> reasonWhenExecutionBelow;
      case "scale" -> scale;
      case "rounding" -> rounding;
      case "grades" -> grades;
      default -> throw new IllegalArgumentException("not an overridable field: " + field);
    };
  }

  // ---- checks ---------------------------------------------------------------------------------

  /**
   * One broken rule.
   *
   * @param pointer the JSON pointer of the field it is reported at ("/level1Weights"), or "" for the
   *     whole profile
   * @param fields every field the rule reads, for deciding whether an override caused it
   * @param message what is wrong, naming the fields
   */
  record Problem(String pointer, Set<String> fields, String message) {
    Problem {
      fields = Set.copyOf(fields);
    }

    @Override
    public String toString() {
      return pointer.isEmpty() ? message : pointer + ": " + message;
    }
  }

  /**
   * The broken rules of a set of field values. Shared by the record (which throws them) and the
   * profile reader (which reports each at its JSON pointer).
   *
   * @param values field name to typed value; a missing or {@code null} required field is a problem
   * @param skip fields that already failed to be read: neither reported as missing nor checked
   * @return every problem, in field order; empty when the values make a valid profile
   */
  static List<Problem> check(Map<String, @Nullable Object> values, Set<String> skip) {
    List<Problem> problems = new ArrayList<>();
    if (!skip.contains("id") && values.containsKey("id")) {
      Object id = values.get("id");
      if (id == null || id.toString().isBlank()) {
        problems.add(new Problem("/id", Set.of("id"), "required, and not blank (profile id is required)"));
      }
    }
    for (String field : OVERRIDABLE_FIELDS) {
      if (!skip.contains(field) && !NULLABLE_FIELDS.contains(field) && values.get(field) == null) {
        problems.add(new Problem("/" + field, Set.of(field), "required (" + field + " is required)"));
      }
    }
    Object formula = values.get("executionFormula");
    BigDecimal stepPoints = (BigDecimal) values.get("stepPoints");
    BigDecimal stepPercent = (BigDecimal) values.get("stepPercent");
    if (formula == ExecutionFormula.STEPWISE && !skip.contains("stepPoints") && !skip.contains("stepPercent")) {
      if (stepPoints == null || stepPoints.signum() < 0) {
        problems.add(new Problem("/stepPoints", Set.of("executionFormula", "stepPoints"),
            "a STEPWISE executionFormula needs stepPoints of 0 or more, got " + plain(stepPoints)));
      }
      if (stepPercent == null || stepPercent.signum() <= 0) {
        problems.add(new Problem("/stepPercent", Set.of("executionFormula", "stepPercent"),
            "a STEPWISE executionFormula needs a positive stepPercent, got " + plain(stepPercent)));
      }
    }
    BigDecimal achieved = (BigDecimal) values.get("achievedMin");
    BigDecimal partly = (BigDecimal) values.get("partlyMin");
    if (achieved != null && partly != null && !(BigDecimal.ZERO.compareTo(partly) <= 0
        && partly.compareTo(achieved) <= 0 && achieved.compareTo(BigDecimal.ONE) <= 0)) {
      problems.add(new Problem("/partlyMin", Set.of("partlyMin", "achievedMin"),
          "need 0 <= partlyMin <= achievedMin <= 1, got partlyMin " + plain(partly) + " and achievedMin "
              + plain(achieved)));
    }
    BigDecimal over = (BigDecimal) values.get("overAchievementThreshold");
    if (over != null && over.compareTo(BigDecimal.ONE) < 0) {
      problems.add(new Problem("/overAchievementThreshold", Set.of("overAchievementThreshold"),
          "must be 1 or more (actual ÷ target), got " + plain(over)));
    }
    BigDecimal reasonBelow = (BigDecimal) values.get("reasonWhenExecutionBelow");
    if (reasonBelow != null && (reasonBelow.signum() < 0 || reasonBelow.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(new Problem("/reasonWhenExecutionBelow", Set.of("reasonWhenExecutionBelow"),
          "must be a rate from 0 to 1 (0.9 for 90%), got " + plain(reasonBelow)));
    }
    Object scale = values.get("scale");
    if (scale instanceof Integer s && (s < 0 || s > 6)) {
      problems.add(new Problem("/scale", Set.of("scale"), "scale must be 0..6, got " + s));
    }
    if (values.get("rounding") == RoundingMode.UNNECESSARY) {
      // 10 × 15 ÷ 16 = 9.375: the first score that needs rounding would stop the scoring
      problems.add(new Problem("/rounding", Set.of("rounding"), "UNNECESSARY cannot round the scores jixiao computes "
          + "(10 × 15 ÷ 16 = 9.375 must be rounded to the scale); choose HALF_UP (四舍五入), HALF_EVEN, HALF_DOWN, UP, "
          + "DOWN, CEILING or FLOOR (不能选择 UNNECESSARY)"));
    }
    checkGrades(values, problems);
    checkWeights(values, problems);
    return problems;
  }

  private static void checkGrades(Map<String, @Nullable Object> values, List<Problem> problems) {
    @SuppressWarnings("unchecked")
    Map<Grade, BigDecimal> grades = (Map<Grade, BigDecimal>) values.get("grades");
    if (grades == null) {
      return;
    }
    List<Grade> ranked = List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR);
    List<Grade> missing = ranked.stream().filter(g -> grades.get(g) == null).toList();
    for (Grade g : missing) {
      problems.add(new Problem("/grades", Set.of("grades"),
          "grades must give the lowest total of " + g + " (" + g.chinese() + ")"));
    }
    if (missing.isEmpty()) {
      BigDecimal excellent = grades.get(Grade.EXCELLENT);
      BigDecimal good = grades.get(Grade.GOOD);
      BigDecimal fair = grades.get(Grade.FAIR);
      if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0 || fair.signum() < 0
          || excellent.compareTo(HUNDRED) > 0) {
        problems.add(new Problem("/grades", Set.of("grades"), "need 0 <= FAIR <= GOOD <= EXCELLENT <= 100, got "
            + "EXCELLENT " + plain(excellent) + ", GOOD " + plain(good) + ", FAIR " + plain(fair)
            + " (等级分数线须为 0 ≤ 中 ≤ 良 ≤ 优 ≤ 100)"));
      }
    }
  }

  private static void checkWeights(Map<String, @Nullable Object> values, List<Problem> problems) {
    BigDecimal execution = (BigDecimal) values.get("executionWeight");
    @SuppressWarnings("unchecked")
    Map<Level1Indicator, BigDecimal> weights = (Map<Level1Indicator, BigDecimal>) values.get("level1Weights");
    boolean ok = true;
    if (execution != null && (execution.signum() < 0 || execution.compareTo(HUNDRED) > 0)) {
      problems.add(new Problem("/executionWeight", Set.of("executionWeight"),
          "must be 0 to 100, got " + plain(execution)));
      ok = false;
    }
    if (weights == null) {
      return;
    }
    for (Map.Entry<Level1Indicator, BigDecimal> e : weights.entrySet()) {
      if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(HUNDRED) > 0) {
        problems.add(new Problem("/level1Weights/" + e.getKey(), Set.of("level1Weights"),
            "must be 0 to 100, got " + plain(e.getValue())));
        ok = false;
      }
    }
    if (values.get("costPlacement") == CostPlacement.UNDER_OUTPUT && weights.containsKey(Level1Indicator.COST)) {
      problems.add(new Problem("/level1Weights/COST", Set.of("level1Weights", "costPlacement"),
          "costPlacement UNDER_OUTPUT has no level-1 成本指标: give COST's weight to OUTPUT or use costPlacement LEVEL1"));
    }
    if (ok && execution != null && !weights.isEmpty()) {
      BigDecimal sum = weights.values().stream().reduce(execution, BigDecimal::add);
      if (sum.compareTo(HUNDRED) != 0) {
        String terms = weights.entrySet().stream().map(e -> e.getKey() + " " + plain(e.getValue()))
            .collect(Collectors.joining(" + "));
        problems.add(new Problem("/level1Weights", Set.of("level1Weights", "executionWeight"),
            "executionWeight plus level1Weights must be 100, got " + plain(sum) + " (executionWeight "
                + plain(execution) + " + " + terms + ")"));
      }
    }
  }

  /**
   * The problems of the profile the department-wide overrides make, that the overrides cause:
   * reported under {@code /departmentWide}.
   */
  static List<Problem> checkDepartmentWide(Map<String, @Nullable Object> base, Overrides overrides) {
    if (overrides.isEmpty()) {
      return List.of();
    }
    Map<String, @Nullable Object> effective = new LinkedHashMap<>(base);
    effective.putAll(overrides.values());
    List<Problem> problems = new ArrayList<>();
    for (Problem p : check(effective, Set.of())) {
      if (p.fields().stream().noneMatch(overrides::overrides)) {
        continue; // the base profile's own problem, reported there
      }
      String top = p.pointer().isEmpty() ? "" : p.pointer().substring(1).split("/", 2)[0];
      boolean here = overrides.overrides(top);
      String inherited = p.fields().stream().filter(f -> !overrides.overrides(f)).sorted()
          .collect(Collectors.joining(", "));
      problems.add(new Problem(here ? "/departmentWide" + p.pointer() : "/departmentWide", p.fields(),
          p.message() + " (department-wide forms" + (inherited.isEmpty() ? "" : "; " + inherited + " not overridden")
              + ")"));
    }
    return problems;
  }

  private static String plain(@Nullable BigDecimal value) {
    if (value == null) {
      return "null";
    }
    // 1E+999999999 in plain notation is a billion characters: such a number keeps its short form
    return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
  }

  private static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, @Nullable Map<K, V> map) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    if (map != null) {
      copy.putAll(map);
    }
    return Collections.unmodifiableMap(copy);
  }

  // ---- overrides --------------------------------------------------------------------------------

  /**
   * Fields that one form type scores differently: a subset of {@link #OVERRIDABLE_FIELDS} with their
   * values. A field given as {@code null} is overridden to null (e.g. no reason required below an
   * execution rate), which is not the same as not overridden. Immutable; equal when the same fields
   * have equal values.
   */
  public static final class Overrides {
    private static final Overrides NONE = new Overrides(Map.of());

    private final Map<String, @Nullable Object> values;

    private Overrides(Map<String, @Nullable Object> values) {
      this.values = values;
    }

    /**
     * No overrides: the form type follows the profile's own rules.
     *
     * @return the empty overrides
     */
    public static Overrides none() {
      return NONE;
    }

    /**
     * Overrides of the given fields.
     *
     * @param values field name (one of {@link #OVERRIDABLE_FIELDS}) to its value, typed as the
     *     record component: an enum constant, a {@link BigDecimal}, an {@link Integer} for scale, a
     *     {@link Boolean} for the flags, a {@link RoundingMode}, an enum-keyed map of BigDecimal for
     *     level1Weights and grades; {@code null} only for stepPoints, stepPercent and
     *     reasonWhenExecutionBelow
     * @return the overrides, in {@link #OVERRIDABLE_FIELDS} order, maps copied
     * @throws IllegalArgumentException naming a field that cannot be overridden or a value of the
     *     wrong type
     */
    public static Overrides of(Map<String, ? extends @Nullable Object> values) {
      for (String field : values.keySet()) {
        if (!OVERRIDABLE_FIELDS.contains(field)) {
          throw new IllegalArgumentException("departmentWide cannot override '" + field + "'; allowed: "
              + String.join(", ", OVERRIDABLE_FIELDS));
        }
      }
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (String field : OVERRIDABLE_FIELDS) {
        if (values.containsKey(field)) {
          copy.put(field, typed(field, values.get(field)));
        }
      }
      return copy.isEmpty() ? NONE : new Overrides(Collections.unmodifiableMap(copy));
    }

    /**
     * The overridden fields and their values.
     *
     * @return an unmodifiable map in {@link #OVERRIDABLE_FIELDS} order; values may be {@code null}
     */
    public Map<String, @Nullable Object> values() {
      return values;
    }

    /**
     * The overridden fields.
     *
     * @return their names, in {@link #OVERRIDABLE_FIELDS} order
     */
    public Set<String> fields() {
      return Collections.unmodifiableSet(new LinkedHashSet<>(values.keySet()));
    }

    /**
     * Whether nothing is overridden.
     *
     * @return {@code true} for {@link #none()}
     */
    public boolean isEmpty() {
      return values.isEmpty();
    }

    /**
     * Whether a field is overridden (possibly to {@code null}).
     *
     * @param field a field name
     * @return {@code true} when {@code field} is one of {@link #fields()}
     */
    public boolean overrides(String field) {
      return values.containsKey(field);
    }

    /**
     * These overrides over a parent's, as when a profile extends another: the parent's fields, then
     * these, a field given here replacing the parent's (a map such as level1Weights as a whole).
     *
     * @param parent the overrides of the profile extended
     * @return the merged overrides
     */
    public Overrides over(Overrides parent) {
      if (parent.isEmpty()) {
        return this;
      }
      Map<String, @Nullable Object> merged = new LinkedHashMap<>(parent.values);
      merged.putAll(values);
      return of(merged);
    }

    ScoringProfile applyTo(ScoringProfile base) {
      return new ScoringProfile(base.id(), base.name(), base.sources(), base.choices(),
          (CostPlacement) get("costPlacement", base), (BigDecimal) get("executionWeight", base),
          (ExecutionFormula) get("executionFormula", base), (BigDecimal) get("stepPoints", base),
          (BigDecimal) get("stepPercent", base), weights("level1Weights", base),
          (LowerIsBetterFormula) get("lowerIsBetter", base), (BigDecimal) get("achievedMin", base),
          (BigDecimal) get("partlyMin", base), (BigDecimal) get("overAchievementThreshold", base),
          (Boolean) get("overAchievementDeducts", base), (Boolean) get("reasonWhenBelowWeight", base),
          (BigDecimal) get("reasonWhenExecutionBelow", base), (Integer) get("scale", base),
          (RoundingMode) get("rounding", base), weights("grades", base), none(), base.frameworks());
    }

    private @Nullable Object get(String field, ScoringProfile base) {
      return values.containsKey(field) ? values.get(field) : base.value(field);
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, BigDecimal> weights(String field, ScoringProfile base) {
      return (Map<K, BigDecimal>) get(field, base);
    }

    private static @Nullable Object typed(String field, @Nullable Object value) {
      if (value == null) {
        if (!NULLABLE_FIELDS.contains(field)) {
          throw new IllegalArgumentException("departmentWide: " + field + " cannot be null");
        }
        return null;
      }
      Class<?> type = switch (field) {
        case "costPlacement" -> CostPlacement.class;
        case "executionFormula" -> ExecutionFormula.class;
        case "lowerIsBetter" -> LowerIsBetterFormula.class;
        case "rounding" -> RoundingMode.class;
        case "scale" -> Integer.class;
        case "overAchievementDeducts", "reasonWhenBelowWeight" -> Boolean.class;
        case "level1Weights", "grades" -> Map.class;
        default -> BigDecimal.class;
      };
      if (!type.isInstance(value)) {
        throw new IllegalArgumentException("departmentWide: " + field + " must be a " + type.getSimpleName()
            + ", got " + value.getClass().getSimpleName());
      }
      if (field.equals("level1Weights")) {
        return enumMap(Level1Indicator.class, typedMap(field, (Map<?, ?>) value, Level1Indicator.class));
      }
      if (field.equals("grades")) {
        return enumMap(Grade.class, typedMap(field, (Map<?, ?>) value, Grade.class));
      }
      return value;
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> typedMap(String field, Map<?, ?> map, Class<K> keys) {
      Map<K, BigDecimal> typed = new EnumMap<>(keys);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!keys.isInstance(e.getKey()) || !(e.getValue() instanceof BigDecimal v)) {
          throw new IllegalArgumentException("departmentWide: " + field + " must map "
              + Arrays.toString(keys.getEnumConstants()) + " to numbers, got " + e.getKey() + "=" + e.getValue());
        }
        typed.put(keys.cast(e.getKey()), v);
      }
      return typed;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Overrides other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return "Overrides" + values;
    }
  }
}

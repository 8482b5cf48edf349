package io.github.jixiao.scoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.scoring.profile.ScoringProfile.CostPlacement;
import io.github.jixiao.scoring.profile.ScoringProfile.ExecutionFormula;
import io.github.jixiao.scoring.profile.ScoringProfile.LowerIsBetterFormula;
import io.github.jixiao.scoring.profile.ScoringProfile.Overrides;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code "departmentWide"}: rules the department-wide form (部门整体支出绩效自评表) scores differently. */
class DepartmentWideTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();

  @Test
  void overridesApplyToTheDepartmentWideFormOnly() throws Exception {
    ScoringProfile p = read("""
        { "extends": "hunan-2023", "id": "county",
          "departmentWide": { "executionWeight": 20,
                              "level1Weights": { "OUTPUT": 30, "BENEFIT": 30, "COST": 10, "SATISFACTION": 10 } } }
        """);

    ScoringProfile wide = p.forDepartmentWide();

    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.level1Weights().get(Level1Indicator.COST)).isEqualByComparingTo("20");
    assertThat(wide.executionWeight()).isEqualByComparingTo("20");
    assertThat(wide.level1Weights().get(Level1Indicator.COST)).isEqualByComparingTo("10");
    assertThat(wide.level1Weights().get(Level1Indicator.OUTPUT)).isEqualByComparingTo("30");
  }

  @Test
  void theDepartmentWideProfileKeepsIdNameSourcesChoicesAndTheFieldsNotOverridden() throws Exception {
    ScoringProfile p = read("""
        { "extends": "sichuan", "id": "county", "departmentWide": { "partlyMin": 0.5 } }
        """);

    ScoringProfile wide = p.forDepartmentWide();

    assertThat(wide.id()).isEqualTo("county");
    assertThat(wide.name()).isEqualTo(p.name());
    assertThat(wide.sources()).isEqualTo(p.sources());
    assertThat(wide.choices()).isEqualTo(p.choices());
    assertThat(wide.partlyMin()).isEqualByComparingTo("0.5");
    assertThat(wide.reasonWhenExecutionBelow()).isEqualByComparingTo("0.9");
    assertThat(wide.executionWeight()).isEqualTo(p.executionWeight());
    assertThat(wide.grades()).isEqualTo(p.grades());
    assertThat(wide.departmentWide().isEmpty()).isTrue();
    assertThat(wide.forDepartmentWide()).isSameAs(wide);
  }

  @Test
  void withoutOverridesTheDepartmentWideProfileIsTheProfileItself() throws Exception {
    ScoringProfile p = read("{ \"extends\": \"national-2020\", \"id\": \"plain\" }");

    assertThat(p.departmentWide()).isEqualTo(Overrides.none());
    assertThat(p.forDepartmentWide()).isSameAs(p);
  }

  @Test
  void anOverrideToNullIsAnOverrideNotAnAbsence() throws Exception {
    ScoringProfile p = read("""
        { "extends": "sichuan", "id": "no-reason-for-department-forms",
          "departmentWide": { "reasonWhenExecutionBelow": null } }
        """);

    assertThat(p.reasonWhenExecutionBelow()).isEqualByComparingTo("0.9");
    assertThat(p.departmentWide().overrides("reasonWhenExecutionBelow")).isTrue();
    assertThat(p.forDepartmentWide().reasonWhenExecutionBelow()).isNull();
  }

  @Test
  void aChildsDepartmentWideMergesOverItsParents() throws Exception {
    Profiles registry = BUILT_IN.with(read("""
        { "extends": "national-2020", "id": "parent",
          "departmentWide": { "partlyMin": 0.5, "scale": 1, "executionWeight": 20,
                              "level1Weights": { "OUTPUT": 40, "BENEFIT": 30, "SATISFACTION": 10 } } }
        """));

    ScoringProfile child = read(registry, """
        { "extends": "parent", "id": "child", "departmentWide": { "scale": 3, "grades": { "EXCELLENT": 85, "GOOD": 75, "FAIR": 60 } } }
        """);

    ScoringProfile wide = child.forDepartmentWide();
    assertThat(child.departmentWide().fields())
        .containsExactly("executionWeight", "level1Weights", "partlyMin", "scale", "grades");
    assertThat(wide.partlyMin()).as("from the parent").isEqualByComparingTo("0.5");
    assertThat(wide.executionWeight()).as("from the parent").isEqualByComparingTo("20");
    assertThat(wide.scale()).as("the child's wins").isEqualTo(3);
    assertThat(wide.grades().get(Grade.EXCELLENT)).as("the child's own").isEqualByComparingTo("85");
    assertThat(child.scale()).as("project forms keep the base").isEqualTo(2);
  }

  @Test
  void aChildsLevel1WeightsOverrideReplacesTheParentsMapAsAWhole() throws Exception {
    Profiles registry = withFreeDepartmentWideParent();

    ScoringProfile child = read(registry, """
        { "extends": "free-department", "id": "county",
          "departmentWide": { "level1Weights": { "OUTPUT": 60, "BENEFIT": 20, "SATISFACTION": 10 } } }
        """);

    assertThat(child.forDepartmentWide().level1Weights()).containsOnlyKeys(Level1Indicator.OUTPUT,
        Level1Indicator.BENEFIT, Level1Indicator.SATISFACTION);
    assertThat(child.forDepartmentWide().level1Weights().get(Level1Indicator.OUTPUT)).isEqualByComparingTo("60");
    assertThat(registry.get("free-department").forDepartmentWide().level1Weights()).isEmpty();
  }

  @Test
  void aChildWithoutDepartmentWideInheritsItsParentsAndItsOwnBaseChangesShowThrough() throws Exception {
    Profiles registry = withFreeDepartmentWideParent();

    ScoringProfile child = read(registry, """
        { "extends": "free-department", "id": "county-execution-20",
          "executionWeight": 20, "level1Weights": { "OUTPUT": 40, "BENEFIT": 30, "SATISFACTION": 10 } }
        """);

    ScoringProfile wide = child.forDepartmentWide();
    assertThat(child.departmentWide()).isEqualTo(registry.get("free-department").departmentWide());
    assertThat(wide.executionWeight()).as("not overridden: the child's base value").isEqualByComparingTo("20");
    assertThat(wide.level1Weights()).as("overridden by the parent").isEmpty();
  }

  @Test
  void aProfileWithDepartmentWideRulesIsWrittenAndReadBackEqual() throws Exception {
    ScoringProfile p = read("""
        { "extends": "hubei", "id": "hubei-county",
          "departmentWide": { "executionFormula": "STEPWISE", "stepPoints": 2, "stepPercent": 5,
                              "reasonWhenExecutionBelow": null, "overAchievementDeducts": true,
                              "grades": { "EXCELLENT": 85, "GOOD": 75, "FAIR": 60 }, "rounding": "HALF_EVEN" } }
        """);

    String json = Profiles.write(p);
    ScoringProfile back = read(json);

    assertThat(json).contains("\"departmentWide\"").contains("\"STEPWISE\"").doesNotContain("\"extends\"");
    assertThat(back).isEqualTo(p);
    assertThat(back.forDepartmentWide()).isEqualTo(p.forDepartmentWide());
    assertThat(Profiles.write(back)).isEqualTo(json);
  }

  @Test
  void aProfileWithoutDepartmentWideRulesIsWrittenWithoutTheObject() {
    assertThat(Profiles.write(BUILT_IN.get("hunan-2023"))).doesNotContain("departmentWide");
  }

  @Test
  void overridesThatBreakTheWeightsAreReportedUnderDepartmentWide() {
    assertThatThrownBy(() -> read("""
        { "extends": "hunan-2023", "id": "broken", "departmentWide": { "executionWeight": 20 } }
        """))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("/departmentWide: executionWeight plus level1Weights must be 100, got 110")
        .hasMessageContaining("department-wide forms; level1Weights not overridden");
  }

  @Test
  void anOverriddenFieldThatBreaksARuleIsReportedAtItsPointer() {
    assertThatThrownBy(() -> read("""
        { "extends": "national-2020", "id": "broken",
          "departmentWide": { "level1Weights": { "OUTPUT": 60, "BENEFIT": 30, "SATISFACTION": 10 } } }
        """))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("/departmentWide/level1Weights: executionWeight plus level1Weights must be 100, got 110");
  }

  @Test
  void identityFieldsCannotDifferByFormType() {
    assertThatThrownBy(() -> read("""
        { "extends": "national-2020", "id": "x", "departmentWide": { "id": "y", "sources": [], "departmentWide": {} } }
        """))
        .isInstanceOf(ProfileException.class)
        .satisfies(e -> assertThat(((ProfileException) e).problems()).containsExactly(
            "/departmentWide/id: cannot differ by form type; allowed in departmentWide: "
                + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS),
            "/departmentWide/sources: cannot differ by form type; allowed in departmentWide: "
                + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS),
            "/departmentWide/departmentWide: cannot differ by form type; allowed in departmentWide: "
                + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS)));
  }

  @Test
  void departmentWideMustBeAnObject() {
    assertThatThrownBy(() -> read("{ \"extends\": \"national-2020\", \"id\": \"x\", \"departmentWide\": [] }"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("/departmentWide: expected an object of the fields the department-wide form scores "
            + "differently, found an array");
  }

  // ---- the record ---------------------------------------------------------------------------------

  @Test
  void theConstructorWithTheOriginalParametersStillBuildsAProfileWithoutOverrides() {
    ScoringProfile p = new ScoringProfile("plain", null, null, null, CostPlacement.LEVEL1, BigDecimal.TEN,
        ExecutionFormula.PROPORTIONAL, null, null, Map.of(), LowerIsBetterFormula.TARGET_OVER_ACTUAL,
        new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("1.3"), false, true, null, 2,
        RoundingMode.HALF_UP, grades());

    assertThat(p.departmentWide()).isEqualTo(Overrides.none());
    assertThat(p.name()).isEqualTo("plain");
    assertThat(p.forDepartmentWide()).isSameAs(p);
  }

  @Test
  void theCanonicalConstructorTakesOverrides() {
    Map<String, Object> values = new HashMap<>();
    values.put("executionWeight", new BigDecimal("20"));
    values.put("scale", 1);
    values.put("level1Weights", Map.of(Level1Indicator.OUTPUT, new BigDecimal("80")));
    ScoringProfile p = profile(Overrides.of(values));

    assertThat(p.departmentWide().fields()).containsExactly("executionWeight", "level1Weights", "scale");
    assertThat(p.forDepartmentWide().executionWeight()).isEqualByComparingTo("20");
    assertThat(p.forDepartmentWide().scale()).isEqualTo(1);
    assertThat(p.executionWeight()).isEqualByComparingTo("10");
  }

  @Test
  void theConstructorRejectsOverridesThatMakeAnInvalidProfile() {
    Overrides broken = Overrides.of(Map.of("executionWeight", new BigDecimal("30")));

    assertThatThrownBy(() -> profile(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/departmentWide")
        .hasMessageContaining("must be 100, got 120");
  }

  @Test
  void overridesNameOnlyOverridableFieldsWithValuesOfTheirType() {
    assertThatThrownBy(() -> Overrides.of(Map.of("id", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot override 'id'");
    assertThatThrownBy(() -> Overrides.of(Map.of("scale", "two")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale must be a Integer");
    Map<String, Object> nullWeight = new HashMap<>();
    nullWeight.put("executionWeight", null);
    assertThatThrownBy(() -> Overrides.of(nullWeight))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("executionWeight cannot be null");
  }

  @Test
  void overridesOverAParentKeepTheParentsFieldsAndReplaceTheSameOnes() {
    Overrides parent = Overrides.of(Map.of("scale", 1, "partlyMin", new BigDecimal("0.5")));
    Overrides child = Overrides.of(Map.of("scale", 3));

    Overrides merged = child.over(parent);

    assertThat(merged.values()).containsEntry("scale", 3).containsEntry("partlyMin", new BigDecimal("0.5"));
    assertThat(merged.fields()).containsExactly("partlyMin", "scale");
    assertThat(Overrides.none().over(parent)).isEqualTo(parent);
    assertThat(child.over(Overrides.none())).isSameAs(child);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static Profiles withFreeDepartmentWideParent() throws Exception {
    return BUILT_IN.with(read("""
        { "extends": "national-2020", "id": "free-department", "departmentWide": { "level1Weights": {} } }
        """));
  }

  private static ScoringProfile profile(Overrides overrides) {
    return new ScoringProfile("p", "p", List.of(), List.of(), CostPlacement.LEVEL1, BigDecimal.TEN,
        ExecutionFormula.PROPORTIONAL, null, null, Map.of(Level1Indicator.OUTPUT, new BigDecimal("90")),
        LowerIsBetterFormula.TARGET_OVER_ACTUAL, new BigDecimal("0.8"), new BigDecimal("0.6"),
        new BigDecimal("1.3"), false, true, null, 2, RoundingMode.HALF_UP, grades(), overrides);
  }

  private static Map<Grade, BigDecimal> grades() {
    return Map.of(Grade.EXCELLENT, new BigDecimal("90"), Grade.GOOD, new BigDecimal("80"), Grade.FAIR,
        new BigDecimal("60"));
  }

  private static ScoringProfile read(String json) throws Exception {
    return read(BUILT_IN, json);
  }

  private static ScoringProfile read(Profiles registry, String json) throws Exception {
    return registry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }
}

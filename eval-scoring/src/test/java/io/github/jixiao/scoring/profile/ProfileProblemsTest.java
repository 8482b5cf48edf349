package io.github.jixiao.scoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile file with mistakes: every problem is reported at once, each at its JSON pointer. */
class ProfileProblemsTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();
  private static final String FILE_FIELDS = "extends, overrides, id, name, sources, choices, frameworks, costPlacement, executionWeight, "
      + "executionFormula, stepPoints, stepPercent, level1Weights, lowerIsBetter, achievedMin, partlyMin, "
      + "overAchievementThreshold, overAchievementDeducts, reasonWhenBelowWeight, reasonWhenExecutionBelow, scale, "
      + "rounding, grades, departmentWide";

  @Test
  void severalProblemsInOneFileAreAllReportedInFileOrder() {
    ProfileException e = problems("""
        { "extends": "hunan-2023", "id": "many",
          "level1Weights": { "OUTPUT": "abc", "BENEFIT": 30, "COST": 20, "SATISFACTION": 10 },
          "executionFormula": "STEP",
          "executionWieght": 20,
          "scale": "two" }
        """);

    assertThat(e.problems()).containsExactly(
        "/level1Weights/OUTPUT: expected a number, found \"abc\"",
        "/executionFormula: unknown value \"STEP\"; allowed: PROPORTIONAL, STEPWISE",
        "/executionWieght: unknown field; allowed: " + FILE_FIELDS,
        "/scale: expected a whole number, found \"two\"");
    assertThat(e.getMessage())
        .startsWith("many.json: 4 problems (4 处错误):\n  many.json:2:32: /level1Weights/OUTPUT: expected a number")
        .contains("\n  many.json:3:23: /executionFormula: unknown value \"STEP\"; allowed: PROPORTIONAL, STEPWISE\n")
        .contains("\n  many.json:4:22: /executionWieght: unknown field")
        .endsWith("\n  many.json:5:12: /scale: expected a whole number, found \"two\"");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() {
    ProfileException e = problems("""
        { "extends": "national-2020", "id": "x", "executionFormula": "STEP", "rounding": "HALF_AWAY",
          "costPlacement": 1 }
        """);

    assertThat(e.problems()).containsExactly(
        "/executionFormula: unknown value \"STEP\"; allowed: PROPORTIONAL, STEPWISE",
        "/rounding: unknown value \"HALF_AWAY\"; allowed: UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN",
        "/costPlacement: expected one of LEVEL1, UNDER_OUTPUT, found 1");
  }

  @Test
  void aWrongTypeNamesWhatWasExpectedAndWhatWasFound() {
    ProfileException e = problems("""
        { "extends": "national-2020", "id": 7, "executionWeight": "10", "overAchievementDeducts": "yes",
          "sources": ["[local] ok", 3], "grades": [90, 80, 60], "stepPoints": true, "name": {} }
        """);

    assertThat(e.problems()).containsExactly(
        "/id: expected a string, found 7",
        "/executionWeight: expected a number, found \"10\": write the number alone, 10 (not as text; 请只写数字)",
        "/overAchievementDeducts: expected true or false, found \"yes\"",
        "/sources/1: expected a string, found 3",
        "/grades: expected an object of numbers by EXCELLENT, GOOD, FAIR, POOR, found an array",
        "/stepPoints: expected a number or null, found true",
        "/name: expected a string, found an object");
  }

  @Test
  void aRequiredFieldGivenAsNullIsAWrongType() {
    ProfileException e = problems("{ \"extends\": \"national-2020\", \"id\": \"x\", \"achievedMin\": null }");

    assertThat(e.problems()).containsExactly("/achievedMin: expected a number, found null");
    assertThat(e.getMessage()).isEqualTo("x.json:1:57: /achievedMin: expected a number, found null");
  }

  @Test
  void anUnknownFieldIsAProblemNamingItsPointer() {
    ProfileException e = problems("""
        { "extends": "national-2020", "id": "x", "colour": "red", "a/b~c": 1,
          "level1Weights": { "OUTPUTS": 50, "BENEFIT": 30, "SATISFACTION": 10 },
          "departmentWide": { "scael": 1 } }
        """);

    assertThat(e.problems()).containsExactly(
        "/colour: unknown field; allowed: " + FILE_FIELDS,
        "/a~1b~0c: unknown field; allowed: " + FILE_FIELDS,
        "/level1Weights/OUTPUTS: unknown key \"OUTPUTS\"; allowed: OUTPUT, BENEFIT, COST, SATISFACTION",
        "/departmentWide/scael: unknown field; allowed in departmentWide: "
            + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS));
  }

  @Test
  void weightsThatDoNotAddUpNameTheFieldsAndTheTerms() {
    ProfileException e = problems("""
        { "extends": "hunan-2023", "id": "x", "executionWeight": 20 }
        """);

    assertThat(e.problems()).containsExactly("/level1Weights: executionWeight plus level1Weights must be 100, got 110 "
        + "(executionWeight 20 + OUTPUT 30 + BENEFIT 30 + COST 20 + SATISFACTION 10)");
  }

  @Test
  void crossFieldRulesAreAllReportedNamingTheirFields() {
    ProfileException e = problems("""
        { "extends": "national-2020", "id": "x", "executionFormula": "STEPWISE", "stepPoints": 2,
          "partlyMin": 0.9, "scale": 9, "grades": { "EXCELLENT": 80, "GOOD": 90, "FAIR": 60 },
          "costPlacement": "UNDER_OUTPUT",
          "level1Weights": { "OUTPUT": 40, "BENEFIT": 30, "COST": 10, "SATISFACTION": 10 },
          "overAchievementThreshold": 0.5, "reasonWhenExecutionBelow": 90 }
        """);

    assertThat(e.problems()).containsExactly(
        "/stepPercent: a STEPWISE executionFormula needs a positive stepPercent, got null",
        "/partlyMin: need 0 <= partlyMin <= achievedMin <= 1, got partlyMin 0.9 and achievedMin 0.8",
        "/overAchievementThreshold: must be 1 or more (actual ÷ target), got 0.5",
        "/reasonWhenExecutionBelow: must be a rate from 0 to 1 (0.9 for 90%), got 90",
        "/scale: scale must be 0..6, got 9",
        "/grades: need 0 <= FAIR <= GOOD <= EXCELLENT <= 100, got EXCELLENT 80, GOOD 90, FAIR 60 (等级分数线须为 0 ≤ 中 ≤ "
            + "良 ≤ 优 ≤ 100)",
        "/level1Weights/COST: costPlacement UNDER_OUTPUT has no level-1 成本指标: give COST's weight to OUTPUT or use "
            + "costPlacement LEVEL1");
  }

  @Test
  void typeProblemsAndRuleProblemsOfOtherFieldsAreReportedTogether() {
    ProfileException e = problems("""
        { "extends": "national-2020", "id": "x", "scale": "two", "partlyMin": 0.9 }
        """);

    assertThat(e.problems()).containsExactly(
        "/scale: expected a whole number, found \"two\"",
        "/partlyMin: need 0 <= partlyMin <= achievedMin <= 1, got partlyMin 0.9 and achievedMin 0.8");
  }

  @Test
  void aStandaloneFileMissingFieldsNamesEachOne() {
    ProfileException e = problems("""
        { "id": "x", "costPlacement": "LEVEL1", "executionWeight": 10, "executionFormula": "PROPORTIONAL",
          "lowerIsBetter": "TARGET_OVER_ACTUAL", "achievedMin": 0.8, "partlyMin": 0.6,
          "overAchievementThreshold": 1.3, "scale": 2, "rounding": "HALF_UP",
          "grades": { "EXCELLENT": 90, "GOOD": 80, "FAIR": 60 } }
        """);

    assertThat(e.problems()).containsExactly(
        "/level1Weights: required (level1Weights is required)",
        "/overAchievementDeducts: required (overAchievementDeducts is required)",
        "/reasonWhenBelowWeight: required (reasonWhenBelowWeight is required)");
  }

  @Test
  void aStandaloneFileWithoutAnIdSaysSo() {
    ProfileException e = problems("{ \"name\": \"nameless\" }");

    assertThat(e.problems()).first().isEqualTo("/id: required, and not blank (profile id is required)");
    assertThat(e.problems()).contains("/costPlacement: required (costPlacement is required)");
  }

  @Test
  void anUnknownParentIsReportedWithTheFilesOwnProblems() {
    ProfileException e = problems("{ \"extends\": \"shanghai-2099\", \"id\": \"x\", \"scale\": \"two\" }");

    assertThat(e.problems()).containsExactly(
        "/extends: unknown scoring profile 'shanghai-2099'; known: " + String.join(", ", Profiles.BUILT_IN),
        "/scale: expected a whole number, found \"two\"");
  }

  @Test
  void extendsMustBeAnId() {
    ProfileException e = problems("{ \"extends\": [\"national-2020\"], \"id\": \"x\" }");

    assertThat(e.problems()).containsExactly("/extends: expected the id of a known profile, found an array; known: "
        + String.join(", ", Profiles.BUILT_IN));
  }

  @Test
  void aFieldGivenTwiceIsReportedAtTheSecondOneWithTheOtherProblems() {
    ProfileException e = problems("{ \"extends\": \"national-2020\", \"id\": \"x\",\n \"scale\": 1, \"scale\": 2, "
        + "\"rounding\": \"UP\", \"partlyMin\": \"a\" }");

    assertThat(e.getMessage()).isEqualTo("x.json: 2 problems (2 处错误):\n"
        + "  x.json:2:14: /scale: the field 'scale' is given twice (字段重复): a profile says each rule once\n"
        + "  x.json:2:57: /partlyMin: expected a number, found \"a\"");
  }

  @Test
  void aFileIsNamedByItsPathAndOneProblemStaysOnOneLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("county.json");
    Files.writeString(file, "{ \"extends\": \"national-2020\", \"id\": \"x\", \"executionFormula\": \"STEP\" }");

    ProfileException e = catchThrowableOfType(ProfileException.class, () -> BUILT_IN.read(file));

    assertThat(e.getMessage())
        .isEqualTo(file + ":1:62: /executionFormula: unknown value \"STEP\"; allowed: PROPORTIONAL, STEPWISE");
  }

  @Test
  void aLongStringIsShortenedInTheMessage() {
    ProfileException e = problems("{ \"extends\": \"national-2020\", \"id\": \"x\", \"scale\": \"" + "9".repeat(200)
        + "\" }");

    assertThat(e.problems()).singleElement().asString().hasSizeLessThan(110).endsWith("...\"");
  }

  @Test
  void aValidFileHasNoProblems() throws Exception {
    ScoringProfile p = BUILT_IN.read(stream("""
        { "extends": "national-2020", "id": "fine", "executionFormula": "STEPWISE", "stepPoints": 2,
          "stepPercent": 5, "partlyMin": 0.5, "grades": { "EXCELLENT": 85, "GOOD": 75, "FAIR": 60 } }
        """), "fine.json");

    assertThat(p.id()).isEqualTo("fine");
    assertThat(p.stepPercent()).isEqualByComparingTo("5");
  }

  private static ProfileException problems(String json) {
    String id = json.contains("\"id\": \"") ? json.replaceAll("(?s).*\"id\": \"([^\"]*)\".*", "$1") : "x";
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> BUILT_IN.read(stream(json), id + ".json"));
    assertThat(e).as("a ProfileException for %s", json).isNotNull();
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.getMessage()).startsWith(id + ".json");
    assertThat(e.located()).allSatisfy(p -> assertThat(p.line()).as("line of %s", p).isPositive());
    return e;
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}

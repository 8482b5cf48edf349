package io.github.jixiao.scoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.model.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 4: profiles that lie. A built-in id with other rules, inverted grade thresholds,
 * unknown names, weights written "10分", a rounding mode that would make scoring throw, numbers no
 * profile holds, files cut short: each is a problem at its line, column and JSON pointer, in the
 * project's words, and nothing of the file is used.
 */
class LyingProfilesTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();

  @Test
  void aBuiltInIdWithOtherRulesIsRefusedAtTheId() {
    ProfileException e = problems("""
        { "extends": "hunan-2023", "id": "hunan-2023", "executionWeight": 20,
          "level1Weights": { "OUTPUT": 30, "BENEFIT": 30, "COST": 10, "SATISFACTION": 10 } }
        """);

    assertThat(e.getMessage()).isEqualTo("p.json:1:34: /id: 'hunan-2023' is the id of a built-in profile with other "
        + "rules: give this profile an id of its own, or add \"overrides\": \"hunan-2023\" to replace that profile for "
        + "this run (与已有评分规则同名但规则不同)");
  }

  @Test
  void anOverridesMarkerReplacesTheBuiltInProfileOfThatId() throws Exception {
    ScoringProfile p = read("""
        { "extends": "hunan-2023", "id": "hunan-2023", "overrides": "hunan-2023", "executionWeight": 20,
          "level1Weights": { "OUTPUT": 30, "BENEFIT": 30, "COST": 10, "SATISFACTION": 10 } }
        """);

    assertThat(BUILT_IN.with(p).get("hunan-2023").executionWeight()).isEqualByComparingTo("20");
    assertThat(BUILT_IN.get("hunan-2023").executionWeight()).isEqualByComparingTo("10");
  }

  @Test
  void aCopyOfABuiltInProfileNeedsNoMarker() throws Exception {
    String copy = Profiles.write(BUILT_IN.get("national-2020")).replace("\"name\" : \"", "\"name\" : \"copy of ");

    ScoringProfile p = read(copy);

    assertThat(p.id()).isEqualTo("national-2020");
    assertThat(p.name()).startsWith("copy of ");
  }

  @Test
  void aProfileReadBeforeIsProtectedLikeABuiltInOne() throws Exception {
    Profiles registry = BUILT_IN.with(read("{ \"extends\": \"hunan-2023\", \"id\": \"county\" }"));

    ProfileException e = catchThrowableOfType(ProfileException.class, () -> registry.read(stream(
        "{ \"extends\": \"hunan-2023\", \"id\": \"county\", \"scale\": 1 }"), "second.json"));

    assertThat(e.getMessage()).startsWith("second.json:1:34: /id: 'county' is the id of a profile read before with "
        + "other rules");
  }

  @Test
  void anOverridesMarkerMustNameTheProfilesOwnIdAndAKnownOne() {
    assertThat(problems("{ \"extends\": \"hunan-2023\", \"id\": \"a\", \"overrides\": \"hunan-2023\" }").problems())
        .containsExactly("/overrides: names 'hunan-2023', but this profile's id is 'a': a profile overrides only the "
            + "known profile of its own id (覆盖的评分规则须与本规则同名)");
    assertThat(problems("{ \"extends\": \"hunan-2023\", \"id\": \"b\", \"overrides\": \"b\" }").problems())
        .singleElement().asString().startsWith("/overrides: there is no profile 'b' to override; known: hunan-2023");
  }

  @Test
  void unnecessaryRoundingIsRefusedWithItsReasonNotLeftToFailWhileScoring() {
    ProfileException e = problems("{ \"extends\": \"hunan-2023\", \"id\": \"x\",\n  \"rounding\": \"UNNECESSARY\" }");

    assertThat(e.getMessage()).startsWith("p.json:2:15: /rounding: UNNECESSARY cannot round the scores jixiao computes")
        .contains("HALF_UP (四舍五入)");
    ScoringProfile hunan = BUILT_IN.get("hunan-2023");
    assertThatThrownBy(() -> new ScoringProfile(hunan.id(), hunan.name(), hunan.sources(), hunan.choices(),
        hunan.costPlacement(), hunan.executionWeight(), hunan.executionFormula(), hunan.stepPoints(),
        hunan.stepPercent(), hunan.level1Weights(), hunan.lowerIsBetter(), hunan.achievedMin(), hunan.partlyMin(),
        hunan.overAchievementThreshold(), hunan.overAchievementDeducts(), hunan.reasonWhenBelowWeight(),
        hunan.reasonWhenExecutionBelow(), hunan.scale(), RoundingMode.UNNECESSARY, hunan.grades()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNNECESSARY cannot round");
    assertThat(problems("{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"departmentWide\": { \"rounding\": "
        + "\"UNNECESSARY\" } }").problems()).singleElement().asString()
        .startsWith("/departmentWide/rounding: UNNECESSARY cannot round");
  }

  @Test
  void invertedGradesUnknownNamesAndWeightsWithUnitsAreAllReportedAtOnce() {
    ProfileException e = problems("""
        { "extends": "hunan-2023", "id": "x",
          "grades": { "EXCELLENT": 60, "GOOD": 80, "FAIR": 90 },
          "executionFormula": "STEP",
          "executionWeight": "10分",
          "lowerIsBetter": "SMALLER" }
        """);

    assertThat(e.located()).extracting(Problem::pointer, Problem::line, Problem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/executionFormula", 3, 23),
        org.assertj.core.groups.Tuple.tuple("/executionWeight", 4, 22),
        org.assertj.core.groups.Tuple.tuple("/lowerIsBetter", 5, 20),
        org.assertj.core.groups.Tuple.tuple("/grades", 2, 13));
    assertThat(e.problems().get(1)).isEqualTo("/executionWeight: expected a number, found \"10分\": write the number "
        + "alone, 10 (without 分; 请只写数字)");
    assertThat(e.problems().get(3)).contains("EXCELLENT 60, GOOD 80, FAIR 90").contains("0 ≤ 中 ≤ 良 ≤ 优 ≤ 100");
  }

  @Test
  void numbersNoProfileHoldsAreRefusedWithShortMessages() {
    ProfileException e = problems("""
        { "extends": "hunan-2023", "id": "x", "achievedMin": 1E-999999999, "overAchievementThreshold": 1E+999999999,
          "grades": { "EXCELLENT": 90, "GOOD": 80.00000000000001, "FAIR": 60 } }
        """);

    assertThat(e.problems()).containsExactly(
        "/achievedMin: 数值超出范围 / the number 1E-999999999 is out of range: at most 15 digits before the decimal "
            + "point and 10 after",
        "/overAchievementThreshold: 数值超出范围 / the number 1E+999999999 is out of range: at most 15 digits before "
            + "the decimal point and 10 after",
        "/grades/GOOD: 数值超出范围 / the number 80.00000000000001 is out of range: at most 15 digits before the "
            + "decimal point and 10 after");
  }

  @Test
  void filesCutShortOrNotJsonAreDescribedInTheProjectsWords() {
    String cut = problems("{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"scale\": 1").getMessage();
    String nan = problems("{ \"extends\": \"hunan-2023\", \"id\": \"x\", \"achievedMin\": NaN }").getMessage();
    String comment = problems("{ \"extends\": \"hunan-2023\", // a county\n \"id\": \"x\" }").getMessage();
    String empty = problems("  \n").getMessage();
    String trailing = problems("{ \"extends\": \"hunan-2023\", \"id\": \"x\" } }").getMessage();

    assertThat(cut).isEqualTo("p.json:1:49: not valid JSON (JSON 语法错误): the text ends before the object that starts "
        + "at line 1, column 1 is closed with '}': the file is cut short or a '}' is missing (文件不完整)");
    assertThat(nan).isEqualTo("p.json:1:57: not valid JSON (JSON 语法错误): 'NaN' is not a number JSON can hold: write the "
        + "number itself (NaN、Infinity 不是数字)");
    assertThat(comment).startsWith("p.json:1:28: not valid JSON (JSON 语法错误): a comment (// or /* */), which JSON does "
        + "not allow");
    assertThat(empty).isEqualTo("p.json: 文件为空 / the file is empty: expected a JSON object describing a scoring profile");
    assertThat(trailing).isEqualTo("p.json:1:40: not valid JSON (JSON 语法错误): a '}' that closes nothing: remove it, or "
        + "the '{' it belongs to is missing (多余的 })");
    for (String m : new String[] {cut, nan, comment, empty, trailing}) {
      assertThat(m).doesNotContain("Feature", "`", "java.", "BigDecimal", "Source", "REDACTED", "jackson");
    }
  }

  @Test
  void aFileThatIsNotUtf8SaysSo() {
    byte[] gbk = "{ \"extends\": \"hunan-2023\", \"id\": \"县\", \"name\": \"某县评分规则\" }"
        .getBytes(Charset.forName("GBK"));

    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> BUILT_IN.read(new ByteArrayInputStream(gbk), "p.json"));

    assertThat(e.getMessage()).isEqualTo("p.json: 文件不是 UTF-8 编码 / the file is not UTF-8 text: save it as UTF-8 "
        + "(请另存为 UTF-8 编码)");
  }

  @Test
  void aValidProfileStillReadsExactlyAsWritten() throws Exception {
    ScoringProfile p = read("{ \"extends\": \"hunan-2023\", \"id\": \"y\", \"achievedMin\": 0.85, \"partlyMin\": 0.60 }");

    assertThat(p.achievedMin()).isEqualTo(new BigDecimal("0.85"));
    assertThat(p.partlyMin()).isEqualTo(new BigDecimal("0.60"));
  }

  private static ScoringProfile read(String json) throws Exception {
    return BUILT_IN.read(stream(json), "p.json");
  }

  private static ProfileException problems(String json) {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> BUILT_IN.read(stream(json), "p.json"));
    assertThat(e).as("a ProfileException for %s", json).isNotNull();
    return e;
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}

package io.github.jixiao.scoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.scoring.profile.ScoringProfile.CostPlacement;
import io.github.jixiao.scoring.profile.ScoringProfile.ExecutionFormula;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in scoring profiles, user profile files (with {@code "extends"}) and the profile's own rules. */
class ProfilesTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();
  private static final List<String> IDS = List.of("hunan-2023", "national-2020", "mof-2021", "hubei", "sichuan",
      "anhui", "hebei", "yunnan", "henan", "fujian");

  // ---- the built-in profiles ----------------------------------------------------------------

  @Test
  void theBuiltInProfilesAreListedInTheirDocumentedOrder() {
    assertThat(Profiles.BUILT_IN).containsExactlyElementsOf(IDS);
    assertThat(BUILT_IN.ids()).containsExactlyElementsOf(IDS);
    assertThat(BUILT_IN.all()).extracting(ScoringProfile::id).containsExactlyElementsOf(IDS);
  }

  @Test
  void theDefaultProfileIsHunan2023AndBuiltIn() {
    assertThat(Profiles.DEFAULT).isEqualTo("hunan-2023");
    assertThat(BUILT_IN.find(Profiles.DEFAULT)).isPresent();
  }

  @Test
  void national2020HasExecution10AndCostUnderOutput() {
    ScoringProfile p = BUILT_IN.get("national-2020");

    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.executionFormula()).isEqualTo(ExecutionFormula.PROPORTIONAL);
    assertThat(p.costPlacement()).isEqualTo(CostPlacement.UNDER_OUTPUT);
    assertThat(p.level1Weights()).containsOnlyKeys(Level1Indicator.OUTPUT, Level1Indicator.BENEFIT,
        Level1Indicator.SATISFACTION);
    assertWeight(p, Level1Indicator.OUTPUT, "50");
    assertWeight(p, Level1Indicator.BENEFIT, "30");
    assertWeight(p, Level1Indicator.SATISFACTION, "10");
    assertThat(p.indicatorWeight()).isEqualByComparingTo("90");
  }

  @Test
  void national2020HasTheNationalBandsGradesAndRounding() {
    ScoringProfile p = BUILT_IN.get("national-2020");

    assertThat(p.achievedMin()).isEqualByComparingTo("0.8");
    assertThat(p.partlyMin()).isEqualByComparingTo("0.6");
    assertThat(p.overAchievementThreshold()).isEqualByComparingTo("1.3");
    assertThat(p.overAchievementDeducts()).isFalse();
    assertThat(p.reasonWhenBelowWeight()).isTrue();
    assertThat(p.reasonWhenExecutionBelow()).isNull();
    assertThat(p.scale()).isEqualTo(2);
    assertThat(p.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.grades().get(Grade.EXCELLENT)).isEqualByComparingTo("90");
    assertThat(p.grades().get(Grade.GOOD)).isEqualByComparingTo("80");
    assertThat(p.grades().get(Grade.FAIR)).isEqualByComparingTo("60");
  }

  @Test
  void hunan2023HasExecution10AndCostAsALevel1IndicatorOf20() {
    ScoringProfile p = BUILT_IN.get("hunan-2023");

    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.costPlacement()).isEqualTo(CostPlacement.LEVEL1);
    assertThat(p.level1Weights()).containsOnlyKeys(Level1Indicator.values());
    assertWeight(p, Level1Indicator.OUTPUT, "30");
    assertWeight(p, Level1Indicator.BENEFIT, "30");
    assertWeight(p, Level1Indicator.COST, "20");
    assertWeight(p, Level1Indicator.SATISFACTION, "10");
  }

  @Test
  void hunan2023InheritsTheRestFromNational2020() {
    ScoringProfile hunan = BUILT_IN.get("hunan-2023");
    ScoringProfile national = BUILT_IN.get("national-2020");

    assertThat(hunan.executionFormula()).isEqualTo(national.executionFormula());
    assertThat(hunan.lowerIsBetter()).isEqualTo(national.lowerIsBetter());
    assertThat(hunan.achievedMin()).isEqualByComparingTo(national.achievedMin());
    assertThat(hunan.partlyMin()).isEqualByComparingTo(national.partlyMin());
    assertThat(hunan.scale()).isEqualTo(national.scale());
    assertThat(hunan.rounding()).isEqualTo(national.rounding());
    assertThat(hunan.grades()).isEqualTo(national.grades());
  }

  @Test
  void inheritedNumbersKeepTheirScale() {
    ScoringProfile sichuan = BUILT_IN.get("sichuan");

    assertThat(sichuan.executionWeight()).isEqualTo(new BigDecimal("10"));
    assertThat(sichuan.grades().get(Grade.EXCELLENT)).isEqualTo(new BigDecimal("90"));
    assertThat(sichuan.achievedMin()).isEqualTo(new BigDecimal("0.8"));
  }

  @Test
  void mof2021HasCostAsLevel1AndFreeWeights() {
    ScoringProfile p = BUILT_IN.get("mof-2021");

    assertThat(p.costPlacement()).isEqualTo(CostPlacement.LEVEL1);
    assertThat(p.level1Weights()).isEmpty();
    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.indicatorWeight()).isEqualByComparingTo("90");
  }

  @Test
  void hubeiHasExecution20PartlyBandFrom50PercentAndFreeWeights() {
    ScoringProfile p = BUILT_IN.get("hubei");

    assertThat(p.executionWeight()).isEqualByComparingTo("20");
    assertThat(p.indicatorWeight()).isEqualByComparingTo("80");
    assertThat(p.partlyMin()).isEqualByComparingTo("0.5");
    assertThat(p.achievedMin()).isEqualByComparingTo("0.8");
    assertThat(p.level1Weights()).isEmpty();
  }

  @Test
  void sichuanHasExecution10AndRequiresAReasonBelow90PercentExecution() {
    ScoringProfile p = BUILT_IN.get("sichuan");

    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.reasonWhenExecutionBelow()).isEqualByComparingTo("0.9");
    assertThat(p.level1Weights()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void everyBuiltInProfileNamesItsSourcesAndChoicesWithConfidenceTags(String id) {
    ScoringProfile p = BUILT_IN.get(id);

    assertThat(p.id()).isEqualTo(id);
    assertThat(p.name()).isNotBlank();
    assertThat(p.sources()).isNotEmpty();
    assertThat(p.choices()).isNotEmpty();
    assertThat(p.sources()).as("sources of %s", id).anyMatch(ProfilesTest::hasTag);
    assertThat(p.choices()).as("choices of %s", id).anyMatch(ProfilesTest::hasTag);
    assertThat(String.join("\n", p.sources()) + String.join("\n", p.choices()))
        .containsAnyOf("[official]", "[local]", "[practice]")
        .contains("[open]");
  }

  @Test
  void unknownIdIsRejectedListingEveryKnownId() {
    assertThatThrownBy(() -> BUILT_IN.get("shanghai-2099"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessageContaining("shanghai-2099")
        .hasMessageContaining(String.join(", ", IDS))
        .satisfies(e -> assertThat(((UnknownProfileException) e).known()).containsExactlyElementsOf(IDS));
    assertThat(BUILT_IN.find("shanghai-2099")).isEmpty();
  }

  // ---- user profile files ---------------------------------------------------------------------

  @Test
  void aFileExtendingHunan2023ChangesOnlyWhatItGivesAndInheritsTheRest() throws Exception {
    ScoringProfile hunan = BUILT_IN.get("hunan-2023");

    ScoringProfile p = BUILT_IN.read(resource("hunan-2023-execution-20.json"));

    assertThat(p.id()).isEqualTo("hunan-2023-execution-20");
    assertThat(p.executionWeight()).isEqualByComparingTo("20");
    assertThat(p.indicatorWeight()).isEqualByComparingTo("80");
    assertWeight(p, Level1Indicator.OUTPUT, "30");
    assertWeight(p, Level1Indicator.BENEFIT, "30");
    assertWeight(p, Level1Indicator.COST, "10");
    assertWeight(p, Level1Indicator.SATISFACTION, "10");
    assertThat(p.name()).isEqualTo(hunan.name());
    assertThat(p.costPlacement()).isEqualTo(hunan.costPlacement());
    assertThat(p.executionFormula()).isEqualTo(hunan.executionFormula());
    assertThat(p.stepPoints()).isEqualTo(hunan.stepPoints());
    assertThat(p.stepPercent()).isEqualTo(hunan.stepPercent());
    assertThat(p.lowerIsBetter()).isEqualTo(hunan.lowerIsBetter());
    assertThat(p.achievedMin()).isEqualTo(hunan.achievedMin());
    assertThat(p.partlyMin()).isEqualTo(hunan.partlyMin());
    assertThat(p.overAchievementThreshold()).isEqualTo(hunan.overAchievementThreshold());
    assertThat(p.overAchievementDeducts()).isEqualTo(hunan.overAchievementDeducts());
    assertThat(p.reasonWhenBelowWeight()).isEqualTo(hunan.reasonWhenBelowWeight());
    assertThat(p.reasonWhenExecutionBelow()).isEqualTo(hunan.reasonWhenExecutionBelow());
    assertThat(p.scale()).isEqualTo(hunan.scale());
    assertThat(p.rounding()).isEqualTo(hunan.rounding());
    assertThat(p.grades()).isEqualTo(hunan.grades());
    assertThat(p.choices()).isEqualTo(hunan.choices());
    assertThat(p.sources()).first().isEqualTo("extends hunan-2023");
    assertThat(p.sources()).containsAll(hunan.sources());
  }

  @Test
  void aFileExtendingAProfileIsReadFromAStreamToo() throws Exception {
    String json = "{\"extends\": \"hubei\", \"id\": \"hubei-2024\", \"partlyMin\": 0.6}";

    ScoringProfile p = BUILT_IN.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hubei-2024.json");

    assertThat(p.id()).isEqualTo("hubei-2024");
    assertThat(p.partlyMin()).isEqualByComparingTo("0.6");
    assertThat(p.executionWeight()).isEqualByComparingTo("20");
    assertThat(p.costPlacement()).isEqualTo(CostPlacement.LEVEL1);
  }

  @Test
  void aRegistryWithAUserProfileKnowsItAfterTheBuiltInOnes() throws Exception {
    ScoringProfile p = BUILT_IN.read(resource("hunan-2023-execution-20.json"));

    Profiles registry = BUILT_IN.with(p);

    assertThat(registry.ids()).containsExactly("hunan-2023", "national-2020", "mof-2021", "hubei", "sichuan",
        "anhui", "hebei", "yunnan", "henan", "fujian", "hunan-2023-execution-20");
    assertThat(registry.get("hunan-2023-execution-20")).isEqualTo(p);
    assertThat(BUILT_IN.ids()).as("the built-in registry is unchanged").containsExactlyElementsOf(IDS);
  }

  @Test
  void aFileExtendingAnUnknownIdFailsNamingTheKnownIds() {
    Path file = resource("extends-unknown.json");

    assertThatThrownBy(() -> BUILT_IN.read(file))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("/extends")
        .hasMessageContaining("shanghai-2099")
        .hasMessageContaining("known: " + String.join(", ", IDS));
  }

  @Test
  void aFileWithAWrongTypeFailsNamingTheField() {
    Path file = resource("wrong-type-scale.json");

    assertThatThrownBy(() -> BUILT_IN.read(file))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("/scale")
        .hasMessageContaining("two")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFileWhoseWeightsDoNotAddUpTo100FailsSayingSo() {
    Path file = resource("weights-not-100.json");

    assertThatThrownBy(() -> BUILT_IN.read(file))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("executionWeight plus level1Weights must be 100, got 110");
  }

  @Test
  void aStandaloneFileMissingARequiredFieldFailsNamingIt() {
    Path file = resource("standalone-missing-cost-placement.json");

    assertThatThrownBy(() -> BUILT_IN.read(file))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("costPlacement");
  }

  @Test
  void aFileThatIsNotJsonFailsSayingSo() {
    byte[] bytes = "{\"extends\": \"hunan-2023\",".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BUILT_IN.read(new ByteArrayInputStream(bytes), "broken.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("broken.json:1:26: not valid JSON (JSON 语法错误): ")
        .hasMessageContaining("cut short (文件不完整)");
  }

  @Test
  void aFileThatIsNotAnObjectFailsSayingSo() {
    byte[] bytes = "[\"hunan-2023\"]".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BUILT_IN.read(new ByteArrayInputStream(bytes), "array.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("array.json")
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void aFileWithAnUnknownFieldIsRejectedRatherThanIgnored() {
    byte[] bytes = "{\"extends\": \"hunan-2023\", \"id\": \"typo\", \"executionWieght\": 20}"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BUILT_IN.read(new ByteArrayInputStream(bytes), "typo.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("typo.json")
        .hasMessageContaining("executionWieght");
  }

  // ---- the profile's own rules ------------------------------------------------------------------

  @Test
  void gradeThresholdsAreInclusiveLowerBounds() {
    ScoringProfile p = BUILT_IN.get("hunan-2023");

    assertThat(p.grade(new BigDecimal("100"))).isEqualTo(Grade.EXCELLENT);
    assertThat(p.grade(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(p.grade(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
    assertThat(p.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(p.grade(new BigDecimal("89.99")).chinese()).isEqualTo("良");
    assertThat(p.grade(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
    assertThat(p.grade(new BigDecimal("79.99"))).isEqualTo(Grade.FAIR);
    assertThat(p.grade(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
    assertThat(p.grade(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
    assertThat(p.grade(new BigDecimal("59.99")).chinese()).isEqualTo("差");
    assertThat(p.grade(BigDecimal.ZERO)).isEqualTo(Grade.POOR);
  }

  @Test
  void roundUsesTheProfilesScaleAndHalfUp() {
    ScoringProfile p = BUILT_IN.get("hunan-2023");

    assertThat(p.round(new BigDecimal("9.685"))).isEqualTo(new BigDecimal("9.69"));
    assertThat(p.round(new BigDecimal("9.684999"))).isEqualTo(new BigDecimal("9.68"));
    assertThat(p.round(new BigDecimal("9.675"))).as("HALF_UP, not HALF_EVEN").isEqualTo(new BigDecimal("9.68"));
    assertThat(p.round(new BigDecimal("10"))).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void roundFollowsAProfileWithAnotherScale() throws Exception {
    String json = "{\"extends\": \"national-2020\", \"id\": \"one-decimal\", \"scale\": 1}";

    ScoringProfile p = BUILT_IN.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "one.json");

    assertThat(p.round(new BigDecimal("9.65"))).isEqualTo(new BigDecimal("9.7"));
    assertThat(p.round(new BigDecimal("9.64"))).isEqualTo(new BigDecimal("9.6"));
  }

  // ---- writing ------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void aWrittenBuiltInProfileReadsBackEqual(String id) throws Exception {
    ScoringProfile p = BUILT_IN.get(id);

    String json = Profiles.write(p);
    ScoringProfile back = BUILT_IN.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id + ".json");

    assertThat(back).isEqualTo(p);
    assertThat(json).endsWith("\n").doesNotContain("\"extends\"")
        .as("inherited numbers keep their plain form (10, not 1E+1)").doesNotContainPattern("\\dE[+-]?\\d");
  }

  @Test
  void aWrittenUserProfileReadsBackEqualInAFreshRegistry() throws Exception {
    ScoringProfile p = BUILT_IN.read(resource("hunan-2023-execution-20.json"));

    String json = Profiles.write(p);
    ScoringProfile back = BUILT_IN.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json");

    assertThat(back).isEqualTo(p);
    assertThat(Profiles.write(back)).isEqualTo(json);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static List<String> builtInIds() {
    return IDS;
  }

  private static boolean hasTag(String s) {
    return s.startsWith("[official]") || s.startsWith("[local]") || s.startsWith("[practice]")
        || s.startsWith("[open]");
  }

  private static void assertWeight(ScoringProfile p, Level1Indicator indicator, String expected) {
    assertThat(p.level1Weights()).hasEntrySatisfying(indicator,
        w -> assertThat(w).as("%s weight of %s", indicator, p.id()).isEqualByComparingTo(expected));
  }

  private static Path resource(String name) {
    URL url = Objects.requireNonNull(ProfilesTest.class.getResource("/profiles/" + name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

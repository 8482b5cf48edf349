package io.github.jixiao.scoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.scoring.profile.ScoringProfile.CostPlacement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in profile as shipped: it loads, says where its rules come from, its weights add up for
 * project and department-wide forms, and PROFILES.md documents it.
 */
class BuiltInProfilesTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();
  private static final Pattern URL = Pattern.compile("https?://[^\\s)\"'，。；]+");

  static Stream<String> builtInIds() {
    return Profiles.BUILT_IN.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void loadsUnderItsOwnId(String id) {
    ScoringProfile p = BUILT_IN.get(id);

    assertThat(p.id()).isEqualTo(id);
    assertThat(p.name()).isNotBlank();
    assertThat(p.forDepartmentWide().id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void namesAtLeastOneOfficialSourceWithAUrl(String id) {
    List<String> official = BUILT_IN.get(id).sources().stream()
        .filter(s -> s.startsWith("[official]") && URL.matcher(s).find()).toList();

    assertThat(official).as("[official] sources of %s with a URL", id).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void tagsEverySourceAndEveryChoice(String id) {
    ScoringProfile p = BUILT_IN.get(id);

    assertThat(p.sources()).as("sources of %s", id).isNotEmpty().allSatisfy(s -> assertThat(s)
        .matches("^(extends [a-z0-9-]+|\\[(official|local|practice)\\] .+)$"));
    assertThat(p.choices()).as("choices of %s", id).isNotEmpty()
        .allSatisfy(s -> assertThat(s).startsWith("[open] "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void everyUrlItCitesIsAnAbsoluteHttpUrl(String id) {
    ScoringProfile p = BUILT_IN.get(id);

    for (String text : Stream.concat(p.sources().stream(), p.choices().stream()).toList()) {
      Matcher m = URL.matcher(text);
      while (m.find()) {
        URI uri = URI.create(m.group());
        assertThat(uri.getScheme()).isIn("http", "https");
        assertThat(uri.getHost()).as("host of %s", m.group()).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void weightsAddUpTo100ForProjectForms(String id) {
    assertWeightsAddUpTo100(BUILT_IN.get(id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void weightsAddUpTo100ForDepartmentWideForms(String id) {
    assertWeightsAddUpTo100(BUILT_IN.get(id).forDepartmentWide());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void aLevel1CostWeightOnlyWhereCostIsLevel1(String id) {
    for (ScoringProfile p : List.of(BUILT_IN.get(id), BUILT_IN.get(id).forDepartmentWide())) {
      if (p.costPlacement() == CostPlacement.UNDER_OUTPUT) {
        assertThat(p.level1Weights()).as("%s", id).doesNotContainKey(Level1Indicator.COST);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void writtenWithItsDepartmentWideRulesItReadsBackEqual(String id) throws Exception {
    ScoringProfile p = BUILT_IN.get(id);

    String json = Profiles.write(p);
    ScoringProfile back = BUILT_IN.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id);

    assertThat(back).isEqualTo(p);
    assertThat(back.forDepartmentWide()).isEqualTo(p.forDepartmentWide());
    assertThat(json.contains("\"departmentWide\"")).isEqualTo(!p.departmentWide().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInIds")
  void profilesMdHasARowForIt(String id) throws IOException {
    String doc = Files.readString(profilesMd());

    assertThat(doc).as("PROFILES.md row for %s", id).containsPattern("(?m)^\\| `" + Pattern.quote(id) + "` \\|");
  }

  @Test
  void profilesMdDocumentsNoProfileThatIsNotBuiltIn() throws IOException {
    List<String> documented = Files.readString(profilesMd()).lines()
        .map(l -> Pattern.compile("^\\| `([a-z0-9-]+)` \\|").matcher(l))
        .filter(Matcher::find).map(m -> m.group(1)).toList();

    assertThat(documented).containsExactlyInAnyOrderElementsOf(Profiles.BUILT_IN);
  }

  @Test
  void anhuiScoresProjectFormsLikeNational2020() {
    ScoringProfile anhui = BUILT_IN.get("anhui");
    ScoringProfile national = BUILT_IN.get("national-2020");

    assertThat(anhui.executionWeight()).isEqualByComparingTo("10");
    assertThat(anhui.costPlacement()).isEqualTo(CostPlacement.UNDER_OUTPUT);
    assertThat(anhui.level1Weights()).isEqualTo(national.level1Weights());
    assertThat(anhui.executionFormula()).isEqualTo(national.executionFormula());
    assertThat(anhui.partlyMin()).isEqualByComparingTo("0.6");
    assertThat(anhui.grades()).isEqualTo(national.grades());
  }

  @Test
  void anhuiSharesTheIndicatorPointsOfDepartmentWideFormsFreely() {
    ScoringProfile anhui = BUILT_IN.get("anhui");

    ScoringProfile wide = anhui.forDepartmentWide();

    assertThat(anhui.departmentWide().fields()).containsExactly("level1Weights");
    assertThat(wide.level1Weights()).isEmpty();
    assertThat(wide.executionWeight()).isEqualByComparingTo("10");
    assertThat(wide.indicatorWeight()).isEqualByComparingTo("90");
    assertThat(wide.costPlacement()).isEqualTo(anhui.costPlacement());
    assertThat(wide.sources()).isEqualTo(anhui.sources());
  }

  @Test
  void hebeiScoresEveryFieldAsNational2020() {
    ScoringProfile hebei = BUILT_IN.get("hebei");
    ScoringProfile national = BUILT_IN.get("national-2020");

    for (String field : ScoringProfile.OVERRIDABLE_FIELDS) {
      assertThat(hebei.value(field)).as(field).isEqualTo(national.value(field));
    }
    assertThat(hebei.departmentWide()).isEqualTo(national.departmentWide());
    assertThat(hebei.choices()).anyMatch(c -> c.contains("whole points"));
  }

  @Test
  void sichuanCitesTheProvinceWide2023TemplateForItsReasonRule() {
    ScoringProfile sichuan = BUILT_IN.get("sichuan");

    assertThat(sichuan.reasonWhenExecutionBelow()).isEqualByComparingTo("0.9");
    assertThat(sichuan.sources()).anyMatch(s -> s.contains("510000_0013zp") && s.contains("未达到90%的需说明原因")
        && s.contains("https://www.scqs.gov.cn/"));
  }

  @Test
  void yunnanKeepsExecution10AndSharesTheIndicatorPointsFreely() {
    ScoringProfile yunnan = BUILT_IN.get("yunnan");

    assertThat(yunnan.executionWeight()).isEqualByComparingTo("10");
    assertThat(yunnan.level1Weights()).isEmpty();
    assertThat(yunnan.costPlacement()).isEqualTo(CostPlacement.UNDER_OUTPUT);
    assertThat(yunnan.sources()).anyMatch(s -> s.contains("https://www.yongde.gov.cn/") && s.contains("满意度 20"));
    assertThat(yunnan.choices()).anyMatch(c -> c.contains("昌宁") && c.contains("20"));
  }

  @Test
  void henanMakesCostLevel1AndCitesTheNoticeItsWeightsComeFrom() {
    ScoringProfile henan = BUILT_IN.get("henan");

    assertThat(henan.costPlacement()).isEqualTo(CostPlacement.LEVEL1);
    assertThat(henan.level1Weights()).as("10/30/25/5 add up to 70 only: not fixed").isEmpty();
    assertThat(henan.executionWeight()).isEqualByComparingTo("10");
    assertThat(henan.sources()).anyMatch(s -> s.contains("豫财效〔2024〕1号") && s.contains("成本指标10分"));
    assertThat(henan.choices()).anyMatch(c -> c.contains("70"));
  }

  @Test
  void fujianChangesOnlyTheDepartmentWideLevel1Weights() {
    ScoringProfile fujian = BUILT_IN.get("fujian");
    ScoringProfile national = BUILT_IN.get("national-2020");

    for (String field : ScoringProfile.OVERRIDABLE_FIELDS) {
      assertThat(fujian.value(field)).as(field).isEqualTo(national.value(field));
    }
    assertThat(fujian.departmentWide().fields()).containsExactly("level1Weights");
    assertThat(fujian.forDepartmentWide().level1Weights()).isEmpty();
    assertThat(fujian.forDepartmentWide().executionWeight()).isEqualByComparingTo("10");
  }

  @Test
  void profilesWithoutDepartmentWideRulesScoreBothFormTypesAlike() {
    for (String id : List.of("national-2020", "hunan-2023", "mof-2021", "hubei", "sichuan", "hebei",
        "yunnan", "henan")) {
      ScoringProfile p = BUILT_IN.get(id);

      assertThat(p.departmentWide().isEmpty()).as(id).isTrue();
      assertThat(p.forDepartmentWide()).as(id).isSameAs(p);
    }
  }

  private static void assertWeightsAddUpTo100(ScoringProfile p) {
    assertThat(p.executionWeight()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(p.executionWeight().add(p.indicatorWeight())).isEqualByComparingTo("100");
    if (!p.level1Weights().isEmpty()) {
      BigDecimal sum = p.level1Weights().values().stream().reduce(p.executionWeight(), BigDecimal::add);
      assertThat(sum).as("execution + level-1 weights of %s", p.id()).isEqualByComparingTo("100");
    }
  }

  private static Path profilesMd() {
    Path here = Path.of("PROFILES.md");
    return Files.exists(here) ? here : Path.of("eval-scoring", "PROFILES.md");
  }
}

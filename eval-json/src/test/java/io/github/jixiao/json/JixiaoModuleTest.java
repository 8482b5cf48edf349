package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.ScoreRange;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.model.Level1Indicator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JixiaoModuleTest {
  /** The seed as shipped by eval-examples (which depends on this module, so it is read from its sources). */
  private static final Path SEED = Path.of("../eval-examples/src/main/resources/io/github/jixiao/examples/miluo-2023.json");

  private static final PackageJson JSON = PackageJson.create();

  /** A plain mapper with the module, as a host would build it. */
  private static ObjectMapper plain() {
    return JsonMapper.builder().addModule(new JixiaoModule()).build();
  }

  /** A mapper set up the way hosts often are: lenient, doubles for floats, indented output. */
  private static ObjectMapper lenientHost() {
    return JsonMapper.builder()
        .addModule(new JixiaoModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  @Test
  void aHostMapperReadsTheSeedAsThePackageReaderDoes() throws Exception {
    String text = Files.readString(SEED);
    EvaluationPackage expected = JSON.read(text);
    for (ObjectMapper mapper : List.of(plain(), lenientHost())) {
      assertThat(mapper.readValue(text, EvaluationPackage.class)).isEqualTo(expected);
    }
  }

  @Test
  void aHostMapperWritesTheSeedAsTheCanonicalTree() throws Exception {
    EvaluationPackage pkg = JSON.read(Files.readString(SEED));
    JsonNode canonical = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(JSON.write(pkg));
    for (ObjectMapper mapper : List.of(plain(), lenientHost())) {
      String written = mapper.writeValueAsString(pkg);
      JsonNode tree = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(written);
      assertThat(tree).isEqualTo(canonical);
      assertThat(JSON.read(written)).isEqualTo(pkg);
    }
  }

  @Test
  void decimalsKeepEveryDigitWhateverTheHostReadsFloatsAs() throws Exception {
    String text = Files.readString(SEED).replace("\"annualBudget\": 17477.59", "\"annualBudget\": 17477.5900000001");
    EvaluationPackage pkg = lenientHost().readValue(text, EvaluationPackage.class);
    assertThat(pkg.departmentEvaluation().totalFunds().orElseThrow().annualBudget().value())
        .isEqualByComparingTo("17477.5900000001");
    assertThat(plain().writeValueAsString(pkg)).contains("17477.5900000001");
  }

  @Test
  void unknownFieldsAreProblemsEvenForALenientHost() {
    String text = "{\"formatVersion\":\"1\",\"year\":2023,\"department\":\"部门\",\"foo\":1}";
    assertThatThrownBy(() -> lenientHost().readValue(text, EvaluationPackage.class))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.targetType()).isEqualTo("EvaluationPackage");
          assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/foo");
          assertThat(e.problems().get(0).line()).isEqualTo(1);
          assertThat(e.problems().get(0).column()).isEqualTo(58);
        });
  }

  @Test
  void everyProblemIsListedWithItsPointerAndLine() {
    String text = """
        {
          "formatVersion": "1",
          "year": "x",
          "department": "部门",
          "year2": 1,
          "projects": [ { "id": "A", "name": "项目" } ]
        }
        """;
    assertThatThrownBy(() -> plain().readValue(text, EvaluationPackage.class))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> assertThat(e.problems())
            .extracting(p -> p.line() + ":" + p.pointer())
            .containsExactly("3:/year", "5:/year2", "6:/projects/0/id"));
  }

  @Test
  void aKeyGivenTwiceIsAProblemNotAnOverwrite() {
    String text = "{\"formatVersion\":\"1\",\"year\":2023,\"year\":2024,\"department\":\"部门\"}";
    assertThatThrownBy(() -> plain().readValue(text, EvaluationPackage.class))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> assertThat(e.problems())
            .extracting(Problem::pointer).containsExactly("/year"));
  }

  @Test
  void constraintsAreCheckedAsByThePackageReader() {
    String text = "{\"formatVersion\":\"1\",\"year\":1800,\"department\":\"部门\"}";
    assertThatThrownBy(() -> plain().readValue(text, EvaluationPackage.class))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.pointer()).isEqualTo("/year");
              assertThat(p.message()).isEqualTo("年度须在1990至2100之间 / year must be between 1990 and 2100");
            }));
  }

  @Test
  void theProblemIsAMappingExceptionSoFrameworksTreatItAsBadInput() {
    assertThatThrownBy(() -> plain().readValue("[1, 2]", EvaluationPackage.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("cannot read EvaluationPackage");
  }

  @Test
  void partsOfAPackageAndScoreCellsReadAndWriteAlone() throws Exception {
    ObjectMapper mapper = plain();
    assertThat(mapper.readValue("\"无\"", ScoreCell.class)).isEqualTo(ScoreCell.mark("无"));
    assertThat(mapper.readValue("99.50", ScoreCell.class)).isEqualTo(ScoreCell.of("99.50"));
    assertThat(mapper.writeValueAsString(ScoreCell.of("99.50"))).isEqualTo("99.50");
    EvaluationPackage pkg = JSON.read(Files.readString(SEED));
    SelfEvaluationForm form = pkg.projectEvaluations().get(4);
    String json = mapper.writeValueAsString(form);
    assertThat(mapper.readValue(json, SelfEvaluationForm.class)).isEqualTo(form);
    assertThatThrownBy(() -> mapper.readValue("\"很好\"", ScoreCell.class)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void anEvaluationIsWrittenAsTheScoreJsonAndReadBack() throws Exception {
    PackageEvaluation evaluation = evaluation();
    String canonical = EvaluationJson.write(evaluation);
    for (ObjectMapper mapper : List.of(plain(), lenientHost())) {
      String written = mapper.writeValueAsString(evaluation);
      assertThat(new ObjectMapper().readTree(written)).isEqualTo(new ObjectMapper().readTree(canonical));
      PackageEvaluation read = mapper.readValue(written, PackageEvaluation.class);
      assertThat(read).isEqualTo(evaluation);
      assertThat(EvaluationJson.write(read)).isEqualTo(canonical);
    }
  }

  @Test
  void anEvaluationWhoseDerivedFieldsDisagreeIsRefused() {
    String json = EvaluationJson.write(evaluation());
    assertThatThrownBy(() -> EvaluationJson.read(json.replace("\"errors\": 1", "\"errors\": 7")))
        .isInstanceOfSatisfying(io.github.jixiao.model.InvalidPackageException.class,
            e -> assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/summary/errors"));
    assertThatThrownBy(() -> EvaluationJson.read(json.replace("\"gradeCode\": \"GOOD\"", "\"gradeCode\": \"POOR\"")))
        .isInstanceOfSatisfying(io.github.jixiao.model.InvalidPackageException.class,
            e -> assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/evaluations/0/grade"));
  }

  @Test
  void everyFindingCarriesItsIdInThePackagesOneNumbering() throws Exception {
    String json = EvaluationJson.write(evaluation());
    com.fasterxml.jackson.databind.JsonNode tree = new ObjectMapper().readTree(json);
    // the package-level finding is numbered first although the evaluation lists it last
    assertThat(tree.at("/findings/0/id").intValue()).isEqualTo(1);
    assertThat(tree.at("/evaluations/0/findings/0/id").intValue()).isEqualTo(2);
    assertThatThrownBy(() -> EvaluationJson.read(json.replaceFirst("\"id\": 2", "\"id\": 5")))
        .isInstanceOfSatisfying(io.github.jixiao.model.InvalidPackageException.class,
            e -> assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/evaluations/0/findings/0/id"));
  }

  /** A small evaluation with every kind of value: marks, ranges, nulls, findings at both levels. */
  static PackageEvaluation evaluation() {
    Finding f = new Finding(FindingCode.SCORE_NOT_PER_RULE, Severity.ERROR,
        new Location("3-1", "绩效指标", "产出指标 / 数量指标 / 完成", "/projectEvaluations/0/indicators/0/children/0/rows/0"),
        "按评分规则应得 9.38 分", "9.38 by the rule", "9.38", "10");
    Finding g = new Finding(FindingCode.CROSS_FORM_MISMATCH, Severity.WARNING, new Location(null, null, null, ""),
        "跨表", "across forms", null, null);
    IndicatorScore s = new IndicatorScore("/projectEvaluations/0/indicators/0/children/0/rows/0", null, null, "完成",
        ScoreCell.of("10"), ScoreCell.of("10"), ScoringMethod.values()[0], new ScoreRange(new BigDecimal("9.38"),
        new BigDecimal("9.38")), new BigDecimal("9.38"), "10 × 15 ÷ 16 = 9.38");
    IndicatorScore t = new IndicatorScore("/projectEvaluations/0/indicators/0/children/0/rows/1", null, null, null,
        ScoreCell.mark("无"), null, ScoringMethod.values()[ScoringMethod.values().length - 1], null, null, "未评分");
    GroupScore group = new GroupScore(Level1Indicator.OUTPUT, "产出指标（30分）", new BigDecimal("30"), new BigDecimal("30"),
        new BigDecimal("30"), new BigDecimal("29.38"));
    FormEvaluation form = new FormEvaluation("3-1", "/projectEvaluations/0", "帮代办工作经费", null, new BigDecimal("45"),
        new BigDecimal("45.00"), new BigDecimal("1.000000"), ScoreCell.of("10"), new BigDecimal("10.00"), List.of(s, t),
        List.of(group), null, new BigDecimal("89.38"), Grade.GOOD, List.of(f));
    return new PackageEvaluation("hunan-2023", List.of(form), List.of(g));
  }
}

package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.xlsx.XlsxImporter;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.io.Limits;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.value.ParsedValue;
import io.github.jixiao.scoring.value.ValueParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 6: text that is too big. A value of 200,000 digits once made {@code score} run for
 * more than 30 s. Every parser bounds the work per value: a text beyond what a cell holds is a
 * problem at its place (JSON pointer and line:column, or the workbook's cell); a number with more
 * digits than a form holds is never parsed out of free text (the value is one to review) nor held
 * (a problem, the same words from the JSON reader and the importer); an exponent such as
 * 1E+999999999 is refused before any arithmetic with it. Each case ends within a few seconds (a
 * bound against hangs, not a timing assertion).
 */
class TooBigTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PackageJson JSON = PackageJson.create();
  private static final Fuzz.Bounded BOUNDED = new Fuzz.Bounded(Duration.ofSeconds(20));
  private static final String DIGITS_200K = "9".repeat(200_000);

  @AfterAll
  static void tearDown() {
    BOUNDED.close();
  }

  @Test
  void aValueOf200000DigitsIsAProblemAtItsPointerWhereverItIs() throws Exception {
    ObjectNode seed = seed();
    ObjectNode form = (ObjectNode) seed.get("projectEvaluations").get(0);
    ((ObjectNode) form.get("funds").get("rows").get(0)).put("executionRate", DIGITS_200K + "%");
    ((ObjectNode) row(form)).put("target", "≥" + DIGITS_200K);
    ((ArrayNode) seed.get("projectReports").get(0).get("sections").get(0).get("paragraphs")).add("共计支出" + DIGITS_200K
        + "万元");

    List<Problem> problems = invalid(bytes(seed));

    assertThat(problems).extracting(Problem::pointer).containsExactly(
        "/projectEvaluations/0/funds/rows/0/executionRate",
        "/projectEvaluations/0/indicators/0/children/0/rows/0/target",
        "/projectReports/0/sections/0/paragraphs/1");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.message()).startsWith("文字过长 / the text has 200,00").endsWith(" characters, more than the 32,767 a "
          + "cell holds").hasSizeLessThan(120);
    });
  }

  @Test
  void theLongestTextsAPackageHoldsAreScoredAsValuesToReview() throws Exception {
    String digits = "9".repeat(Limits.TEXT_CHARACTERS - 2);
    ObjectNode seed = seed();
    ObjectNode form = (ObjectNode) seed.get("projectEvaluations").get(0);
    ((ObjectNode) form.get("funds").get("rows").get(0)).put("executionRate", "0." + digits.substring(1) + "%");
    ((ObjectNode) row(form)).put("target", digits + "个").put("actual", "0." + digits.substring(1));
    ((ObjectNode) form.get("goals").get(0)).put("actual", "共计支出" + digits.substring(10) + "万元");
    ((ArrayNode) seed.get("projectReports").get(0).get("sections").get(0).get("paragraphs")).add("综合得分0."
        + digits.substring(10) + "分");
    EvaluationPackage pkg = JSON.read(bytes(seed));

    Fuzz.Outcome o = BOUNDED.run(() -> Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg));

    assertThat(o.timedOut()).as("scoring texts of 32,765 digits ends").isFalse();
    assertThat(o.thrown()).isNull();
    PackageEvaluation evaluation = (PackageEvaluation) o.value();
    assertThat(evaluation.evaluations().stream().filter(e -> e.form().equals("3-1")).findFirst().orElseThrow()
        .findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.VALUE_NEEDS_REVIEW));
  }

  @Test
  void theValueParserReadsNoNumberLongerThanAFormHolds() {
    Fuzz.Outcome o = BOUNDED.run(() -> List.of(ValueParser.parse(DIGITS_200K + "%"),
        ValueParser.parse("≥" + DIGITS_200K + "个"), ValueParser.parse("0." + DIGITS_200K)));

    assertThat(o.thrown()).isNull();
    @SuppressWarnings("unchecked")
    List<ParsedValue> values = (List<ParsedValue>) o.value();
    assertThat(values).allSatisfy(v -> assertThat(v).isInstanceOfSatisfying(ParsedValue.NeedsReview.class,
        n -> assertThat(n.reason()).isEqualTo("a number with more digits than a form holds")));
    assertThat(ValueParser.parse("≥999999999999999个")).isInstanceOf(ParsedValue.Quantity.class);
  }

  @Test
  void hugeExponentsAreRefusedAlikeByTheJsonReaderAndTheImporterBeforeAnyArithmetic() throws Exception {
    ObjectNode seed = seed();
    String json = MAPPER.writeValueAsString(seed).replaceFirst("\"executed\":45", "\"executed\":1E+999999999");
    assertThat(json).contains("1E+999999999");
    EvaluationPackage one = Workbooks.oneForm();
    byte[] xlsx = CellSurgery.cell(Workbooks.render(one), "附件3-1", "F6", " t=\"inlineStr\"",
        "<is><t>1E+999999999</t></is>");

    List<Problem> fromJson = invalid(json.getBytes(StandardCharsets.UTF_8));
    Fuzz.Outcome imported = BOUNDED.run(() -> XlsxImporter.create().read(xlsx, one));

    String expected = "数值超出范围 / the number 1E+999999999 is out of range: at most 15 digits before the decimal point "
        + "and 10 after";
    assertThat(fromJson).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/projectEvaluations/0/funds/rows/0/executed");
      assertThat(p.message()).isEqualTo(expected);
    });
    assertThat(imported.thrown()).isInstanceOf(InvalidPackageException.class);
    assertThat(((InvalidPackageException) imported.thrown()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("附件3-1!F6: " + expected));
  }

  @Test
  void a200000DigitAmountInAWorkbookIsAProblemAtItsCellSaidWithTheLimit() {
    EvaluationPackage one = Workbooks.oneForm();
    byte[] xlsx = CellSurgery.cell(Workbooks.render(one), "附件3-1", "F6", " t=\"inlineStr\"",
        "<is><t>" + DIGITS_200K + "</t></is>");

    Fuzz.Outcome o = BOUNDED.run(() -> XlsxImporter.create().read(xlsx, one));

    assertThat(o.timedOut()).isFalse();
    assertThat(((InvalidPackageException) o.thrown()).problems()).extracting(Problem::message).containsExactly(
        "附件3-1!F6: 全年执行数 is a number of 200,000 digits, more than a form holds (at most 15 before the decimal "
            + "point and 10 after; 数字位数过多)");
  }

  private static ObjectNode seed() throws Exception {
    return (ObjectNode) MAPPER.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  /** The first indicator row of a form. */
  private static com.fasterxml.jackson.databind.JsonNode row(ObjectNode form) {
    return form.get("indicators").get(0).get("children").get(0).get("rows").get(0);
  }

  private static byte[] bytes(ObjectNode tree) throws Exception {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
  }

  private static List<Problem> invalid(byte[] json) {
    Fuzz.Outcome o = BOUNDED.run(() -> JSON.read(json));
    assertThat(o.timedOut()).isFalse();
    assertThat(o.thrown()).as("located problems").isInstanceOf(InvalidPackageException.class);
    return ((InvalidPackageException) o.thrown()).problems();
  }
}

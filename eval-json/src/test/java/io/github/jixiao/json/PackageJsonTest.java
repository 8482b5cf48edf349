package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageJsonTest {
  private final PackageJson json = PackageJson.create();

  private static final String MINIMAL = """
      {
        "formatVersion": "1",
        "year": 2023,
        "department": "汨罗市住房和城乡建设局",
        "projects": [ { "id": "a", "name": "帮代办工作经费" } ],
        "projectEvaluations": [ {
          "label": "3-1",
          "projectId": "a",
          "name": "帮代办工作经费",
          "funds": { "rows": [ { "kind": "TOTAL", "label": "年度资金总额", "initialBudget": 45, "annualBudget": 45.00,
                                 "executed": 5.88, "weight": 10, "executionRate": "100％", "score": 10 } ] },
          "indicators": [ { "indicator": "COST", "label": "成本指标（20分）", "weight": 20, "children": [
            { "indicator": "SOCIAL_COST", "label": "社会成本指标", "rows": [
              { "name": "无", "target": "无", "actual": "无", "weight": "无", "score": "无" },
              {} ] } ] } ],
          "totalWeight": 100,
          "reportedTotal": 99.5
        } ]
      }
      """;

  private static List<Problem> problemsOf(String text) {
    try {
      PackageJson.create().read(text);
    } catch (InvalidPackageException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + text);
  }

  @Test
  void readsExactDecimalsMarksBlankRowsAndAbsentFields() throws Exception {
    EvaluationPackage p = json.read(MINIMAL);
    var form = p.projectEvaluations().get(0);
    var total = form.totalFunds().orElseThrow();
    assertThat(total.annualBudget()).isEqualTo(io.github.jixiao.model.Amount.of("45.00"));
    assertThat(total.executed().toString()).isEqualTo("5.88");
    assertThat(form.reportedTotal()).isEqualTo(ScoreCell.of("99.5"));
    assertThat(form.rows()).hasSize(2);
    assertThat(form.rows().findFirst().orElseThrow().weight()).isEqualTo(ScoreCell.mark("无"));
    assertThat(form.rows().skip(1).findFirst().orElseThrow().isBlank()).isTrue();
    assertThat(form.supervisingDepartment()).isNull();
    assertThat(p.basicData()).isNull();
  }

  @Test
  void writingThenReadingGivesAnEqualPackageAndIdenticalText() throws Exception {
    EvaluationPackage p = json.read(MINIMAL);
    String text = json.write(p);
    EvaluationPackage again = json.read(text);
    assertThat(again).isEqualTo(p);
    assertThat(json.write(again)).isEqualTo(text);
    assertThat(text).contains("\"annualBudget\": 45.00").contains("\"weight\": \"无\"").endsWith("}\n");
    assertThat(text).doesNotContain("null").doesNotContain("\r");
  }

  @Test
  void everyProblemIsReportedAtOnceWithPointerAndLine() {
    String bad = MINIMAL.replace("\"year\": 2023", "\"year\": \"二〇二三\"")
        .replace("\"executed\": 5.88", "\"executed\": -5")
        .replace("\"indicator\": \"COST\"", "\"indicator\": \"PROCESS\"")
        .replace("\"reportedTotal\": 99.5", "\"reportedTotl\": 99.5")
        .replace("\"weight\": \"无\"", "\"weight\": \"十\"");
    List<Problem> problems = problemsOf(bad);
    assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/year",
        "/projectEvaluations/0/funds/rows/0/executed",
        "/projectEvaluations/0/indicators/0/indicator",
        "/projectEvaluations/0/indicators/0/children/0/rows/0/weight",
        "/projectEvaluations/0/reportedTotl");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    Problem year = problems.stream().filter(p -> p.pointer().equals("/year")).findFirst().orElseThrow();
    assertThat(year.line()).isEqualTo(3);
    assertThat(year.message()).contains("whole number").contains("二〇二三");
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("PROCESS").contains("OUTPUT (产出指标)"));
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'十'"));
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() {
    List<Problem> problems = problemsOf("{\n  \"year\": 2023,\n  \"department\": \"x\"\n  \"projects\": []\n}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("not valid JSON");
    });
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThat(problemsOf("{\"year\": 2023, \"year\": 2024}")).singleElement()
        .satisfies(p -> assertThat(p.message()).containsIgnoringCase("duplicate"));
  }

  @Test
  void stringsAreNeverAcceptedForMoney() {
    assertThat(problemsOf(MINIMAL.replace("\"executed\": 5.88", "\"executed\": \"5.88\"")))
        .extracting(Problem::pointer).containsExactly("/projectEvaluations/0/funds/rows/0/executed");
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndGbkIsExplained() throws Exception {
    byte[] utf8 = MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(json.read(bom).year()).isEqualTo(2023);
    byte[] gbk = MINIMAL.getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThatThrownBy(() -> json.read(gbk)).isInstanceOf(InvalidPackageException.class)
        .hasMessageContaining("not valid UTF-8").hasMessageContaining("GBK");
  }

  @Test
  void emptyListsDoNotShiftTheIndentationOfWhatFollows() throws Exception {
    String text = json.write(json.read(MINIMAL));
    assertThat(text).contains("\n  \"projectReports\": []\n}\n").endsWith("\n}\n");
    assertThat(text.lines().mapToInt(l -> l.length() - l.stripLeading().length()).max().orElseThrow())
        .as("deepest indentation: nine levels of nesting").isEqualTo(2 * 9);
  }

  @Test
  void aDecimalWhoseExponentOverflowsIsAProblemAtItsLineNotACrash() {
    // found by the JSON mutation fuzzer (issue 8): Jackson threw a NumberFormatException without a location
    String text = MINIMAL.replace("\"executed\": 5.88", "\"executed\": 41e9999999995");
    List<Problem> problems = problemsOf(text);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(11);
    assertThat(problems.get(0).message()).contains("exponent is too large").contains("41e9999999995");
  }
}

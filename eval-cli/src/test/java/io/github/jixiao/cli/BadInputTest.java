package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code jixiao validate} on the bad-input corpus ({@code src/test/resources/bad-input}): every
 * file gets the right exit code and a message that says where (line:column, JSON pointer) and
 * what is wrong — and never a stack trace.
 */
class BadInputTest {

  /**
   * The corpus: file | exit code | where (as printed: ":line:column: pointer: ") | what (a word
   * of the message). Every file of the corpus is listed here (checked below).
   */
  private static final String CORPUS = """
      valid-minimal.json                    | 0 | valid-minimal.json: valid                                          | 2 forms, 0 reports
      bom-utf8.json                         | 0 | bom-utf8.json: valid                                               | 2 forms, 0 reports
      truncated.json                        | 1 | :145:12:                                                           | the text ends before the object that starts at line 145, column 11 is closed with '}': the file is cut short
      trailing-garbage.json                 | 1 | :205:1:                                                            | a '}' that closes nothing
      trailing-second-value.json            | 1 | :205:1:                                                            | more content after the end of the JSON value
      comments.json                         | 1 | :3:3:                                                              | comment
      duplicate-json-keys.json              | 1 | :4:9:                                                              | Duplicate field 'year'
      nul-byte.json                         | 1 | :8:19:                                                             | CTRL-CHAR, code 0
      empty.json                            | 1 | empty.json: 文件为空                                               | the file is empty
      whitespace-only.json                  | 1 | whitespace-only.json: 文件为空                                     | the file is empty
      literal-null.json                     | 1 | :1:1:                                                              | expected a JSON object describing a package (须为 JSON 对象), found null
      top-level-array.json                  | 1 | :1:1:                                                              | expected a JSON object describing a package (须为 JSON 对象), found array
      deep-nesting-300.json                 | 1 | :4:213:                                                            | the JSON is nested 201 levels deep, more than the 200 the reader takes
      huge-number-1e400.json                | 1 | :30:25: /projectEvaluations/0/funds/rows/0/executed:               | the number 1E+400 is out of range
      gbk.json                              | 1 | :4:18:                                                             | it looks GBK/GB18030-encoded
      utf16.json                            | 1 | utf16.json: 文件是 UTF-16 编码                                     | the file is UTF-16 encoded: save it as UTF-8
      utf16le-no-bom.json                   | 1 | utf16le-no-bom.json: 文件是 UTF-16 编码                            | the file is UTF-16 encoded: save it as UTF-8
      wrong-type-year-string.json           | 1 | :3:11: /year:                                                      | expected a whole number (整数, e.g. 195), found the text '2023'
      wrong-type-object-for-array.json      | 1 | :5:15: /projects:                                                  | expected an array (列表) of Project, found an object
      wrong-type-number-for-string.json     | 1 | :4:17: /department:                                                | expected a string (文本), found the number 2023
      wrong-type-array-for-object.json      | 1 | :23:16: /projectEvaluations/0/funds:                               | expected an object (对象) FundsBlock, found an array
      negative-amount.json                  | 1 | :30:25: /projectEvaluations/0/funds/rows/0/executed:               | amount must not be negative
      weight-above-100.json                 | 1 | :64:29: /projectEvaluations/0/indicators/0/children/0/rows/0/weight: | must be between 0 and 100 points
      unknown-level1-indicator.json         | 1 | :52:24: /projectEvaluations/0/indicators/0/indicator:              | unknown value 'PROCESS'
      unknown-level2-indicator.json         | 1 | :57:28: /projectEvaluations/0/indicators/0/children/0/indicator:   | unknown value 'EFFICIENCY'
      unknown-funds-kind.json               | 1 | :36:21: /projectEvaluations/0/funds/rows/1/kind:                   | unknown value 'SUBSIDY'
      words-as-amount.json                  | 1 | :30:25: /projectEvaluations/0/funds/rows/0/executed:               | expected a number (数字, e.g. 45 or 5.88), found the text '十'
      words-as-weight.json                  | 1 | :64:29: /projectEvaluations/0/indicators/0/children/0/rows/0/weight: | expected a number or one of 无, 不适用, /, —, -; found '十'
      unknown-field-typo.json               | 1 | :134:23: /projectEvaluations/0/reportedTotl:                       | unknown field 'reportedTotl'
      missing-department.json               | 1 | :1:1: /department:                                                 | required field 'department' is missing
      missing-form-name.json                | 1 | :16:5: /projectEvaluations/0/name:                                 | required field 'name' is missing
      missing-funds-kind.json               | 1 | :25:11: /projectEvaluations/0/funds/rows/0/kind:                   | required field 'kind' is missing
      blank-form-name.json                  | 1 | :20:15: /projectEvaluations/0/name:                                | must not be blank
      blank-project-name.json               | 1 | :8:15: /projects/0/name:                                           | must not be blank
      project-id-capitals.json              | 1 | :7:13: /projects/0/id:                                             | must be a lowercase id of letters, digits and '-'
      form-project-id-capitals.json         | 1 | :19:20: /projectEvaluations/0/projectId:                           | must be a lowercase id of letters, digits and '-'
      undeclared-project-id.json            | 1 | :139:20: /projectEvaluations/1/projectId:                          | project id 'weifang-jianding' is not declared in /projects
      duplicate-project-ids.json            | 1 | :11:13: /projects/1/id:                                            | duplicate project id 'bangdaiban'
      duplicate-form-labels.json            | 1 | :137:16: /projectEvaluations/1/label:                              | duplicate form label '3-1'
      null-required.json                    | 1 | :4:17: /department:                                                | must not be null
      unsupported-format-version.json       | 1 | :2:20: /formatVersion:                                             | unsupported format version '2'
      format-version-2-with-new-fields.json | 1 | :2:20: /formatVersion:                                             | unsupported format version '2'
      year-1800.json                        | 1 | :3:11: /year:                                                      | year must be between 1990 and 2100
      ten-problems.json                     | 1 | ten-problems.json: 10 problem(s)                                   | 发现 10 处问题
      bad-form-id-and-negative-amount.json  | 1 | :30:25: /projectEvaluations/0/funds/rows/0/executed:               | amount must not be negative
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest(name = "{0} → exit {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CORPUS)
  void validateGivesTheExitCodeAndSaysWhereAndWhatWithoutAStackTrace(String file, int exit, String where, String what) {
    CliRun run = validate(file);

    assertThat(run.exit()).as(run.all()).isEqualTo(exit);
    assertThat(run.all()).isNotBlank().contains(where).contains(what);
    assertNoStackTrace(run);
    if (exit == 1) {
      assertThat(run.err()).as("problems go to standard output").isEmpty();
      assertThat(run.out()).containsPattern("\\d+ problem\\(s\\) \\(发现 \\d+ 处问题\\)\\n$");
    }
  }

  @Test
  void everyFileOfTheCorpusIsInTheTableAndThereAreAtLeast32BadOnes() throws IOException {
    Set<String> listed = CORPUS.lines().map(l -> l.split("\\|")[0].strip()).collect(Collectors.toSet());
    Set<String> files;
    try (Stream<Path> s = Files.list(corpus())) {
      files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    assertThat(files).isEqualTo(listed);
    Set<String> bad = new HashSet<>(files);
    bad.removeAll(List.of("valid-minimal.json", "bom-utf8.json"));
    assertThat(bad).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void reportsAllTenProblemsOfOneFileTogether() {
    CliRun run = validate("ten-problems.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        ":3:11: /year: ",
        ":11:13: /projects/1/id: ",
        ":30:25: /projectEvaluations/0/funds/rows/0/executed: ",
        ":36:21: /projectEvaluations/0/funds/rows/1/kind: ",
        ":52:24: /projectEvaluations/0/indicators/0/indicator: ",
        ":64:29: /projectEvaluations/0/indicators/0/children/0/rows/0/weight: ",
        ":65:28: /projectEvaluations/0/indicators/0/children/0/rows/0/score: ",
        ":134:23: /projectEvaluations/0/reportedTotl: ",
        ":136:5: /projectEvaluations/1/name: ",
        ":147:30: /projectEvaluations/1/funds/rows/0/initialBudget: ");
    assertThat(run.out().lines().filter(l -> l.contains(": /"))).hasSize(10);
    assertThat(run.out()).endsWith("ten-problems.json: 10 problem(s) (发现 10 处问题)\n");
    assertNoStackTrace(run);
  }

  @Test
  void reportsOnlyTheVersionOfAPackageInAnotherFormat() {
    CliRun run = validate("format-version-2-with-new-fields.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("/formatVersion: ").contains("reads format '1'")
        .doesNotContain("unknown field").contains("1 problem(s)");
  }

  @Test
  void checksTheFundsOfAFormThatCannotBeBuilt() {
    CliRun run = validate("bad-form-id-and-negative-amount.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(":19:20: /projectEvaluations/0/projectId: projectId must be a lowercase id")
        .contains(":30:25: /projectEvaluations/0/funds/rows/0/executed: 金额不能为负数")
        .contains("2 problem(s)");
  }

  @Test
  void jsonFormatListsTheFileValidityAndEveryProblemWithPointerLineColumnAndMessage() throws IOException {
    Path file = corpus().resolve("negative-amount.json");
    CliRun run = CliRun.run("validate", file.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(1);
    assertNoStackTrace(run);
    JsonNode report = JSON.readTree(run.stdout());
    assertThat(report.get("file").textValue()).isEqualTo(file.toString());
    assertThat(report.get("valid").isBoolean()).isTrue();
    assertThat(report.get("valid").booleanValue()).isFalse();
    JsonNode problems = report.get("problems");
    assertThat(problems.isArray()).isTrue();
    assertThat(problems).hasSize(1);
    JsonNode problem = problems.get(0);
    assertThat(problem.get("pointer").textValue()).isEqualTo("/projectEvaluations/0/funds/rows/0/executed");
    assertThat(problem.get("line").intValue()).isEqualTo(30);
    assertThat(problem.get("column").intValue()).isEqualTo(25);
    assertThat(problem.get("message").textValue()).contains("金额不能为负数").contains("must not be negative");
  }

  @Test
  void jsonFormatOfTenProblemsHasTenEntriesInDocumentOrder() throws IOException {
    CliRun run = CliRun.run("validate", "--format", "json", corpus().resolve("ten-problems.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    JsonNode problems = JSON.readTree(run.stdout()).get("problems");
    assertThat(problems).hasSize(10);
    int previousLine = 0;
    for (JsonNode p : problems) {
      assertThat(p.get("pointer").textValue()).startsWith("/");
      assertThat(p.get("line").intValue()).isGreaterThanOrEqualTo(previousLine);
      assertThat(p.get("column").intValue()).isPositive();
      assertThat(p.get("message").textValue()).isNotBlank();
      previousLine = p.get("line").intValue();
    }
  }

  @Test
  void jsonFormatOfADocumentLevelProblemHasAnEmptyPointer() throws IOException {
    CliRun run = CliRun.run("validate", corpus().resolve("empty.json").toString(), "--format=json");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode problem = JSON.readTree(run.stdout()).get("problems").get(0);
    assertThat(problem.get("pointer").textValue()).isEmpty();
    assertThat(problem.get("line").intValue()).isZero();
    assertThat(problem.get("message").textValue()).contains("empty");
  }

  @Test
  void jsonFormatOfAValidFileSaysValidWithNoProblems() throws IOException {
    CliRun run = CliRun.run("validate", corpus().resolve("bom-utf8.json").toString(), "--format", "json");

    assertThat(run.exit()).isZero();
    JsonNode report = JSON.readTree(run.stdout());
    assertThat(report.get("valid").booleanValue()).isTrue();
    assertThat(report.get("problems")).isEmpty();
  }

  @Test
  void aBadFileOnStandardInputIsReportedLikeAFile() throws IOException {
    CliRun run = CliRun.run(Files.readAllBytes(corpus().resolve("gbk.json")), "validate", "-");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:4:18: ").contains("GBK");
    assertNoStackTrace(run);
  }

  @Test
  void aStringValueOfTwoMegabytesIsRefusedWithItsLocation(@TempDir Path dir) throws IOException {
    String valid = Files.readString(corpus().resolve("valid-minimal.json"));
    String title = "\"title\": \"2023年度项目支出绩效自评表\"";
    assertThat(valid).contains(title);
    Path file = dir.resolve("two-megabyte-string.json");
    Files.writeString(file, valid.replaceFirst(title, "\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\""));
    assertThat(Files.size(file)).isGreaterThan(2 * 1024 * 1024);

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("two-megabyte-string.json:18:16: JSON 超出限制")
        .contains("a text of more than 1,000,000 characters").contains("a text holds at most 32,767");
    assertNoStackTrace(run);
  }

  static void assertNoStackTrace(CliRun run) {
    assertThat(run.all()).isNotEmpty()
        .doesNotContain("Exception")
        .doesNotContain("at io.github")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
    assertThat(run.exit()).as("exit 3 is an internal error").isNotEqualTo(3);
  }

  private static CliRun validate(String file) {
    return CliRun.run("validate", corpus().resolve(file).toString());
  }

  static Path corpus() {
    try {
      return Path.of(Objects.requireNonNull(BadInputTest.class.getResource("/bad-input/"), "bad-input corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.jixiao.cli;

import static io.github.jixiao.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao score}: its JSON contract, its text output and its exit codes (0 no ERROR, 1 ERROR, 2 usage). */
class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KNOWN_IDS = "hunan-2023, national-2020, mof-2021, hubei, sichuan";
  private static final List<String> SEED_FORMS = Stream.concat(Stream.of("2"),
      IntStream.rangeClosed(1, 14).mapToObj(i -> "3-" + i)).toList();
  private static final List<String> GRADES = List.of("优", "良", "中", "差", "—（无法评级）");
  private static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");

  private static byte[] seed;

  @BeforeAll
  static void pipeTheBundledExample() {
    CliRun example = CliRun.run("example", "miluo-2023");
    assertThat(example.exit()).as(example.all()).isZero();
    seed = example.stdout();
  }

  // ---- the seed package, JSON ----------------------------------------------------------------

  @Test
  void seedScoredAsJsonExitsOneBecauseItHasErrorFindings() throws IOException {
    CliRun run = CliRun.run(seed, "score", "-", "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(json(run).path("summary").path("errors").asInt()).isPositive();
  }

  @Test
  void seedJsonHasOneEvaluationPerFormInPackageOrder() throws IOException {
    JsonNode root = json(CliRun.run(seed, "score", "-", "--format", "json"));

    assertThat(root.path("profile").asText()).isEqualTo("hunan-2023");
    JsonNode evaluations = root.path("evaluations");
    assertThat(evaluations.isArray()).isTrue();
    assertThat(evaluations).hasSize(15);
    List<String> forms = new ArrayList<>();
    evaluations.forEach(e -> forms.add(e.path("form").asText()));
    assertThat(forms).containsExactlyElementsOf(SEED_FORMS);
  }

  @Test
  void seedJsonEvaluationsFollowTheDocumentedContract() throws IOException {
    JsonNode evaluations = json(CliRun.run(seed, "score", "-", "--format", "json")).path("evaluations");

    for (JsonNode e : evaluations) {
      String form = e.path("form").asText();
      assertThat(e.path("form").isTextual()).as(form).isTrue();
      assertThat(e.path("name").isTextual()).as("name of %s", form).isTrue();
      assertThat(e.path("name").asText()).as("name of %s", form).isNotBlank();
      assertThat(e.has("reportedTotal")).as("reportedTotal of %s", form).isTrue();
      assertThat(e.path("computedTotal").isNumber()).as("computedTotal of %s", form).isTrue();
      assertThat(e.path("grade").asText()).as("grade of %s", form).isIn(GRADES);
      assertThat(e.path("findings").isArray()).as("findings of %s", form).isTrue();
      e.path("findings").forEach(f -> assertFinding(f, "form " + form));
    }
  }

  @Test
  void seedJsonReportsABlankTotalAsNullAndADecimalTotalAsANumber() throws IOException {
    JsonNode evaluations = json(CliRun.run(seed, "score", "-", "--format", "json")).path("evaluations");

    JsonNode form313 = evaluation(evaluations, "3-13");
    JsonNode form314 = evaluation(evaluations, "3-14");
    assertThat(form313.get("reportedTotal")).isNotNull();
    assertThat(form313.get("reportedTotal").isNull()).isTrue();
    assertThat(form314.get("reportedTotal").isNumber()).isTrue();
    assertThat(form314.get("reportedTotal").decimalValue()).isEqualByComparingTo("99.5");
  }

  @Test
  void seedJsonGradeMatchesTheComputedTotal() throws IOException {
    JsonNode evaluations = json(CliRun.run(seed, "score", "-", "--format", "json")).path("evaluations");

    for (JsonNode e : evaluations) {
      BigDecimal total = e.path("computedTotal").decimalValue();
      // weights that do not add up to 100 (附件2: 110, 3-3: 90, 3-11: 109) leave the total without a grade
      boolean gradable = !e.path("findings").toString().contains("WEIGHTS_NOT_100");
      String expected = !gradable ? "—（无法评级）" : total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
          : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
          : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
      assertThat(e.path("grade").asText()).as("grade of %s (%s)", e.path("form").asText(), total).isEqualTo(expected);
    }
  }

  @Test
  void seedJsonHasPackageFindingsAndASummaryCountingEveryFinding() throws IOException {
    JsonNode root = json(CliRun.run(seed, "score", "-", "--format", "json"));

    JsonNode packageFindings = root.path("findings");
    assertThat(packageFindings.isArray()).isTrue();
    assertThat(packageFindings).isNotEmpty();
    packageFindings.forEach(f -> assertFinding(f, "package"));

    Map<String, Integer> counted = countBySeverity(root);
    JsonNode summary = root.path("summary");
    assertThat(summary.path("forms").asInt()).isEqualTo(15);
    assertThat(summary.path("errors").isIntegralNumber()).isTrue();
    assertThat(summary.path("errors").asInt()).isEqualTo(counted.get("ERROR"));
    assertThat(summary.path("warnings").asInt()).isEqualTo(counted.get("WARNING"));
    assertThat(summary.path("infos").asInt()).isEqualTo(counted.get("INFO"));
    assertThat(counted.get("ERROR")).isPositive();
  }

  @Test
  void seedJsonIsTheSameFromAFileAsFromStandardInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("miluo.json");
    Files.write(file, seed);

    CliRun fromFile = CliRun.run("score", file.toString(), "--format", "json");
    CliRun fromStdin = CliRun.run(seed, "score", "-", "--format", "json");

    assertThat(fromFile.exit()).isEqualTo(1);
    assertThat(fromFile.out()).isEqualTo(fromStdin.out());
  }

  // ---- the seed package, text ----------------------------------------------------------------

  @Test
  void seedAsTextPrintsOneBlockPerFormAndAFinalSummaryLine() throws IOException {
    CliRun run = CliRun.run(seed, "score", "-");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).startsWith("<stdin>: 2023 ").contains("profile hunan-2023");
    List<String> blocks = new ArrayList<>();
    Pattern header = Pattern.compile("^附件(\\S+)\\s+\\S.*$");
    for (String line : lines) {
      Matcher m = header.matcher(line);
      if (m.matches()) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).containsExactlyElementsOf(SEED_FORMS);
    assertThat(run.out()).contains("总分 reported 99, computed ").contains("跨表 / package:");

    JsonNode summary = json(CliRun.run(seed, "score", "-", "--format", "json")).path("summary");
    assertThat(lines[lines.length - 1]).isEqualTo("<stdin>: 15 form(s): " + summary.path("errors").asInt()
        + " error(s), " + summary.path("warnings").asInt() + " warning(s), " + summary.path("infos").asInt() + " info");
    assertThat(run.out()).endsWith("\n");
  }

  // ---- a consistent package ------------------------------------------------------------------

  @Test
  void consistentPackageExitsZeroWithNoErrorFinding() throws IOException {
    CliRun run = CliRun.run("score", validMinimal().toString(), "--format", "json");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = json(run);
    assertThat(root.path("summary").path("errors").asInt()).isZero();
    assertThat(countBySeverity(root).get("ERROR")).isZero();
    for (JsonNode e : root.path("evaluations")) {
      assertThat(e.path("computedTotal").decimalValue()).as(e.path("form").asText())
          .isEqualByComparingTo(e.path("reportedTotal").decimalValue());
      assertThat(e.path("grade").asText()).isEqualTo("优");
    }
  }

  @Test
  void consistentPackageAsTextExitsZero() {
    Path file = validMinimal();

    CliRun run = CliRun.run("score", file.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("附件3-1").contains("附件3-2")
        .containsPattern(Pattern.quote(file + ": 2 form(s): 0 error(s), ") + "\\d+ warning\\(s\\), 0 info\\n$");
  }

  @Test
  void consistentPackageUnderAProfileWithFreeWeightsHasNoFindingAtAll() throws IOException {
    CliRun run = CliRun.run("score", validMinimal().toString(), "--profile", "mof-2021", "--format", "json");

    assertThat(run.exit()).as(run.all()).isZero();
    JsonNode root = json(run);
    assertThat(root.path("profile").asText()).isEqualTo("mof-2021");
    assertThat(countBySeverity(root)).containsEntry("ERROR", 0).containsEntry("WARNING", 0).containsEntry("INFO", 0);
  }

  // ---- choosing the profile ------------------------------------------------------------------

  @Test
  void profileOptionChoosesTheProfile() throws IOException {
    CliRun run = CliRun.run(seed, "score", "-", "--profile", "national-2020", "--format", "json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(json(run).path("profile").asText()).isEqualTo("national-2020");
  }

  @Test
  void profileNamedByThePackageIsUsedUnlessTheOptionNamesAnother() throws IOException {
    ObjectNode pkg = (ObjectNode) JSON.readTree(Files.readAllBytes(validMinimal()));
    pkg.put("profile", "mof-2021");
    byte[] bytes = JSON.writeValueAsBytes(pkg);

    CliRun named = CliRun.run(bytes, "score", "-", "--format", "json");
    CliRun overridden = CliRun.run(bytes, "score", "-", "--format", "json", "--profile", "sichuan");

    assertThat(named.exit()).as(named.all()).isZero();
    assertThat(json(named).path("profile").asText()).isEqualTo("mof-2021");
    assertThat(json(overridden).path("profile").asText()).isEqualTo("sichuan");
  }

  @Test
  void unknownProfileIsAUsageErrorListingTheKnownIds() {
    CliRun run = CliRun.run(seed, "score", "-", "--profile", "shanghai-2099");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown scoring profile 'shanghai-2099'").contains("known: " + KNOWN_IDS);
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void unknownProfileNamedByThePackageIsAUsageErrorListingTheKnownIds() throws IOException {
    ObjectNode pkg = (ObjectNode) JSON.readTree(Files.readAllBytes(validMinimal()));
    pkg.put("profile", "shanghai-2099");

    CliRun run = CliRun.run(JSON.writeValueAsBytes(pkg), "score", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("shanghai-2099").contains(KNOWN_IDS);
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void profileFileExtendingABuiltInOneIsUsed(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("my-county.json");
    Files.writeString(profile, """
        { "extends": "hunan-2023", "id": "my-county-2024", "name": "某县 2024",
          "executionWeight": 20, "level1Weights": { "OUTPUT": 30, "BENEFIT": 30, "COST": 10, "SATISFACTION": 10 } }
        """);

    CliRun run = CliRun.run(seed, "score", "-", "--profile-file", profile.toString(), "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(json(run).path("profile").asText()).isEqualTo("my-county-2024");
  }

  @Test
  void profileOptionWinsOverTheProfileFile(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("my-county.json");
    Files.writeString(profile, "{ \"extends\": \"hunan-2023\", \"id\": \"my-county-2024\" }");

    CliRun run = CliRun.run(seed, "score", "-", "--profile-file", profile.toString(), "--profile", "hubei",
        "--format", "json");

    assertThat(json(run).path("profile").asText()).isEqualTo("hubei");
  }

  @Test
  void profilePrintedByProfilesShowCanBeEditedAndUsedAsAProfileFile(@TempDir Path dir) throws IOException {
    CliRun show = CliRun.run("profiles", "--show", "sichuan");
    ObjectNode edited = (ObjectNode) JSON.readTree(show.stdout());
    edited.put("id", "sichuan-copy");
    Path profile = dir.resolve("sichuan-copy.json");
    Files.write(profile, JSON.writeValueAsBytes(edited));

    CliRun run = CliRun.run("score", validMinimal().toString(), "--profile-file", profile.toString(), "--format", "json");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(json(run).path("profile").asText()).isEqualTo("sichuan-copy");
  }

  @Test
  void invalidProfileFileIsAUsageErrorNamingTheField(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("bad.json");
    Files.writeString(profile, "{ \"extends\": \"hunan-2023\", \"id\": \"bad\", \"scale\": \"two\" }");

    CliRun run = CliRun.run(seed, "score", "-", "--profile-file", profile.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(profile.toString()).contains("/scale");
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void profileFileExtendingAnUnknownIdIsAUsageErrorListingTheKnownIds(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("bad.json");
    Files.writeString(profile, "{ \"extends\": \"shanghai-2099\", \"id\": \"bad\" }");

    CliRun run = CliRun.run(seed, "score", "-", "--profile-file", profile.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("shanghai-2099").contains("known: " + KNOWN_IDS);
    assertNoStackTrace(run);
  }

  @Test
  void missingProfileFileIsAUsageError(@TempDir Path dir) {
    Path profile = dir.resolve("missing.json");

    CliRun run = CliRun.run(seed, "score", "-", "--profile-file", profile.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(profile.toString());
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  // ---- bad input and usage -------------------------------------------------------------------

  @Test
  void invalidPackageIsAUsageErrorWithLocatedProblemsOnStandardError() throws IOException {
    byte[] bytes = Files.readAllBytes(badInput("wrong-type-year-string.json"));

    CliRun run = CliRun.run(bytes, "score", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.err()).containsPattern("(?m)^<stdin>:\\d+:\\d+: /year: ")
        .contains("<stdin> is not a valid package").contains("jixiao validate");
    assertNoStackTrace(run);
  }

  @Test
  void invalidPackageWithManyProblemsListsEachOfThem() throws IOException {
    Path file = badInput("ten-problems.json");

    CliRun run = CliRun.run("score", file.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    Matcher m = Pattern.compile("is not a valid package \\((\\d+) problem\\(s\\)\\)").matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    int problems = Integer.parseInt(m.group(1));
    assertThat(problems).isGreaterThan(1);
    assertThat(run.err().lines().filter(l -> l.startsWith(file + ":"))).hasSize(problems);
    assertNoStackTrace(run);
  }

  @Test
  void notJsonIsAUsageErrorWithoutAStackTrace() {
    CliRun run = CliRun.run("{\"year\": ".getBytes(StandardCharsets.UTF_8), "score", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.err()).contains("<stdin>:").contains("is not a valid package");
    assertNoStackTrace(run);
  }

  @Test
  void missingFileIsAUsageError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.run("score", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString()).contains("no such file");
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.run(seed, "score", "-", "--format", "xml");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml");
    assertNoStackTrace(run);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    CliRun run = CliRun.run("score", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jixiao score").contains("--profile").contains("--profile-file")
        .contains("--format");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpCommandPrintsTheUsageOfScore() {
    CliRun run = CliRun.run("help", "score");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jixiao score");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.stdout()).as("JSON on standard output; stderr: %s", run.err()).isNotEmpty();
    return JSON.readTree(run.stdout());
  }

  private static JsonNode evaluation(JsonNode evaluations, String form) {
    for (JsonNode e : evaluations) {
      if (e.path("form").asText().equals(form)) {
        return e;
      }
    }
    throw new AssertionError("no evaluation of form " + form);
  }

  private static void assertFinding(JsonNode f, String where) {
    assertThat(f.isObject()).as("finding of %s", where).isTrue();
    assertThat(f.path("code").isTextual()).as("code of a finding of %s: %s", where, f).isTrue();
    assertThat(f.path("code").asText()).matches("[A-Z][A-Z0-9_]*");
    assertThat(f.path("severity").asText()).as("severity of %s", f).isIn(SEVERITIES);
    assertThat(f.path("location").isObject()).as("location of %s", f).isTrue();
    assertThat(f.path("location").path("text").asText()).as("location text of %s", f).isNotBlank();
    assertThat(f.path("message").isTextual()).as("message of %s", f).isTrue();
    assertThat(f.path("message").asText()).as("message of %s", f).isNotBlank();
  }

  /** Findings of every form plus the package's, by severity. */
  private static Map<String, Integer> countBySeverity(JsonNode root) {
    Map<String, Integer> counts = new TreeMap<>();
    SEVERITIES.forEach(s -> counts.put(s, 0));
    List<JsonNode> all = new ArrayList<>();
    root.path("evaluations").forEach(e -> e.path("findings").forEach(all::add));
    root.path("findings").forEach(all::add);
    for (JsonNode f : all) {
      counts.merge(f.path("severity").asText(), 1, Integer::sum);
    }
    return counts;
  }

  private static Path validMinimal() {
    return badInput("valid-minimal.json");
  }

  private static Path badInput(String name) {
    URL url = Objects.requireNonNull(ScoreCommandTest.class.getResource("/bad-input/" + name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

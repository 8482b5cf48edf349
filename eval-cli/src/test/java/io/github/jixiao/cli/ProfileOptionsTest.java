package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --profile-file} on every command that scores, {@code $JIXIAO_PROFILES}, and a package
 * that names a custom profile id.
 */
class ProfileOptionsTest {
  private static final String COUNTY = "{\"extends\": \"hunan-2023\", \"id\": \"county-2024\", \"name\": \"某县 2024\","
      + " \"grades\": {\"EXCELLENT\": 95, \"GOOD\": 85, \"FAIR\": 60}}";

  /** The seed package naming {@code profile} as its profile. */
  private static Path seedNaming(Path dir, String profile) throws IOException {
    String json = new String(Examples.json(Examples.MILUO_2023).orElseThrow(), StandardCharsets.UTF_8);
    json = json.replaceFirst("\"profile\": \"hunan-2023\"", "\"profile\": \"" + profile + "\"");
    assertThat(json).contains("\"profile\": \"" + profile + "\"");
    Path file = dir.resolve("seed.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static Path profile(Path dir, String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void renderTakesAProfileFileLikeScore(@TempDir Path dir) throws IOException {
    Path county = profile(dir, "county.json", COUNTY);
    Path seed = seedNaming(dir, "hunan-2023");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", dir.resolve("out").toString(),
        "--profile-file", county.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(dir.resolve("out/seed.xlsx")).isNotEmptyFile();
    CliRun score = CliRun.run("score", seed.toString(), "--profile-file", county.toString());
    assertThat(score.out()).contains("profile county-2024");
  }

  @Test
  void aPackageNamingACustomProfileFindsItInTheFileGiven(@TempDir Path dir) throws IOException {
    Path county = profile(dir, "county.json", COUNTY);
    Path seed = seedNaming(dir, "county-2024");

    CliRun without = CliRun.run("score", seed.toString());
    assertThat(without.exit()).isEqualTo(2);
    assertThat(without.err()).contains("county-2024").contains("--profile-file").contains("JIXIAO_PROFILES");

    CliRun with = CliRun.run("score", seed.toString(), "--profile-file", county.toString());
    assertThat(with.out()).contains("profile county-2024");
    CliRun render = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", dir.resolve("r").toString(),
        "--profile-file", county.toString());
    assertThat(render.exit()).as(render.err()).isEqualTo(0);
  }

  @Test
  void profilesOnTheEnvironmentPathAreKnownToScoreAndRender(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("profiles"));
    profile(folder, "county.json", COUNTY);
    Path seed = seedNaming(dir, "county-2024");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("JIXIAO_PROFILES", folder.toString());

    CliRun score = CliRun.withEnv(env, "score", seed.toString());
    assertThat(score.out()).as(score.err()).contains("profile county-2024");
    CliRun render = CliRun.withEnv(env, "render", seed.toString(), "--format", "xlsx", "--out",
        dir.resolve("out").toString());
    assertThat(render.exit()).as(render.err()).isEqualTo(0);
  }

  @Test
  void aMissingEntryOfTheEnvironmentPathIsAUsageErrorNamingIt(@TempDir Path dir) throws IOException {
    Path seed = seedNaming(dir, "hunan-2023");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("JIXIAO_PROFILES", dir.resolve("nowhere").toString());

    CliRun run = CliRun.withEnv(env, "score", seed.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("$JIXIAO_PROFILES").contains("nowhere").doesNotContain("Exception");
  }

  @Test
  void aBadProfileFileIsAUsageErrorOnRenderToo(@TempDir Path dir) throws IOException {
    Path bad = profile(dir, "bad.json", "{\"extends\": \"hunan-2023\", \"id\": \"bad\", \"executionFormula\": \"STEP\"}");
    Path seed = seedNaming(dir, "hunan-2023");

    CliRun run = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", dir.resolve("o").toString(),
        "--profile-file", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("executionFormula").contains("PROPORTIONAL").doesNotContain("Exception");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void everyProblemOfEveryProfileFileIsReportedAtOnceAndNoneIsUsed(@TempDir Path dir) throws IOException {
    Path seed = seedNaming(dir, "hunan-2023");
    Path builtInId = profile(dir, "hunan.json", "{ \"extends\": \"hunan-2023\", \"id\": \"hunan-2023\", \"scale\": 1 }");
    Path lying = profile(dir, "lying.json", "{ \"extends\": \"hunan-2023\", \"id\": \"x\",\n"
        + "  \"rounding\": \"UNNECESSARY\", \"executionWeight\": \"10分\" }");
    Path cut = profile(dir, "cut.json", "{ \"extends\": \"hunan-2023\", \"id\": \"y\"");
    Path good = profile(dir, "county.json", COUNTY);

    CliRun run = CliRun.withEnv(Map.of(ProfileOptions.ENV, good.toString()), "score", seed.toString(),
        "--profile-file", builtInId.toString(), "--profile-file", lying.toString(), "--profile-file", cut.toString(),
        "--profile-file", dir.resolve("missing.json").toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(builtInId + ":1:34: /id: 'hunan-2023' is the id of a built-in profile with other rules")
        .contains(lying + ":2:15: /rounding: UNNECESSARY cannot round")
        .contains(lying + ":2:49: /executionWeight: expected a number, found \"10分\": write the number alone, 10")
        .contains(cut + ":1:37: not valid JSON (JSON 语法错误): the text ends before the object")
        .contains(dir.resolve("missing.json") + ": no such profile file (评分规则文件不存在)")
        .contains("no custom profile is used")
        .doesNotContain("internal error", "Exception", "BigDecimal", "Feature");
  }

  @Test
  void aRoundingThatWouldStopScoringIsAUsageErrorNotAnInternalOne(@TempDir Path dir) throws IOException {
    Path seed = seedNaming(dir, "hunan-2023");
    Path unnecessary = profile(dir, "u.json", "{ \"extends\": \"hunan-2023\", \"id\": \"u\", \"rounding\": "
        + "\"UNNECESSARY\" }");

    CliRun run = CliRun.run("score", seed.toString(), "--profile-file", unnecessary.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("/rounding: UNNECESSARY cannot round").doesNotContain("internal error");
  }

  @Test
  void exampleListShowsEveryBundledExampleWithALine() {
    CliRun run = CliRun.run("example", "--list");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out().lines()).hasSize(Examples.list().size());
    assertThat(run.out()).startsWith("miluo-2023\t湖南 2023 汨罗市住房和城乡建设局");
  }
}

package io.github.jixiao.cli;

import static io.github.jixiao.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** {@code jixiao profiles [--show ID]}: lists the built-in scoring profiles or prints one as JSON. */
class ProfilesCommandTest {
  private static final List<String> IDS = io.github.jixiao.scoring.profile.Profiles.BUILT_IN;

  static List<String> ids() {
    return IDS;
  }

  @Test
  void listsTheBuiltInProfilesInOrder() {
    CliRun run = CliRun.run("profiles");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> listed = run.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.split("\\s+")[0]).toList();
    assertThat(listed).containsExactlyElementsOf(IDS);
  }

  @Test
  void marksTheDefaultProfileAndOnlyIt() {
    CliRun run = CliRun.run("profiles");

    List<String> marked = run.out().lines().filter(l -> l.contains("(default)")).toList();
    assertThat(marked).singleElement().asString().startsWith(Profiles.DEFAULT + " ");
  }

  @Test
  void listsEachProfilesExecutionWeightAndLevel1Split() {
    String out = CliRun.run("profiles").out();

    assertThat(out).contains("预算执行率 10 (PROPORTIONAL); 产出指标 30, 效益指标 30, 成本指标 20, 满意度指标 10; 成本 一级指标")
        .contains("预算执行率 10 (PROPORTIONAL); 产出指标 50, 效益指标 30, 满意度指标 10; 成本 产出下的二级指标")
        .contains("预算执行率 20 (PROPORTIONAL); 指标共 80 分自由分配; 成本 一级指标")
        .doesNotContain("E+");
  }

  @Test
  void showHubeiPrintsJsonThatProfilesReadsBack() throws Exception {
    CliRun run = CliRun.run("profiles", "--show", "hubei");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    ScoringProfile read = Profiles.builtIn().read(new ByteArrayInputStream(run.stdout()), "hubei.json");
    assertThat(read).isEqualTo(Profiles.builtIn().get("hubei"));
    assertThat(read.executionWeight()).isEqualByComparingTo("20");
    assertThat(read.partlyMin()).isEqualByComparingTo("0.5");
  }

  @ParameterizedTest(name = "profiles --show {0}")
  @org.junit.jupiter.params.provider.MethodSource("ids")
  void showPrintsEveryBuiltInProfileInFullWithPlainNumbers(String id) throws Exception {
    CliRun run = CliRun.run("profiles", "--show", id);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{").endsWith("}\n")
        .contains("\"id\": \"" + id + "\"")
        .contains("\"executionWeight\"").contains("\"grades\"").contains("\"sources\"").contains("\"choices\"")
        .doesNotContain("\"extends\"")
        .doesNotContainPattern("\\dE[+-]?\\d");
    assertThat(Profiles.builtIn().read(new ByteArrayInputStream(run.stdout()), id + ".json"))
        .isEqualTo(Profiles.builtIn().get(id));
  }

  @Test
  void showOfAnUnknownIdIsAUsageErrorListingTheKnownIds() {
    CliRun run = CliRun.run("profiles", "--show", "nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown scoring profile 'nope'").contains("known: " + String.join(", ", IDS));
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void showWithoutAnIdIsAUsageError() {
    CliRun run = CliRun.run("profiles", "--show");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--show");
    assertNoStackTrace(run);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    CliRun run = CliRun.run("profiles", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jixiao profiles").contains("--show");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void rootHelpListsTheScoreAndProfilesCommands() {
    CliRun run = CliRun.run("--help");

    assertThat(run.out()).contains("score").contains("profiles");
  }
}

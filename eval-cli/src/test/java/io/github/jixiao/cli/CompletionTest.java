package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * {@code jixiao generate-completion}: the bash/zsh completion script, checked in real shells
 * (completion simulated by setting {@code COMP_WORDS}/{@code COMP_CWORD} and calling the
 * completion function, as bash does on TAB).
 */
class CompletionTest {
  @TempDir static Path dir;
  private static CliRun generated;
  private static Path script;

  @BeforeAll
  static void generateTheScript() throws IOException {
    generated = CliRun.run("generate-completion");
    script = Files.write(dir.resolve("jixiao_completion"), generated.stdout());
  }

  /** The names of every subcommand, as the root command declares them. */
  private static List<String> subcommands() {
    return Arrays.stream(Main.class.getAnnotation(Command.class).subcommands())
        .map(c -> c.getAnnotation(Command.class).name()).toList();
  }

  /** What bash offers for the command line {@code words} (the last one is the word being completed). */
  private static List<String> bashCompletes(Path cwd, String... words) throws Exception {
    assumeTrue(CliProcess.installed("bash"), "bash is not installed");
    String harness = String.join("\n",
        "source \"$COMPLETION_SCRIPT\" || exit 9",
        "compopt() { :; }  # bash's compopt refuses to run outside a real completion",
        "COMP_WORDS=(\"$@\")",
        "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
        "COMP_LINE=\"$*\"",
        "COMP_POINT=${#COMP_LINE}",
        "COMPREPLY=()",
        "_complete_jixiao",
        "printf '%s\\n' \"${COMPREPLY[@]}\"");
    List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", harness, "bash"));
    command.addAll(List.of(words));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().put("COMPLETION_SCRIPT", script.toString());
    CliProcess.Result r = CliProcess.run(dir, pb);
    assertThat(r.exit()).as("bash exit; stderr: %s", r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return r.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void generateCompletionExitsZeroAndPrintsAScriptNamingEverySubcommand() {
    assertThat(generated.exit()).as(generated.err()).isZero();
    assertThat(generated.err()).isEmpty();
    assertThat(generated.out()).startsWith("#!/usr/bin/env bash").contains("_complete_jixiao");
    assertThat(subcommands()).contains("example", "validate", "score", "profiles", "render", "renderers", "template",
        "import", "help", "generate-completion");
    for (String name : subcommands()) {
      assertThat(generated.out()).as(name).contains("\"${COMP_WORDS[0]} " + name + "\"");
    }
  }

  @Test
  void theRootHelpListsGenerateCompletion() {
    CliRun run = CliRun.run("--help");
    assertThat(run.out()).contains("generate-completion");
    assertThat(CliRun.run("generate-completion", "--help").exit()).isZero();
  }

  @Test
  void bashAcceptsTheScript() throws Exception {
    assumeTrue(CliProcess.installed("bash"), "bash is not installed");
    CliProcess.Result r = CliProcess.run(dir, List.of("bash", "-n", script.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void sourcedInBashItRegistersTheCompletionOfJixiao() throws Exception {
    assumeTrue(CliProcess.installed("bash"), "bash is not installed");
    CliProcess.Result r = CliProcess.run(dir, List.of("bash", "--norc", "--noprofile", "-c",
        "source " + CliProcess.quote(script.toString()) + " && complete -p jixiao"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("-F _complete_jixiao").endsWith(" jixiao\n");
  }

  @Test
  void bashCompletesTheSubcommands() throws Exception {
    assertThat(bashCompletes(dir, "jixiao", "")).containsExactlyElementsOf(subcommands());
    assertThat(bashCompletes(dir, "jixiao", "re")).containsExactly("render", "renderers");
  }

  @Test
  void bashCompletesTheOptionsOfASubcommand() throws Exception {
    assertThat(bashCompletes(dir, "jixiao", "render", "--"))
        .contains("--format", "--mode", "--out", "--profile", "--font-body", "--discover-fonts", "--no-summary",
            "--plugins", "--help");
    assertThat(bashCompletes(dir, "jixiao", "score", "--p")).containsExactlyInAnyOrder("--profile", "--profile-file");
  }

  @Test
  void bashCompletesTheExampleNames() throws Exception {
    assertThat(bashCompletes(dir, "jixiao", "example", "")).containsExactlyElementsOf(Examples.names());
  }

  @Test
  void bashCompletesOptionValuesProfilesFormatsAndModes() throws Exception {
    assertThat(bashCompletes(dir, "jixiao", "score", "--profile", "")).containsExactlyElementsOf(Profiles.builtIn().ids());
    assertThat(bashCompletes(dir, "jixiao", "score", "x.json", "--format", "")).containsExactly("text", "json");
    assertThat(bashCompletes(dir, "jixiao", "render", "x.json", "--format", "")).containsExactly("docx", "pdf", "xlsx");
    assertThat(bashCompletes(dir, "jixiao", "render", "x.json", "--mode", "")).containsExactly("reported", "computed", "submission");
  }

  @Test
  void bashCompletesFileNamesWhereAFileIsExpected(@TempDir Path cwd) throws Exception {
    Files.writeString(cwd.resolve("miluo-2023.json"), "{}", StandardCharsets.UTF_8);
    Files.writeString(cwd.resolve("other.txt"), "", StandardCharsets.UTF_8);
    assertThat(bashCompletes(cwd, "jixiao", "score", "mi")).containsExactly("miluo-2023.json");
    assertThat(bashCompletes(cwd, "jixiao", "validate", "mi")).containsExactly("miluo-2023.json");
    assertThat(bashCompletes(cwd, "jixiao", "example", "miluo-2023", "--out", "ot")).containsExactly("other.txt");
  }

  @Test
  void zshLoadsTheScriptUnderBashcompinit(@TempDir Path home) throws Exception {
    assumeTrue(CliProcess.installed("zsh"), "zsh is not installed (apt-get install zsh): the zsh check is skipped");
    String harness = String.join("\n",
        "autoload -U +X compinit && compinit -u -D",
        "autoload -U +X bashcompinit && bashcompinit",
        "source \"$1\" || exit 9",
        "print -r -- \"${_comps[jixiao]}\"",
        "setopt ksharrays  # as zsh's _bash_complete does",
        "COMP_WORDS=(jixiao score --profile '')",
        "COMP_CWORD=3",
        "COMP_LINE='jixiao score --profile '",
        "COMPREPLY=()",
        "_complete_jixiao 2>/dev/null",
        "print -r -- \"${COMPREPLY[*]}\"");
    ProcessBuilder pb = new ProcessBuilder("zsh", "-f", "-c", harness, "zsh", script.toString()).directory(home.toFile());
    pb.environment().put("HOME", home.toString());
    pb.environment().put("ZDOTDIR", home.toString());
    CliProcess.Result r = CliProcess.run(dir, pb);
    assertThat(r.exit()).as("zsh exit; stderr: %s", r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().toList()).containsExactly("_bash_complete -F _complete_jixiao -o default",
        String.join(" ", Profiles.builtIn().ids()));
  }
}

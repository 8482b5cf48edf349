package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch progress bar is drawn on standard error only when standard error is a terminal:
 * never into a file, a pipe, a test or a program embedding {@link Main#run}. Whether it is one is
 * decided once, in {@link Main#main}: from what the launcher {@code bin/jixiao} says
 * ({@code [ -t 2 ]}), else from {@code /proc/self/fd/2}.
 */
class ProgressBarTest {
  private static final String BAR_END = "] 2/2";

  @TempDir static Path dir;
  private static Path folder;

  @BeforeAll
  static void folderOfTwoPackages() throws IOException {
    folder = Files.createDirectory(dir.resolve("packages"));
    byte[] seed = Examples.json(Examples.MILUO_2023).orElseThrow();
    Files.write(folder.resolve("a.json"), seed);
    Files.write(folder.resolve("b.json"), seed);
  }

  @Test
  void inProcessABatchDrawsNoBar() {
    CliRun score = CliRun.run("score", folder.toString(), "--format", "json");
    CliRun render = CliRun.run("render", folder.toString(), "--format", "xlsx", "--out", dir.resolve("in-process").toString());

    for (CliRun run : List.of(score, render)) {
      assertThat(run.all()).doesNotContain("\r").doesNotContain(BAR_END).doesNotContain("\033[K");
    }
    assertThat(score.err()).contains("2 packages: 2 scored");
  }

  @Test
  void aTerminalStreamAsStandardErrorGetsTheBar() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new TerminalStream(err)) {
      exit = Main.run(new String[] {"score", folder.toString(), "--format", "json"}, new ByteArrayInputStream(new byte[0]), o, e);
    }

    assertThat(exit).isEqualTo(1); // the seed has ERROR findings
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("\r[").contains(BAR_END);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\r").startsWith("{");
  }

  @Test
  void whatTheLauncherSaysWins() throws IOException {
    withLinks(links -> {
      Path pts = Files.createSymbolicLink(links.resolve("2"), Path.of("/dev/pts/3"));

      assertThat(TerminalStream.isTerminal("true", links.resolve("none"))).isTrue();
      assertThat(TerminalStream.isTerminal("false", pts)).isFalse();
      assertThat(TerminalStream.isTerminal("", pts)).isFalse();
    });
  }

  @Test
  void withoutTheLauncherAProcLinkToATerminalDeviceIsATerminal() throws IOException {
    withLinks(links -> {
      assertThat(TerminalStream.isTerminal(null, Files.createSymbolicLink(links.resolve("pts"), Path.of("/dev/pts/3")))).isTrue();
      assertThat(TerminalStream.isTerminal(null, Files.createSymbolicLink(links.resolve("tty"), Path.of("/dev/tty1")))).isTrue();
      assertThat(TerminalStream.isTerminal(null, Files.createSymbolicLink(links.resolve("file"), links.resolve("err.txt")))).isFalse();
      assertThat(TerminalStream.isTerminal(null, Files.createSymbolicLink(links.resolve("null"), Path.of("/dev/null")))).isFalse();
      assertThat(TerminalStream.isTerminal(null, Files.createSymbolicLink(links.resolve("pipe"), Path.of("pipe:[1234]")))).isFalse();
      assertThat(TerminalStream.isTerminal(null, links.resolve("missing"))).isFalse();
    });
  }

  private interface LinkTest {
    void in(Path links) throws IOException;
  }

  /** Runs {@code test} in a fresh folder of symbolic links like /proc/self/fd's, removed afterwards. */
  private static void withLinks(LinkTest test) throws IOException {
    Path links = Files.createTempDirectory("fd");
    try {
      test.in(links);
    } finally {
      try (var files = Files.list(links)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(links);
    }
  }

  @Test
  void aBatchWithStandardErrorRedirectedToAFileDrawsNoBar() throws Exception {
    List<String> command = new ArrayList<>(CliProcess.jixiao());
    command.addAll(List.of("score", folder.toString(), "--format", "json"));

    CliProcess.Result r = CliProcess.run(dir, command);

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("2 packages: 2 scored (2 with errors), 0 failed\n");
    assertThat(r.out()).doesNotContain("\r");
  }

  @Test
  void aBatchOnAPseudoTerminalDrawsTheBar() throws Exception {
    assumeTrue(CliProcess.installed("script"), "script (util-linux) is not installed: no pseudo-terminal to test with");
    List<String> command = new ArrayList<>(CliProcess.jixiao());
    command.addAll(List.of("score", folder.toString(), "--format", "json"));

    // script gives the command a pseudo-terminal as its standard streams and copies what it writes
    CliProcess.Result r = CliProcess.run(dir, List.of("script", "-qec", CliProcess.shell(command) + " >/dev/null", "/dev/null"));

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("\r[").contains(BAR_END).contains("2 packages: 2 scored (2 with errors), 0 failed");
  }

  @Test
  void theLauncherTellsTheJvmWhetherStandardOutputAndErrorAreTerminals(@TempDir Path tree) throws Exception {
    Path launcher = fakeInstallation(tree);

    CliProcess.Result files = CliProcess.run(dir, launcherCommand(tree, launcher));
    assertThat(files.exit()).as(files.err()).isZero();
    assertThat(Files.readAllLines(tree.resolve("java-args.txt")))
        .contains("-Djixiao.stdout.terminal=false", "-Djixiao.stderr.terminal=false");

    assumeTrue(CliProcess.installed("script"), "script (util-linux) is not installed: no pseudo-terminal to test with");
    CliProcess.Result pty = CliProcess.run(dir, List.of("script", "-qec", CliProcess.shell(launcherCommand(tree, launcher)), "/dev/null"));
    assertThat(pty.exit()).as(pty.out() + pty.err()).isZero();
    List<String> args = Files.readAllLines(tree.resolve("java-args.txt"));
    assertThat(args).contains("-Djixiao.stdout.terminal=true", "-Djixiao.stderr.terminal=true");
    assertThat(args.subList(args.indexOf("-jar"), args.size()))
        .containsExactly("-jar", tree.resolve("eval-cli/target/jixiao.jar").toString(), "score", "a b.json");
  }

  /** A copy of bin/jixiao next to an empty jar, run by a "java" that writes down its arguments. */
  private static Path fakeInstallation(Path tree) throws IOException {
    Path bin = Files.createDirectories(tree.resolve("bin"));
    Path launcher = Files.copy(CliProcess.root().resolve("bin/jixiao"), bin.resolve("jixiao"), StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(tree.resolve("eval-cli/target"));
    Files.write(tree.resolve("eval-cli/target/jixiao.jar"), new byte[0]);
    Path java = Files.writeString(tree.resolve("java"),
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + CliProcess.quote(tree.resolve("java-args.txt").toString()) + "\n",
        StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  private static List<String> launcherCommand(Path tree, Path launcher) {
    return List.of("env", "JAVA=" + tree.resolve("java"), "JAVA_OPTS=", launcher.toString(), "score", "a b.json");
  }
}

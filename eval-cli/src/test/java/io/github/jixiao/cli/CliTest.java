package io.github.jixiao.cli;

import static io.github.jixiao.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's behaviour and its exit-code contract (0 OK, 1 bad input, 2 usage, 3 never). */
class CliTest {
  private static byte[] bundled;

  @BeforeAll
  static void readBundledExample() throws IOException {
    try (InputStream in = CliTest.class.getResourceAsStream("/io/github/jixiao/examples/miluo-2023.json")) {
      bundled = Objects.requireNonNull(in, "bundled example resource").readAllBytes();
    }
  }

  @Test
  void exampleWritesTheBundledResourceByteForByteToStandardOutput() {
    CliRun run = CliRun.run("example", "miluo-2023");

    assertThat(run.exit()).isZero();
    assertThat(run.stdout()).isEqualTo(bundled);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exampleWithOutWritesTheFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("miluo.json");

    CliRun run = CliRun.run("example", "miluo-2023", "--out", file.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.stdout()).isEmpty();
    assertThat(file).hasBinaryContent(bundled);
    assertThat(list(dir)).containsExactly(file);
  }

  @Test
  void exampleWithOutReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("miluo.json");
    Files.writeString(file, "old content");

    CliRun run = CliRun.run("example", "miluo-2023", "-o", file.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(file).hasBinaryContent(bundled);
    assertThat(list(dir)).containsExactly(file);
    assertThat(list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void exampleOutputPipedIntoValidateIsValid() {
    CliRun example = CliRun.run("example", "miluo-2023");

    CliRun run = CliRun.run(example.stdout(), "validate", "-");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).startsWith("<stdin>: valid (格式有效)").contains("forms");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateWithoutAFileIsAUsageError() {
    CliRun run = CliRun.run(bundled, "validate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'").contains("jixiao validate --help");
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void unknownExampleIsAUsageErrorListingTheKnownNames() {
    CliRun run = CliRun.run("example", "shanghai-2099");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown example 'shanghai-2099'").contains("known: miluo-2023");
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void validateOfAMissingFileIsAUsageError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.run("validate", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString()).contains("no such file");
    assertThat(run.stdout()).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void validateOfADirectoryIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.run("validate", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(dir.toString()).contains("it is a directory");
    assertNoStackTrace(run);
  }

  @Test
  void unknownOptionIsAUsageErrorPointingAtHelp() {
    CliRun run = CliRun.run("validate", "--frobnicate", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("jixiao validate --help");
    assertNoStackTrace(run);
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.run("validate", "--format", "xml", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml");
    assertNoStackTrace(run);
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.run("frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("frobnicate");
    assertNoStackTrace(run);
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("a command is required").contains("--help");
    assertNoStackTrace(run);
  }

  @Test
  void exampleWithoutANameIsAUsageError() {
    CliRun run = CliRun.run("example");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("NAME");
    assertNoStackTrace(run);
  }

  @Test
  void validateOfTwoFilesIsAUsageError() {
    CliRun run = CliRun.run("validate", "a.json", "b.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("b.json");
    assertNoStackTrace(run);
  }

  @ParameterizedTest(name = "jixiao {0} --help")
  @ValueSource(strings = {"", "example", "validate", "help"})
  void helpOfEveryCommandPrintsUsageAndExitsZero(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

    CliRun run = CliRun.run(args);

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("Usage: jixiao" + (command.isEmpty() ? "" : " " + command));
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "jixiao help {0}")
  @ValueSource(strings = {"example", "validate"})
  void helpCommandPrintsTheUsageOfACommand(String command) {
    CliRun run = CliRun.run("help", command);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jixiao " + command);
  }

  @Test
  void rootHelpListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.run("--help");

    assertThat(run.out()).contains("example").contains("validate").contains("help")
        .containsPattern("Exit codes: 0 OK/valid, 1 the input has problems, 2 usage error or unreadable\\s+file, 3 internal error\\.");
  }

  @Test
  void versionExitsZero() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("jixiao ");
  }

  @Test
  void exampleOutIntoAMissingDirectoryIsAUsageErrorNamingTheDirectory(@TempDir Path dir) throws IOException {
    Path missingDir = dir.resolve("no-such-dir");
    Path file = missingDir.resolve("miluo.json");

    CliRun run = CliRun.run("example", "miluo-2023", "--out", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + file).contains(missingDir + " does not exist");
    assertThat(run.stdout()).isEmpty();
    assertThat(list(dir)).isEmpty();
    assertNoStackTrace(run);
  }

  @Test
  void exampleOutOntoADirectoryIsAUsageError(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.run("example", "miluo-2023", "--out", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("it is a directory");
    assertThat(list(dir)).isEmpty();
    assertNoStackTrace(run);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}

package io.github.jixiao.cli;

import static io.github.jixiao.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.render.xlsx.XlsxTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out -}: standard output where a command writes exactly one file ({@code example},
 * {@code import}, {@code template}), a usage error for {@code render}, which writes several files
 * into a directory. Never a file or directory named {@code -}.
 */
class OutDashTest {
  private static final Path DASH = Path.of("-");

  @TempDir static Path shared;
  private static Path seed;
  private static byte[] workbook;

  @BeforeAll
  static void seedAndItsWorkbook() throws IOException {
    seed = Files.write(shared.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
    Path rendered = shared.resolve("rendered");
    CliRun render = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", rendered.toString());
    assertThat(render.exit()).as(render.all()).isZero();
    workbook = Files.readAllBytes(rendered.resolve("miluo-2023.xlsx"));
  }

  @BeforeEach
  void noDashInTheWorkingDirectory() {
    assumeFalse(Files.exists(DASH), "a file named - is already in " + DASH.toAbsolutePath().getParent());
  }

  @AfterEach
  void stillNoDashInTheWorkingDirectory() {
    assertThat(DASH).as("a file or directory named - in the working directory").doesNotExist();
  }

  @Test
  void renderOutDashIsAUsageErrorInOneLine() {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--out", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("jixiao render: ").contains("directory").contains("- (standard output) is not one");
    assertNoStackTrace(run);
  }

  @Test
  void renderOfAFolderWithOutDashIsAUsageErrorBeforeAnythingIsRendered() throws IOException {
    Path folder = Files.createDirectories(shared.resolve("folder"));
    Files.copy(seed, folder.resolve("a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    CliRun run = CliRun.run("render", folder.toString(), "--format", "pdf,xlsx", "--out", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("- (standard output) is not one");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(folder.resolve("a.json"));
    }
  }

  @Test
  void exampleOutDashWritesTheExampleToStandardOutput() {
    CliRun run = CliRun.run("example", "miluo-2023", "--out", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.stdout()).isEqualTo(Examples.json(Examples.MILUO_2023).orElseThrow());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void importOutDashWritesThePackageJsonToStandardOutput(@TempDir Path dir) throws IOException {
    Path xlsx = Files.write(dir.resolve("miluo.xlsx"), workbook);

    CliRun dash = CliRun.run("import", xlsx.toString(), "--base", seed.toString(), "--out", "-");
    CliRun file = CliRun.run("import", xlsx.toString(), "--base", seed.toString(), "--out", dir.resolve("back.json").toString());

    assertThat(dash.exit()).as(dash.err()).isZero();
    assertThat(dash.err()).isEmpty();
    assertThat(file.exit()).as(file.err()).isZero();
    assertThat(dash.stdout()).isNotEmpty().isEqualTo(Files.readAllBytes(dir.resolve("back.json")));
  }

  @Test
  void templateOutDashWritesTheWorkbookToStandardOutputWhenItIsNotATerminal() {
    CliRun run = CliRun.run("template", "--out", "-", "--year", "2024");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.stdout()).isEqualTo(XlsxTemplate.forYear(2024).toBytes());
  }

  @Test
  void templateOutDashRefusesToWriteBinaryOntoATerminal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream terminal = new TerminalStream(out);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(new String[] {"template", "--out", "-"}, new ByteArrayInputStream(new byte[0]), terminal, e);
    }

    assertThat(exit).isEqualTo(2);
    assertThat(out.toByteArray()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
        .startsWith("jixiao template: ").contains("terminal").contains("--out FILE.xlsx");
  }

  @Test
  void templateToAFileIsWrittenWhateverStandardOutputIs(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try (PrintStream terminal = new TerminalStream(out)) {
      exit = Main.run(new String[] {"template", "--out", dir.resolve("t.xlsx").toString(), "--year", "2024"},
          new ByteArrayInputStream(new byte[0]), terminal, terminal);
    }

    assertThat(exit).isZero();
    assertThat(dir.resolve("t.xlsx")).hasBinaryContent(XlsxTemplate.forYear(2024).toBytes());
  }
}

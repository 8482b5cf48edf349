package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors, proved by use: the CLI started as the named module
 * {@code io.github.jixiao.cli} on the module path (its runtime dependencies as listed by the
 * build in {@code target/runtime-module-path.txt}), finds the PDF and XLSX renderers through
 * their {@code provides} clauses, validates with Hibernate Validator, loads the scoring
 * profiles with Jackson, and gives the same bytes as the class-path run.
 */
class ModulePathTest {
  static final Path LIST = Path.of("target", "runtime-module-path.txt");

  @TempDir static Path dir;
  static String modulePath;
  static Path seed;

  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void modulePathAndSeed() throws IOException {
    assumeTrue(Files.isRegularFile(LIST), "no " + LIST + ": it is written by maven-dependency-plugin "
        + "in generate-test-resources; run the tests through Maven");
    modulePath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
        + Files.readString(LIST, StandardCharsets.UTF_8).strip();
    seed = dir.resolve("miluo-2023.json");
    Files.write(seed, Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  static Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "--module-path", modulePath));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JIXIAO_PLUGINS");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("java finished").isTrue();
    return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }

  static Run jixiao(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--module", "io.github.jixiao.cli/io.github.jixiao.cli.Main"));
    all.addAll(List.of(args));
    return java(all.toArray(String[]::new));
  }

  @Test
  void renderersAreDeclaredAsProvidersInTheirModuleDescriptors() throws Exception {
    Run pdf = java("--describe-module", "io.github.jixiao.render.pdf");
    assertThat(pdf.text()).as(pdf.err())
        .contains("provides io.github.jixiao.model.render.RendererProvider with io.github.jixiao.render.pdf.PdfRendererProvider");
    Run xlsx = java("--describe-module", "io.github.jixiao.render.xlsx");
    assertThat(xlsx.text()).as(xlsx.err())
        .contains("provides io.github.jixiao.model.render.RendererProvider with io.github.jixiao.render.xlsx.XlsxRendererProvider");
    Run docx = java("--describe-module", "io.github.jixiao.render.docx");
    assertThat(docx.text()).as(docx.err())
        .contains("provides io.github.jixiao.model.render.RendererProvider with io.github.jixiao.render.docx.DocxRendererProvider");
    Run model = java("--describe-module", "io.github.jixiao.model");
    assertThat(model.text()).as(model.err()).contains("uses io.github.jixiao.model.render.RendererProvider");
  }

  @Test
  void onTheModulePathTheCliFindsEveryRendererThroughTheServiceLoader() throws Exception {
    Run run = jixiao("renderers");
    assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
    assertThat(run.text()).isEqualTo(CliRun.run("renderers").out());
    assertThat(run.text()).contains("pdf", "xlsx", "docx");
  }

  @Test
  void onTheModulePathScoringGivesTheSameJsonAsOnTheClassPath() throws Exception {
    Run run = jixiao("score", seed.toString(), "--format", "json");
    CliRun classPath = CliRun.run("score", seed.toString(), "--format", "json");
    assertThat(run.exit()).as("exit (the seed has errors); stderr: %s", run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception");
    // 27: SeedFindingsTest's errors (the 附件1 swap is stated on its two rows besides the four form cells)
    assertThat(run.text()).contains("\"errors\": 27,").isEqualTo(classPath.out());
  }

  @Test
  void onTheModulePathValidationReportsTheSameProblems() throws Exception {
    Path bad = dir.resolve("bad.json");
    String json = Files.readString(seed, StandardCharsets.UTF_8).replaceFirst("\"year\": 2023", "\"year\": 1800");
    assertThat(json).contains("\"year\": 1800");
    Files.writeString(bad, json, StandardCharsets.UTF_8);
    Run good = jixiao("validate", seed.toString());
    assertThat(good.exit()).as(good.err()).isZero();
    Run run = jixiao("validate", bad.toString());
    CliRun classPath = CliRun.run("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1).isEqualTo(classPath.exit());
    assertThat(run.text() + run.err()).contains("/year").isEqualTo(classPath.all());
  }

  @Test
  void onTheModulePathRenderingWritesTheSameBytesAsOnTheClassPath() throws Exception {
    Path modular = dir.resolve("module-out");
    Path plain = dir.resolve("class-out");
    Run run = jixiao("render", seed.toString(), "--format", "pdf,xlsx", "--out", modular.toString());
    assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
    assertThat(CliRun.run("render", seed.toString(), "--format", "pdf,xlsx", "--out", plain.toString()).exit()).isZero();
    for (String name : List.of("miluo-2023.pdf", "miluo-2023.xlsx")) {
      assertThat(modular.resolve(name)).as(name).exists();
      assertThat(Files.readAllBytes(modular.resolve(name))).as(name).isEqualTo(Files.readAllBytes(plain.resolve(name)));
    }
  }

  @Test
  void onTheModulePathTheImporterReadsBackWhatTheWriterWrote() throws Exception {
    // the importer reads the writer's layout package, which the writer exports to it alone
    Run xlsx = java("--describe-module", "io.github.jixiao.render.xlsx");
    assertThat(xlsx.text()).as(xlsx.err())
        .contains("qualified exports io.github.jixiao.render.xlsx.layout to io.github.jixiao.importer.xlsx");
    Path out = dir.resolve("import-out");
    Run render = jixiao("render", seed.toString(), "--format", "xlsx", "--out", out.toString());
    assertThat(render.exit()).as("exit; stderr: %s", render.err()).isZero();
    Path back = dir.resolve("back.json");
    Run run = jixiao("import", out.resolve("miluo-2023.xlsx").toString(), "--base", seed.toString(), "--out",
        back.toString());
    assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(seed));
  }
}

package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao render DIR} and {@code jixiao score DIR}: a folder with two good and two bad packages. */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static Path folder;
  private static Path rendered;
  private static CliRun render;

  @BeforeAll
  static void writeFolderAndRenderItOnce() throws IOException {
    folder = Files.createDirectory(shared.resolve("packages"));
    byte[] seed = Examples.json(Examples.MILUO_2023).orElseThrow();
    Files.write(folder.resolve("a-miluo.json"), seed);
    Files.writeString(folder.resolve("b-broken.json"), "{ \"year\": 2023, ", StandardCharsets.UTF_8);
    ObjectNode other = (ObjectNode) JSON.readTree(seed);
    other.put("department", "汨罗市财政局（第二份）");
    Files.write(folder.resolve("c-other.json"), JSON.writeValueAsBytes(other));
    Files.writeString(folder.resolve("d-invalid.json"), "{\"year\": \"x\"}", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "not a package", StandardCharsets.UTF_8);
    rendered = shared.resolve("out");
    render = CliRun.run("render", folder.toString(), "--format", "pdf,xlsx", "--out", rendered.toString());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void renderingAFolderReportsBothFailuresAndStillRendersTheGoodPackages() throws IOException {
    assertThat(render.exit()).as(render.all()).isEqualTo(1);
    assertThat(names(rendered)).containsExactly("a-miluo.pdf", "a-miluo.xlsx", "c-other.pdf", "c-other.xlsx", "汇总.xlsx");
    assertThat(render.out())
        .contains("ok   a-miluo.json → a-miluo.pdf, a-miluo.xlsx")
        .contains("FAIL b-broken.json: ")
        .contains("ok   c-other.json → c-other.pdf, c-other.xlsx")
        .contains("FAIL d-invalid.json: not a valid package")
        .contains("/department")
        .endsWith("4 packages: 2 rendered, 2 failed\n");
    assertThat(render.all()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void packageLinesComeInFileOrderWhateverTheScheduling() {
    String out = render.out();
    assertThat(out.indexOf("a-miluo.json")).isLessThan(out.indexOf("b-broken.json"));
    assertThat(out.indexOf("b-broken.json")).isLessThan(out.indexOf("c-other.json"));
    assertThat(out.indexOf("c-other.json")).isLessThan(out.indexOf("d-invalid.json"));
  }

  @Test
  void theBatchSummaryWorkbookHoldsEveryFormOfTheRenderedPackages() throws IOException {
    assertThat(render.out()).contains("汇总 ").contains(": 30 forms");
    List<String> departments = new ArrayList<>();
    try (var in = Files.newInputStream(rendered.resolve("汇总.xlsx"));
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = wb.getSheet("汇总");
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row != null && row.getCell(0) != null && !row.getCell(0).getStringCellValue().isBlank()) {
          departments.add(row.getCell(0).getStringCellValue());
        }
      }
    }
    assertThat(departments).hasSize(30);
    assertThat(departments.subList(15, 30)).containsOnly("汨罗市财政局（第二份）");
    assertThat(departments.subList(0, 15)).doesNotContain("汨罗市财政局（第二份）");
  }

  @Test
  void renderingTheFolderTwiceGivesTheSameBytes(@TempDir Path again) throws IOException {
    CliRun second = CliRun.run("render", folder.toString(), "--format", "xlsx,pdf", "--out", again.toString());
    assertThat(second.exit()).isEqualTo(1);
    assertThat(names(again)).isEqualTo(names(rendered));
    for (String name : names(rendered)) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(rendered.resolve(name)));
    }
  }

  @Test
  void pdfOnlyWritesNoSummaryWorkbook(@TempDir Path out) throws IOException {
    Path one = Files.createDirectory(out.resolve("one"));
    Files.write(one.resolve("x.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
    CliRun run = CliRun.run("render", one.toString(), "--format", "pdf", "--out", out.resolve("o").toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(names(out.resolve("o"))).containsExactly("x.pdf");
    assertThat(run.out()).endsWith("1 packages: 1 rendered, 0 failed\n");
  }

  @Test
  void anUnwritableOutputFolderIsAUsageError(@TempDir Path out) throws IOException {
    Path locked = Files.createDirectory(out.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
    CliRun run = CliRun.run("render", folder.toString(), "--format", "pdf", "--out", locked.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("locked").doesNotContain("\tat ");
  }

  @Test
  void scoringAFolderGivesOneJsonDocumentWithResultsAndErrorsInFileOrder() throws IOException {
    CliRun run = CliRun.run("score", folder.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(run.stdout());
    List<String> files = new ArrayList<>();
    root.path("packages").forEach(p -> files.add(p.path("file").asText()));
    assertThat(files).containsExactly("a-miluo.json", "b-broken.json", "c-other.json", "d-invalid.json");
    JsonNode packages = root.path("packages");
    assertThat(packages.get(0).path("result").path("evaluations")).hasSize(15);
    assertThat(packages.get(1).path("error").asText()).isNotBlank();
    assertThat(packages.get(1).has("result")).isFalse();
    assertThat(packages.get(2).path("result").path("evaluations")).hasSize(15);
    assertThat(packages.get(3).path("error").asText()).contains("not a valid package").contains("/department");
    JsonNode summary = root.path("summary");
    assertThat(summary.path("packages").asInt()).isEqualTo(4);
    assertThat(summary.path("scored").asInt()).isEqualTo(2);
    assertThat(summary.path("failed").asInt()).isEqualTo(2);
    assertThat(summary.path("withErrors").asInt()).isEqualTo(2);
    assertThat(summary.path("forms").asInt()).isEqualTo(30);
    assertThat(summary.path("errors").asInt()).isEqualTo(2 * packages.get(0).path("result").path("summary").path("errors").asInt());
    assertThat(run.err()).contains("FAIL b-broken.json").contains("FAIL d-invalid.json")
        .contains("4 packages: 2 scored (2 with errors), 2 failed").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aBatchResultIsExactlyTheSingleFileJson() throws IOException {
    JsonNode batch = JSON.readTree(CliRun.run("score", folder.toString(), "--format", "json").stdout());
    CliRun single = CliRun.run("score", folder.resolve("a-miluo.json").toString(), "--format", "json");
    assertThat(batch.path("packages").get(0).path("result")).isEqualTo(JSON.readTree(single.stdout()));
  }

  @Test
  void scoringTheFolderTwiceGivesTheSameOutput() {
    CliRun a = CliRun.run("score", folder.toString(), "--format", "json");
    CliRun b = CliRun.run("score", folder.toString(), "--format", "json");
    assertThat(b.stdout()).isEqualTo(a.stdout());
    assertThat(b.err()).isEqualTo(a.err());
  }

  @Test
  void scoringAFolderAsTextListsEveryPackageAndTheFailures() {
    CliRun run = CliRun.run("score", folder.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("a-miluo.json: 2023").contains("FAIL b-broken.json: ").contains("c-other.json: 2023")
        .contains("FAIL d-invalid.json: ");
  }

  @Test
  void anEmptyFolderScoresNothingAndSucceeds(@TempDir Path empty) throws IOException {
    CliRun run = CliRun.run("score", empty.toString(), "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.stdout()).path("summary").path("packages").asInt()).isZero();
  }

  @Test
  void anUnknownProfileIsAUsageErrorBeforeAnythingIsScored() {
    CliRun run = CliRun.run("score", folder.toString(), "--profile", "nowhere");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theProgressBarShowsHowFarTheBatchIs() {
    assertThat(Batch.progress(0, 4)).isEqualTo("[>                             ] 0/4");
    assertThat(Batch.progress(2, 4)).isEqualTo("[===============>              ] 2/4");
    assertThat(Batch.progress(4, 4)).isEqualTo("[==============================] 4/4");
  }
}

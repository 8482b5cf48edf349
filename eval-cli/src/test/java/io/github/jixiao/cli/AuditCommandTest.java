package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao audit DIR}: a season mixing the bundled example as JSON, Word and Excel, a second
 * department, a sub-folder package and a broken file.
 */
class AuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SEED_DEPARTMENT = "汨罗市住房和城乡建设局";
  static final String OTHER_DEPARTMENT = "平江县水利局";
  static final String WORD_DEPARTMENT = "汨罗市住建系统";

  @TempDir static Path shared;
  private static Path season;
  private static Path out;
  private static CliRun first;

  /** The season: the seed as .json, .docx and .xlsx, another department as JSON, a sub-folder, a broken file. */
  static Path season(Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("season"));
    byte[] seed = Examples.json(Examples.MILUO_2023).orElseThrow();
    Files.write(dir.resolve("a-住建局.json"), seed);
    Path seedFile = root.resolve("seed.json");
    Files.write(seedFile, seed);
    CliRun docx = CliRun.run("render", seedFile.toString(), "--format", "docx", "--mode", "submission", "--out",
        dir.resolve("b-住建局.docx").toString());
    assertThat(docx.exit()).as(docx.all()).isZero();
    CliRun xlsx = CliRun.run("render", seedFile.toString(), "--format", "xlsx", "--out",
        dir.resolve("c-住建局.xlsx").toString());
    assertThat(xlsx.exit()).as(xlsx.all()).isZero();
    String other = new String(seed, StandardCharsets.UTF_8).replace(SEED_DEPARTMENT, OTHER_DEPARTMENT);
    Files.writeString(dir.resolve("d-水利局.json"), other, StandardCharsets.UTF_8);
    Path sub = Files.createDirectories(dir.resolve("e-水利局续报"));
    Files.writeString(sub.resolve("package.json"), other, StandardCharsets.UTF_8);
    Files.write(dir.resolve("f-坏.docx"), "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("notes.txt"), "not a package", StandardCharsets.UTF_8);
    return dir;
  }

  static CliRun audit(Path dir, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("audit", dir.toString(), "--out", out.toString(),
        "--bureau", "汨罗市财政局", "--date", "2024-04-15", "--reply-by", "2024-04-30"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @BeforeAll
  static void auditTheSeasonOnce() throws IOException {
    season = season(shared);
    out = shared.resolve("review");
    first = audit(season, out);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void auditWritesALetterPerDepartmentTheCountyWorkbookAndAuditJson() throws IOException {
    assertThat(first.exit()).as(first.all()).isEqualTo(1);
    assertThat(names(out)).contains(".audit-cache", "audit.json", "县级汇总.xlsx", "审核意见书");
    // the Word copy names its department as its 附件2 prints it (预算部门名称 汨罗市住建系统): a third letter
    assertThat(names(out.resolve("审核意见书"))).containsExactly(
        OTHER_DEPARTMENT + ".docx", OTHER_DEPARTMENT + ".pdf", WORD_DEPARTMENT + ".docx", WORD_DEPARTMENT + ".pdf",
        SEED_DEPARTMENT + ".docx", SEED_DEPARTMENT + ".pdf");
    assertThat(first.out()).contains("6 packages: 5 audited, 1 failed (6 read this run, 0 unchanged since the last); 3 departments, 75 forms")
        .contains("FAIL f-坏.docx: f-坏.docx: ");
    assertThat(first.all()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void auditJsonHasOneEntryPerPackageWithItsStatusAndASummary() throws IOException {
    JsonNode audit = JSON.readTree(out.resolve("audit.json").toFile());
    assertThat(audit.get("format").asText()).isEqualTo("jixiao-audit/1");
    assertThat(audit.get("bureau").asText()).isEqualTo("汨罗市财政局");
    JsonNode packages = audit.get("packages");
    assertThat(packages).hasSize(6);
    assertThat(packages.get(0).get("source").asText()).isEqualTo("a-住建局.json");
    assertThat(packages.get(0).get("status").asText()).isEqualTo("OK");
    assertThat(packages.get(0).get("forms")).hasSize(15);
    assertThat(packages.get(4).get("source").asText()).isEqualTo("e-水利局续报/");
    assertThat(packages.get(5).get("status").asText()).isEqualTo("FAILED");
    assertThat(packages.get(5).get("failure").asText()).startsWith("f-坏.docx: ");
    // the Word and Excel copies of the seed read as the seed: the same findings
    for (int i = 1; i <= 2; i++) {
      assertThat(packages.get(i).get("status").asText()).as(packages.get(i).toString()).isEqualTo("OK");
      assertThat(packages.get(i).get("forms")).hasSize(15);
    }
    // the copies find the forms' own errors: 附件2, 3-3 and 3-11's totals (the Word copy has no 附件1,
    // the workbook no reports: the checks across them do not run)
    for (int i = 0; i <= 2; i++) {
      List<String> totals = new java.util.ArrayList<>();
      packages.get(i).get("items").forEach(item -> {
        if (item.get("code").asText().equals("TOTAL_MISMATCH")) {
          totals.add(item.get("form").asText().split(" ")[0] + " " + item.get("printed").asText() + "→"
              + item.get("expected").asText());
        }
      });
      assertThat(totals).as(packages.get(i).get("source").asText())
          .containsExactly("附件2 99→109", "附件3-3 99→89", "附件3-11 99→109");
    }
    JsonNode summary = audit.get("summary");
    assertThat(summary.get("packages").asInt()).isEqualTo(6);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(summary.get("departments").asInt()).isEqualTo(3);
  }

  @Test
  void reRunningAfterOneFileChangedAuditsOnlyThatPackage() throws IOException {
    Path dir = season(shared.resolve("rerun"));
    Path o = shared.resolve("rerun-out");
    CliRun one = audit(dir, o);
    assertThat(one.exit()).as(one.all()).isEqualTo(1);
    long before = Files.getLastModifiedTime(o.resolve("审核意见书").resolve(SEED_DEPARTMENT + ".pdf")).toMillis();
    String changed = Files.readString(dir.resolve("d-水利局.json")).replaceFirst("\"reportedTotal\": 99", "\"reportedTotal\": 98");
    assertThat(changed).isNotEqualTo(Files.readString(dir.resolve("d-水利局.json")));
    Files.writeString(dir.resolve("d-水利局.json"), changed);

    CliRun again = audit(dir, o, "--format", "json");

    JsonNode summary = JSON.readTree(again.out());
    assertThat(summary.get("auditedAgain").asInt()).as(again.all()).isEqualTo(1);
    assertThat(summary.get("lettersWritten").asInt()).isEqualTo(1); // 平江县水利局's only
    assertThat(Files.getLastModifiedTime(o.resolve("审核意见书").resolve(SEED_DEPARTMENT + ".pdf")).toMillis())
        .isEqualTo(before);
    CliRun forced = audit(dir, o, "--format", "json", "--force");
    assertThat(JSON.readTree(forced.out()).get("auditedAgain").asInt()).isEqualTo(6);
    assertThat(JSON.readTree(forced.out()).get("lettersWritten").asInt()).isEqualTo(3);
  }

  @Test
  void theSummaryAsJsonListsTheFailedPackageWithItsProblem() throws IOException {
    CliRun json = audit(season, shared.resolve("json-out"), "--format", "json");
    JsonNode s = JSON.readTree(json.out());
    assertThat(s.get("packages").asInt()).isEqualTo(6);
    assertThat(s.get("failures")).hasSize(1);
    assertThat(s.get("failures").get(0).get("source").asText()).isEqualTo("f-坏.docx");
    assertThat(json.err()).isEmpty();
  }

  @Test
  void progressSaysPackagesDoneFailuresElapsedAndRemainingTime() {
    assertThat(AuditCommand.Progress.line(120, 600, 3, "packages", 12))
        .isEqualTo("[======>                       ] 120/600 packages · 3 failed · 0:12 elapsed · about 0:48 left");
    assertThat(first.err()).doesNotContain("\r"); // not a terminal: nothing but the summary
  }

  @Test
  void badOptionsAreRefusedWithExitTwo() {
    CliRun neither = CliRun.run("audit", "--out", shared.resolve("x").toString());
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("give either DIR");
    CliRun date = CliRun.run("audit", season.toString(), "--out", shared.resolve("y").toString(), "--date", "15/4/2024");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).contains("2024-04-30");
  }
}

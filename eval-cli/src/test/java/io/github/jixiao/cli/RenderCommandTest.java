package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir static Path shared;
  private static Path seed;

  @BeforeAll
  static void writeSeed() throws IOException {
    seed = shared.resolve("miluo-2023.json");
    Files.write(seed, Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  private static byte[] head(Path file, int n) throws IOException {
    byte[] all = Files.readAllBytes(file);
    return java.util.Arrays.copyOf(all, Math.min(n, all.length));
  }

  @Test
  void rendersPdfAndXlsxNamedAfterTheInputAndLeavesNoTemporaryFile(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf,xlsx", "--out", out.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    // nothing on standard error but, on a machine without a CJK font, the one-line fallback warning
    assertThat(run.err()).matches("(jixiao render: pdf: warning: [^\\n]*STSong-Light[^\\n]*\\n)?");
    assertThat(run.out()).containsPattern("\\n  fonts: [^\\n]+\\n");
    assertThat(new String(head(out.resolve("miluo-2023.pdf"), 5), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(head(out.resolve("miluo-2023.xlsx"), 2)).containsExactly('P', 'K');
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("miluo-2023.pdf", "miluo-2023.xlsx");
    }
    assertThat(run.out()).contains("miluo-2023.pdf").contains("miluo-2023.xlsx").contains("bytes");
  }

  @Test
  void pdfaWritesAPdfA1bFileOrSaysWhyNot(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--pdfa", "--out", out.toString());
    if (run.exit() == 0) {
      assertThat(new String(head(out.resolve("miluo-2023.pdf"), 8), java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-1.4");
      assertThat(new String(Files.readAllBytes(out.resolve("miluo-2023.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1))
          .contains("/GTS_PDFA1");
      assertThat(run.out()).contains("embedded as a subset");
    } else {
      // no CJK font installed: refused, with the way out
      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      assertThat(run.err()).contains("pdfa-1b needs every font embedded").contains("--font-body").doesNotContain("\tat ");
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    assertThat(CliRun.run("render", seed.toString(), "--format", "pdf,xlsx", "--out", a.toString()).exit()).isZero();
    assertThat(CliRun.run("render", seed.toString(), "--format", "xlsx,pdf", "--out", b.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(a.resolve("miluo-2023.pdf"))).isEqualTo(Files.readAllBytes(b.resolve("miluo-2023.pdf")));
    assertThat(Files.readAllBytes(a.resolve("miluo-2023.xlsx"))).isEqualTo(Files.readAllBytes(b.resolve("miluo-2023.xlsx")));
  }

  @Test
  void computedModeWritesSeparatelyNamedFilesFromStdin(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run(Files.readAllBytes(seed), "render", "-", "--format", "xlsx", "--mode", "computed",
        "--out", out.resolve("new/dir").toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(out.resolve("new/dir/package-2023-computed.xlsx")).exists();
  }

  private static String pdfText(Path pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void reportHeadingsArePrintedAsWrittenUnlessRenumberingIsAsked(@TempDir Path out) throws IOException {
    CliRun plain = CliRun.run("render", seed.toString(), "--format", "pdf", "--out", out.resolve("a").toString());
    assertThat(plain.exit()).as(plain.all()).isZero();
    String asWritten = pdfText(out.resolve("a/miluo-2023.pdf"));
    assertThat(asWritten.lines()).contains("(5) 项目执行过程情况");
    CliRun renumbered = CliRun.run("render", seed.toString(), "--format", "pdf", "--renumber",
        "--out", out.resolve("b").toString());
    assertThat(renumbered.exit()).as(renumbered.all()).isZero();
    String text = pdfText(out.resolve("b/miluo-2023.pdf"));
    assertThat(text.lines()).doesNotContain("(5) 项目执行过程情况");
    assertThat(text.lines().filter(l -> l.matches("^[0-9（(一二三四五六七八九十、.）) ]+项目执行过程情况$")).toList())
        .isNotEmpty();
    // each change is listed among the findings (审核意见) as an INFO with the heading before and after
    assertThat(text).contains("标题序号按公文层次重排");
    assertThat(asWritten).doesNotContain("标题序号按公文层次重排");
  }

  @Test
  void submissionModeWritesTheCopyToFileWithNothingAdded(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf,xlsx", "--mode", "submission",
        "--out", out.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("miluo-2023-submission.pdf").contains("(pdf, submission)");
    String text = pdfText(out.resolve("miluo-2023-submission.pdf"));
    assertThat(text).contains("汨罗市住房和城乡建设局").doesNotContain("审核意见").doesNotContain("jixiao");
    assertThat(out.resolve("miluo-2023-submission.xlsx")).exists();
  }

  @Test
  void rendererOptionsArePassedAndRefusedWhenTheyNameNoChosenRenderer(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--option", "pdf.summary=false",
        "--out", out.resolve("a").toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(pdfText(out.resolve("a/miluo-2023.pdf"))).doesNotContain("评分汇总");
    CliRun unknown = CliRun.run("render", seed.toString(), "--format", "pdf", "--option", "pdf.sumary=false",
        "--out", out.resolve("b").toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("pdf.sumary").contains("pdf.summary");
    CliRun other = CliRun.run("render", seed.toString(), "--format", "pdf", "--option", "html.findings=true",
        "--out", out.resolve("c").toString());
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("--option html.findings").contains("(pdf)");
  }

  @Test
  void rendersTheWordDocumentInEveryModeTheSameBytesEachTime(@TempDir Path out) throws IOException {
    for (String mode : new String[] {"reported", "computed", "submission"}) {
      CliRun run = CliRun.run("render", seed.toString(), "--format", "docx", "--mode", mode, "--out",
          out.resolve("a").toString());
      assertThat(run.exit()).as(run.all()).isZero();
      CliRun again = CliRun.run("render", seed.toString(), "--format", "docx", "--mode", mode, "--out",
          out.resolve("b").toString());
      assertThat(again.exit()).as(again.all()).isZero();
      String name = "miluo-2023" + (mode.equals("reported") ? "" : "-" + mode) + ".docx";
      assertThat(run.out()).contains(name).contains("(docx, " + mode + ")");
      byte[] docx = Files.readAllBytes(out.resolve("a").resolve(name));
      assertThat(new String(docx, 30, 19, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("[Content_Types].xml");
      assertThat(docx).isEqualTo(Files.readAllBytes(out.resolve("b").resolve(name)));
    }
    CliRun unknown = CliRun.run("render", seed.toString(), "--format", "docx", "--option", "docx.nope=1",
        "--out", out.resolve("c").toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("docx.nope").doesNotContain("Exception");
    assertThat(out.resolve("c/miluo-2023.docx")).doesNotExist();
  }

  @Test
  void anUnknownFormatListsTheRenderersFound(@TempDir Path out) {
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf,odt", "--out", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'odt'").contains("docx, pdf, xlsx");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anInvalidPackageIsRefusedWithLocatedProblems(@TempDir Path out) {
    CliRun run = CliRun.run("{\"year\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "render", "-", "--format", "pdf", "--out", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("/year").contains("not a valid package").doesNotContain("Exception");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anUnwritableOutputDirectoryIsAUsageErrorNotAStackTrace(@TempDir Path out) throws IOException {
    Path locked = Files.createDirectory(out.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--out", locked.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("locked").doesNotContain("\tat ");
  }

  @Test
  void anOutputPathThatIsAFileIsAUsageError(@TempDir Path out) throws IOException {
    Path file = Files.writeString(out.resolve("a-file"), "x");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "pdf", "--out", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("a-file").doesNotContain("\tat ");
  }

  @Test
  void helpDescribesFormatsModesAndFonts() {
    CliRun run = CliRun.run("render", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--format").contains("--mode").contains("--font-body").contains("--pdfa").contains("--out");
  }
}

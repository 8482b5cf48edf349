package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's Word document checked as a reader would, in LibreOffice: it converts to PDF with the
 * text of every form and report in printed order, and opens with every finding as a comment by
 * "jixiao 审核". Skipped with a message where LibreOffice Writer is not installed ({@code .ci/run}
 * installs it).
 */
class LibreOfficeTest {

  @TempDir
  static Path dir;

  @BeforeAll
  static void writer() {
    Assumptions.assumeTrue(soffice() != null && writerInstalled(),
        "LibreOffice Writer (soffice) is not installed: the conversion checks are skipped; install "
            + "libreoffice-writer-nogui to run them");
  }

  @Test
  void convertsToPdfWithEveryFormAndReportInPrintedOrder() throws Exception {
    Path pdf = convert(Seed.reported(), "reported.docx", "pdf");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(40);
      text = squeeze(new PDFTextStripper().getText(doc));
    }
    List<String> order = printedOrder(Seed.PKG);
    int at = text.indexOf(squeeze("目  录"));
    assertThat(at).isGreaterThanOrEqualTo(0);
    // past the contents, which lists the same titles: after its last entry
    List<String> entries = PackageDocument.entries(Seed.PKG);
    String last = squeeze(entries.get(entries.size() - 1));
    at = text.indexOf(last, at) + last.length();
    for (String t : order) {
      int next = text.indexOf(squeeze(t), at);
      assertThat(next).as("「%s」 after position %d", t, at).isGreaterThanOrEqualTo(at);
      at = next;
    }
  }

  @Test
  void opensWithEveryFindingAsACommentByTheReviewer() throws Exception {
    Path fodt = convert(Seed.reported(), "comments.docx", "fodt");
    String xml = Files.readString(fodt, StandardCharsets.UTF_8);
    int findings = Seed.request(RenderMode.REPORTED).findings().size();
    assertThat(DocxParts.count(xml, "<office:annotation[ >]")).isEqualTo(findings);
    assertThat(DocxParts.count(xml, "<dc:creator>jixiao 审核</dc:creator>")).isEqualTo(findings);
  }

  @Test
  void declaresTheOfficialFontsLibreOfficeReadsBack() throws Exception {
    Path fodt = convert(Seed.submission(), "fonts.docx", "fodt");
    String xml = Files.readString(fodt, StandardCharsets.UTF_8);
    for (String face : List.of("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体")) {
      assertThat(xml).as(face).contains("style:font-name-asian=\"" + face + "\"");
    }
    assertThat(DocxParts.count(xml, "<office:annotation[ >]")).isZero();
  }

  /** Each part's texts in printed order: report titles, 附件1, each form's label and name. */
  static List<String> printedOrder(EvaluationPackage pkg) {
    List<String> out = new ArrayList<>();
    if (pkg.departmentReport() != null && pkg.departmentReport().title() != null) {
      out.add(pkg.departmentReport().title());
    }
    if (pkg.basicData() != null) {
      out.add("附件" + pkg.basicData().label());
    }
    pkg.forms().forEach((SelfEvaluationForm f) -> {
      out.add("附件" + f.label());
      out.add(f.name());
    });
    for (Report r : pkg.projectReports()) {
      if (r.title() != null && !r.title().isBlank()) {
        out.add(r.title());
      }
    }
    return out;
  }

  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
  }

  private static Path convert(byte[] docx, String name, String format) throws Exception {
    Path in = dir.resolve(name);
    Files.write(in, docx);
    Path profile = dir.resolve("profile-" + name);
    Path out = dir.resolve("out-" + name);
    Files.createDirectories(out);
    Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", format, "--outdir", out.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    Path result = out.resolve(name.replace(".docx", "." + format));
    assertThat(result).as(Files.readString(dir.resolve(name + ".log"))).exists();
    return result;
  }

  /** Whether LibreOffice's Writer is there (a machine may have only Calc). */
  static boolean writerInstalled() {
    File exe = new File(soffice()).getAbsoluteFile();
    try {
      exe = exe.toPath().toRealPath().toFile();
    } catch (java.io.IOException e) {
      return false;
    }
    File program = exe.getParentFile();
    String[] libs = program.list((d, n) -> n.startsWith("libswlo") || n.startsWith("swlo"));
    return libs != null && libs.length > 0;
  }

  /** The soffice executable on the PATH, or {@code null}. */
  static String soffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
        File f = new File(d, name);
        if (f.isFile() && f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }
}

package io.github.jixiao.render.pdf;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled seed package (汨罗市住房和城乡建设局 2023) and its evaluation, loaded once. */
final class Seed {
  static final EvaluationPackage PKG = Examples.miluo2023();
  static final PackageEvaluation EVALUATION =
      Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(PKG);

  /** Noto CJK as installed by fonts-noto-cjk on Debian/Ubuntu. */
  static final Path NOTO_DIR = Path.of("/usr/share/fonts/opentype/noto");
  static final Path NOTO_SERIF = NOTO_DIR.resolve("NotoSerifCJK-Regular.ttc");
  static final Path NOTO_SERIF_BOLD = NOTO_DIR.resolve("NotoSerifCJK-Bold.ttc");
  static final Path NOTO_SANS_BOLD = NOTO_DIR.resolve("NotoSansCJK-Bold.ttc");

  private Seed() {}

  static boolean notoInstalled() {
    return Files.isReadable(NOTO_SERIF) && Files.isReadable(NOTO_SERIF_BOLD) && Files.isReadable(NOTO_SANS_BOLD);
  }

  private static byte[] reportedPdf;
  private static PdfText reportedText;
  private static PdfLayout reportedLayout;

  /** The seed rendered as reported with its evaluation, as on a machine without installed CJK fonts (STSong-Light, not embedded), once per test run. */
  static synchronized byte[] reportedPdf() {
    if (reportedPdf == null) {
      try {
        reportedPdf = withoutInstalledFonts().renderToBytes(reported());
      } catch (io.github.jixiao.model.render.RenderException e) {
        throw new AssertionError(e);
      }
    }
    return reportedPdf.clone();
  }

  /** {@link #reportedPdf()} read back as text and bookmarks. */
  static synchronized PdfText reportedText() {
    if (reportedText == null) {
      reportedText = new PdfText(reportedPdf());
    }
    return reportedText;
  }

  /** {@link #reportedPdf()} read back as positions, rules and colours. */
  static synchronized PdfLayout reportedLayout() {
    if (reportedLayout == null) {
      reportedLayout = new PdfLayout(reportedPdf());
    }
    return reportedLayout;
  }

  static RenderRequest reported() {
    return RenderRequest.of(PKG, EVALUATION, RenderMode.REPORTED);
  }

  static RenderRequest computed() {
    return RenderRequest.of(PKG, EVALUATION, RenderMode.COMPUTED);
  }

  /**
   * A renderer that finds no installed font, as on a machine without CJK fonts: the PDF uses the
   * built-in STSong-Light (not embedded), whatever this machine has installed.
   */
  static PdfRenderer withoutInstalledFonts() {
    return new PdfRenderer(FontSearch.in(java.util.List.of()));
  }

  /** The request with the installed Noto fonts for body, headings and titles. */
  static RenderRequest withNoto(RenderRequest r) {
    return r.withOption(PdfOptions.FONT_BODY, NOTO_SERIF.toString())
        .withOption(PdfOptions.FONT_HEADING, NOTO_SANS_BOLD.toString())
        .withOption(PdfOptions.FONT_TITLE, NOTO_SERIF_BOLD.toString());
  }
}

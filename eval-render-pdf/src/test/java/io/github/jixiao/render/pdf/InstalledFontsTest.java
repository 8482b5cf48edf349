package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default fonts: a serif CJK font found installed is embedded (and said), none found falls
 * back to the built-in STSong-Light with a one-line warning; the search order is fixed.
 */
class InstalledFontsTest {

  /** Every font of every page: "name" or "name (not embedded)", subset prefixes as XXXXXX+. */
  static TreeSet<String> fonts(byte[] pdf) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        collect(page.getResources(), names);
      }
    }
    return names;
  }

  private static void collect(PDResources res, TreeSet<String> names) throws IOException {
    if (res == null) {
      return;
    }
    for (COSName n : res.getFontNames()) {
      PDFont f = res.getFont(n);
      names.add(f.getName().replaceFirst("^[A-Z]{6}\\+", "XXXXXX+") + (f.isEmbedded() ? "" : " (not embedded)"));
    }
    for (COSName n : res.getXObjectNames()) {
      if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        collect(form.getResources(), names);
      }
    }
  }

  private static Path touch(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[] {0});
    return p;
  }

  @Test
  void theSearchTakesTheFirstFontOfTheListNotTheFirstFileFound(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    // "aa/" lists before "zz/", and AR PL UMing before Noto by name: the list's order decides
    touch(first, "aa/uming.ttc");
    touch(first, "zz/truetype/SIMSUN.TTC");
    Path noto = touch(second, "opentype/noto/NotoSerifCJK-Regular.ttc");
    FontSearch search = FontSearch.in(List.of(first, second, dir.resolve("missing")));
    assertThat(search.find(Role.BODY).path()).isEqualTo(noto);
    assertThat(search.find(Role.BODY).pick().family()).isEqualTo("Noto Serif CJK SC");
    // without Noto, SimSun (case ignored) comes before AR PL UMing
    FontSearch withoutNoto = FontSearch.in(List.of(first));
    assertThat(withoutNoto.find(Role.BODY).path()).isEqualTo(first.resolve("zz/truetype/SIMSUN.TTC"));
    // the same name in two roots: the first root's
    Path again = touch(first, "m/NotoSerifCJK-Regular.ttc");
    assertThat(FontSearch.in(List.of(first, second)).find(Role.BODY).path()).isEqualTo(again);
    // within one root, the first path in sorted order
    Path earlier = touch(first, "b/NotoSerifCJK-Regular.ttc");
    assertThat(FontSearch.in(List.of(first, second)).find(Role.BODY).path()).isEqualTo(earlier);
    // headings and titles have their own lists, searched only with discovery
    assertThat(search.find(Role.HEADING)).isNull();
  }

  @Test
  void theDefaultRootsAreTheUsualFontDirectoriesInAFixedOrder() {
    List<Path> roots = FontSearch.defaultRoots(Map.of("WINDIR", "D:\\Win", "LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local"),
        "/home/u");
    assertThat(roots).extracting(Path::toString).containsExactly("/usr/share/fonts", "/usr/local/share/fonts",
        "/home/u/.local/share/fonts", "/home/u/.fonts", "D:\\Win\\Fonts",
        "C:\\Users\\u\\AppData\\Local\\Microsoft\\Windows\\Fonts", "/System/Library/Fonts", "/Library/Fonts",
        "/home/u/Library/Fonts");
    assertThat(FontSearch.defaultRoots(Map.of("XDG_DATA_HOME", "/x/data"), null)).extracting(Path::toString)
        .containsExactly("/usr/share/fonts", "/usr/local/share/fonts", "/x/data/fonts", "C:\\Windows\\Fonts",
            "/System/Library/Fonts", "/Library/Fonts");
  }

  @Test
  void withoutAnInstalledSerifFontThePdfUsesStSongAndTheReportWarnsInOneLine(@TempDir Path empty) throws Exception {
    PdfRenderer renderer = new PdfRenderer(FontSearch.in(List.of(empty)));
    RenderRequest request = Seed.reported().withOption(PdfOptions.SUMMARY, "false");
    FontReport report = renderer.fonts(request);
    assertThat(report.embedded()).isFalse();
    assertThat(report.warning()).doesNotContain("\n").contains("STSong-Light", "not embedded", empty.toString(),
        "Noto Serif CJK SC", "SimSun", "--font-body");
    assertThat(report.summary()).isEqualTo("fonts: " + Fonts.BUILT_IN);
    assertThat(fonts(renderer.renderToBytes(request)))
        .containsExactly("STSong-Light-UniGB-UCS2-H (not embedded)", "Times-Bold (not embedded)",
            "Times-Roman (not embedded)");
  }

  @Test
  void anInstalledFileThatIsNoFontIsPassedOverOrFallsBackWithAWarning(@TempDir Path dir) throws Exception {
    RenderRequest request = Seed.reported().withOption(PdfOptions.SUMMARY, "false");
    // a broken collection is passed over for the next font of the list (none here): the fallback
    touch(dir, "a/NotoSerifCJK-Regular.ttc");
    PdfRenderer skipping = new PdfRenderer(FontSearch.in(List.of(dir.resolve("a"))));
    assertThat(skipping.fonts(request).warning()).contains("no CJK serif font to embed");
    assertThat(fonts(skipping.renderToBytes(request))).contains("STSong-Light-UniGB-UCS2-H (not embedded)");
    // a single font file OpenPDF cannot read: the render falls back and the report says why
    touch(dir, "b/simsun.ttf");
    PdfRenderer falling = new PdfRenderer(FontSearch.in(List.of(dir.resolve("b"))));
    FontReport report = falling.fonts(request);
    assertThat(report.embedded()).isFalse();
    assertThat(report.summary()).isEqualTo("fonts: " + Fonts.BUILT_IN);
    assertThat(report.warning()).doesNotContain("\n").contains("simsun.ttf", "cannot be used", "STSong-Light");
    assertThat(fonts(falling.renderToBytes(request))).contains("STSong-Light-UniGB-UCS2-H (not embedded)");
  }

  @Test
  void byDefaultTheInstalledSerifFontIsEmbeddedOnEveryPageAndTheReportNamesIt() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    PdfRenderer renderer = new PdfRenderer(FontSearch.in(List.of(Seed.NOTO_DIR.getParent())));
    FontReport report = renderer.fonts(Seed.reported());
    assertThat(report.warning()).isNull();
    assertThat(report.embedded()).isTrue();
    assertThat(report.summary()).isEqualTo("fonts: NotoSerifCJKsc-Regular (" + Seed.NOTO_SERIF
        + ", face 2), found installed, embedded as a subset");
    byte[] pdf = renderer.renderToBytes(Seed.reported());
    // one subset for all text: headings, titles, footers and the charts' text included
    assertThat(fonts(pdf)).containsExactly("XXXXXX+NotoSerifCJKsc-Regular-Identity-H");
    assertThat(new PdfText(pdf).text(1, 2)).contains("汨罗市住建局");
  }

  @Test
  void fontOptionsStillOverrideTheInstalledFont() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    PdfRenderer renderer = new PdfRenderer(FontSearch.in(List.of(Seed.NOTO_DIR)));
    RenderRequest r = Seed.reported().withOption(PdfOptions.SUMMARY, "false")
        .withOption(PdfOptions.FONT_HEADING, Seed.NOTO_SANS_BOLD.toString());
    FontReport report = renderer.fonts(r);
    assertThat(report.headings()).startsWith("NotoSansCJKsc-Bold (" + Seed.NOTO_SANS_BOLD);
    assertThat(report.titles()).isEqualTo(report.headings());
    assertThat(report.summary()).startsWith("fonts: body NotoSerifCJKsc-Regular").contains("; headings NotoSansCJKsc-Bold");
    assertThat(fonts(renderer.renderToBytes(r))).containsExactly("XXXXXX+NotoSansCJKsc-Bold-Identity-H",
        "XXXXXX+NotoSerifCJKsc-Regular-Identity-H");
    RenderRequest body = Seed.reported().withOption(PdfOptions.SUMMARY, "false")
        .withOption(PdfOptions.FONT_BODY, Seed.NOTO_DIR.resolve("NotoSansCJK-Regular.ttc").toString());
    assertThat(renderer.fonts(body).summary()).startsWith("fonts: NotoSansCJKsc-Regular").doesNotContain("found installed");
  }

  @Test
  void embedFalseEmbedsNothingAndCannotBeCombinedWithAFontFile() throws Exception {
    PdfRenderer renderer = new PdfRenderer();
    RenderRequest r = Seed.reported().withOption(PdfOptions.SUMMARY, "false").withOption(PdfOptions.FONT_EMBED, "false");
    assertThat(renderer.fonts(r).warning()).isNull();
    assertThat(fonts(renderer.renderToBytes(r))).allMatch(n -> n.endsWith("(not embedded)"));
    RenderRequest both = r.withOption(PdfOptions.FONT_BODY, "/x/y.ttf");
    assertThatThrownBy(() -> renderer.renderToBytes(both)).isInstanceOf(RenderException.class)
        .hasMessageContaining("pdf.font.embed=false").hasMessageContaining("pdf.font.body");
  }

  @Test
  void aFontTheRendererKeptGivesTheSameBytesAsAFreshlyLoadedOne() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    RenderRequest r = Seed.withNoto(Seed.reported()).withOption(PdfOptions.SUMMARY, "false");
    PdfRenderer warm = new PdfRenderer();
    byte[] first = warm.renderToBytes(r);
    byte[] again = warm.renderToBytes(r);
    // the same file for another role first: the subset prefix does not depend on which role loaded it
    PdfRenderer other = new PdfRenderer();
    other.renderToBytes(Seed.reported().withOption(PdfOptions.SUMMARY, "false")
        .withOption(PdfOptions.FONT_BODY, Seed.NOTO_SANS_BOLD.toString()));
    assertThat(again).isEqualTo(first);
    assertThat(other.renderToBytes(r)).isEqualTo(first);
    assertThat(fonts(first)).hasSize(3);
  }
}

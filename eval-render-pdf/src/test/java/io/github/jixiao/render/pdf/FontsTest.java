package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Default, embedded and discovered fonts; errors for unusable fonts and characters no font has. */
class FontsTest {

  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  /** Digits after Latin letters, ％ and ≥, full-width punctuation, the rare 汨. */
  static final String MIXED = "PM2.5与ISO9001：2015，A4纸≥95％（汨罗）“全角”《通知》100%";

  private static RenderRequest seedWith(Map<String, String> options) {
    RenderRequest r = RenderRequest.of(Seed.PKG, null, RenderMode.REPORTED).withOption(PdfOptions.SUMMARY, "false");
    for (Map.Entry<String, String> e : options.entrySet()) {
      r = r.withOption(e.getKey(), e.getValue());
    }
    return r;
  }

  private static List<String> fontNames(byte[] pdf, int page) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources res = doc.getPage(page - 1).getResources();
      for (COSName n : res.getFontNames()) {
        PDFont f = res.getFont(n);
        names.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
      }
    }
    return names;
  }

  @Test
  void aMissingFontFileIsAClearError() {
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_BODY, "/no/such/dir/SimSun.ttf"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("pdf.font.body").hasMessageContaining("font file not found")
        .hasMessageContaining("/no/such/dir/SimSun.ttf");
  }

  @Test
  void onlyTrueTypeAndOpenTypeFontsAreAccepted() {
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_HEADING, "/tmp/x.woff2"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("pdf.font.heading").hasMessageContaining(".ttf, .otf and .ttc");
  }

  @Test
  void aFaceIndexOutsideTheCollectionListsTheFaces() {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_BODY, Seed.NOTO_SERIF + ",9"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("has 5 faces (0..4), index 9 does not exist")
        .hasMessageContaining("NotoSerifCJKsc-Regular");
    RenderRequest twice = seedWith(Map.of(PdfOptions.FONT_BODY, Seed.NOTO_SERIF + ",1",
        PdfOptions.FONT_BODY_INDEX, "2"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(twice)).isInstanceOf(RenderException.class)
        .hasMessageContaining("the face index is given twice");
  }

  @Test
  void aFaceIndexOnASingleFontIsAnError() {
    assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans is not installed: skipped");
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_BODY, DEJAVU.toString(), PdfOptions.FONT_BODY_INDEX, "1"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("applies only to .ttc collections");
  }

  @Test
  void charactersTheFontCannotShowAreListedWithTheirPlace() {
    RenderRequest r = RenderRequest.of(Packages.withFormName(0, "帮代办𠀀工作经费☃"), null, RenderMode.REPORTED);
    assertThatThrownBy(() -> Seed.withoutInstalledFonts().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("cannot show")
        .hasMessageContaining("附件3-1 项目支出名称: '☃' U+2603, '𠀀' U+20000")
        .hasMessageContaining("STSong-Light");
  }

  @Test
  void aFontWithoutChineseIsRejectedNotSilentlyDropped() {
    assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans is not installed: skipped");
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_BODY, DEJAVU.toString()));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("DejaVuSans").hasMessageContaining("'汨' U+6C68");
  }

  @Test
  void withoutAnInstalledFontTheBuiltInFontNeedsNoFileAndSetsAsciiInTimes() throws Exception {
    byte[] pdf = Seed.withoutInstalledFonts().renderToBytes(RenderRequest.of(Packages.withFormName(0, MIXED), null,
        RenderMode.REPORTED).withOption(PdfOptions.SUMMARY, "false"));
    PdfText text = new PdfText(pdf);
    int page = text.bookmark("附件3-1 " + MIXED).page();
    assertThat(text.text(page, page)).contains(PdfText.squeeze(MIXED));
    assertThat(fontNames(pdf, page)).contains("STSong-Light-UniGB-UCS2-H", "Times-Roman")
        .noneMatch(n -> n.endsWith("embedded"));
  }

  @Test
  void embeddedNotoShowsMixedChineseAndLatinCorrectly() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    RenderRequest r = Seed.withNoto(RenderRequest.of(Packages.withFormName(0, MIXED), null, RenderMode.REPORTED))
        .withOption(PdfOptions.SUMMARY, "false");
    byte[] pdf = new PdfRenderer().renderToBytes(r);
    PdfText text = new PdfText(pdf);
    int page = text.bookmark("附件3-1 " + MIXED).page();
    // the text reads back exactly: every glyph maps to its character (ToUnicode of the CFF subsets)
    assertThat(text.text(page, page)).contains(PdfText.squeeze(MIXED), "汨罗市住房和城乡建设局");
    assertThat(fontNames(pdf, page)).allMatch(n -> n.endsWith("embedded"))
        .anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular-Identity-H embedded"))
        .anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSansCJKsc-Bold-Identity-H embedded"));
    // and the glyphs are drawn: the name cell of the rendered page has ink, the empty margin none
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, 100);
      Path out = Path.of("target", "look", "mixed-noto.png");
      Files.createDirectories(out.getParent());
      ImageIO.write(img, "png", out.toFile());
      // 项目支出名称 row: 92–400 pt from the left, about 100 pt from the top (A4, 100 dpi)
      assertThat(ink(img, 130, 150, 560, 20)).as("ink in the name cell").isGreaterThan(300);
      assertThat(ink(img, 5, 5, 40, 400)).as("ink in the left margin").isZero();
    }
  }

  /** Dark pixels in the rectangle (pixels). */
  static int ink(BufferedImage img, int x, int y, int w, int h) {
    int n = 0;
    for (int i = x; i < Math.min(img.getWidth(), x + w); i++) {
      for (int j = y; j < Math.min(img.getHeight(), y + h); j++) {
        int rgb = img.getRGB(i, j);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 300) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aCollectionWithoutIndexUsesItsSimplifiedChineseFace() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    byte[] pdf = new PdfRenderer().renderToBytes(seedWith(Map.of(PdfOptions.FONT_BODY, Seed.NOTO_SERIF.toString())));
    assertThat(fontNames(pdf, 2)).anyMatch(n -> n.contains("NotoSerifCJKsc-Regular"))
        .noneMatch(n -> n.contains("CJKjp"));
  }

  @Test
  void discoveryFindsInstalledFontsForEveryRoleAndFallsBackToTheDefault(@TempDir Path empty) throws Exception {
    Fonts none = Fonts.load(Map.of(PdfOptions.FONT_DISCOVER, "true"), FontSearch.in(List.of(empty)));
    assertThat(none.embedded()).isFalse();
    assertThat(none.body.description()).startsWith("STSong-Light");
    assertThat(none.warning()).contains("STSong-Light", empty.toString());
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    FontSearch noto = FontSearch.in(List.of(Seed.NOTO_DIR));
    Fonts found = Fonts.load(Map.of(PdfOptions.FONT_DISCOVER, "true"), noto);
    assertThat(found.body.cjk().getPostscriptFontName()).isEqualTo("NotoSerifCJKsc-Regular");
    assertThat(found.heading.cjk().getPostscriptFontName()).isEqualTo("NotoSansCJKsc-Bold");
    assertThat(found.title.cjk().getPostscriptFontName()).isEqualTo("NotoSerifCJKsc-Bold");
    assertThat(found.heading.cjkBold()).isTrue();
    assertThat(found.warning()).isNull();
    // without discovery only the body font is looked for: headings and titles use it too
    Fonts plain = Fonts.load(Map.of(), noto);
    assertThat(plain.body.cjk().getPostscriptFontName()).isEqualTo("NotoSerifCJKsc-Regular");
    assertThat(plain.heading).isSameAs(plain.body);
    assertThat(plain.title).isSameAs(plain.body);
    // an explicit font wins over discovery for its role
    Fonts mixed = Fonts.load(Map.of(PdfOptions.FONT_DISCOVER, "true", PdfOptions.FONT_BODY,
        Seed.NOTO_DIR.resolve("NotoSansCJK-Regular.ttc").toString()), noto);
    assertThat(mixed.body.cjk().getPostscriptFontName()).isEqualTo("NotoSansCJKsc-Regular");
    assertThat(mixed.title.cjk().getPostscriptFontName()).isEqualTo("NotoSerifCJKsc-Bold");
  }

  @Test
  void aBadFlagValueIsAnError() {
    RenderRequest r = seedWith(Map.of(PdfOptions.FONT_DISCOVER, "maybe"));
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
        .hasMessageContaining("pdf.font.discover").hasMessageContaining("true or false");
  }
}

package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The seed package with embedded Noto CJK fonts, in both modes: complete and in reading order. */
class EmbeddedSeedTest {

  private static Set<String> fonts(byte[] pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName n : res.getFontNames()) {
          PDFont f = res.getFont(n);
          names.add(f.getName().replaceFirst("^[A-Z]{6}\\+", "XXXXXX+") + (f.isEmbedded() ? "" : " (not embedded)"));
        }
      }
    }
    return names;
  }

  @Test
  void theSeedReadsCompletelyWithEmbeddedFontsInBothModes() throws Exception {
    assumeTrue(Seed.notoInstalled(), "Noto CJK is not installed (fonts-noto-cjk): skipped");
    for (var request : new io.github.jixiao.model.render.RenderRequest[] {Seed.reported(), Seed.computed()}) {
      byte[] bytes = new PdfRenderer().renderToBytes(Seed.withNoto(request));
      PdfText pdf = new PdfText(bytes);
      assertThat(pdf.pageCount).isBetween(95, 101);
      assertThat(pdf.bookmarks).hasSize(7);
      SeedPdfTest.assertReportsInOrder(pdf);
      if (request.mode() == io.github.jixiao.model.render.RenderMode.REPORTED) {
        SeedPdfTest.assertFormsInOrder(pdf);
        // 避头尾 with the embedded fonts' widths too (issue 15)
        java.util.List<String> bad = new java.util.ArrayList<>();
        assertThat(PrintQualityTest.badLineBreaks(new PdfLayout(bytes), bad)).isGreaterThan(4000);
        assertThat(bad).isEmpty();
      }
      assertThat(fonts(bytes)).containsExactly("XXXXXX+NotoSansCJKsc-Bold-Identity-H",
          "XXXXXX+NotoSerifCJKsc-Bold-Identity-H", "XXXXXX+NotoSerifCJKsc-Regular-Identity-H");
    }
  }
}

package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** {@code pdf.archival=pdfa-1b}: the seed as PDF/A-1b, validated by veraPDF. */
class ArchivalTest {

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The rules the file breaks, "clause-test: message (count)", empty when it conforms. */
  static TreeMap<String, String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
    TreeMap<String, String> failed = new TreeMap<>();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.PASSED) {
          failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), a.getMessage(),
              (x, y) -> x);
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.put("?", "not compliant");
      }
    }
    return failed;
  }

  @Test
  void theSeedAsPdfA1bPassesVeraPdf() throws Exception {
    assumeTrue(Seed.notoInstalled(), "no CJK font to embed (fonts-noto-cjk): skipped");
    RenderRequest request = Seed.reported().withOption(PdfOptions.ARCHIVAL, "pdfa-1b");
    byte[] pdf = new PdfRenderer().renderToBytes(request);
    // everything: reports, forms with marks and links, bookmarks, charts, 审核意见
    assertThat(violations(pdf, PDFAFlavour.PDFA_1_B)).isEmpty();
    assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
          "2023年度汨罗市住房和城乡建设局预算绩效自评材料", "2024-01-01T00:00:00Z");
      COSArray intents = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("OutputIntents"));
      COSDictionary intent = (COSDictionary) intents.getObject(0);
      assertThat(intent.getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      COSStream icc = (COSStream) intent.getDictionaryObject(COSName.getPDFName("DestOutputProfile"));
      assertThat(icc.getInt(COSName.N)).isEqualTo(3);
    }
    assertThat(InstalledFontsTest.fonts(pdf)).containsExactly("XXXXXX+NotoSerifCJKsc-Regular-Identity-H");
    // the same bytes every time
    assertThat(new PdfRenderer().renderToBytes(request)).isEqualTo(pdf);
  }

  @Test
  void anOrdinaryPdfIsNotPdfA() throws Exception {
    // the validator is not a rubber stamp: the default file (PDF 1.7, object streams, no output
    // intent, no XMP) breaks PDF/A-1b
    byte[] pdf = new PdfRenderer().renderToBytes(RenderRequest.of(Packages.empty(), null, RenderMode.REPORTED));
    assertThat(violations(pdf, PDFAFlavour.PDFA_1_B)).containsKeys("6.1.4-3", "6.7.2-1");
  }

  @Test
  void pdfAWithoutAFontToEmbedIsRefusedWithAReason() {
    RenderRequest request = Seed.reported().withOption(PdfOptions.ARCHIVAL, "pdfa-1b");
    assertThatThrownBy(() -> Seed.withoutInstalledFonts().renderToBytes(request))
        .isInstanceOf(RenderException.class).hasMessageContaining("pdfa-1b needs every font embedded")
        .hasMessageContaining("--font-body");
    RenderRequest notEmbedded = request.withOption(PdfOptions.FONT_EMBED, "false");
    assertThatThrownBy(() -> new PdfRenderer().renderToBytes(notEmbedded)).isInstanceOf(RenderException.class)
        .hasMessageContaining("pdf.font.embed=false");
    for (String bad : List.of("pdfa-2b", "yes")) {
      RenderRequest r = Seed.reported().withOption(PdfOptions.ARCHIVAL, bad);
      assertThatThrownBy(() -> new PdfRenderer().renderToBytes(r)).isInstanceOf(RenderException.class)
          .hasMessageContaining("pdf.archival").hasMessageContaining("none or pdfa-1b");
    }
  }
}

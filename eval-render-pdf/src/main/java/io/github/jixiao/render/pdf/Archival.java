package io.github.jixiao.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.model.render.RenderException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The archival level of a render ({@link PdfOptions#ARCHIVAL}) and what it asks of the writer.
 *
 * <p>PDF/A-1b is what OpenPDF 2.0.5 supports itself ({@link PdfWriter#PDFA1B}): it writes PDF 1.4,
 * refuses transparency and non-embedded fonts as it goes, puts a CIDSet in every CID font
 * descriptor, the print flag on every annotation, and the {@code pdfaid} schema into the XMP
 * metadata it derives from the document information. The renderer adds the rest: no object or
 * cross-reference streams (PDF 1.5 compression is not PDF/A-1), an output intent with an sRGB
 * ICC profile, and the XMP written once the document information is complete. PDF/A-2b is not
 * offered: OpenPDF 2.0.5 knows no PDF/A-2 (its XMP says part 1, annotations get their print flag
 * only under PDF/A-1), so a PDF/A-2b file would rely on hand-made patches of the writer's output.
 */
enum Archival {
  /** An ordinary PDF (1.7, compressed object streams). */
  NONE("none"),
  /** PDF/A-1b (ISO 19005-1, level B). */
  PDFA_1B("pdfa-1b");

  final String id;

  Archival(String id) {
    this.id = id;
  }

  static Archival of(Map<String, String> options) throws RenderException {
    String value = options.get(PdfOptions.ARCHIVAL);
    if (value == null) {
      return NONE;
    }
    String v = value.trim().toLowerCase(Locale.ROOT).replace("/", "-").replace("_", "-");
    for (Archival a : values()) {
      if (a.id.equals(v) || a == PDFA_1B && (v.equals("pdfa1b") || v.equals("pdf-a-1b"))) {
        return a;
      }
    }
    throw new RenderException(PdfOptions.ARCHIVAL + " 须为 none 或 pdfa-1b / must be none or pdfa-1b, got '"
        + value + "'");
  }

  boolean archival() {
    return this != NONE;
  }

  /** Before the document opens: the conformance level (and the PDF version it implies). */
  void beforeOpen(PdfWriter writer) {
    if (this == PDFA_1B) {
      writer.setPDFXConformance(PdfWriter.PDFA1B);
    } else {
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      writer.setFullCompression();
    }
  }

  /** Once the document is open: the output intent. */
  void afterOpen(PdfWriter writer) {
    if (this == NONE) {
      return;
    }
    try {
      // the Java runtime's sRGB profile (ICC v2, made by LittleCMS): the colours of the
      // document are all device RGB, which the output intent says to read as sRGB
      ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
      writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb);
    } catch (IOException e) {
      throw new IllegalStateException("the sRGB profile of the Java runtime cannot be written", e);
    }
  }

  /** Before the document closes, when its information dictionary is complete: the XMP metadata. */
  void beforeClose(PdfWriter writer) {
    if (this != NONE) {
      writer.createXmpMetadata();
    }
  }
}

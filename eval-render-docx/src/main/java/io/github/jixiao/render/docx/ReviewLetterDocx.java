package io.github.jixiao.render.docx;

import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewItem;
import io.github.jixiao.model.review.ReviewLetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * A department's review letter (审核意见书) as an editable Word document, in the style of the
 * package's reports (GB/T 9704 margins, 仿宋 body, the title in 小标宋): the title, the
 * department, what was received, per package a table of the errors and warnings to correct
 * (header row repeated on every page), the forms whose totals cannot be graded, the request for
 * corrected forms by a date, and the bureau's signature with the date. The wording is the
 * letter's own ({@link ReviewLetter#opening()} …), the same in the PDF.
 *
 * <p>Deterministic: document properties and zip entry times from {@link ReviewLetter#date()}.
 * Thread-safe: it has no state.
 */
public final class ReviewLetterDocx {
  /** Column widths (twips) of the findings table: 156 mm, the reports' text width. */
  private static final int[] WIDTHS = {560, 680, 1500, 1960, 900, 900, 2344};

  private ReviewLetterDocx() {}

  /**
   * A writer.
   *
   * @return the writer; it has no state
   */
  public static ReviewLetterDocx create() {
    return new ReviewLetterDocx();
  }

  /**
   * Writes the letter.
   *
   * @param letter the letter
   * @param out where to write the .docx
   * @throws IOException when the stream fails, or the letter holds a character Word cannot hold (named)
   */
  public void write(ReviewLetter letter, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(toBytes(letter));
  }

  /**
   * The letter as the bytes of a .docx file.
   *
   * @param letter the letter
   * @return the file; the same letter gives the same bytes
   * @throws IOException when the letter holds a character Word cannot hold (the message names where)
   */
  public byte[] toBytes(ReviewLetter letter) throws IOException {
    Objects.requireNonNull(letter, "letter");
    try (XWPFDocument doc = new XWPFDocument()) {
      Docx.styled(doc);
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      Docx.pageNumber(footer, ParagraphAlignment.CENTER);
      String footerId = doc.getRelationId(footer);

      XWPFParagraph title = doc.createParagraph();
      title.setStyle(StyleSheet.TITLE);
      Docx.text(title, letter.title(), "标题");
      paragraph(doc, letter.salutation(), false, ParagraphAlignment.LEFT, "称谓");
      paragraph(doc, letter.opening(), true, ParagraphAlignment.BOTH, "正文");
      if (letter.errors() + letter.warnings() > 0) {
        paragraph(doc, letter.tally(), true, ParagraphAlignment.BOTH, "正文");
      }
      boolean several = letter.packages().size() > 1;
      for (PackageReview p : letter.packages()) {
        if (several) {
          XWPFParagraph h = paragraph(doc, letter.heading(p), true, ParagraphAlignment.LEFT, p.source());
          h.setStyle(StyleSheet.H2);
        }
        if (p.items().isEmpty()) {
          paragraph(doc, ReviewLetter.nothingFound(), true, ParagraphAlignment.BOTH, p.source());
        } else {
          table(doc, p.items(), p.source());
        }
        String ungraded = ReviewLetter.notGradable(p);
        if (ungraded != null) {
          paragraph(doc, ungraded, true, ParagraphAlignment.BOTH, p.source());
        }
      }
      paragraph(doc, letter.closing(), true, ParagraphAlignment.BOTH, "结尾");
      XWPFParagraph gap = doc.createParagraph();
      gap.setStyle(StyleSheet.BODY);
      XWPFParagraph bureau = paragraph(doc, letter.bureau(), false, ParagraphAlignment.RIGHT, "落款");
      bureau.setIndentationRight(1280);
      XWPFParagraph date = paragraph(doc, letter.signedOn(), false, ParagraphAlignment.RIGHT, "日期");
      date.setIndentationRight(1280);

      section(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
          : doc.getDocument().getBody().addNewSectPr(), footerId);
      properties(doc, letter);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 15);
      doc.write(raw);
      return Repack.repack(raw.toByteArray(), letter.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (Docx.Refused e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean indent, ParagraphAlignment align,
      String where) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(StyleSheet.BODY);
    p.setAlignment(align);
    if (!indent) {
      p.setIndentationFirstLine(0);
    }
    Docx.text(p, text, where);
    return p;
  }

  /** The package's findings: one row each, the header repeated on every page. */
  private static void table(XWPFDocument doc, List<ReviewItem> items, String where) {
    XWPFTable t = Docx.table(doc, WIDTHS);
    XWPFTableRow header = Docx.row(t, true);
    for (int c = 0; c < WIDTHS.length; c++) {
      XWPFTableCell cell = Docx.cell(header, WIDTHS[c], 1, null);
      XWPFParagraph p = Docx.paragraph(cell);
      p.setAlignment(ParagraphAlignment.CENTER);
      Docx.bold(p, ReviewLetter.COLUMNS.get(c), where);
    }
    for (ReviewItem item : items) {
      List<String> values = ReviewLetter.row(item);
      XWPFTableRow r = Docx.row(t, false);
      for (int c = 0; c < WIDTHS.length; c++) {
        XWPFTableCell cell = Docx.cell(r, WIDTHS[c], 1, null);
        XWPFParagraph p = Docx.paragraph(cell);
        p.setAlignment(c <= 1 || c == 4 || c == 5 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        Docx.text(p, values.get(c), where + " 第 " + item.number() + " 项");
      }
    }
  }

  /** A4 portrait with the reports' margins; the page number centred in the footer. */
  private static void section(CTSectPr s, String footerId) {
    while (s.sizeOfFooterReferenceArray() > 0) {
      s.removeFooterReference(0);
    }
    CTHdrFtrRef ref = s.addNewFooterReference();
    ref.setType(STHdrFtr.DEFAULT);
    ref.setId(footerId);
    Docx.page(s, Docx.Layout.REPORT);
  }

  private static void properties(XWPFDocument doc, ReviewLetter letter) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(letter.department() + " " + letter.title());
    core.setCreator(letter.bureau());
    core.setLastModifiedByUser(letter.bureau());
    core.setSubjectProperty("预算绩效自评审核意见");
    core.setKeywords("预算绩效自评, 审核意见, " + letter.year());
    Date at = Date.from(letter.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    doc.getProperties().getExtendedProperties().setApplication("jixiao (Apache POI)");
  }
}

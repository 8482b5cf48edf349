package io.github.jixiao.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewItem;
import io.github.jixiao.model.review.ReviewLetter;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

/**
 * A department's review letter (审核意见书) as PDF, with the content of the Word letter
 * ({@code ReviewLetterDocx}): A4 portrait with the official margins (GB/T 9704), the title in the
 * title font, body 三号, the findings tables 五号 with their header repeated on every page, the
 * bureau's signature and date right-aligned, "第 N 页 共 M 页" in the footer.
 *
 * <p>One instance serves every letter of a run from every thread: the installed font is searched
 * and each font file parsed once per instance (the fonts are the PDF renderer's, with the same
 * {@code pdf.font.*} options), never per letter. Deterministic: metadata dates and the file
 * identifier come from {@link ReviewLetter#date()} and the content.
 */
public final class ReviewLetterPdf {
  /** Relative widths of the findings table's columns (the Word letter's twips). */
  private static final float[] WIDTHS = {560, 680, 1500, 1960, 900, 900, 2344};
  private static final float MM = 72f / 25.4f;

  private final Map<String, String> options;
  private final FontSearch search;
  private final FontFiles files = new FontFiles();
  private final BuiltInFonts.Pool builtIns = new BuiltInFonts.Pool();

  private ReviewLetterPdf(Map<String, String> options, FontSearch search) {
    this.options = Map.copyOf(options);
    this.search = search;
  }

  /**
   * A writer with the PDF renderer's font options ({@code pdf.font.body} … ; empty: the installed
   * CJK serif font found first, else the built-in one).
   *
   * @param options the {@code pdf.font.*} options
   * @return the writer, thread-safe
   * @throws RenderException when a font option is wrong
   */
  public static ReviewLetterPdf create(Map<String, String> options) throws RenderException {
    ReviewLetterPdf w = new ReviewLetterPdf(options, FontSearch.installed());
    Fonts.choose(w.options, w.search, w.files); // a wrong option fails here, not at the first letter
    return w;
  }

  /**
   * Writes the letter.
   *
   * @param letter the letter
   * @param out where to write the PDF
   * @throws RenderException when the fonts cannot show a character of it (named) or the PDF cannot be made
   * @throws IOException when the stream fails
   */
  public void write(ReviewLetter letter, OutputStream out) throws RenderException, IOException {
    Objects.requireNonNull(out, "out");
    out.write(toBytes(letter));
  }

  /**
   * The letter as the bytes of a PDF file.
   *
   * @param letter the letter
   * @return the file; the same letter gives the same bytes
   * @throws RenderException when the fonts cannot show a character of it or the PDF cannot be made
   */
  public byte[] toBytes(ReviewLetter letter) throws RenderException {
    Objects.requireNonNull(letter, "letter");
    Fonts.Choice choice = Fonts.choose(options, search, files);
    BuiltInFonts set = builtIns.take();
    Fonts fonts = null;
    try {
      fonts = Fonts.load(choice, files, set, false);
      return build(letter, new Typo(fonts));
    } catch (DocumentException e) {
      throw new RenderException("PDF 无法生成 / the PDF could not be produced: " + e.getMessage(), e);
    } finally {
      if (fonts != null) {
        fonts.release();
      }
      builtIns.give(set);
    }
  }

  private static byte[] build(ReviewLetter letter, Typo typo) throws DocumentException, RenderException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 15);
    Document doc = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
    PdfWriter writer = PdfWriter.getInstance(doc, buffer);
    writer.setPageEvent(new PageEvents(typo));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    metadata(writer, letter);
    doc.open();
    Paragraph title = new Paragraph(typo.phrase(letter.title(), Typo.style(Role.TITLE, 22), "标题"));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(18);
    doc.add(title);
    doc.add(body(typo, letter.salutation(), false, Element.ALIGN_LEFT, "称谓"));
    doc.add(body(typo, letter.opening(), true, Element.ALIGN_JUSTIFIED, "正文"));
    if (letter.errors() + letter.warnings() > 0) {
      doc.add(body(typo, letter.tally(), true, Element.ALIGN_JUSTIFIED, "正文"));
    }
    boolean several = letter.packages().size() > 1;
    for (PackageReview p : letter.packages()) {
      if (several) {
        Paragraph h = new Paragraph(typo.phrase(letter.heading(p), Typo.style(Role.HEADING, 16), p.source()));
        h.setLeading(28);
        h.setFirstLineIndent(32);
        h.setSpacingBefore(6);
        doc.add(h);
      }
      if (p.items().isEmpty()) {
        doc.add(body(typo, ReviewLetter.nothingFound(), true, Element.ALIGN_JUSTIFIED, p.source()));
      } else {
        doc.add(table(typo, p.items(), p.source()));
      }
      String ungraded = ReviewLetter.notGradable(p);
      if (ungraded != null) {
        doc.add(body(typo, ungraded, true, Element.ALIGN_JUSTIFIED, p.source()));
      }
    }
    doc.add(body(typo, letter.closing(), true, Element.ALIGN_JUSTIFIED, "结尾"));
    Paragraph bureau = body(typo, letter.bureau(), false, Element.ALIGN_RIGHT, "落款");
    bureau.setSpacingBefore(28);
    bureau.setIndentationRight(32);
    doc.add(bureau);
    Paragraph date = body(typo, letter.signedOn(), false, Element.ALIGN_RIGHT, "日期");
    date.setIndentationRight(32);
    doc.add(date);
    doc.close();
    if (typo.hasMissing()) {
      throw new RenderException("所选字体无法显示以下字符 / the chosen font cannot show these characters: "
          + String.join("; ", typo.missingReport().subList(0, Math.min(10, typo.missingReport().size()))));
    }
    return PdfRenderer.DocumentId.fix(buffer.toByteArray());
  }

  private static Paragraph body(Typo typo, String text, boolean indent, int align, String where) {
    Paragraph p = new Paragraph(typo.phrase(text, Typo.style(Role.BODY, 16), where));
    p.setLeading(28);
    p.setAlignment(align);
    if (indent) {
      p.setFirstLineIndent(32);
    }
    return p;
  }

  /** A package's findings, the header repeated on every page, rows kept whole where they fit. */
  private static PdfPTable table(Typo typo, List<ReviewItem> items, String where) throws DocumentException {
    PdfPTable t = new PdfPTable(WIDTHS);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    t.setSpacingBefore(6);
    t.setSpacingAfter(6);
    t.setSplitLate(false);
    Typo.Style head = new Typo.Style(Role.HEADING, 10.5f, true, Typo.BLACK);
    for (String c : ReviewLetter.COLUMNS) {
      PdfPCell cell = cell(typo.phrase(c, head, where), Element.ALIGN_CENTER);
      cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
      t.addCell(cell);
    }
    Typo.Style text = Typo.style(Role.BODY, 10.5f);
    for (ReviewItem item : items) {
      List<String> values = ReviewLetter.row(item);
      for (int c = 0; c < values.size(); c++) {
        int align = c <= 1 || c == 4 || c == 5 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
        t.addCell(cell(typo.phrase(values.get(c), text, where + " 第 " + item.number() + " 项"), align));
      }
    }
    return t;
  }

  private static PdfPCell cell(com.lowagie.text.Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPadding(3);
    c.setLeading(0, 1.3f);
    c.setBorder(Rectangle.BOX);
    c.setBorderWidth(0.5f);
    return c;
  }

  private static void metadata(PdfWriter writer, ReviewLetter letter) {
    PdfDictionary info = writer.getInfo();
    info.put(PdfName.TITLE, text(letter.department() + " " + letter.title()));
    info.put(PdfName.AUTHOR, text(letter.bureau()));
    info.put(PdfName.SUBJECT, text("预算绩效自评审核意见"));
    info.put(PdfName.KEYWORDS, text("预算绩效自评, 审核意见, " + letter.year()));
    info.put(PdfName.CREATOR, text("jixiao"));
    info.put(PdfName.PRODUCER, text("jixiao (OpenPDF 2.0.5)"));
    GregorianCalendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    at.setTimeInMillis(letter.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
    info.put(PdfName.CREATIONDATE, new PdfDate(at));
    info.put(PdfName.MODDATE, new PdfDate(at));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
  }

  private static PdfString text(String s) {
    return new PdfString(s, PdfObject.TEXT_UNICODE);
  }
}

package io.github.jixiao.bench.baseline;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The package's forms written with plain OpenPDF, as a programmer would by hand: one {@link
 * PdfPTable} per form sheet with the same cells, the same row and column spans (rowspans for the
 * merged level-1/level-2 labels), borders where jixiao's form has them, 9 pt text in the same
 * default font (STSong-Light with the UniGB-UCS2-H CMap, not embedded, and Times-Roman for ASCII,
 * chosen per character as OpenPDF's {@link FontSelector} would), A4 portrait with the forms' margins, one form per new
 * page. {@link #full} adds the reports' text (title, headings, paragraphs: 16 pt, fixed leading,
 * first-line indent, justified) on the report margins — no covers, bookmarks, charts or
 * findings, which are jixiao's additions.
 */
public final class OpenPdfBaseline {
  private static final float SIZE = 9f;

  private OpenPdfBaseline() {}

  /** The forms only. */
  public static void forms(SheetSpec.Workbook spec, OutputStream out) throws IOException {
    write(spec, null, out);
  }

  /** The forms and the reports' text, in the package's order (department report first). */
  public static void full(SheetSpec.Workbook spec, EvaluationPackage pkg, OutputStream out) throws IOException {
    write(spec, pkg, out);
  }

  private static void write(SheetSpec.Workbook spec, EvaluationPackage pkg, OutputStream out) throws IOException {
    BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    BaseFont times = BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    BaseFont timesBold = BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    Fonts f = new Fonts(cjk, times, timesBold);
    Document doc = new Document(PageSize.A4, 42f, 42f, 46f, 50f);
    PdfWriter.getInstance(doc, out);
    doc.open();
    if (pkg != null && pkg.departmentReport() != null) {
      report(doc, pkg.departmentReport(), f);
    }
    for (SheetSpec s : spec.sheets()) {
      doc.setMargins(42f, 42f, 46f, 50f);
      doc.newPage();
      doc.add(table(s, spec.looks(), f));
    }
    if (pkg != null) {
      for (Report r : pkg.projectReports()) {
        report(doc, r, f);
      }
    }
    doc.close();
  }

  private record Fonts(BaseFont cjk, BaseFont times, BaseFont timesBold) {
    Selector selector(float size, boolean bold) {
      return new Selector(new Font(bold ? timesBold : times, size), new Font(cjk, size, bold ? Font.BOLD : Font.NORMAL));
    }
  }

  /**
   * What OpenPDF's {@link FontSelector} does for these two fonts — ASCII in Times, everything else
   * in the CJK font — without its cost: in OpenPDF 2.0.5 every {@code new FontSelector()} registers
   * (parses) the system's TrueType fonts, which made the first version of this baseline five times
   * slower than jixiao.
   */
  private record Selector(Font latin, Font cjk) {
    Phrase process(String text) {
      Phrase p = new Phrase();
      int from = 0;
      for (int i = 1; i <= text.length(); i++) {
        if (i == text.length() || (text.charAt(i) < 0x80) != (text.charAt(from) < 0x80)) {
          p.add(new Chunk(text.substring(from, i), text.charAt(from) < 0x80 ? latin : cjk));
          from = i;
        }
      }
      return p;
    }
  }

  private static PdfPTable table(SheetSpec s, List<SheetSpec.Look> looks, Fonts f) {
    int cols = 0;
    for (SheetSpec.RowSpec r : s.rows()) {
      for (SheetSpec.CellSpec c : r.cells()) {
        cols = Math.max(cols, c.col() + 1);
      }
    }
    float[] widths = new float[cols];
    for (int c = 0; c < cols; c++) {
      widths[c] = (float) s.widths()[c];
    }
    Map<Long, int[]> mergeAt = new HashMap<>();
    java.util.Set<Long> covered = new java.util.HashSet<>();
    for (int[] m : s.merges()) {
      mergeAt.put(key(m[0], m[2]), m);
      for (int r = m[0]; r <= m[1]; r++) {
        for (int c = m[2]; c <= m[3]; c++) {
          if (r != m[0] || c != m[2]) {
            covered.add(key(r, c));
          }
        }
      }
    }
    Selector body = f.selector(SIZE, false);
    Selector bold = f.selector(SIZE, true);
    Selector title = f.selector(16f, true);
    Selector label = f.selector(12f, true);
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSplitLate(true);
    int lastRow = s.rows().isEmpty() ? -1 : s.rows().get(s.rows().size() - 1).index();
    Map<Integer, SheetSpec.RowSpec> rows = new HashMap<>();
    s.rows().forEach(r -> rows.put(r.index(), r));
    for (int r = 0; r <= lastRow; r++) {
      SheetSpec.RowSpec row = rows.get(r);
      Map<Integer, SheetSpec.CellSpec> cells = new HashMap<>();
      if (row != null) {
        row.cells().forEach(c -> cells.put(c.col(), c));
      }
      for (int c = 0; c < cols; c++) {
        if (covered.contains(key(r, c))) {
          continue;
        }
        SheetSpec.CellSpec cs = cells.get(c);
        SheetSpec.Look look = cs == null ? null : looks.get(cs.look());
        Selector fs = look == null ? body : look.points() >= 16 ? title : look.points() >= 12 ? label
            : look.bold() ? bold : body;
        PdfPCell cell = new PdfPCell(fs.process(cs == null ? "" : text(cs, look)));
        int[] m = mergeAt.get(key(r, c));
        if (m != null) {
          cell.setRowspan(m[1] - m[0] + 1);
          cell.setColspan(m[3] - m[2] + 1);
        }
        cell.setBorder(look != null && look.border() ? Rectangle.BOX : Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(look != null && look.center() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(0f, 1.3f);
        cell.setPaddingBottom(4f);
        t.addCell(cell);
        if (m != null) {
          c = m[3];
        }
      }
    }
    return t;
  }

  private static long key(int r, int c) {
    return ((long) r << 16) | c;
  }

  /** A cell's text as the form shows it (numbers in the cell's format); shared with {@link XwpfBaseline}. */
  static String text(SheetSpec.CellSpec c, SheetSpec.Look look) {
    if (c.number() != null && c.text() == null) {
      BigDecimal v = BigDecimal.valueOf(c.number());
      if (look.format() != null) {
        String fmt = look.format();
        int dot = fmt.indexOf('.');
        int scale = dot < 0 ? 0 : (int) fmt.chars().skip(dot + 1).filter(ch -> ch == '0').count();
        if (fmt.endsWith("%")) {
          return v.movePointRight(2).setScale(scale, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
      }
      return v.stripTrailingZeros().toPlainString();
    }
    return c.text() == null ? "" : c.text();
  }

  private static void report(Document doc, Report r, Fonts f) {
    doc.setMargins(79.4f, 73.7f, 104.9f, 99.2f);
    doc.newPage();
    Selector title = f.selector(22f, true);
    Selector heading = f.selector(16f, true);
    Selector body = f.selector(16f, false);
    if (r.title() != null) {
      Paragraph p = new Paragraph(title.process(r.title()));
      p.setAlignment(Element.ALIGN_CENTER);
      p.setSpacingAfter(16f);
      doc.add(p);
    }
    List<String> pre = new ArrayList<>(r.preamble());
    pre.forEach(t -> doc.add(paragraph(body, t)));
    for (ReportSection s : r.sections()) {
      section(doc, s, heading, body);
    }
    r.closing().forEach(t -> doc.add(paragraph(body, t)));
  }

  private static void section(Document doc, ReportSection s, Selector heading, Selector body) {
    Paragraph h = new Paragraph(heading.process(s.heading()));
    h.setLeading(28.9f);
    h.setFirstLineIndent(32f);
    doc.add(h);
    s.paragraphs().forEach(t -> doc.add(paragraph(body, t)));
    for (ReportSection child : s.sections()) {
      section(doc, child, heading, body);
    }
  }

  private static Paragraph paragraph(Selector body, String text) {
    Phrase ph = body.process(text);
    Paragraph p = new Paragraph(ph);
    p.setLeading(28.9f);
    p.setFirstLineIndent(32f);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    return p;
  }
}

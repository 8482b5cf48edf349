package io.github.jixiao.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.render.pdf.Fonts.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * PDF 渲染器 — renders a package as one A4 PDF in the order of the official package: the
 * department report, 附件1, 附件2, each 附件3-n, each project report (附件5-n) with its cover
 * page, then jixiao's summary with charts (评分汇总) and, when the request carries an
 * evaluation, the audit findings (审核意见). Tables reproduce the official forms (merged level-1
 * and level-2 cells, the header and "（续表）" repeated on continuation pages); reports follow
 * GB/T 9704 (headings renumbered 一、/（一）/1./（1）, two-character indent, fixed leading); every
 * page has "第 N 页 共 M 页" and every attachment a bookmark.
 *
 * <p>{@link RenderMode#REPORTED} shows what was printed and marks each finding in the tables (a
 * coloured cell and its number, linked to 审核意见); {@link RenderMode#COMPUTED} shows jixiao's
 * scores and totals with the grade and needs the evaluation.
 *
 * <p>Fonts and other options: {@link PdfOptions}. By default the PDF embeds a subset of the first
 * installed serif CJK font of a fixed list (Noto Serif CJK SC, Source Han Serif SC, SimSun,
 * FangSong, AR PL …), else it uses the viewer's STSong-Light; {@link #fonts(RenderRequest)} says
 * which, with a warning for the fallback. {@code pdf.archival=pdfa-1b} writes PDF/A-1b. The output
 * is deterministic: the same request gives the same bytes (dates from {@link
 * RenderRequest#timestamp()}, a document ID derived from the content, font subset prefixes from
 * the font's name), whatever the default time zone or locale; on one machine, the same installed
 * fonts give the same file. Instances are thread-safe; each keeps the fonts its renders loaded
 * (and where it found installed ones, looked up on its first render) for its next renders.
 */
public final class PdfRenderer implements Renderer {

  /** The renderer's id: {@value}. */
  public static final String ID = "pdf";

  /**
   * The built-in fonts this renderer's renders loaded, kept for its next renders (bounded; see
   * {@link BuiltInFonts}): the cache belongs to the renderer, not to the JVM or a thread.
   */
  private final BuiltInFonts.Pool builtInFonts = new BuiltInFonts.Pool();

  /** Where this renderer looks for installed fonts (searched once, on first use). */
  private final FontSearch fontSearch;

  /** The embedded fonts this renderer's renders loaded, kept for its next renders. */
  private final FontFiles fontFiles = new FontFiles();

  /** A renderer; thread-safe, one instance can serve every thread. */
  public PdfRenderer() {
    this(FontSearch.installed());
  }

  /** A renderer looking for installed fonts where {@code search} says (tests). */
  PdfRenderer(FontSearch search) {
    this.fontSearch = Objects.requireNonNull(search, "search");
  }

  /**
   * Which fonts a render of this request uses — the files its options name, else the installed
   * font found for the body (the same for every request of this renderer) — and a warning when
   * none could be embedded. Loads no font; the renderer prints nothing itself, a caller tells its
   * user (the command line prints {@link FontReport#summary()} and the warning).
   *
   * @param request the request whose {@code pdf.font.*} options count
   * @return how body, headings and titles are set
   * @throws RenderException when a font option is wrong (the render would fail the same way)
   */
  public FontReport fonts(RenderRequest request) throws RenderException {
    Objects.requireNonNull(request, "request");
    Fonts.Choice choice = Fonts.choose(request.options(), fontSearch, fontFiles);
    // loaded as a render loads them (from this renderer's cache after its first render), so that
    // an installed font that cannot be read is reported as the render will fall back
    BuiltInFonts builtIns = builtInFonts.take();
    Fonts fonts = Fonts.load(choice, fontFiles, builtIns, false);
    try {
      return new FontReport(choice.describe(fonts.body), choice.describe(fonts.heading),
          choice.describe(fonts.title), fonts.body.embedded() && fonts.heading.embedded() && fonts.title.embedded(),
          fonts.warning());
    } finally {
      fonts.release();
      builtInFonts.give(builtIns);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
    Objects.requireNonNull(out, "out");
    out.write(renderToBytes(request));
  }

  /**
   * Renders the request to the bytes of a PDF file.
   *
   * @param request what to render; its {@code pdf.*} options choose the fonts and the summary pages
   * @return the whole PDF file; the same request gives the same bytes
   * @throws RenderException when an option is wrong, a font cannot be used, a character cannot
   *     be shown, or COMPUTED is asked for without an evaluation
   */
  public byte[] renderToBytes(RenderRequest request) throws RenderException {
    Objects.requireNonNull(request, "request");
    request.rejectUnknownOptions(ID, PdfOptions.KEYS);
    request.requireEvaluationForComputed();
    Archival archival = Archival.of(request.options());
    boolean summary = Fonts.flag(request.options(), PdfOptions.SUMMARY, true);
    Fonts.Choice choice = Fonts.choose(request.options(), fontSearch, fontFiles);
    if (archival.archival() && choice.builtInBody()) {
      throw new RenderException("PDF/A 须嵌入全部字体 / " + archival.id + " needs every font embedded, and "
          + (choice.warning != null ? "no CJK serif font is installed: install one (Debian/Ubuntu: fonts-noto-cjk) or"
              : PdfOptions.FONT_EMBED + "=false asks for none:") + " give " + PdfOptions.FONT_BODY + " (--font-body)");
    }
    BuiltInFonts builtIns = builtInFonts.take();
    Fonts fonts = null;
    try {
      fonts = Fonts.load(choice, fontFiles, builtIns, archival.archival());
      if (summary) {
        SummaryRenderer.checkAwtFonts();
      }
      return build(request, fonts, summary, archival);
    } catch (DocumentException e) {
      throw new RenderException("PDF 无法生成 / the PDF could not be produced: " + e.getMessage(), e);
    } finally {
      if (fonts != null) {
        fonts.release();
      }
      builtInFonts.give(builtIns);
    }
  }

  private static byte[] build(RenderRequest request, Fonts fonts, boolean summary, Archival archival)
      throws DocumentException, RenderException {
    EvaluationPackage pkg = request.pkg();
    Typo typo = new Typo(fonts);
    Marks marks = Marks.of(request.findings(), request.showsFindings() && request.mode() == RenderMode.REPORTED);
    PageEvents events = new PageEvents(typo);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    Document doc = new Document(PageSize.A4);
    PdfWriter writer = PdfWriter.getInstance(doc, buffer);
    archival.beforeOpen(writer);
    writer.setPageEvent(events);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    Context cx = new Context(request, doc, writer, typo, marks, events, () -> {
      metadata(writer, request);
      archival.afterOpen(writer);
    });
    TableKit kit = new TableKit(typo, marks);
    FormRenderer forms = new FormRenderer(cx, kit);

    events.group("forms", "附件3 项目支出绩效自评表");
    events.group("reports", "附件5 项目支出绩效自评报告");
    if (pkg.departmentReport() != null) {
      new ReportRenderer(cx, kit).render(pkg.departmentReport(), "/departmentReport", "部门整体支出绩效自评报告", null);
    }
    if (pkg.basicData() != null) {
      new BasicDataRenderer(cx, kit).render(pkg.basicData(),
          "附件" + pkg.basicData().label() + " 部门整体支出绩效评价基础数据表");
    }
    SelfEvaluationForm dept = pkg.departmentEvaluation();
    if (dept != null) {
      forms.render(dept, "/departmentEvaluation", true, "附件" + dept.label() + " 部门整体支出绩效自评表", null);
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      SelfEvaluationForm f = pkg.projectEvaluations().get(i);
      forms.render(f, "/projectEvaluations/" + i, false, "附件" + f.label() + " " + f.name(), "forms");
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      Report r = pkg.projectReports().get(i);
      new ReportRenderer(cx, kit).render(r, "/projectReports/" + i, ReportRenderer.bookmark(pkg, r, i), "reports");
    }
    // SUBMISSION is the package as printed: neither jixiao's charts nor its findings
    if (summary && request.mode() != RenderMode.SUBMISSION) {
      new SummaryRenderer(cx).render();
    }
    if (request.showsFindings()) {
      new FindingsRenderer(cx, kit).render(request.evaluation().profile());
    }
    if (!doc.isOpen()) {
      cx.begin(Context.Layout.FORM);
      Paragraph p = new Paragraph(typo.phrase(pkg.year() + "年度 " + pkg.department() + "：本材料没有表格或报告",
          Typo.style(Role.BODY, 14), "空材料"));
      p.setAlignment(Element.ALIGN_CENTER);
      cx.add(p);
    }
    archival.beforeClose(writer);
    doc.close();
    if (typo.hasMissing()) {
      List<String> lines = typo.missingReport();
      StringBuilder sb = new StringBuilder("所选字体无法显示以下字符 / the chosen font cannot show these characters ("
          + fonts.body.description() + "); give a font that has them (" + PdfOptions.FONT_BODY + ", "
          + PdfOptions.FONT_HEADING + ", " + PdfOptions.FONT_TITLE + "):");
      int shown = 0;
      for (String line : lines) {
        if (shown++ == 40) {
          sb.append("\n  … and ").append(lines.size() - 40).append(" more place(s)");
          break;
        }
        sb.append("\n  ").append(line);
      }
      throw new RenderException(sb.toString());
    }
    return DocumentId.fix(buffer.toByteArray());
  }

  private static void metadata(PdfWriter writer, RenderRequest request) {
    EvaluationPackage pkg = request.pkg();
    PdfDictionary info = writer.getInfo();
    info.put(PdfName.TITLE, text(pkg.year() + "年度" + pkg.department() + "预算绩效自评材料"));
    info.put(PdfName.AUTHOR, text(pkg.department()));
    info.put(PdfName.KEYWORDS, text("预算绩效自评, 绩效自评表, " + pkg.year()));
    if (request.mode() == RenderMode.SUBMISSION) {
      // the copy a department files: no tool name, no mode label (OpenPDF is the PDF library)
      info.put(PdfName.SUBJECT, text("预算绩效自评"));
      info.remove(PdfName.CREATOR);
      info.put(PdfName.PRODUCER, text("OpenPDF 2.0.5"));
    } else {
      String mode = request.mode() == RenderMode.COMPUTED ? "按计算" : "按填报";
      info.put(PdfName.SUBJECT, text("预算绩效自评（" + mode
          + (request.evaluation() == null ? "" : "，评分规则 " + request.evaluation().profile()) + "）"));
      info.put(PdfName.CREATOR, text("jixiao"));
      info.put(PdfName.PRODUCER, text("jixiao (OpenPDF 2.0.5)"));
    }
    GregorianCalendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    at.setTimeInMillis(request.timestamp().toEpochMilli());
    info.put(PdfName.CREATIONDATE, new PdfDate(at));
    info.put(PdfName.MODDATE, new PdfDate(at));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
  }

  private static PdfString text(String s) {
    return new PdfString(s, PdfObject.TEXT_UNICODE);
  }

  /** The file identifier (/ID) derived from the content instead of the clock. */
  static final class DocumentId {
    private static final byte[] KEY = "/ID [<".getBytes(StandardCharsets.US_ASCII);

    private DocumentId() {}

    static byte[] fix(byte[] pdf) {
      int at = lastIndexOf(pdf, KEY);
      if (at < 0) {
        throw new IllegalStateException("no /ID in the trailer");
      }
      int first = at + KEY.length;
      int second = first + 32 + 2;
      if (second + 32 >= pdf.length || pdf[first + 32] != '>' || pdf[first + 33] != '<' || pdf[second + 32] != '>') {
        throw new IllegalStateException("unexpected /ID layout in the trailer");
      }
      for (int i = 0; i < 32; i++) {
        pdf[first + i] = '0';
        pdf[second + i] = '0';
      }
      byte[] digest;
      try {
        digest = MessageDigest.getInstance("MD5").digest(pdf);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("MD5 is part of every Java runtime", e);
      }
      byte[] hex = hex(digest);
      System.arraycopy(hex, 0, pdf, first, 32);
      System.arraycopy(hex, 0, pdf, second, 32);
      return pdf;
    }

    private static byte[] hex(byte[] bytes) {
      byte[] out = new byte[bytes.length * 2];
      String digits = "0123456789abcdef";
      for (int i = 0; i < bytes.length; i++) {
        out[2 * i] = (byte) digits.charAt((bytes[i] >> 4) & 0xf);
        out[2 * i + 1] = (byte) digits.charAt(bytes[i] & 0xf);
      }
      return out;
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
      outer:
      for (int i = data.length - key.length; i >= 0; i--) {
        for (int j = 0; j < key.length; j++) {
          if (data[i + j] != key[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}

package io.github.jixiao.render.docx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * One Word document being written: the XWPF document with the package's styles, font table,
 * page-number footers and sections; the request and its evaluation; and the places findings
 * are anchored on (each writer registers the paragraph that shows a JSON pointer, and
 * {@link Comments} turns every finding into a Word comment on the nearest registered place).
 *
 * <p>Text goes through {@link #text}, which refuses characters XML cannot hold with a message
 * naming the place; everything else a writer needs (a section, a paragraph in a style, a table
 * with fixed widths, merged cells) is here so that the form, basic-data and report writers
 * only say what goes where.
 */
final class Docx {

  /** A4 in twips. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;

  /** Page margins of a part, in twips (A4 portrait). */
  enum Layout {
    /** Forms and tables: the seed's narrow margins, so the nine-column forms stay readable. */
    FORM(840, 840, 920, 1000, 454),
    /** Reports and covers: GB/T 9704 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 28 × 22). */
    REPORT(1588, 1474, 2098, 1984, 1304);

    final int left;
    final int right;
    final int top;
    final int bottom;
    final int footer;

    Layout(int left, int right, int top, int bottom, int footer) {
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
      this.footer = footer;
    }

    /** The width of the text, in twips. */
    int width() {
      return PAGE_WIDTH - left - right;
    }
  }

  /** A writer's refusal: a character or value Word cannot hold, with the place. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  final XWPFDocument doc;
  final RenderRequest request;
  final EvaluationPackage pkg;
  final FindingIndex findings;
  final Comments comments;
  private final Map<String, FormEvaluation> formEvaluations = new HashMap<>();
  private final Map<String, IndicatorScore> scores = new HashMap<>();
  private final String oddFooter;
  private final String evenFooter;
  private final String firstFooter;
  private @Nullable Layout layout;
  private boolean titlePage;
  private boolean empty = true;

  Docx(RenderRequest request) {
    this.request = request;
    this.pkg = request.pkg();
    this.findings = request.findings();
    this.doc = new XWPFDocument();
    this.comments = new Comments(this);
    if (request.evaluation() != null) {
      for (FormEvaluation fe : request.evaluation().evaluations()) {
        formEvaluations.put(fe.pointer(), fe);
        for (IndicatorScore s : fe.indicators()) {
          scores.put(s.pointer(), s);
        }
      }
    }
    styled(doc);
    doc.getSettings().setEvenAndOddHeadings(true);
    XWPFFooter odd = doc.createFooter(HeaderFooterType.DEFAULT);
    pageNumber(odd, ParagraphAlignment.RIGHT);
    XWPFFooter even = doc.createFooter(HeaderFooterType.EVEN);
    pageNumber(even, ParagraphAlignment.LEFT);
    XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
    first.createParagraph().setStyle(StyleSheet.FOOTER);
    oddFooter = doc.getRelationId(odd);
    evenFooter = doc.getRelationId(even);
    firstFooter = doc.getRelationId(first);
  }

  /** Gives a new document the package's styles and font table (the letters use them too). */
  static void styled(XWPFDocument doc) {
    try {
      CTStyles styles = StylesDocument.Factory.parse(StyleSheet.styles()).getStyles();
      doc.createStyles().setStyles(styles);
      addPart(doc, "/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", StyleSheet.fontTable());
    } catch (org.apache.xmlbeans.XmlException | InvalidFormatException | IOException e) {
      throw new IllegalStateException("the built-in styles do not parse", e);
    }
  }

  private static void addPart(XWPFDocument doc, String name, String contentType, String relation, String xml)
      throws InvalidFormatException, IOException {
    PackagePartName partName = PackagingURIHelper.createPartName(name);
    PackagePart part = doc.getPackage().createPart(partName, contentType);
    try (OutputStream out = part.getOutputStream()) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    doc.getPackagePart().addRelationship(partName, TargetMode.INTERNAL, relation);
  }

  /** "— N —" at the outer edge, one character in from it (GB/T 9704: 4号 宋体). */
  static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
    XWPFParagraph p = footer.createParagraph();
    p.setStyle(StyleSheet.FOOTER);
    p.setAlignment(side);
    if (side == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(280);
    } else if (side == ParagraphAlignment.LEFT) {
      p.setIndentationLeft(280);
    }
    p.createRun().setText("— ");
    field(p, " PAGE ", "1");
    p.createRun().setText(" —");
  }

  /** A complex field: begin, instruction, separate, the result shown until Word updates it, end. */
  static void field(XWPFParagraph p, String instruction, String result) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(instruction);
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText(result);
    CTFldChar end = p.createRun().getCTR().addNewFldChar();
    end.setFldCharType(STFldCharType.END);
  }

  // ---------------------------------------------------------------- request and evaluation

  /** Whether scores are shown as computed (COMPUTED mode). */
  boolean computed() {
    return request.mode() == RenderMode.COMPUTED;
  }

  /** Whether findings are listed (审核意见): REPORTED or COMPUTED with an evaluation. */
  boolean showsFindings() {
    return request.showsFindings();
  }

  /**
   * Whether findings are marked where they are, as comments and cell colours: REPORTED with an
   * evaluation (COMPUTED shows jixiao's values in those cells instead, and lists the findings).
   */
  boolean marksFindings() {
    return request.showsFindings() && request.mode() == RenderMode.REPORTED;
  }

  /** The evaluation of the form at this pointer, if there is one. */
  @Nullable FormEvaluation formEvaluation(String pointer) {
    return formEvaluations.get(pointer);
  }

  /** The score of the indicator row at this pointer, if there is one. */
  @Nullable IndicatorScore score(String rowPointer) {
    return scores.get(rowPointer);
  }

  // ---------------------------------------------------------------- sections

  /**
   * Starts a part on a new page with the layout's margins: ends the section before (its
   * properties go on a last, one-twip-high paragraph) and begins a new one.
   *
   * @param next the new section's layout
   * @param cover whether its first page is a cover, which prints no page number
   */
  void begin(Layout next, boolean cover) {
    if (layout != null) {
      XWPFParagraph carrier = doc.createParagraph();
      carrier.setSpacingBefore(0);
      carrier.setSpacingAfter(0);
      carrier.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
      // (the spacing above made the paragraph's properties: the section goes into them, not a second pPr)
      CTSectPr s = carrier.getCTP().getPPr().addNewSectPr();
      section(s, layout, titlePage);
    }
    layout = next;
    titlePage = cover;
  }

  /** The current section's layout (FORM before the first {@link #begin}). */
  Layout layout() {
    return layout == null ? Layout.FORM : layout;
  }

  private void section(CTSectPr s, Layout l, boolean cover) {
    for (String[] ref : new String[][] {{"default", oddFooter}, {"even", evenFooter}, {"first", firstFooter}}) {
      CTHdrFtrRef r = s.addNewFooterReference();
      r.setType(STHdrFtr.Enum.forString(ref[0]));
      r.setId(ref[1]);
    }
    page(s, l);
    if (cover) {
      s.addNewTitlePg();
    }
    CTDocGrid grid = s.addNewDocGrid();
    if (l == Layout.REPORT) {
      // 22 lines of 579 twips; the 28 characters a line come from the text styles' spacing
      // (StyleSheet.PITCH): a character grid is drawn differently by Word, WPS and LibreOffice
      grid.setType(STDocGrid.LINES);
      grid.setLinePitch(BigInteger.valueOf(StyleSheet.LINE));
    } else {
      grid.setType(STDocGrid.DEFAULT);
      grid.setLinePitch(BigInteger.valueOf(312));
    }
  }

  /** A4 portrait with the layout's margins, on a section's properties (the letters use it too). */
  static void page(CTSectPr s, Layout l) {
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
    m.setTop(BigInteger.valueOf(l.top));
    m.setBottom(BigInteger.valueOf(l.bottom));
    m.setLeft(BigInteger.valueOf(l.left));
    m.setRight(BigInteger.valueOf(l.right));
    m.setHeader(BigInteger.valueOf(851));
    m.setFooter(BigInteger.valueOf(l.footer));
    m.setGutter(BigInteger.ZERO);
  }

  /** Ends the last section: its properties are the body's own. */
  void finish() {
    // createFooter left a section with its references on the body: replaced by the layout's full set
    var body = doc.getDocument().getBody();
    if (body.isSetSectPr()) {
      body.unsetSectPr();
    }
    section(body.addNewSectPr(), layout(), titlePage);
  }

  // ---------------------------------------------------------------- paragraphs and text

  /** A new body paragraph in a style. */
  XWPFParagraph paragraph(String style) {
    empty = false;
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    return p;
  }

  /** Whether nothing has been written yet. */
  boolean isEmpty() {
    return empty;
  }

  /** A page break before this paragraph. */
  static void pageBreakBefore(XWPFParagraph p) {
    p.setPageBreak(true);
  }

  /**
   * Adds text to a paragraph as written: each line break of the text a line break in Word, tabs
   * kept; characters that XML cannot hold are refused with the place.
   *
   * @param p the paragraph
   * @param text the text, or {@code null} for none
   * @param where the place, for the message ("附件3-1 项目支出名称")
   * @return the run holding the text (the last one when it has several lines), or {@code null}
   *     when there was no text
   */
  static @Nullable XWPFRun text(XWPFParagraph p, @Nullable String text, String where) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    check(text, where);
    XWPFRun run = p.createRun();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      String[] parts = lines[i].split("\t", -1);
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) {
          run.addTab();
        }
        if (!parts[j].isEmpty()) {
          run.setText(parts[j], run.getCTR().sizeOfTArray());
        }
      }
    }
    return run;
  }

  /** Bold text. */
  static @Nullable XWPFRun bold(XWPFParagraph p, @Nullable String text, String where) {
    XWPFRun r = text(p, text, where);
    if (r != null) {
      r.setBold(true);
    }
    return r;
  }

  /** Refuses characters an XML 1.0 document cannot hold (control characters, lone surrogates). */
  static void check(String text, String where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        i += bad ? 0 : 1;
      } else if (Character.isLowSurrogate(c)) {
        bad = true;
      }
      if (bad) {
        throw new Refused(where + "：第 " + (i + 1) + " 个字符 U+" + String.format("%04X", (int) c)
            + " 无法写入 Word 文档 / character U+" + String.format("%04X", (int) c) + " at position " + (i + 1)
            + " cannot be written to a Word document (a control character): remove it from the package");
      }
    }
  }

  // ---------------------------------------------------------------- tables

  /**
   * A new body table with fixed column widths (twips), the form table style, fixed layout and no
   * rows yet beyond the one XWPF creates (removed): rows are added with {@link #row}.
   */
  XWPFTable table(int[] widths) {
    empty = false;
    return table(doc, widths);
  }

  /** A new table of the document, as {@link #table(int[])} makes it. */
  static XWPFTable table(XWPFDocument doc, int[] widths) {
    XWPFTable t = doc.createTable();
    CTTbl ct = t.getCTTbl();
    CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
    pr.addNewTblStyle().setVal(StyleSheet.TABLE);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(total));
    pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
    CTTblLayoutType lt = pr.addNewTblLayout();
    lt.setType(STTblLayoutType.FIXED);
    if (pr.isSetTblBorders()) {
      pr.unsetTblBorders();
    }
    CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    t.removeRow(0);
    return t;
  }

  /**
   * A new row of a table: not split across pages; {@code header} repeats it on every page.
   *
   * @param t the table
   * @param header whether the row is a header row (repeated at the top of each page)
   * @return the row, without cells
   */
  static XWPFTableRow row(XWPFTable t, boolean header) {
    // straight onto the XML: XWPFTable.createRow counts every row before it (sizeOfTrArray) and
    // copies the first row's cells, which made a table of n rows cost n² (the findings table of a
    // package of 4,000 forms); the writers never read rows back through the table
    XWPFTableRow r = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
    CTTrPr pr = r.getCtRow().isSetTrPr() ? r.getCtRow().getTrPr() : r.getCtRow().addNewTrPr();
    pr.addNewCantSplit();
    if (header) {
      pr.addNewTblHeader();
    }
    return r;
  }

  /**
   * A new cell at the end of a row, spanning {@code span} grid columns of the given total width,
   * vertically centred, with one paragraph in the cell style.
   *
   * @param r the row
   * @param width the cell's width in twips (the sum of the grid columns it spans)
   * @param span how many grid columns it spans (gridSpan when more than one)
   * @param merge {@code null}, {@code "restart"} (first cell of a vertical merge) or {@code
   *     "continue"} (a cell covered by the one above)
   * @return the cell
   */
  static XWPFTableCell cell(XWPFTableRow r, int width, int span, @Nullable String merge) {
    XWPFTableCell c = r.addNewTableCell();
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    CTTblWidth w = pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    if (merge != null) {
      pr.addNewVMerge().setVal("restart".equals(merge) ? STMerge.RESTART : STMerge.CONTINUE);
    }
    pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    c.getParagraphs().get(0).setStyle(StyleSheet.CELL);
    return c;
  }

  /** The cell's (first) paragraph. */
  static XWPFParagraph paragraph(XWPFTableCell c) {
    return c.getParagraphs().get(0);
  }

  /** Fills a cell with a colour (hex RGB, "F8CBCB"). */
  static void shade(XWPFTableCell c, String rgb) {
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(rgb);
  }

  // ---------------------------------------------------------------- findings

  /**
   * Registers the paragraph that shows these pointers: the findings about exactly one of them
   * become comments on it (the first paragraph registered for a pointer keeps it).
   *
   * @param p the paragraph (in a table cell, the cell's paragraph)
   * @param pointers the JSON pointers the paragraph shows
   */
  void anchor(XWPFParagraph p, String... pointers) {
    comments.anchor(p, pointers);
  }

  /**
   * Registers a cell as showing these pointers and, when findings are shown and one is about
   * exactly one of them, fills it with the colour of the most serious.
   *
   * @param c the cell
   * @param pointers the JSON pointers the cell shows
   */
  void anchor(XWPFTableCell c, String... pointers) {
    comments.anchor(paragraph(c), pointers);
    if (!marksFindings()) {
      return;
    }
    List<FindingIndex.Entry> here = new ArrayList<>();
    for (String pointer : pointers) {
      here.addAll(findings.at(pointer));
    }
    Optional<Severity> worst = FindingIndex.worst(here);
    worst.ifPresent(s -> shade(c, background(s)));
  }

  /** The cell colour of a severity, as in the PDF and the workbook. */
  static String background(Severity s) {
    return switch (s) {
      case ERROR -> "F8CBCB";
      case WARNING -> "FCE8B2";
      case INFO -> "D6E6F5";
    };
  }

  /** The colour of a computed value that differs from the printed one. */
  static final String CHANGED = "FFF2CC";

  // ---------------------------------------------------------------- the body in parts

  /** The namespaces the root of document.xml and comments.xml declare (POI's prefixes). */
  static final Map<String, String> DECLARED = Map.of("w", StyleSheet.W,
      "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

  /** The body's XML that has left the model, in order. */
  private final Spool spool = new Spool(DECLARED);
  /** The paragraph the spool replaces in document.xml (the first of the body), once something is spooled. */
  private @Nullable XWPFParagraph marker;
  /** A table whose start tag and first rows are in the spool, its other rows still in the model. */
  private @Nullable XWPFTable open;

  /**
   * A part of the package is written (a report, a form, 附件1 …): its findings become comments
   * now, and its XML leaves the model for the spool, so that a package of thousands of forms
   * never has more than one part's model at a time.
   *
   * @param root the JSON pointer of the part, under which its findings are, or {@code null} when
   *     the part shows no finding (the contents)
   */
  void flush(@Nullable String root) throws IOException {
    comments.placePart(root);
    spoolBody(doc.getBodyElements().size());
    comments.forget();
  }

  /** Moves the body elements after the marker and before {@code end} to the spool. */
  private void spoolBody(int end) throws IOException {
    List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
    int from = marker == null ? 0 : 1;
    for (int i = from; i < end; i++) {
      spool.save(xml(body.get(i)));
    }
    for (int i = end - 1; i >= from; i--) {
      doc.removeBodyElement(i);
    }
    if (marker == null) {
      // the first element of the body from now on: the spool goes where it is
      marker = body.isEmpty() ? doc.createParagraph() : doc.insertNewParagraph(xml(body.get(0)).newCursor());
      var b = marker.getCTP().addNewBookmarkStart();
      b.setId(BigInteger.valueOf(-1));
      b.setName("_jixiaoSpool");
    }
  }

  private static org.apache.xmlbeans.XmlObject xml(org.apache.poi.xwpf.usermodel.IBodyElement e) {
    if (e instanceof XWPFTable t) {
      return t.getCTTbl();
    }
    if (e instanceof XWPFParagraph p) {
      return p.getCTP();
    }
    throw new IllegalStateException("a body element jixiao does not write: " + e.getElementType());
  }

  /**
   * Moves the rows of the body's last table so far to the spool (with what comes before them:
   * the body before the table and the table's start tag), so that a table of tens of thousands
   * of rows (审核意见 of a large package) is never whole in the model. Call {@link #end} when the
   * table has all its rows.
   */
  void spoolRows(XWPFTable t) throws IOException {
    var ct = t.getCTTbl();
    if (open != t) {
      List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
      if (body.get(body.size() - 1) != t) {
        throw new IllegalStateException("rows are spooled only from the last table of the body");
      }
      comments.placePart(null);
      spoolBody(body.size() - 1);
      comments.forget();
      byte[] whole = spool.bytes(ct);
      int cut = whole.length - TABLE_END.length;
      if (cut < 0 || !java.util.Arrays.equals(whole, cut, whole.length, TABLE_END, 0, TABLE_END.length)) {
        throw new IllegalStateException("a table's XML does not end with </w:tbl>");
      }
      spool.write(java.util.Arrays.copyOf(whole, cut));
      open = t;
    } else {
      for (int i = 0; i < ct.sizeOfTrArray(); i++) {
        spool.save(ct.getTrArray(i));
      }
    }
    while (ct.sizeOfTrArray() > 0) {
      ct.removeTr(ct.sizeOfTrArray() - 1);
    }
  }

  private static final byte[] TABLE_END = "</w:tbl>".getBytes(StandardCharsets.UTF_8);

  /** The table has all its rows: when its first rows were spooled, the rest follow with its end tag. */
  void end(XWPFTable t) throws IOException {
    if (open != t) {
      return;
    }
    spoolRows(t);
    spool.write(TABLE_END);
    doc.removeBodyElement(doc.getBodyElements().size() - 1);
    open = null;
  }

  /**
   * Writes the document: the comments, the last section, then the zip with fixed entry times and
   * order ({@link Repack}), the spooled body and comments in their places.
   */
  void write(OutputStream sink) throws IOException {
    try {
      comments.write();
      finish();
      DocProperties.set(doc, request);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 17);
      doc.write(raw);
      doc.close();
      List<Repack.Splice> splices = new ArrayList<>();
      if (marker != null) {
        splices.add(new Repack.Splice("word/document.xml", spool.bytes(marker.getCTP()), spool::read));
      }
      comments.splice().ifPresent(splices::add);
      Repack.repack(raw.toByteArray(), request.timestamp(), splices, sink);
    } finally {
      discard();
    }
  }

  /** Frees the spool (after writing, or when a writer refused the package). */
  void discard() {
    spool.discard();
  }

  /** An element's XML as it is inside its part (a comment of comments.xml). */
  byte[] spoolBytes(org.apache.xmlbeans.XmlObject element) throws IOException {
    return spool.bytes(element);
  }
}

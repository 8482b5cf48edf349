package io.github.jixiao.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workbook written as SpreadsheetML text straight into a deterministic zip, without POI: the
 * writer of every workbook jixiao makes (the package workbook, the 汇总, the template). POI
 * builds an XMLBeans object for every part (styles, merged regions, comments, defined names) and
 * serialises it; for the forms that was three to four times the time of writing the XML
 * directly (BENCHMARKS.md). What is written is what the importer and spreadsheet programs read:
 * the parts, relationships and content types of an Excel workbook, shared strings, one
 * {@code xf} per distinct {@link Style}, comments with their VML boxes, internal links, print
 * titles and areas as defined names, the autofilter's hidden name, the calculation flag and
 * fixed document properties.
 */
final class XmlWorkbook {
  static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CT = "application/vnd.openxmlformats-officedocument.";

  final Styles styles = new Styles();
  private final List<XmlSheet> sheets = new ArrayList<>();
  private final Map<String, Integer> strings = new HashMap<>();
  private final List<String> stringList = new ArrayList<>();
  private int stringUses;
  private int activeSheet;
  private boolean recalculate;
  private String title = "";
  /** The application and author written into the document properties; {@code null}: none. */
  private @org.jspecify.annotations.Nullable String application = APPLICATION;
  private @org.jspecify.annotations.Nullable String author = APPLICATION;

  /** The name jixiao writes as the workbook's application and author. */
  static final String APPLICATION = "jixiao";

  /** A new sheet whose rows stay in memory until the workbook is written. */
  XmlSheet sheet(String name) throws IOException {
    XmlSheet s = new XmlSheet(this, name, sheets.size() + 1, null);
    sheets.add(s);
    return s;
  }

  /** A new sheet whose rows are written out one by one, to a temporary file (see {@link XmlSheet}). */
  XmlSheet streamingSheet(String name) throws IOException {
    XmlSheet s = new XmlSheet(this, name, sheets.size() + 1, Files.createTempFile("jixiao-sheet", ".xml"));
    sheets.add(s);
    return s;
  }

  int activeSheet() {
    return activeSheet;
  }

  void activeSheet(int index) {
    activeSheet = index;
  }

  /** Asks spreadsheet programs to recalculate every formula when the file is opened. */
  void recalculateOnLoad() {
    recalculate = true;
  }

  /**
   * Leaves the application and the author out of the document properties: a workbook that says
   * nothing of the program that wrote it (the submission copy).
   */
  void anonymous() {
    application = null;
    author = null;
  }

  /** The document title (characters XML cannot hold are left out). */
  void title(String t) {
    title = xmlText(t);
  }

  /**
   * {@code s} without the characters XML 1.0 cannot hold (controls but tab and line breaks,
   * U+FFFE, U+FFFF, lone surrogates): the title goes into docProps/core.xml as plain XML text,
   * where a character reference to them would make the part unreadable.
   */
  private static String xmlText(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (!(c < 0x20 && c != '\t' && c != '\n' && c != '\r') && c != 0xFFFE && c != 0xFFFF
          && !Character.isSurrogate(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The shared-strings number of {@code s}, numbered in the order the sheets are written. */
  int string(String s) {
    stringUses++;
    Integer i = strings.get(s);
    if (i == null) {
      i = stringList.size();
      strings.put(s, i);
      stringList.add(s);
    }
    return i;
  }

  /** Writes the workbook as a zip to {@code target} (flushed, not closed); every entry dated {@code timestamp}. */
  void write(OutputStream target, Instant timestamp) throws IOException {
    OutputStream out = new BufferedOutputStream(target, 1 << 16);
    ZipWriter zip = new ZipWriter(out, timestamp);
    zip.entry("[Content_Types].xml", contentTypes());
    zip.entry("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
        + rel(1, REL_NS + "/officeDocument", "xl/workbook.xml")
        + rel(2, PKG_REL_NS + "/metadata/core-properties", "docProps/core.xml")
        + rel(3, REL_NS + "/extended-properties", "docProps/app.xml") + "</Relationships>");
    zip.entry("docProps/app.xml", XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\">" + (application == null ? "" : "<Application>" + application + "</Application>")
        + "</Properties>");
    zip.entry("docProps/core.xml", core(timestamp));
    zip.entry("xl/workbook.xml", workbook());
    zip.entry("xl/_rels/workbook.xml.rels", workbookRels());
    for (int i = 0; i < sheets.size(); i++) {
      XmlSheet s = sheets.get(i);
      ZipWriter.Part sealed = s.sealed();
      if (sealed != null) {
        zip.entry("xl/worksheets/sheet" + (i + 1) + ".xml", sealed);
      } else {
        Path spill = s.isStreaming() ? Files.createTempFile("jixiao-sheet", ".deflated") : null;
        try {
          ZipWriter.Part part = spill == null ? zip.part() : zip.part(spill);
          s.write(part);
          zip.entry("xl/worksheets/sheet" + (i + 1) + ".xml", part);
        } finally {
          if (spill != null) {
            Files.deleteIfExists(spill);
          }
        }
      }
      if (s.hasComments() || !s.charts().isEmpty()) {
        zip.entry("xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", XML_HEAD + "<Relationships xmlns=\""
            + PKG_REL_NS + "\">"
            + (s.hasComments() ? rel(1, REL_NS + "/comments", "../comments" + (i + 1) + ".xml")
                + rel(2, REL_NS + "/vmlDrawing", "../drawings/vmlDrawing" + (i + 1) + ".vml") : "")
            + (s.charts().isEmpty() ? "" : rel(3, REL_NS + "/drawing", "../drawings/drawing" + (i + 1) + ".xml"))
            + "</Relationships>");
      }
    }
    int chart = 1;
    for (int i = 0; i < sheets.size(); i++) {
      List<XmlSheet.Chart> charts = sheets.get(i).charts();
      if (charts.isEmpty()) {
        continue;
      }
      zip.entry("xl/drawings/drawing" + (i + 1) + ".xml", Charts.drawing(charts));
      StringBuilder rels = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
      for (int k = 0; k < charts.size(); k++) {
        rels.append(rel(k + 1, REL_NS + "/chart", "../charts/chart" + (chart + k) + ".xml"));
      }
      zip.entry("xl/drawings/_rels/drawing" + (i + 1) + ".xml.rels", rels.append("</Relationships>"));
      for (XmlSheet.Chart c : charts) {
        zip.entry("xl/charts/chart" + chart++ + ".xml", Charts.chart(c));
      }
    }
    // the styles and strings are complete once every sheet is written
    zip.entry("xl/styles.xml", styles.xml());
    zip.entry("xl/sharedStrings.xml", sharedStrings());
    int block = 1;
    for (int i = 0; i < sheets.size(); i++) {
      XmlSheet s = sheets.get(i);
      if (s.hasComments()) {
        zip.entry("xl/comments" + (i + 1) + ".xml", s.commentsXml());
        zip.entry("xl/drawings/vmlDrawing" + (i + 1) + ".vml", s.vmlXml(block));
        block += s.shapeBlocks();
      }
    }
    zip.finish();
  }

  /** Removes the temporary files of streaming sheets. */
  void discard() throws IOException {
    for (XmlSheet s : sheets) {
      s.discard();
    }
  }

  private CharSequence contentTypes() {
    StringBuilder x = new StringBuilder(XML_HEAD).append(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"vml\" ContentType=\"" + CT + "vmlDrawing\"/>");
    override(x, "/xl/workbook.xml", "spreadsheetml.sheet.main+xml");
    override(x, "/xl/styles.xml", "spreadsheetml.styles+xml");
    override(x, "/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml");
    int chart = 1;
    for (int i = 0; i < sheets.size(); i++) {
      override(x, "/xl/worksheets/sheet" + (i + 1) + ".xml", "spreadsheetml.worksheet+xml");
      if (sheets.get(i).hasComments()) {
        override(x, "/xl/comments" + (i + 1) + ".xml", "spreadsheetml.comments+xml");
      }
      if (!sheets.get(i).charts().isEmpty()) {
        x.append("<Override PartName=\"/xl/drawings/drawing").append(i + 1)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>");
        for (int k = 0; k < sheets.get(i).charts().size(); k++) {
          x.append("<Override PartName=\"/xl/charts/chart").append(chart++).append(".xml\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
        }
      }
    }
    x.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
        + "core-properties+xml\"/>");
    override(x, "/docProps/app.xml", "extended-properties+xml");
    return x.append("</Types>");
  }

  private static void override(StringBuilder x, String part, String type) {
    x.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(CT).append(type).append("\"/>");
  }

  private static String rel(int id, String type, String target) {
    return "<Relationship Id=\"rId" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  private CharSequence core(Instant timestamp) {
    String at = DateTimeFormatter.ISO_INSTANT.format(timestamp.truncatedTo(ChronoUnit.SECONDS));
    StringBuilder x = new StringBuilder(XML_HEAD).append(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
    escape(title, x, false);
    x.append("</dc:title>");
    if (author != null) {
      x.append("<dc:creator>").append(author).append("</dc:creator><cp:lastModifiedBy>").append(author)
          .append("</cp:lastModifiedBy>");
    }
    return x.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(at).append("</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(at).append("</dcterms:modified></cp:coreProperties>");
  }

  private CharSequence workbook() {
    StringBuilder x = new StringBuilder(4096).append(XML_HEAD).append("<workbook xmlns=\"").append(MAIN_NS)
        .append("\" xmlns:r=\"").append(REL_NS).append("\"><workbookPr/><bookViews><workbookView activeTab=\"")
        .append(activeSheet).append("\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      XmlSheet s = sheets.get(i);
      x.append("<sheet name=\"");
      escape(s.name, x, true);
      x.append("\" sheetId=\"").append(i + 1).append('"');
      if (s.isVeryHidden()) {
        x.append(" state=\"veryHidden\"");
      }
      x.append(" r:id=\"rId").append(i + 3).append("\"/>");
    }
    x.append("</sheets>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      XmlSheet s = sheets.get(i);
      String ref = SheetName.inFormula(s.name) + "!";
      CellRange filter = s.autoFilter();
      if (filter != null) {
        name(names, "_xlnm._FilterDatabase", i, " hidden=\"1\"", ref + filter.absolute());
      }
      XmlSheet.Page p = s.page();
      if (p != null) {
        if (p.repeatLast() >= p.repeatFirst() && p.repeatLast() >= 0) {
          name(names, "_xlnm.Print_Titles", i, "", ref + "$" + (p.repeatFirst() + 1) + ":$" + (p.repeatLast() + 1));
        }
        name(names, "_xlnm.Print_Area", i, "", ref + new CellRange(0, p.lastRow(), 0, p.lastCol()).absolute());
      }
    }
    if (!names.isEmpty()) {
      x.append("<definedNames>").append(names).append("</definedNames>");
    }
    if (recalculate) {
      x.append("<calcPr fullCalcOnLoad=\"1\"/>");
    }
    return x.append("</workbook>");
  }

  private static void name(StringBuilder x, String name, int sheet, String attributes, String formula) {
    x.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append('"')
        .append(attributes).append('>');
    escape(formula, x, false);
    x.append("</definedName>");
  }

  private CharSequence workbookRels() {
    StringBuilder x = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">")
        .append(rel(1, REL_NS + "/sharedStrings", "sharedStrings.xml"))
        .append(rel(2, REL_NS + "/styles", "styles.xml"));
    for (int i = 0; i < sheets.size(); i++) {
      x.append(rel(i + 3, REL_NS + "/worksheet", "worksheets/sheet" + (i + 1) + ".xml"));
    }
    return x.append("</Relationships>");
  }

  private CharSequence sharedStrings() {
    StringBuilder x = new StringBuilder(1024 + stringList.size() * 48).append(XML_HEAD).append("<sst xmlns=\"")
        .append(MAIN_NS).append("\" count=\"").append(stringUses).append("\" uniqueCount=\"").append(stringList.size())
        .append("\">");
    for (String s : stringList) {
      x.append("<si>");
      textElement(s, x);
      x.append("</si>");
    }
    return x.append("</sst>");
  }

  /** {@code <t>text</t>}, keeping leading and trailing white space. */
  static void textElement(String s, StringBuilder x) {
    boolean preserve = !s.isEmpty()
        && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    x.append(preserve ? "<t xml:space=\"preserve\">" : "<t>");
    escape(s, x, false);
    x.append("</t>");
  }

  /**
   * XML text or attribute value: the markup characters; CR (and in attributes tab and LF), which
   * a parser would otherwise normalise; characters XML cannot hold as OOXML writes them,
   * {@code _xHHHH_} (callers escape user text with {@link Values#cellText} already).
   */
  static void escape(CharSequence s, StringBuilder x, boolean attribute) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        case '"' -> x.append(attribute ? "&quot;" : "\"");
        case '\r' -> x.append("&#13;");
        case '\n' -> x.append(attribute ? "&#10;" : "\n");
        case '\t' -> x.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            x.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
          } else {
            x.append(c);
          }
        }
      }
    }
  }

  /** Appends the A1 reference of (row, col), zero-based. */
  static void ref(int row, int col, StringBuilder x) {
    x.append(column(col)).append(row + 1);
  }

  private static final String[] COLUMNS = new String[64];

  static {
    for (int i = 0; i < COLUMNS.length; i++) {
      COLUMNS[i] = letters(i);
    }
  }

  /** Column letters: 0 → A, 25 → Z, 26 → AA. */
  static String column(int col) {
    return col < COLUMNS.length ? COLUMNS[col] : letters(col);
  }

  private static String letters(int col) {
    StringBuilder sb = new StringBuilder(3);
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** The A1 reference of (row, col), zero-based. */
  static String ref(int row, int col) {
    return column(col) + (row + 1);
  }
}

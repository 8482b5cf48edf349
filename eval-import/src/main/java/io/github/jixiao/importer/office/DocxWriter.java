package io.github.jixiao.importer.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes blocks as a Word document (DOCX) that {@link DocxReader} reads back as the same texts,
 * spans and merges: for test data and for blank forms to fill in.
 *
 * <p>A4 portrait, 宋体 for tables and titles and 仿宋 for text declared as the East Asian fonts. A
 * {@link Paragraph} of level 0 is a centred bold 小二 title (style Title), levels 1–9 are Heading
 * 1–9, a page break before it is written as Word's "page break before". A {@link Grid} is a table
 * with single borders, 9,000 twips wide, its grid columns as wide as their longest single-column
 * text suggests (in proportion); a cell spanning columns has {@code gridSpan}, a cell with {@code
 * mergedFrom} continues the merged cell above it ({@code vMerge}), a row starting after the first
 * grid column has {@code gridBefore}, and gaps between cells are filled with empty cells. A nested
 * grid ({@code nestedIn}) is written as a table of its own where it comes in the list. Two tables
 * in a row are kept apart by an empty paragraph, as Word would otherwise join them.
 *
 * <p>The same blocks give the same bytes: the XML is written directly, zip entries in a fixed
 * order with a fixed time.
 */
public final class DocxWriter {
  private static final int TEXT_WIDTH = 9000;
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private DocxWriter() {}

  /**
   * How to write.
   *
   * @param softBreaks whether a {@code \n} in a cell is a soft line break in one paragraph (true) or
   *     starts a new paragraph (false)
   */
  public record Options(boolean softBreaks) {
    /** @return paragraphs for the lines of a cell */
    public static Options defaults() {
      return new Options(false);
    }
  }

  /**
   * Writes a document, a cell's lines as paragraphs.
   *
   * @param blocks the paragraphs and tables, in order
   * @return the DOCX file
   */
  public static byte[] write(List<Block> blocks) {
    return write(blocks, Options.defaults());
  }

  /**
   * Writes a document.
   *
   * @param blocks the paragraphs and tables, in order
   * @param options how to write a cell's lines
   * @return the DOCX file
   */
  public static byte[] write(List<Block> blocks, Options options) {
    StringBuilder body = new StringBuilder();
    boolean lastWasTable = false;
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        paragraph(body, p);
        lastWasTable = false;
      } else if (b instanceof Grid g) {
        if (lastWasTable) {
          body.append("<w:p/>");
        }
        table(body, g, options);
        lastWasTable = true;
      }
    }
    if (lastWasTable) {
      body.append("<w:p/>"); // Word ends a document with a paragraph
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.fontTable+xml\"/></Types>");
    parts.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/document.xml", XML + "<w:document " + W_NS + "><w:body>" + body
        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" "
        + "w:left=\"1440\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    parts.put("word/_rels/document.xml.rels", XML + "<Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "fontTable\" Target=\"fontTable.xml\"/></Relationships>");
    parts.put("word/styles.xml", XML + styles());
    parts.put("word/fontTable.xml", XML + "<w:fonts " + W_NS + ">"
        + "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/>"
        + "</w:font><w:font w:name=\"仿宋\"><w:altName w:val=\"FangSong\"/><w:charset w:val=\"86\"/>"
        + "<w:family w:val=\"modern\"/></w:font><w:font w:name=\"Times New Roman\"><w:family w:val=\"roman\"/>"
        + "</w:font></w:fonts>");
    return zip(parts);
  }

  private static String styles() {
    StringBuilder s = new StringBuilder("<w:styles " + W_NS + ">");
    s.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
        + "w:eastAsia=\"仿宋\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
        + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>");
    s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
        + "<w:qFormat/></w:style>");
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"240\" w:after=\"240\"/>"
        + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:b/>"
        + "<w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>");
    for (int i = 1; i <= 9; i++) {
      int size = Math.max(24, 34 - 2 * i);
      s.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(i).append("\"><w:name w:val=\"heading ")
          .append(i).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
          + "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/><w:outlineLvl w:val=\"").append(i - 1)
          .append("\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:b/><w:bCs/><w:sz w:val=\"").append(size)
          .append("\"/><w:szCs w:val=\"").append(size).append("\"/></w:rPr></w:style>");
    }
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"宋体\"/>"
        + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>");
    s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>");
    return s.append("</w:styles>").toString();
  }

  // ---------------------------------------------------------------- paragraphs

  private static void paragraph(StringBuilder b, Paragraph p) {
    b.append("<w:p>");
    String style = p.level() == 0 ? "Title" : p.level() >= 1 && p.level() <= 9 ? "Heading" + p.level() : null;
    if (style != null || p.pageBreakBefore()) {
      b.append("<w:pPr>");
      if (style != null) {
        b.append("<w:pStyle w:val=\"").append(style).append("\"/>");
      }
      if (p.pageBreakBefore()) {
        b.append("<w:pageBreakBefore/>");
      }
      b.append("</w:pPr>");
    }
    run(b, p.text(), true);
    b.append("</w:p>");
  }

  /** One run of text: tabs as tabs, line breaks as soft breaks when {@code breaks}. */
  private static void run(StringBuilder b, String text, boolean breaks) {
    if (text.isEmpty()) {
      return;
    }
    b.append("<w:r>");
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' && breaks) {
        flush(b, t);
        b.append(c == '\t' ? "<w:tab/>" : "<w:br/>");
      } else {
        t.append(c);
      }
    }
    flush(b, t);
    b.append("</w:r>");
  }

  private static void flush(StringBuilder b, StringBuilder t) {
    if (t.length() > 0) {
      b.append("<w:t xml:space=\"preserve\">").append(escape(t)).append("</w:t>");
      t.setLength(0);
    }
  }

  /** XML text: markup escaped, characters XML 1.0 cannot hold left out. */
  static String escape(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' || c == '\uFFFE' || c == '\uFFFF') {
        continue;
      } else if (c == '&') {
        b.append("&amp;");
      } else if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if (c == '"') {
        b.append("&quot;");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- tables

  private static void table(StringBuilder b, Grid g, Options options) {
    int columns = g.columns();
    for (List<GridCell> row : g.rows()) {
      for (GridCell c : row) {
        columns = Math.max(columns, c.end());
      }
    }
    if (columns == 0) {
      return;
    }
    int[] widths = widths(g, columns);
    Set<String> heads = new HashSet<>();
    for (List<GridCell> row : g.rows()) {
      for (GridCell c : row) {
        if (c.mergedFrom() != null) {
          heads.add(c.mergedFrom());
        }
      }
    }
    b.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        + "<w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    b.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
    for (int w : widths) {
      b.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    b.append("</w:tblGrid>");
    for (List<GridCell> row : g.rows()) {
      List<GridCell> cells = new ArrayList<>(row);
      cells.sort((x, y) -> Integer.compare(x.column(), y.column()));
      b.append("<w:tr>");
      int before = cells.isEmpty() ? 0 : cells.get(0).column();
      int end = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).end();
      if (cells.isEmpty()) {
        // a blank row: one empty cell over the grid, as Word cannot hold a row without cells
        cell(b, GridCell.text(0, columns, "", ""), widths, false, options);
        b.append("</w:tr>");
        continue;
      }
      if (before > 0 || end < columns) {
        b.append("<w:trPr>");
        if (before > 0) {
          b.append("<w:gridBefore w:val=\"").append(before).append("\"/>");
        }
        if (end < columns) {
          b.append("<w:gridAfter w:val=\"").append(columns - end).append("\"/>");
        }
        b.append("</w:trPr>");
      }
      int col = before;
      for (GridCell c : cells) {
        if (c.column() < col) {
          continue; // overlaps the cell before: not a grid Word can hold
        }
        if (c.column() > col) {
          cell(b, GridCell.text(col, c.column() - col, "", ""), widths, false, options);
        }
        cell(b, c, widths, heads.contains(c.ref()), options);
        col = c.end();
      }
      b.append("</w:tr>");
    }
    b.append("</w:tbl>");
  }

  private static void cell(StringBuilder b, GridCell c, int[] widths, boolean head, Options options) {
    int w = 0;
    for (int i = c.column(); i < c.end() && i < widths.length; i++) {
      w += widths[i];
    }
    b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(w).append("\" w:type=\"dxa\"/>");
    if (c.span() > 1) {
      b.append("<w:gridSpan w:val=\"").append(c.span()).append("\"/>");
    }
    if (c.mergedFrom() != null) {
      b.append("<w:vMerge/>");
    } else if (head) {
      b.append("<w:vMerge w:val=\"restart\"/>");
    }
    b.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
    String text = c.mergedFrom() != null ? "" : c.text();
    List<String> lines = options.softBreaks() ? List.of(text) : List.of(text.split("\n", -1));
    for (String line : lines) {
      b.append("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>");
      run(b, line, true);
      b.append("</w:p>");
    }
    b.append("</w:tc>");
  }

  /**
   * Grid column widths in twips, summing to the text width: each column in proportion to the
   * longest line of its single-column cells (a CJK character counting two), at least 4 and at most 40.
   */
  static int[] widths(Grid g, int columns) {
    int[] weight = new int[columns];
    java.util.Arrays.fill(weight, 4);
    for (List<GridCell> row : g.rows()) {
      for (GridCell c : row) {
        if (c.span() == 1 && c.column() < columns && c.mergedFrom() == null) {
          int longest = 0;
          for (String line : c.text().split("\n", -1)) {
            longest = Math.max(longest, displayWidth(line));
          }
          weight[c.column()] = Math.max(weight[c.column()], Math.min(40, longest));
        }
      }
    }
    int sum = 0;
    for (int w : weight) {
      sum += w;
    }
    int[] widths = new int[columns];
    int used = 0;
    for (int i = 0; i < columns; i++) {
      widths[i] = i == columns - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * weight[i] / sum;
      used += widths[i];
    }
    return widths;
  }

  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  // ---------------------------------------------------------------- the zip

  private static byte[] zip(Map<String, String> parts) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        for (Map.Entry<String, String> e : parts.entrySet()) {
          ZipEntry entry = new ZipEntry(e.getKey());
          entry.setTimeLocal(ZIP_TIME);
          z.putNextEntry(entry);
          z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
  }
}

package io.github.jixiao.importer.office;

import io.github.jixiao.model.io.Limits;
import io.github.jixiao.importer.office.DocxXml.El;
import static io.github.jixiao.importer.office.DocxXml.MC;
import static io.github.jixiao.importer.office.DocxXml.W;
import static io.github.jixiao.importer.office.DocxXml.attr;
import static io.github.jixiao.importer.office.DocxXml.child;
import static io.github.jixiao.importer.office.DocxXml.children;
import static io.github.jixiao.importer.office.DocxXml.intVal;
import static io.github.jixiao.importer.office.DocxXml.isW;
import static io.github.jixiao.importer.office.DocxXml.on;
import static io.github.jixiao.importer.office.DocxXml.val;

import java.io.ByteArrayInputStream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Word document (DOCX) as printed: its paragraphs outside tables and its tables, in reading
 * order, each table a {@link Grid} on its column grid.
 *
 * <p>Paragraphs: the text as printed, list numbers included ("一、"), soft line breaks as {@code \n},
 * tabs as {@code \t}, hidden and deleted text left out; blank paragraphs are not given, but they
 * count in the references ({@code 段落N}: the N-th paragraph outside tables). The level is 0 for a
 * title (style Title, 标题), 1–9 for a heading (style Heading 1–9 / 标题 1–9, or an outline level of
 * the style or the paragraph), -1 otherwise. A page break before a paragraph (its own property, a
 * page break before its text, or one ending the blank paragraphs or the section before it) is
 * {@code pageBreakBefore}.
 *
 * <p>Tables: {@code 表N}, numbered in document order with nested tables; a nested table follows
 * the table holding it, {@code nestedIn} naming it. A cell's column is the sum of the spans before it
 * (with the row's {@code gridBefore}); a vertically merged cell's continuations are cells with empty
 * text and {@code mergedFrom} the first cell's ref ({@code 表N 行R 列C}, C counting the row's cells).
 * A cell's text is its paragraphs joined by {@code \n}; a nested table's text is not in it.
 *
 * <p>Text boxes are not read: each is named in the notes with the start of its text. Nothing is
 * trimmed or normalised: full-width digits stay full-width.
 */
public final class DocxReader {
  private static final int MAX_DEPTH = 64;
  private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
  private static final Pattern HEADING_ID = Pattern.compile("(?:heading)?([1-9])");

  private static final String MAIN_DOCUMENT = "word/document.xml";

  private final OfficeLimits limits;
  /** Reads no DTD and no external entity (a DTD is refused before: {@link OfficeZip#check}). */
  private final XMLInputFactory xml = XMLInputFactory.newFactory();

  private DocxReader(OfficeLimits limits) {
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader that refuses documents beyond the limits.
   *
   * @param limits the file size, zip, table, row, column and cell limits
   * @return the reader
   */
  public static DocxReader create(OfficeLimits limits) {
    return new DocxReader(limits);
  }

  /**
   * Reads a document.
   *
   * @param bytes the DOCX file
   * @return its paragraphs and tables in reading order, and notes on what was not read
   * @throws OfficeRejectedException when the file is not a readable DOCX document (see {@link
   *     OfficeZip#check}) or is beyond the limits; the message names the table where a table is at fault
   */
  public OfficeDocument read(byte[] bytes) throws OfficeRejectedException {
    Objects.requireNonNull(bytes, "bytes");
    java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    OfficeZip.Contents contents = OfficeZip.check(bytes, limits, parts);
    if (!contents.format().equals("docx")) {
      throw new OfficeRejectedException("the file is an Excel workbook (.xlsx), not a Word document: import it as a "
          + "workbook (这是 Excel 工作簿，不是 Word 文档)");
    }
    try {
      // the parts the check inflated, read in one StAX pass each: POI's typed model is not built
      String main = target(parts, "_rels/.rels", "", "/officeDocument");
      String document = main != null && part(parts, main) != null ? main : MAIN_DOCUMENT;
      byte[] body = part(parts, document);
      if (body == null) {
        throw new OfficeRejectedException("the file is damaged, not a readable Word document: it has no "
            + document + " (文件已损坏，无法读取)");
      }
      String rels = folder(document) + "_rels/" + document.substring(document.lastIndexOf('/') + 1) + ".rels";
      Walk walk = new Walk(read(parts, target(parts, rels, folder(document), "/numbering")),
          read(parts, target(parts, rels, folder(document), "/styles")), limits, contents.notes());
      El root = El.parse(body, xml);
      El bodyEl = child(root, "body");
      if (bodyEl != null) {
        walk.body(bodyEl, 0);
      }
      return new OfficeDocument("docx", walk.blocks, walk.notes);
    } catch (OfficeRejectedException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
      throw new OfficeRejectedException("the file is damaged, not a readable Word document: " + OfficeZip.detail(e)
          + " (文件已损坏，无法读取)", e);
    }
  }

  /** A part by name, as a zip reader finds it (exactly, else ignoring case), or null. */
  private static byte @Nullable [] part(Map<String, byte[]> parts, String name) {
    byte[] b = parts.get(name);
    if (b != null) {
      return b;
    }
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String folder(String part) {
    int slash = part.lastIndexOf('/');
    return slash < 0 ? "" : part.substring(0, slash + 1);
  }

  /** The part a relationships part points to with a type ending so, resolved against the folder, or null. */
  private @Nullable String target(Map<String, byte[]> parts, String rels, String folder, String typeEnd)
      throws XMLStreamException {
    byte[] b = part(parts, rels);
    if (b == null) {
      return null;
    }
    for (El r : children(El.parse(b, xml))) {
      String type = attr(r, "Type");
      String target = attr(r, "Target");
      if (type != null && target != null && type.endsWith(typeEnd) && !"External".equals(attr(r, "TargetMode"))) {
        return resolve(folder, target);
      }
    }
    return null;
  }

  /** A relationship target as a part name: absolute from the package root, else relative to the folder. */
  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
    for (String n : path.split("/")) {
      if (n.equals("..")) {
        names.pollLast();
      } else if (!n.isEmpty() && !n.equals(".")) {
        names.addLast(n);
      }
    }
    return String.join("/", names);
  }

  /** A part's root element, or null when the part is absent. */
  private @Nullable El read(Map<String, byte[]> parts, @Nullable String name) throws XMLStreamException {
    byte[] b = name == null ? null : part(parts, name);
    return b == null ? null : El.parse(b, xml);
  }

  /** One reading of a document: the counters, the blocks and notes so far. */
  private static final class Walk {
    private final OfficeLimits limits;
    private final DocxNumbering numbering;
    private final Map<String, El> styles = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> notes;
    private final Map<String, Integer> levels = new HashMap<>();
    private int paragraphs;
    private int tables;
    private long cells;
    private boolean pendingPageBreak;

    Walk(@Nullable El numbering, @Nullable El styles, OfficeLimits limits, List<String> notes) {
      this.limits = limits;
      this.numbering = new DocxNumbering(numbering);
      if (styles != null) {
        for (El s : children(styles)) {
          String id = isW(s, "style") ? attr(s, "styleId") : null;
          if (id != null) {
            this.styles.putIfAbsent(id, s);
          }
        }
      }
      this.notes = new ArrayList<>(notes);
    }

    private static void depth(int depth) throws OfficeRejectedException {
      if (depth > MAX_DEPTH) {
        throw new OfficeRejectedException("the document nests its content more than " + MAX_DEPTH + " levels deep: "
            + "not a document this tool reads (文档嵌套层数过多)");
      }
    }

    /** The body, or a content control or custom XML element in it. */
    void body(El parent, int depth) throws OfficeRejectedException {
      depth(depth);
      for (El e : children(parent)) {
        if (isW(e, "p")) {
          paragraph(e);
        } else if (isW(e, "tbl")) {
          pendingPageBreak = false;
          table(e, "", depth + 1);
        } else if (isW(e, "sdt")) {
          El content = child(e, "sdtContent");
          if (content != null) {
            body(content, depth + 1);
          }
        } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo")) {
          body(e, depth + 1);
        }
      }
    }

    private void paragraph(El p) throws OfficeRejectedException {
      paragraphs++;
      String ref = "段落" + paragraphs;
      Text t = text(p, ref);
      El pPr = child(p, "pPr");
      boolean before = pendingPageBreak || t.breakBefore || on(pPr, "pageBreakBefore");
      if (t.text.isBlank()) {
        pendingPageBreak = before || t.breakAfter;
        return;
      }
      String style = val(pPr, "pStyle");
      if (style != null && tocs.computeIfAbsent(style, this::isTableOfContents)) {
        // a table of contents repeats the titles it lists: not the document's text
        if (tocLines++ == 0) {
          notes.add("目录未读取 (table of contents not read): " + ref + " …");
        }
        pendingPageBreak = t.breakAfter;
        return;
      }
      blocks.add(new Paragraph(t.text, level(pPr), before, ref));
      pendingPageBreak = t.breakAfter;
    }

    // ------------------------------------------------------------------ tables

    private void table(El tbl, String nestedIn, int depth) throws OfficeRejectedException {
      depth(depth);
      tables++;
      String name = "表" + tables;
      if (tables > limits.maxTables()) {
        throw new OfficeRejectedException("the document has more than " + Limits.count(limits.maxTables())
            + " tables, the most this tool reads (a package of up to " + Limits.count(Limits.ROUND_TRIP_FORMS)
            + " project forms has fewer; 表格过多): " + name);
      }
      int slot = blocks.size(); // nested tables come after this one: it is put in front of them
      int gridColumns = 0;
      El grid = child(tbl, "tblGrid");
      if (grid != null) {
        for (El g : children(grid)) {
          if (isW(g, "gridCol")) {
            gridColumns++;
          }
        }
      }
      int columns = gridColumns;
      List<List<GridCell>> rows = new ArrayList<>();
      Map<Integer, String> heads = new HashMap<>();
      for (El tr : collect(tbl, "tr", depth)) {
        int r = rows.size() + 1;
        if (r > limits.maxRows()) {
          throw new OfficeRejectedException(name + " has more than " + Limits.count(limits.maxRows()) + " rows, the most "
              + "this tool reads (表格行数过多): " + name);
        }
        El trPr = child(tr, "trPr");
        int col = Math.max(0, intVal(trPr, "gridBefore", 0));
        List<GridCell> row = new ArrayList<>();
        int index = 0;
        for (El tc : collect(tr, "tc", depth)) {
          index++;
          String ref = name + " 行" + r + " 列" + index;
          if (++cells > limits.maxCells()) {
            throw new OfficeRejectedException("the document has more than " + Limits.count(limits.maxCells())
                + " table cells, the most this tool reads (单元格过多): " + ref);
          }
          El tcPr = child(tc, "tcPr");
          int span = Math.max(1, intVal(tcPr, "gridSpan", 1));
          if (col + span > limits.maxColumns()) {
            throw new OfficeRejectedException(name + " has more than " + Limits.count(limits.maxColumns()) + " columns, "
                + "the most this tool reads (表格列数过多): " + ref);
          }
          El vMerge = child(tcPr, "vMerge");
          String mode = vMerge == null ? null : attr(vMerge, "val");
          boolean continues = vMerge != null && (mode == null || mode.equals("continue"));
          String head = continues ? heads.get(col) : null;
          if (head != null) {
            row.add(new GridCell(col, span, "", GridCell.Kind.TEXT, null, head, ref));
          } else {
            row.add(GridCell.text(col, span, cellText(tc, ref, name, depth + 1), ref));
            for (int c = col; c < col + span; c++) {
              heads.put(c, ref);
            }
          }
          col += span;
        }
        int end = col + Math.max(0, intVal(trPr, "gridAfter", 0));
        columns = Math.max(columns, Math.min(end, limits.maxColumns()));
        rows.add(row);
      }
      blocks.add(slot, new Grid(name, rows, columns, nestedIn));
    }

    /** The rows of a table or the cells of a row, also inside content controls and custom XML. */
    private static List<El> collect(El parent, String local, int depth) throws OfficeRejectedException {
      depth(depth);
      List<El> out = new ArrayList<>();
      for (El e : children(parent)) {
        if (isW(e, local)) {
          out.add(e);
        } else if (isW(e, "sdt")) {
          El content = child(e, "sdtContent");
          if (content != null) {
            out.addAll(collect(content, local, depth + 1));
          }
        } else if (isW(e, "customXml")) {
          out.addAll(collect(e, local, depth + 1));
        }
      }
      return out;
    }

    private String cellText(El tc, String ref, String table, int depth) throws OfficeRejectedException {
      List<String> lines = new ArrayList<>();
      cellContent(tc, ref, table, lines, depth);
      return String.join("\n", lines);
    }

    private void cellContent(El parent, String ref, String table, List<String> lines, int depth)
        throws OfficeRejectedException {
      depth(depth);
      for (El e : children(parent)) {
        if (isW(e, "p")) {
          lines.add(text(e, ref).text);
        } else if (isW(e, "tbl")) {
          table(e, table, depth + 1);
        } else if (isW(e, "sdt")) {
          El content = child(e, "sdtContent");
          if (content != null) {
            cellContent(content, ref, table, lines, depth + 1);
          }
        } else if (isW(e, "customXml")) {
          cellContent(e, ref, table, lines, depth + 1);
        }
      }
    }

    // ------------------------------------------------------------------ paragraph text

    /** A paragraph's printed text and the page breaks at its ends. */
    private record Text(String text, boolean breakBefore, boolean breakAfter) {}

    /** Collects a paragraph's runs. */
    private final class Runs {
      final StringBuilder b = new StringBuilder();
      final String ref;
      int pageBreakAt = -1;

      Runs(String ref) {
        this.ref = ref;
      }
    }

    private Text text(El p, String ref) throws OfficeRejectedException {
      El pPr = child(p, "pPr");
      String number = number(pPr);
      Runs runs = new Runs(ref);
      inline(p, runs, 0);
      String s = runs.b.toString();
      boolean before = false;
      boolean after = false;
      if (runs.pageBreakAt >= 0) {
        before = s.substring(0, runs.pageBreakAt).isBlank();
        after = !before && s.substring(runs.pageBreakAt).isBlank();
      }
      El sect = child(pPr, "sectPr");
      if (sect != null) {
        String type = val(sect, "type");
        after |= type == null || type.equals("nextPage") || type.equals("oddPage") || type.equals("evenPage");
      }
      return new Text(number + s, before, after);
    }

    /** The content of a paragraph or of an element holding runs (hyperlink, field, insertion, content control). */
    private void inline(El parent, Runs runs, int depth) throws OfficeRejectedException {
      depth(depth);
      for (El e : children(parent)) {
        if (e.is(MC, "AlternateContent")) {
          El chosen = alternative(e);
          if (chosen != null) {
            inline(chosen, runs, depth + 1);
          }
        } else if (!W.equals(e.ns())) {
          continue;
        } else if (isW(e, "r")) {
          if (!on(child(e, "rPr"), "vanish")) {
            run(e, runs, depth + 1);
          }
        } else if (isW(e, "hyperlink") || isW(e, "ins") || isW(e, "moveTo") || isW(e, "smartTag")
            || isW(e, "customXml") || isW(e, "fldSimple") || isW(e, "dir") || isW(e, "bdo")) {
          inline(e, runs, depth + 1);
        } else if (isW(e, "sdt")) {
          El content = child(e, "sdtContent");
          if (content != null) {
            inline(content, runs, depth + 1);
          }
        }
      }
    }

    private void run(El r, Runs runs, int depth) throws OfficeRejectedException {
      depth(depth);
      for (El e : children(r)) {
        if (e.is(MC, "AlternateContent")) {
          El chosen = alternative(e);
          if (chosen != null) {
            run(chosen, runs, depth + 1);
          }
          continue;
        }
        if (!W.equals(e.ns())) {
          continue;
        }
        switch (e.local()) {
          case "t" -> runs.b.append(DocxXml.text(e));
          case "tab", "ptab" -> runs.b.append('\t');
          case "cr" -> runs.b.append('\n');
          case "noBreakHyphen" -> runs.b.append('-');
          case "br" -> {
            String type = attr(e, "type");
            if ("page".equals(type)) {
              if (runs.pageBreakAt < 0) {
                runs.pageBreakAt = runs.b.length();
              }
            } else if (!"column".equals(type)) {
              runs.b.append('\n');
            }
          }
          case "drawing", "pict", "object" -> textBoxes(e, runs.ref, depth + 1);
          default -> { }
        }
      }
    }

    /** The branch of a markup-compatibility choice to read: the first Choice, else the Fallback. */
    private static @Nullable El alternative(El alternateContent) {
      El fallback = null;
      for (El c : children(alternateContent)) {
        if (c.is(MC, "Choice")) {
          return c;
        }
        if (c.is(MC, "Fallback")) {
          fallback = c;
        }
      }
      return fallback;
    }

    /** Notes each text box in a drawing, picture or object: its text is not read. */
    private void textBoxes(El e, String ref, int depth) throws OfficeRejectedException {
      depth(depth);
      for (El c : children(e)) {
        if (isW(c, "txbxContent")) {
          StringBuilder b = new StringBuilder();
          allText(c, b, depth + 1);
          String t = b.toString().strip();
          String start = t.codePointCount(0, t.length()) > 20 ? t.substring(0, t.offsetByCodePoints(0, 20)) + "…" : t;
          notes.add("文本框中的文字未读取 (text box not read): " + ref + (start.isEmpty() ? "" : " “" + start + "”"));
        } else if (c.is(MC, "AlternateContent")) {
          El chosen = alternative(c);
          if (chosen != null) {
            textBoxes(chosen, ref, depth + 1);
          }
        } else {
          textBoxes(c, ref, depth + 1);
        }
      }
    }

    private static void allText(El e, StringBuilder b, int depth) throws OfficeRejectedException {
      depth(depth);
      for (El c : children(e)) {
        if (isW(c, "t")) {
          b.append(DocxXml.text(c));
        } else if (isW(c, "p") && b.length() > 0) {
          b.append(' ');
          allText(c, b, depth + 1);
        } else if (!isW(c, "delText") && !isW(c, "instrText")) {
          allText(c, b, depth + 1);
        }
      }
    }

    // ------------------------------------------------------------------ numbering and levels

    /** The printed list number of a paragraph (its own numbering or its style's), counted. */
    private String number(@Nullable El pPr) {
      El numPr = child(pPr, "numPr");
      String numId = val(numPr, "numId");
      String ilvl = val(numPr, "ilvl");
      String style = val(pPr, "pStyle");
      for (int hop = 0; style != null && hop < 20 && (numId == null || ilvl == null); hop++) {
        El s = style(style);
        if (s == null) {
          break;
        }
        El sNumPr = child(child(s, "pPr"), "numPr");
        if (numId == null) {
          numId = val(sNumPr, "numId");
        }
        if (ilvl == null) {
          ilvl = val(sNumPr, "ilvl");
        }
        style = val(s, "basedOn");
      }
      if (numId == null) {
        return "";
      }
      try {
        return numbering.label(Integer.parseInt(numId.trim()), ilvl == null ? 0 : Integer.parseInt(ilvl.trim()));
      } catch (NumberFormatException e) {
        return "";
      }
    }

    private final java.util.Map<String, Boolean> tocs = new java.util.HashMap<>();
    private int tocLines;

    /** Whether a paragraph style is a table of contents' (Word: "toc 1".."toc 9", "TOC Heading"; WPS: 目录 1). */
    private boolean isTableOfContents(String id) {
      El s = style(id);
      String name = s == null ? null : val(s, "name");
      String n = (name != null ? name : id).strip().toLowerCase(Locale.ROOT).replace(" ", "");
      return n.matches("toc[0-9]?|tocheading|目录[0-9]?|目录标题");
    }

    private int level(@Nullable El pPr) {
      String own = val(pPr, "outlineLvl");
      if (own != null) {
        return outline(own);
      }
      String style = val(pPr, "pStyle");
      return style == null ? -1 : levels.computeIfAbsent(style, this::styleLevel);
    }

    private static int outline(String v) {
      try {
        int n = Integer.parseInt(v.trim());
        return n >= 0 && n <= 8 ? n + 1 : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** A paragraph style's level: by its name, its outline level, its id when it has no name, then its base. */
    private int styleLevel(String id) {
      String styleId = id;
      for (int hop = 0; hop < 20 && styleId != null; hop++) {
        El s = style(styleId);
        String name = s == null ? null : val(s, "name");
        if (name != null) {
          String n = name.strip().toLowerCase(Locale.ROOT);
          if (n.equals("title") || n.equals("标题")) {
            return 0;
          }
          Matcher m = HEADING_NAME.matcher(n);
          if (m.matches()) {
            return m.group(1).charAt(0) - '0';
          }
        }
        String lvl = s == null ? null : val(child(s, "pPr"), "outlineLvl");
        if (lvl != null) {
          return outline(lvl);
        }
        if (name == null) {
          String i = styleId.strip().toLowerCase(Locale.ROOT);
          if (i.equals("title")) {
            return 0;
          }
          Matcher m = HEADING_ID.matcher(i);
          if (m.matches()) {
            return m.group(1).charAt(0) - '0';
          }
        }
        styleId = s == null ? null : val(s, "basedOn");
      }
      return -1;
    }

    private @Nullable El style(String id) {
      return styles.get(id);
    }
  }
}

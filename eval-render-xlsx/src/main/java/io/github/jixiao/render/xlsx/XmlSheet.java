package io.github.jixiao.render.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One worksheet of an {@link XmlWorkbook}: rows of cells (style, text, number, formula with its
 * cached result), merged regions, comments, links, column widths, frozen rows, autofilter, print
 * set-up, protection and list validations — what the package workbook, the 汇总 and the template
 * use, written as SpreadsheetML text.
 *
 * <p>A buffered sheet keeps its rows until the workbook is written (rows may be filled in any
 * order; text goes to the shared-strings table). A streaming sheet writes each row out when the
 * next one is started, to a temporary file, with its text inline, so that a sheet of any number
 * of rows needs little heap; its rows must be created in order.
 */
final class XmlSheet {
  final String name;
  private final XmlWorkbook book;
  private final int number;
  private final List<@Nullable Row> rows = new ArrayList<>();
  private final TreeMap<Integer, Double> widths = new TreeMap<>();
  private final TreeMap<Integer, Boolean> hidden = new TreeMap<>();
  private final List<CellRange> merged = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final StringBuilder links = new StringBuilder();
  private final List<String> validations = new ArrayList<>();
  private @Nullable String protection;
  private @Nullable CellRange autoFilter;
  private int frozenRows;
  private int frozenCols;
  /** Zero-based rows that start a new printed page (manual breaks above them). */
  private final List<Integer> rowBreaks = new ArrayList<>();
  private boolean veryHidden;
  private @Nullable Page page;
  private int lastRow = -1;
  private int lastCol = -1;
  // streaming
  private final @Nullable Path temp;
  private @Nullable Writer stream;
  private @Nullable Row current;
  private final StringBuilder line = new StringBuilder(1024);

  XmlSheet(XmlWorkbook book, String name, int number, @Nullable Path temp) throws IOException {
    this.book = book;
    this.name = name;
    this.number = number;
    this.temp = temp;
    if (temp != null) {
      stream = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16);
    }
  }

  /**
   * A column chart of one series on the sheet (DrawingML): the categories and values are ranges of
   * a sheet ({@code '统计'!$A$4:$A$8}), with their current contents cached so that a viewer that
   * does not recalculate shows them; anchored from one cell to another (zero-based).
   */
  record Chart(String title, String series, String categoriesRef, String valuesRef, List<String> categories,
      List<? extends Number> values, int col1, int row1, int col2, int row2) {
    Chart {
      categories = List.copyOf(categories);
      values = List.copyOf(values);
      if (categories.size() != values.size()) {
        throw new IllegalArgumentException("a chart needs a value per category");
      }
    }
  }

  private final List<Chart> charts = new ArrayList<>();

  /** Adds a chart to the sheet. */
  void chart(Chart c) {
    charts.add(c);
  }

  /** The sheet's charts, in the order added. */
  List<Chart> charts() {
    return charts;
  }

  /** A comment on a cell, with the box's anchor (columns and rows, zero-based). */
  record Comment(int row, int col, String text, String author, int col1, int row1, int col2, int row2) {}

  /**
   * Page set-up: A4, one page wide and any number tall, centred horizontally, margins in inches
   * (left, right, top, bottom, header, footer), the centre footer, the rows repeated on every page
   * ({@code repeatFirst} to {@code repeatLast}, zero-based; none when {@code repeatLast < 0}) and
   * the print area from A1.
   */
  record Page(boolean landscape, double[] margins, String footer, int repeatFirst, int repeatLast, int lastCol,
      int lastRow) {}

  /** Whether rows are written out as they come (to a temporary file) rather than kept. */
  boolean isStreaming() {
    return temp != null;
  }

  /** Row {@code r} (zero-based), created if absent. */
  Row row(int r) throws IOException {
    if (temp != null) {
      Row c = current;
      if (c != null && c.index == r) {
        return c;
      }
      if (c != null && r < c.index) {
        throw new IllegalStateException(name + ": rows of a streaming sheet must be created in order");
      }
      flush();
      current = new Row(r);
      lastRow = r;
      return current;
    }
    while (rows.size() <= r) {
      rows.add(null);
    }
    Row row = rows.get(r);
    if (row == null) {
      row = new Row(r);
      rows.set(r, row);
      lastRow = Math.max(lastRow, r);
    }
    return row;
  }

  void columnWidth(int col, double characters) {
    widths.put(col, characters);
  }

  void hideColumn(int col) {
    hidden.put(col, true);
  }

  /** Merges the cells of a range (no overlap check here: callers make sure). */
  void merge(int r0, int r1, int c0, int c1) {
    merged.add(new CellRange(r0, r1, c0, c1));
  }

  List<CellRange> mergedRegions() {
    return merged;
  }

  void comment(Comment c) {
    comments.add(c);
  }

  boolean hasComments() {
    return !comments.isEmpty();
  }

  /** A link from cell (row, col) to a place in the workbook ({@code 'sheet'!A1}). */
  void link(int row, int col, String location) {
    links.append("<hyperlink ref=\"");
    XmlWorkbook.ref(row, col, links);
    links.append("\" location=\"");
    XmlWorkbook.escape(location, links, true);
    links.append("\"/>");
  }

  void autoFilter(int r0, int r1, int c0, int c1) {
    autoFilter = new CellRange(r0, r1, c0, c1);
  }

  void freezeRows(int n) {
    freeze(n, 0);
  }

  /** Freezes the first {@code rows} rows and {@code cols} columns (0: none), as Excel's 冻结窗格. */
  void freeze(int rows, int cols) {
    frozenRows = rows;
    frozenCols = cols;
  }

  /** A manual page break above row {@code r} (zero-based): the row starts a new printed page. */
  void breakBefore(int r) {
    rowBreaks.add(r);
  }

  void veryHidden() {
    veryHidden = true;
  }

  boolean isVeryHidden() {
    return veryHidden;
  }

  void page(Page p) {
    page = p;
  }

  @Nullable Page page() {
    return page;
  }

  @Nullable CellRange autoFilter() {
    return autoFilter;
  }

  /** Protects the sheet (no password), allowing the actions named ({@code formatRows}, {@code insertRows} …). */
  void protect(String... allowed) {
    StringBuilder x = new StringBuilder("<sheetProtection sheet=\"1\"");
    for (String a : allowed) {
      x.append(' ').append(a).append("=\"0\"");
    }
    protection = x.append("/>").toString();
  }

  /**
   * A drop-down list on {@code ranges}: any value may still be typed after a warning
   * ({@code errorStyle="warning"}), with a prompt and an error box.
   */
  void listValidation(List<CellRange> ranges, String[] values, String title, String error, String prompt) {
    StringBuilder x = new StringBuilder("<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" "
        + "showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"");
    XmlWorkbook.escape(title, x, true);
    x.append("\" error=\"");
    XmlWorkbook.escape(error, x, true);
    x.append("\" promptTitle=\"");
    XmlWorkbook.escape(title, x, true);
    x.append("\" prompt=\"");
    XmlWorkbook.escape(prompt, x, true);
    x.append("\" sqref=\"");
    for (int i = 0; i < ranges.size(); i++) {
      x.append(i == 0 ? "" : " ").append(ranges.get(i).a1());
    }
    x.append("\"><formula1>");
    XmlWorkbook.escape("\"" + String.join(",", values) + "\"", x, false);
    validations.add(x.append("</formula1></dataValidation>").toString());
  }

  /** Writes out the current row of a streaming sheet. */
  private void flush() throws IOException {
    Row c = current;
    Writer w = stream;
    if (c != null && w != null) {
      line.setLength(0);
      c.xml(line, null);
      w.append(line);
      current = null;
    }
  }

  private ZipWriter.@Nullable Part sealed;

  /**
   * Writes a buffered sheet's XML now, deflated, and lets go of its rows: it is complete (nothing
   * changes it after) and the sheets before it are sealed or written already, so its text takes the
   * same shared-strings numbers as when the workbook is written, and the workbook's bytes are the same.
   */
  void seal() throws IOException {
    if (temp != null || sealed != null) {
      return;
    }
    ZipWriter.Part part = ZipWriter.standalone();
    write(part);
    part.finish();
    sealed = part;
    rows.clear();
  }

  /** The sheet's entry, deflated, once {@link #seal() sealed}; {@code null} before. */
  ZipWriter.@Nullable Part sealed() {
    return sealed;
  }

  /** Writes the sheet's XML to {@code out}. */
  void write(OutputStream out) throws IOException {
    StringBuilder x = new StringBuilder(temp != null ? 4096 : 64 * 1024);
    head(x);
    if (temp != null) {
      flush();
      Writer w = stream;
      if (w != null) {
        w.close();
        stream = null;
      }
      out.write(x.toString().getBytes(StandardCharsets.UTF_8));
      x.setLength(0);
      Files.copy(temp, out);
    } else {
      for (Row r : rows) {
        if (r != null) {
          r.xml(x, book);
        }
      }
    }
    tail(x);
    out.write(x.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Deletes the temporary file of a streaming sheet. */
  void discard() throws IOException {
    Writer w = stream;
    stream = null;
    if (w != null) {
      w.close();
    }
    if (temp != null) {
      Files.deleteIfExists(temp);
    }
  }

  private void head(StringBuilder x) {
    x.append(XmlWorkbook.XML_HEAD).append("<worksheet xmlns=\"").append(XmlWorkbook.MAIN_NS).append("\" xmlns:r=\"")
        .append(XmlWorkbook.REL_NS).append("\">");
    if (page != null) {
      x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    }
    x.append("<dimension ref=\"A1");
    if (lastRow > 0 || lastCol > 0) {
      x.append(':');
      XmlWorkbook.ref(Math.max(0, lastRow), Math.max(0, lastCol), x);
    }
    x.append("\"/><sheetViews><sheetView");
    if (book.activeSheet() == number - 1) {
      x.append(" tabSelected=\"1\"");
    }
    x.append(" workbookViewId=\"0\"");
    if (frozenRows > 0 || frozenCols > 0) {
      String active = frozenRows > 0 && frozenCols > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight";
      x.append("><pane");
      if (frozenCols > 0) {
        x.append(" xSplit=\"").append(frozenCols).append('"');
      }
      if (frozenRows > 0) {
        x.append(" ySplit=\"").append(frozenRows).append('"');
      }
      x.append(" topLeftCell=\"");
      XmlWorkbook.ref(frozenRows, frozenCols, x);
      x.append("\" activePane=\"").append(active).append("\" state=\"frozen\"/>");
      if (frozenRows > 0 && frozenCols > 0) {
        x.append("<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>");
      }
      x.append("<selection pane=\"").append(active).append("\"/></sheetView>");
    } else {
      x.append("/>");
    }
    x.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    TreeMap<Integer, Boolean> cols = new TreeMap<>(hidden);
    widths.keySet().forEach(k -> cols.putIfAbsent(k, false));
    if (!cols.isEmpty()) {
      x.append("<cols>");
      for (Map.Entry<Integer, Boolean> e : cols.entrySet()) {
        int c = e.getKey() + 1;
        x.append("<col min=\"").append(c).append("\" max=\"").append(c).append('"');
        Double w = widths.get(e.getKey());
        x.append(" width=\"").append(w == null ? 8.43 : w).append('"');
        if (w != null) {
          x.append(" customWidth=\"1\"");
        }
        if (e.getValue()) {
          x.append(" hidden=\"1\"");
        }
        x.append("/>");
      }
      x.append("</cols>");
    }
    x.append("<sheetData>");
  }

  private void tail(StringBuilder x) {
    x.append("</sheetData>");
    if (protection != null) {
      x.append(protection);
    }
    if (autoFilter != null) {
      x.append("<autoFilter ref=\"").append(autoFilter.a1()).append("\"/>");
    }
    if (!merged.isEmpty()) {
      x.append("<mergeCells count=\"").append(merged.size()).append("\">");
      for (CellRange m : merged) {
        x.append("<mergeCell ref=\"");
        XmlWorkbook.ref(m.firstRow(), m.firstCol(), x);
        x.append(':');
        XmlWorkbook.ref(m.lastRow(), m.lastCol(), x);
        x.append("\"/>");
      }
      x.append("</mergeCells>");
    }
    if (!validations.isEmpty()) {
      x.append("<dataValidations count=\"").append(validations.size()).append("\">");
      validations.forEach(x::append);
      x.append("</dataValidations>");
    }
    if (!links.isEmpty()) {
      x.append("<hyperlinks>").append(links).append("</hyperlinks>");
    }
    Page p = page;
    if (p == null) {
      x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
    } else {
      double[] m = p.margins();
      x.append("<printOptions horizontalCentered=\"1\"/><pageMargins left=\"").append(m[0]).append("\" right=\"")
          .append(m[1]).append("\" top=\"").append(m[2]).append("\" bottom=\"").append(m[3]).append("\" header=\"")
          .append(m[4]).append("\" footer=\"").append(m[5]).append("\"/><pageSetup paperSize=\"9\" orientation=\"")
          .append(p.landscape() ? "landscape" : "portrait").append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
          .append("<headerFooter><oddFooter>");
      XmlWorkbook.escape("&C" + p.footer(), x, false);
      x.append("</oddFooter></headerFooter>");
    }
    if (!rowBreaks.isEmpty()) {
      // id: the row above which the page breaks, zero-based (= the 1-based number of the page's last row)
      x.append("<rowBreaks count=\"").append(rowBreaks.size()).append("\" manualBreakCount=\"")
          .append(rowBreaks.size()).append("\">");
      for (int r : rowBreaks) {
        x.append("<brk id=\"").append(r).append("\" max=\"16383\" man=\"1\"/>");
      }
      x.append("</rowBreaks>");
    }
    if (!charts.isEmpty()) {
      x.append("<drawing r:id=\"rId3\"/>");
    }
    if (!comments.isEmpty()) {
      x.append("<legacyDrawing r:id=\"rId2\"/>");
    }
    x.append("</worksheet>");
  }

  /** {@code xl/commentsN.xml}. */
  CharSequence commentsXml() {
    List<String> authors = comments.stream().map(Comment::author).distinct().toList();
    StringBuilder x = new StringBuilder(256 + comments.size() * 256);
    x.append(XmlWorkbook.XML_HEAD).append("<comments xmlns=\"").append(XmlWorkbook.MAIN_NS).append("\"><authors>");
    for (String a : authors) {
      x.append("<author>");
      XmlWorkbook.escape(a, x, false);
      x.append("</author>");
    }
    x.append("</authors><commentList>");
    for (Comment c : comments) {
      x.append("<comment ref=\"");
      XmlWorkbook.ref(c.row(), c.col(), x);
      x.append("\" authorId=\"").append(authors.indexOf(c.author())).append("\"><text>");
      XmlWorkbook.textElement(c.text(), x);
      x.append("</text></comment>");
    }
    return x.append("</commentList></comments>");
  }

  /** How many blocks of 1,024 VML shape ids the comment boxes need. */
  int shapeBlocks() {
    return comments.size() / 1024 + 1;
  }

  /**
   * {@code xl/drawings/vmlDrawingN.vml}: the comment boxes as Excel draws them, their shape ids
   * from the blocks {@code firstBlock} … {@code firstBlock + shapeBlocks() - 1}, which no other
   * drawing of the workbook uses (Excel requires ids unique in the workbook and inside the
   * blocks the drawing declares).
   */
  CharSequence vmlXml(int firstBlock) {
    StringBuilder blocks = new StringBuilder();
    for (int b = 0; b < shapeBlocks(); b++) {
      blocks.append(b == 0 ? "" : ",").append(firstBlock + b);
    }
    StringBuilder x = new StringBuilder(1024 + comments.size() * 640);
    x.append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" "
        + "data=\"").append(blocks).append("\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" "
        + "o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" "
        + "o:connecttype=\"rect\"/></v:shapetype>");
    int id = firstBlock * 1024;
    for (Comment c : comments) {
      x.append("<v:shape id=\"_x0000_s").append(++id).append("\" type=\"#_x0000_t202\" style=\"position:absolute;"
          + "visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" "
          + "color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>"
          + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
          .append(c.col1()).append(", 0, ").append(c.row1()).append(", 0, ").append(c.col2()).append(", 0, ")
          .append(c.row2()).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(c.row())
          .append("</x:Row><x:Column>").append(c.col()).append("</x:Column></x:ClientData></v:shape>");
    }
    return x.append("</xml>");
  }

  /** A row: its height and its cells. */
  final class Row {
    final int index;
    /** Height in twentieths of a point, as a spreadsheet stores it; -1 = default. */
    private int twips = -1;
    private @Nullable Cell[] cells = new Cell[12];
    private int last = -1;

    private Row(int index) {
      this.index = index;
    }

    /** Sets the height in points (stored in twentieths of a point, truncated, as Excel and POI do). */
    Row height(float points) {
      twips = (short) (points * 20);
      return this;
    }

    /** Cell {@code c} (zero-based), created if absent. */
    Cell cell(int c) {
      if (c >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
      }
      Cell cell = cells[c];
      if (cell == null) {
        cell = new Cell();
        cells[c] = cell;
        last = Math.max(last, c);
        lastCol = Math.max(lastCol, c);
      }
      return cell;
    }

    private void xml(StringBuilder x, @Nullable XmlWorkbook shared) {
      x.append("<row r=\"").append(index + 1).append('"');
      if (twips >= 0) {
        x.append(" ht=\"").append(twips / 20f).append("\" customHeight=\"1\"");
      }
      x.append('>');
      for (int c = 0; c <= last; c++) {
        Cell cell = cells[c];
        if (cell != null) {
          cell.xml(index, c, x, shared);
        }
      }
      x.append("</row>");
    }
  }

  /** A cell: its format index and its value. */
  static final class Cell {
    private static final byte BLANK = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FORMULA = 3;

    private int style;
    private byte type;
    private @Nullable String text;
    private double number;
    private @Nullable Object cached;

    Cell style(int s) {
      style = s;
      return this;
    }

    /** Text, always a text cell (never read as a formula or a number), as a cell must store it. */
    Cell text(String s) {
      type = TEXT;
      text = s;
      return this;
    }

    Cell number(double d) {
      type = NUMBER;
      number = d;
      return this;
    }

    /** A formula (without "="), with its cached result: a {@code Double}, a {@code String} or {@code null}. */
    Cell formula(String f, @Nullable Object result) {
      type = FORMULA;
      text = f;
      cached = result;
      return this;
    }

    private void xml(int row, int col, StringBuilder x, @Nullable XmlWorkbook shared) {
      x.append("<c r=\"");
      XmlWorkbook.ref(row, col, x);
      x.append('"');
      if (style != 0) {
        x.append(" s=\"").append(style).append('"');
      }
      switch (type) {
        case TEXT -> {
          String s = text == null ? "" : text;
          if (shared != null) {
            x.append(" t=\"s\"><v>").append(shared.string(s)).append("</v></c>");
          } else {
            x.append(" t=\"inlineStr\"><is>");
            XmlWorkbook.textElement(s, x);
            x.append("</is></c>");
          }
        }
        case NUMBER -> x.append("><v>").append(number).append("</v></c>");
        case FORMULA -> {
          Object r = cached;
          x.append(r instanceof String ? " t=\"str\"><f>" : "><f>");
          XmlWorkbook.escape(text == null ? "" : text, x, false);
          x.append("</f>");
          if (r instanceof String s) {
            x.append("<v>");
            XmlWorkbook.escape(s, x, false);
            x.append("</v>");
          } else if (r instanceof Double d) {
            x.append("<v>").append(d.doubleValue()).append("</v>");
          }
          x.append("</c>");
        }
        default -> x.append("/>");
      }
    }
  }
}

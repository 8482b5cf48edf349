package io.github.jixiao.render.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The package workbook's POI workbook: SXSSF, so that cells are light objects and the sheet XML
 * is written directly (with XSSF, building the XMLBeans tree of every cell and serialising it
 * was about half of the rendering time). Every row of a sheet stays in memory until the
 * workbook is written (the form sheets are small, and {@link GridWriter} styles merged regions
 * after their rows exist), and each sheet's XML is buffered in memory, not in a temporary file.
 *
 * <p>Text goes to a shared-strings table, as in XSSF and as Excel writes it (inline strings would
 * be cheaper still, but POI cannot edit an inline-string cell: {@code setCellValue} on one leaves
 * the old text in place, so a user post-processing the workbook with POI would be surprised).
 * The table is {@link PlainStrings}: a hash map and a list, written as XML directly — POI's own
 * table builds an XMLBeans object per string and serialises it to find duplicates.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  StreamingWorkbook() {
    super(new XSSFWorkbook(new Factory()), -1, false, false);
  }

  /**
   * Writes the workbook. The sheets' rows are flushed first, in sheet order: SXSSF would flush
   * them in hash order, and the order decides the shared strings' numbers (and so the bytes).
   * Then what {@code writeAvoidingTempFiles} does, with one change: POI writes the XSSF parts
   * (styles, workbook, comments, drawings) into an intermediate zip that is read back at once to
   * copy them next to the streamed sheet data; that zip is written without compression here
   * instead of being deflated only to be inflated again (a quarter of the deflating time).
   */
  void writeTo(OutputStream out) throws IOException {
    for (org.apache.poi.ss.usermodel.Sheet sheet : this) {
      ((org.apache.poi.xssf.streaming.SXSSFSheet) sheet).flushRows();
    }
    flushSheets();
    ByteArrayOutputStream template = new ByteArrayOutputStream(1 << 16);
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(template);
    zip.setLevel(Deflater.NO_COMPRESSION);
    getXSSFWorkbook().write(zip);
    try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(new ZipArchiveThresholdInputStream(
        new ZipArchiveInputStream(new ByteArrayInputStream(template.toByteArray()))))) {
      injectData(source, out);
    }
  }

  /**
   * Frees the workbook without writing it again: {@code close()} on a new POI workbook saves its
   * whole package once more into a throw-away buffer (a quarter of the deflating time, seen in
   * the profile). Nothing here has a temporary file or an open input.
   */
  @SuppressWarnings("deprecation") // dispose() is the part of close() that is wanted here
  void discard() {
    dispose();
    getXSSFWorkbook().getPackage().revert();
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new MemorySheetWriter(new ByteArrayOutputStream(1 << 14),
        (PlainStrings) getXSSFWorkbook().getSharedStringSource());
  }

  /** Makes the workbook's shared-strings part a {@link PlainStrings}. */
  private static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStrings() : super.newDocumentPart(descriptor);
    }
  }

  /** A sheet's XML in memory; text cells refer to the shared-strings table. */
  private static final class MemorySheetWriter extends SheetDataWriter {
    private final ByteArrayOutputStream bytes;
    private final PlainStrings strings;

    MemorySheetWriter(ByteArrayOutputStream bytes, PlainStrings strings) throws IOException {
      super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 14));
      this.bytes = bytes;
      this.strings = strings;
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
      if (cell == null || cell.getCellType() != CellType.STRING) {
        super.writeCell(columnIndex, cell);
        return;
      }
      _out.write("<c r=\"");
      _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
      _out.write('"');
      int style = cell.getCellStyle().getIndex() & 0xffff;
      if (style != 0) {
        _out.write(" s=\"");
        _out.write(Integer.toString(style));
        _out.write('"');
      }
      _out.write(" t=\"s\"><v>");
      _out.write(Integer.toString(strings.add(cell.getStringCellValue())));
      _out.write("</v></c>");
    }

    @Override
    public InputStream getWorksheetXMLInputStream() {
      return new ByteArrayInputStream(bytes.toByteArray());
    }
  }

  /** The shared-strings table as a map and a list, written as XML directly. */
  static final class PlainStrings extends SharedStringsTable {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> list = new ArrayList<>();
    private int uses;

    int add(String text) {
      uses++;
      Integer i = index.get(text);
      if (i == null) {
        i = list.size();
        index.put(text, i);
        list.add(text);
      }
      return i;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
      return add(string.getString());
    }

    @Override
    public RichTextString getItemAt(int idx) {
      return new XSSFRichTextString(list.get(idx));
    }

    @Override
    public int getCount() {
      return uses;
    }

    @Override
    public int getUniqueCount() {
      return list.size();
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
      return list.stream().<RichTextString>map(XSSFRichTextString::new).toList();
    }

    @Override
    protected void commit() throws IOException {
      try (OutputStream out = getPackagePart().getOutputStream()) {
        writeTo(out);
      }
    }

    @Override
    public void writeTo(OutputStream stream) throws IOException {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 14);
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + uses + "\" uniqueCount=\""
          + list.size() + "\">");
      for (String s : list) {
        boolean preserve = !s.isEmpty()
            && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        out.write(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
        escape(s, out);
        out.write("</t></si>");
      }
      out.write("</sst>");
      out.flush();
    }

    /** XML text: the markup characters, and CR, which an XML parser would otherwise turn into LF. */
    private static void escape(String s, Writer out) throws IOException {
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        String r = switch (s.charAt(i)) {
          case '&' -> "&amp;";
          case '<' -> "&lt;";
          case '>' -> "&gt;";
          case '\r' -> "&#13;";
          case '\t', '\n' -> null;
          // characters XML cannot hold, as OOXML writes them (callers escape user text already)
          default -> s.charAt(i) < 0x20 || s.charAt(i) == 0xFFFE || s.charAt(i) == 0xFFFF
              ? String.format(java.util.Locale.ROOT, "_x%04X_", (int) s.charAt(i)) : null;
        };
        if (r != null) {
          out.write(s, from, i - from);
          out.write(r);
          from = i + 1;
        }
      }
      out.write(s, from, s.length() - from);
    }
  }
}

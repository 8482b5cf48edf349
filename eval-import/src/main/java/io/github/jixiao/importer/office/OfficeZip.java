package io.github.jixiao.importer.office;

import io.github.jixiao.model.io.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.jspecify.annotations.Nullable;

/**
 * Checks an untrusted file before POI parses it, for the DOCX and the XLSX reader alike: that it is
 * a zip holding a Word document or an Excel workbook; that no part inflates beyond the limits or by
 * a suspicious ratio (a zip bomb: decompression stops at the limit, whatever the headers claim);
 * that it holds no macros and no XML with a document type declaration (a DTD: external entities,
 * "billion laughs"). External relationships (other than hyperlinks) and embedded OLE objects are
 * never followed or read; each is named in a note. Independent of POI's global {@code
 * ZipSecureFile} settings, which a library must not change for its host.
 *
 * <p>Every message is for the person who sent the file: English, then Chinese in parentheses.
 */
public final class OfficeZip {
  /** XML parts whose prolog is searched for a DTD: at most this many bytes of each are kept. */
  private static final int HEAD_BYTES = 64 * 1024;
  /** Relationship and content-type parts are searched in full up to this size. */
  private static final int SMALL_PART_BYTES = 1 << 20;
  /**
   * Parts inflating more than this are checked for their inflate ratio: a smaller part with a long text
   * of one repeated character compresses a thousandfold and is ordinary text; the absolute limits bound
   * every part anyway.
   */
  private static final long RATIO_FLOOR = Limits.ZIP_RATIO_FLOOR_BYTES;

  private static final Pattern RELATIONSHIP = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?Relationship\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.:-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

  private OfficeZip() {}

  /**
   * What the check found.
   *
   * @param format {@code docx} or {@code xlsx}
   * @param entries the zip's part names, lower-case
   * @param notes what will not be read, each naming its part ("外部链接未读取 (external link
   *     ignored): word/_rels/document.xml.rels → …")
   */
  public record Contents(String format, Set<String> entries, List<String> notes) {
    /**
     * Copies the collections.
     *
     * @param format see the record
     * @param entries see the record
     * @param notes see the record
     */
    public Contents {
      entries = Set.copyOf(entries);
      notes = List.copyOf(notes);
    }
  }

  /**
   * Checks a file.
   *
   * @param bytes the file
   * @param limits the file size, zip entry and inflate limits
   * @return the format, the part names and notes on parts not read
   * @throws OfficeRejectedException when the file is empty, too large, not a zip (the message says
   *     what it looks like instead: a PDF, an old .doc/.xls, text), damaged or cut short, a zip
   *     bomb, neither a Word document nor an Excel workbook, macro-enabled, or holds a DTD
   */
  public static Contents check(byte[] bytes, OfficeLimits limits) throws OfficeRejectedException {
    return scan(bytes, limits, null);
  }

  /**
   * Checks a file and keeps every part inflated, so that POI opens the checked parts instead of
   * inflating the file a second time ({@link #open}).
   */
  static Contents check(byte[] bytes, OfficeLimits limits, Map<String, byte[]> parts) throws OfficeRejectedException {
    return scan(bytes, limits, parts);
  }

  /** The checked parts as a package POI opens (the first of two parts with one name, as a zip reader sees it). */
  static OPCPackage open(Map<String, byte[]> parts) throws org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    return OPCPackage.open(new Parts(parts));
  }

  /** Inflated parts served to POI. */
  private static final class Parts implements ZipEntrySource {
    private final Map<String, byte[]> parts;
    private final Map<String, ZipArchiveEntry> entries = new java.util.LinkedHashMap<>();
    private boolean closed;

    Parts(Map<String, byte[]> parts) {
      this.parts = parts;
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        ZipArchiveEntry z = new ZipArchiveEntry(e.getKey());
        z.setSize(e.getValue().length);
        entries.put(e.getKey(), z);
      }
    }

    @Override
    public java.util.Enumeration<? extends ZipArchiveEntry> getEntries() {
      return java.util.Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
      ZipArchiveEntry e = entries.get(path);
      if (e != null) {
        return e;
      }
      for (ZipArchiveEntry x : entries.values()) {
        if (x.getName().equalsIgnoreCase(path)) {
          return x;
        }
      }
      return null;
    }

    @Override
    public java.io.InputStream getInputStream(ZipArchiveEntry entry) {
      byte[] b = parts.get(entry.getName());
      return new java.io.ByteArrayInputStream(b == null ? new byte[0] : b);
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }
  }

  private static Contents scan(byte[] bytes, OfficeLimits limits, @Nullable Map<String, byte[]> keep)
      throws OfficeRejectedException {
    if (bytes.length == 0) {
      throw new OfficeRejectedException("the file is empty, not a Word document or Excel workbook (文件为空)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new OfficeRejectedException("the file has " + Limits.count(bytes.length) + " bytes, more than the "
          + Limits.count(limits.maxFileBytes()) + " this tool reads (文件过大)");
    }
    if (!(bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)) {
      throw new OfficeRejectedException(notAZip(bytes));
    }
    if (!hasEndOfCentralDirectory(bytes)) {
      // a streaming reader stops quietly at a local header cut in two: without the central directory
      // at the end, parts may be missing although every part read was whole
      throw new OfficeRejectedException("the file is damaged or cut short, not a readable Word document or Excel "
          + "workbook: the zip directory at its end is missing (文件已损坏或不完整)");
    }
    Set<String> names = new TreeSet<>();
    List<String> notes = new ArrayList<>();
    boolean macros = false;
    String dtdPart = null;
    long total = 0;
    byte[] buffer = new byte[16384];
    try (ZipArchiveInputStream zin = open(bytes)) {
      ZipArchiveEntry e;
      int entries = 0;
      while ((e = next(zin)) != null) {
        if (++entries > limits.maxEntries()) {
          throw new OfficeRejectedException("the file holds more than " + Limits.count(limits.maxEntries()) + " zip "
              + "entries: not a document this tool reads (压缩包条目过多)");
        }
        String name = e.getName();
        if (e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED) {
          // office parts are stored or deflated; other methods (zstd, xz, bzip2…) would make the zip
          // library load codecs that may not be there (a NoClassDefFoundError) or inflate unbounded
          throw new OfficeRejectedException("the part " + name + " is compressed with zip method " + e.getMethod()
              + ", which Word and Excel files do not use: the file is damaged or not an office file "
              + "(文件已损坏或压缩方式不受支持)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        names.add(lower);
        boolean rels = lower.endsWith(".rels");
        boolean contentTypes = lower.equals("[content_types].xml");
        boolean xml = rels || lower.endsWith(".xml");
        int keepHead = rels || contentTypes ? SMALL_PART_BYTES : xml ? HEAD_BYTES : 0;
        ByteArrayOutputStream head = new ByteArrayOutputStream(Math.min(keepHead, 8192));
        ByteArrayOutputStream whole = keep == null || keep.containsKey(name) ? null : new ByteArrayOutputStream();
        long size = 0;
        int n;
        while ((n = zin.read(buffer)) > 0) {
          if (size < keepHead) {
            head.write(buffer, 0, (int) Math.min(n, keepHead - size));
          }
          if (whole != null) {
            whole.write(buffer, 0, n);
          }
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw new OfficeRejectedException("the part " + name + " inflates to more than "
                + Limits.count(limits.maxEntryBytes()) + " bytes, the most one part may have: the file is too large or "
                + "a zip bomb (文件过大或为压缩炸弹)");
          }
          if (total > limits.maxTotalBytes()) {
            throw new OfficeRejectedException("the file inflates to more than " + Limits.count(limits.maxTotalBytes())
                + " bytes, the most a file may have: too large or a zip bomb (文件过大或为压缩炸弹)");
          }
        }
        if (whole != null) {
          byte[] part = whole.toByteArray();
          keep.put(name, lower.startsWith("xl/worksheets/") ? io.github.jixiao.importer.xlsx.IsoDateCells.asText(part) : part);
        }
        long compressed = zin.getCompressedCount();
        if (compressed > 0 && size > RATIO_FLOOR && (double) size / compressed > limits.maxInflateRatio()) {
          throw new OfficeRejectedException("the part " + name + " inflates " + (size / compressed) + " times (from "
              + Limits.count(compressed) + " to " + Limits.count(size) + " bytes), more than the "
              + (long) limits.maxInflateRatio() + " times allowed above " + Limits.count(RATIO_FLOOR) + " bytes: "
              + "refused as a possible zip bomb (疑似压缩炸弹)");
        }
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbaprojectsignature.bin") || lower.endsWith("vbadata.xml")) {
          macros = true;
        }
        if (xml) {
          String text = decode(head.toByteArray());
          if (dtdPart == null && hasDoctype(text)) {
            dtdPart = name;
          }
          if (contentTypes) {
            String t = text.toLowerCase(Locale.ROOT);
            macros |= t.contains("macroenabled") || t.contains("vbaproject");
          }
          if (rels) {
            externalRelationships(name, text, notes);
          }
        }
        if (isOle(lower)) {
          notes.add("嵌入对象未读取 (embedded OLE object ignored): " + name);
        }
      }
    } catch (OfficeRejectedException ex) {
      throw ex;
    } catch (ZipException | EOFException ex) {
      throw new OfficeRejectedException("the file is damaged or cut short, not a readable Word document or Excel "
          + "workbook: " + detail(ex) + " (文件已损坏或不完整)", ex);
    } catch (IOException | RuntimeException ex) {
      throw new OfficeRejectedException("the file is damaged, not a readable Word document or Excel workbook: "
          + detail(ex) + " (文件已损坏)", ex);
    }
    String format = names.contains("word/document.xml") ? "docx" : names.contains("xl/workbook.xml") ? "xlsx" : null;
    if (format == null) {
      String what = names.contains("ppt/presentation.xml") ? "a PowerPoint presentation (.pptx)"
          : names.contains("content.xml") || names.contains("mimetype")
              ? "an OpenDocument file (.odt/.ods): open it and save it as .docx or .xlsx"
          : names.stream().anyMatch(s -> s.endsWith(".docx") || s.endsWith(".xlsx"))
              ? "a zip archive holding office files: unpack it and import each file"
          : "a zip archive";
      throw new OfficeRejectedException("the file is " + what + ", not a Word document or Excel workbook "
          + "(不是 Word 文档或 Excel 工作簿)");
    }
    if (!names.contains("[content_types].xml")) {
      throw new OfficeRejectedException("the file is damaged, not a readable " + kind(format) + ": its part "
          + "[Content_Types].xml is missing (文件已损坏)");
    }
    if (macros) {
      String plain = format.equals("docx") ? ".docx" : ".xlsx";
      throw new OfficeRejectedException("the " + kind(format) + " contains macros (" + (format.equals("docx") ? ".docm" : ".xlsm")
          + "): macros are never run here; save it as " + plain + " without macros and import that "
          + "(含宏的文档不予导入，请另存为 " + plain + ")");
    }
    if (dtdPart != null) {
      throw new OfficeRejectedException("the part " + dtdPart + " declares a DTD (<!DOCTYPE>), which Word and Excel "
          + "never write: refused, as it may try to read other files or expand without end "
          + "(文件含有不安全的 DTD 声明，不予导入)");
    }
    return new Contents(format, names, notes);
  }

  private static String kind(String format) {
    return format.equals("docx") ? "Word document" : "Excel workbook";
  }

  /** Whether a part is an embedded object: Word's and Excel's embeddings folders, or any oleObject part. */
  private static boolean isOle(String lower) {
    return lower.startsWith("word/embeddings/") || lower.startsWith("xl/embeddings/")
        || lower.substring(lower.lastIndexOf('/') + 1).startsWith("oleobject");
  }

  /** Notes each relationship leaving the package, except hyperlinks (a link is text, never followed). */
  private static void externalRelationships(String part, String xml, List<String> notes) {
    Matcher m = RELATIONSHIP.matcher(xml);
    while (m.find()) {
      String mode = null;
      String type = "";
      String target = "";
      Matcher a = ATTRIBUTE.matcher(m.group(1));
      while (a.find()) {
        String value = a.group(2).substring(1, a.group(2).length() - 1);
        switch (a.group(1)) {
          case "TargetMode" -> mode = value;
          case "Type" -> type = value;
          case "Target" -> target = value;
          default -> { }
        }
      }
      if ("External".equalsIgnoreCase(mode) && !type.endsWith("/hyperlink")) {
        String what = type.substring(type.lastIndexOf('/') + 1);
        notes.add("外部链接未读取 (external link ignored): " + part + " → " + what + " "
            + (target.length() > 80 ? target.substring(0, 80) + "…" : target));
      }
    }
  }

  /**
   * Whether an XML part's prolog (before its first element) declares a document type. Only the
   * prolog is searched: inside the document a {@code <} in text is always escaped.
   */
  static boolean hasDoctype(String xml) {
    int i = 0;
    while (true) {
      int lt = xml.indexOf('<', i);
      if (lt < 0 || lt + 1 >= xml.length()) {
        return false;
      }
      char c = xml.charAt(lt + 1);
      if (c == '?') {
        int end = xml.indexOf("?>", lt);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else if (xml.startsWith("<!--", lt)) {
        int end = xml.indexOf("-->", lt);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else if (c == '!') {
        return xml.regionMatches(true, lt, "<!DOCTYPE", 0, 9) || xml.regionMatches(true, lt, "<!ENTITY", 0, 8);
      } else {
        return false;
      }
    }
  }

  /** The part's text: UTF-16 when it starts so (a byte-order mark or a NUL), else UTF-8. */
  private static String decode(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || b[0] == 0 && b[1] == '<')) {
      return new String(b, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || b[0] == '<' && b[1] == 0)) {
      return new String(b, StandardCharsets.UTF_16LE);
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Whether the zip's end-of-central-directory record (PK 5 6) lies where it must: in the last 22 to 65,557 bytes. */
  static boolean hasEndOfCentralDirectory(byte[] bytes) {
    int last = bytes.length - 22;
    int first = Math.max(0, bytes.length - 22 - 65_535);
    for (int i = last; i >= first; i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next entry. A part compressed with a method whose codec is optional in the zip library
   * (zstd, xz/LZMA) makes it load classes that are not there: a {@link LinkageError}, not an
   * exception, which would otherwise escape the reader.
   */
  private static ZipArchiveEntry next(ZipArchiveInputStream zin) throws IOException, OfficeRejectedException {
    try {
      return zin.getNextEntry();
    } catch (LinkageError err) {
      throw new OfficeRejectedException("a part is compressed with a zip method Word and Excel files do not use ("
          + detail(err) + "): the file is damaged or not an office file (文件已损坏或压缩方式不受支持)", err);
    }
  }

  /** What the zip reader said, or what kind of failure it was when it said nothing ("EOFException"). */
  static String detail(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** A streaming zip reader that accepts what POI writes (zip64 data descriptors, stored entries with descriptors). */
  private static ZipArchiveInputStream open(byte[] zip) {
    return new ZipArchiveInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8.name(), true, true);
  }

  /** A message naming what the file looks like instead of a zip. */
  static String notAZip(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0) {
      return "the file is an old Word 97-2003 document (.doc) or Excel 97-2003 workbook (.xls), a WPS file, or a "
          + "password-protected one: open it in Word, Excel or WPS and save it as .docx or .xlsx without a password "
          + "(旧版 .doc/.xls 文件，请另存为 .docx 或 .xlsx 格式)";
    }
    String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    head = head.stripLeading();
    String lowerHead = head.toLowerCase(Locale.ROOT);
    String not = ", not a Word document or Excel workbook";
    if (head.startsWith("%PDF")) {
      return "the file is a PDF" + not + ": import the Word or Excel file it was printed from (PDF 文件无法导入，"
          + "请提供 .docx 或 .xlsx 原文件)";
    }
    if (head.startsWith("{\\rtf")) {
      return "the file is an RTF document (perhaps saved with a .doc name)" + not + ": open it in Word or WPS and "
          + "save it as .docx (RTF 文件，请另存为 .docx 格式)";
    }
    if (lowerHead.startsWith("mime-version") || lowerHead.contains("multipart/related")) {
      return "the file is a web archive (.mht, perhaps saved with a .doc or .xls name)" + not + ": open it in Word, "
          + "Excel or WPS and save it as .docx or .xlsx (网页文件，请另存为 .docx 或 .xlsx 格式)";
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return "the file looks like JSON" + not + ": read packages with 'jixiao validate' (不是 Word 或 Excel 文件)";
    }
    if (head.startsWith("<")) {
      return "the file is HTML or XML (perhaps a web page saved as .doc or .xls)" + not + ": open it in Word, Excel "
          + "or WPS and save it as .docx or .xlsx (网页或 XML 文件，请另存为 .docx 或 .xlsx 格式)";
    }
    if (head.startsWith("PK")) {
      return "the file is a damaged zip archive" + not + " (文件已损坏)";
    }
    if (isText(b)) {
      return "the file is plain text" + not + " (纯文本文件，不是 Word 或 Excel 文件)";
    }
    return "the file is not a Word document or Excel workbook: it does not start like one (不是 Word 或 Excel 文件)";
  }

  /** Whether the first bytes hold no control characters other than white space: plain text in any ASCII-based encoding. */
  private static boolean isText(byte[] b) {
    int n = Math.min(b.length, 512);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return false;
      }
    }
    return true;
  }
}

package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.io.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * Checks an untrusted file before POI parses it: that it is a zip holding an XLSX workbook, that
 * no entry inflates beyond the limits or by a suspicious ratio (a zip bomb: decompression stops
 * at the limit, whatever the headers claim), and that it holds no macros. The parts are inflated
 * once, here, and POI reads them from memory ({@link #open}): POI's own zip checks (its global
 * {@code ZipSecureFile} settings, which a library must not change for its host) never see the file,
 * so a sheet holding a long text of one repeated character is not taken for a bomb, and the parts the
 * importer does not read (comments, drawings, printer settings) are not handed to POI, so a workbook of
 * {@link io.github.jixiao.model.io.Limits#ROUND_TRIP_FORMS} forms stays within POI's count of parts.
 */
final class SafeZip {
  private SafeZip() {}

  /**
   * What the check found that the reader needs.
   *
   * @param worksheets worksheet parts
   * @param externalLinks whether the workbook links to other files
   * @param parts the parts POI is given, by name, inflated
   */
  record Contents(int worksheets, boolean externalLinks, Map<String, byte[]> parts) {}

  /** Parts the importer never reads: left out of what POI sees. */
  private static final Pattern UNREAD = Pattern.compile("(?i)(?:xl/(?:comments[^/]*|threadedcomments/.*|persons/.*"
      + "|drawings/.*|charts/.*|chartsheets/_rels/.*|media/.*|printersettings/.*|embeddings/.*|activex/.*|ctrlprops/.*"
      + "|externallinks/.*|calcchain\\.xml|worksheets/_rels/.*|richdata/.*)|docprops/.*|customxml/.*)");

  /** The part count POI opens a package with (its own limit, read, never changed). */
  private static long poiMaxParts() {
    return org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount();
  }

  /** The checked parts as a package POI opens. */
  static OPCPackage open(Map<String, byte[]> parts) throws InvalidFormatException, WorkbookRejectedException {
    if (parts.size() > poiMaxParts()) {
      throw new WorkbookRejectedException("the workbook has " + Limits.count(parts.size()) + " parts to read, more than "
          + "the " + Limits.count(poiMaxParts()) + " the spreadsheet library opens (工作簿部件过多)");
    }
    return OPCPackage.open(new Parts(parts));
  }

  /** Inflated parts served to POI (the first of two parts with one name, as a zip reader sees it). */
  private static final class Parts implements ZipEntrySource {
    private final Map<String, byte[]> parts;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
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
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
      return Collections.enumeration(entries.values());
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
    public InputStream getInputStream(ZipArchiveEntry entry) {
      byte[] b = parts.get(entry.getName());
      return new ByteArrayInputStream(b == null ? new byte[0] : b);
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

  static Contents check(byte[] bytes, XlsxImporter.Limits limits) throws WorkbookRejectedException {
    if (bytes.length == 0) {
      throw new WorkbookRejectedException("the file is empty, not an XLSX workbook (文件为空)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new WorkbookRejectedException("the file has " + Limits.count(bytes.length) + " bytes, more than the "
          + Limits.count(limits.maxFileBytes()) + " a workbook may have (文件过大)");
    }
    if (!(bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)) {
      throw new WorkbookRejectedException(notXlsx(bytes));
    }
    if (!hasEndOfCentralDirectory(bytes)) {
      // a streaming reader stops quietly at a local header cut in two: without the central directory
      // at the end, parts may be missing although every part read was whole
      throw new WorkbookRejectedException("the file is damaged or cut short, not a readable XLSX workbook "
          + "(文件已损坏或不完整): the zip directory at its end is missing");
    }
    Set<String> names = new HashSet<>();
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int worksheets = 0;
    boolean external = false;
    boolean macros = false;
    long total = 0;
    byte[] buffer = new byte[16384];
    try (ZipArchiveInputStream zin = open(bytes)) {
      ZipArchiveEntry e;
      int entries = 0;
      while ((e = next(zin)) != null) {
        if (++entries > Limits.ZIP_ENTRIES) {
          throw new WorkbookRejectedException("the file holds more than " + Limits.count(Limits.ZIP_ENTRIES) + " zip "
              + "entries: not a workbook this tool reads (压缩包条目过多)");
        }
        String name = e.getName();
        if (e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED) {
          // XLSX parts are stored or deflated; other methods (zstd, xz, bzip2…) would make the zip
          // library load codecs that may not be there (a NoClassDefFoundError) or inflate unbounded
          throw new WorkbookRejectedException("the part " + name + " is compressed with zip method " + e.getMethod()
              + ", which XLSX workbooks do not use: the file is damaged or not a workbook (文件已损坏或压缩方式不受支持)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        names.add(lower);
        long size = 0;
        int n;
        boolean read = !UNREAD.matcher(name).matches() && !parts.containsKey(name);
        ByteArrayOutputStream whole = read ? new ByteArrayOutputStream() : null;
        while ((n = zin.read(buffer)) > 0) {
          size += n;
          total += n;
          if (whole != null) {
            whole.write(buffer, 0, n);
          }
          if (size > limits.maxEntryBytes()) {
            throw new WorkbookRejectedException("the part " + name + " inflates to more than "
                + Limits.count(limits.maxEntryBytes()) + " bytes, the most one part may have: the workbook is too large "
                + "or a zip bomb (文件过大或为压缩炸弹)");
          }
          if (total > limits.maxTotalBytes()) {
            throw new WorkbookRejectedException("the workbook inflates to more than " + Limits.count(limits.maxTotalBytes())
                + " bytes, the most a workbook may have: too large or a zip bomb (文件过大或为压缩炸弹)");
          }
        }
        long compressed = zin.getCompressedCount();
        // the ratio only above an absolute size: a long text of one repeated character compresses
        // a thousandfold and is ordinary; the absolute limits above bound every part anyway
        if (compressed > 0 && size > Limits.ZIP_RATIO_FLOOR_BYTES && (double) size / compressed > limits.maxInflateRatio()) {
          throw new WorkbookRejectedException("the part " + name + " inflates " + (size / compressed) + " times (from "
              + Limits.count(compressed) + " to " + Limits.count(size) + " bytes), more than the "
              + (long) limits.maxInflateRatio() + " times allowed above " + Limits.count(Limits.ZIP_RATIO_FLOOR_BYTES)
              + " bytes: refused as a possible zip bomb (疑似压缩炸弹)");
        }
        if (whole != null) {
          byte[] part = whole.toByteArray();
          parts.put(name, lower.startsWith("xl/worksheets/") ? IsoDateCells.asText(part) : part);
        }
        if (lower.startsWith("xl/worksheets/") && lower.endsWith(".xml")) {
          worksheets++;
        }
        if (lower.startsWith("xl/externallinks/")) {
          external = true;
        }
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbaprojectsignature.bin")) {
          macros = true;
        }
        if (lower.equals("[content_types].xml") && parts.containsKey(name)) {
          // the content types are small; they tell a macro-enabled workbook (.xlsm) apart
          String xml = new String(parts.get(name), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
          macros |= xml.contains("macroenabled") || xml.contains("vbaproject");
        }
      }
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (ZipException | java.io.EOFException ex) {
      throw new WorkbookRejectedException("the file is damaged or cut short, not a readable XLSX workbook (文件已损坏或不完整): "
          + detail(ex), ex);
    } catch (IOException | RuntimeException ex) {
      throw new WorkbookRejectedException("the file is damaged, not a readable XLSX workbook (文件已损坏): " + detail(ex), ex);
    }
    if (!names.contains("[content_types].xml") || !names.contains("xl/workbook.xml")) {
      String what = names.contains("word/document.xml") ? "a Word document (.docx)"
          : names.contains("ppt/presentation.xml") ? "a PowerPoint file (.pptx)"
          : names.contains("content.xml") ? "an OpenDocument file (.ods/.odt): save it as .xlsx"
          : "a zip file without a workbook";
      throw new WorkbookRejectedException("the file is " + what + ", not an XLSX workbook (不是 XLSX 工作簿)");
    }
    if (macros) {
      throw new WorkbookRejectedException("the workbook contains macros (宏, .xlsm): macros are never run here; save it "
          + "as an Excel workbook (.xlsx) without macros and import that (含宏的工作簿不予导入)");
    }
    if (worksheets > limits.maxSheets()) {
      throw new WorkbookRejectedException(tooManySheets(worksheets, limits.maxSheets()));
    }
    return new Contents(worksheets, external, parts);
  }

  /** The message of a workbook with more sheets than the importer reads, naming the batch size it is for. */
  static String tooManySheets(int sheets, int max) {
    return "the workbook has " + Limits.count(sheets) + " sheets, more than the " + Limits.count(max) + " jixiao reads "
        + "(a package of up to " + Limits.count(Limits.ROUND_TRIP_FORMS) + " project forms is written in at most "
        + Limits.count(Limits.ROUND_TRIP_FORMS + 5) + "; 工作表过多)";
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
   * exception, which would otherwise escape the importer.
   */
  private static ZipArchiveEntry next(ZipArchiveInputStream zin) throws IOException {
    try {
      return zin.getNextEntry();
    } catch (LinkageError err) {
      throw new WorkbookRejectedException("a part is compressed with a zip method XLSX workbooks do not use ("
          + detail(err) + "): the file is damaged or not a workbook (文件已损坏或压缩方式不受支持)", err);
    }
  }

  /** What the zip reader said, or what kind of failure it was when it said nothing ("EOFException"). */
  static String detail(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** A streaming zip reader that accepts what POI writes (zip64 data descriptors, stored entries with descriptors). */
  static ZipArchiveInputStream open(byte[] zip) {
    return open(new ByteArrayInputStream(zip));
  }

  static ZipArchiveInputStream open(InputStream in) {
    return new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true);
  }

  /** A message naming what the file looks like instead. */
  static String notXlsx(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0) {
      return "the file is an old Excel 97-2003 workbook (.xls) or a password-protected one: open it in Excel or WPS and "
          + "save it as an Excel workbook (.xlsx) without a password (请另存为 .xlsx)";
    }
    String head = new String(b, 0, Math.min(b.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
    if (head.startsWith("%PDF")) {
      return "the file is a PDF, not an XLSX workbook (不是 XLSX 文件)";
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return "the file looks like JSON, not an XLSX workbook: read packages with 'jixiao validate' (不是 XLSX 文件)";
    }
    if (head.startsWith("<")) {
      return "the file is HTML or XML (perhaps a web page saved as .xls), not an XLSX workbook: open it in Excel or WPS "
          + "and save it as .xlsx (不是 XLSX 文件)";
    }
    if (head.startsWith("PK")) {
      return "the file is a zip but not a readable XLSX workbook (不是 XLSX 文件)";
    }
    return "the file is not an XLSX workbook (不是 XLSX 文件; it does not start like a zip archive)";
  }
}

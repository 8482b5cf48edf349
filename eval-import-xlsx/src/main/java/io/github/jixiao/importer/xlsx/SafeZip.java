package io.github.jixiao.importer.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Checks an untrusted file before POI parses it: that it is a zip holding an XLSX workbook, that
 * no entry inflates beyond the limits or by a suspicious ratio (a zip bomb: decompression stops
 * at the limit, whatever the headers claim), and that it holds no macros. Independent of POI's
 * global {@code ZipSecureFile} settings, which a library must not change for its host.
 */
final class SafeZip {
  private SafeZip() {}

  /** What the check found that the reader needs. */
  record Contents(int worksheets, boolean externalLinks) {}

  static Contents check(byte[] bytes, XlsxImporter.Limits limits) throws WorkbookRejectedException {
    if (bytes.length == 0) {
      throw new WorkbookRejectedException("the file is empty, not an XLSX workbook (文件为空)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new WorkbookRejectedException("the file has " + bytes.length + " bytes, more than the " + limits.maxFileBytes()
          + " a workbook may have (文件过大)");
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
    int worksheets = 0;
    boolean external = false;
    boolean macros = false;
    long total = 0;
    byte[] buffer = new byte[16384];
    try (ZipArchiveInputStream zin = open(bytes)) {
      ZipArchiveEntry e;
      int entries = 0;
      while ((e = next(zin)) != null) {
        if (++entries > 10_000) {
          throw new WorkbookRejectedException("the file holds more than 10,000 zip entries: not a workbook this tool reads "
              + "(压缩包条目过多)");
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
        while ((n = zin.read(buffer)) > 0) {
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw new WorkbookRejectedException("the part " + name + " inflates to more than " + limits.maxEntryBytes()
                + " bytes: the workbook is too large or a zip bomb (文件过大或为压缩炸弹)");
          }
          if (total > limits.maxTotalBytes()) {
            throw new WorkbookRejectedException("the workbook inflates to more than " + limits.maxTotalBytes()
                + " bytes: too large or a zip bomb (文件过大或为压缩炸弹)");
          }
        }
        long compressed = zin.getCompressedCount();
        if (compressed > 0 && size > 1_000_000 && (double) size / compressed > limits.maxInflateRatio()) {
          throw new WorkbookRejectedException("the part " + name + " inflates " + (size / compressed) + " times (from "
              + compressed + " to " + size + " bytes): refused as a possible zip bomb (疑似压缩炸弹)");
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
        if (lower.equals("[content_types].xml")) {
          // the content types are small; they tell a macro-enabled workbook (.xlsm) apart
          macros |= contentTypesSayMacros(bytes, name);
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
      throw new WorkbookRejectedException("the workbook has " + worksheets + " sheets, more than " + limits.maxSheets()
          + " (工作表过多)");
    }
    return new Contents(worksheets, external);
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

  private static boolean contentTypesSayMacros(byte[] zip, String entryName) throws IOException {
    try (ZipArchiveInputStream zin = open(zip)) {
      ZipArchiveEntry e;
      while ((e = next(zin)) != null) {
        if (e.getName().equals(entryName)) {
          byte[] head = readAtMost(zin, 1 << 20);
          String xml = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
          return xml.contains("macroenabled") || xml.contains("vbaproject");
        }
      }
    }
    return false;
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
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

package io.github.jixiao.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes output deterministic: fixed document properties, and a zip whose every entry carries
 * the same fixed time (POI stamps the current time on the entries it writes). The entries are
 * copied in the order POI wrote them, <em>as compressed</em>: their deflated bytes are copied
 * unchanged (deflating is deterministic), only the headers are rewritten — with the fixed time,
 * sizes and CRC in the local headers (no data descriptors, no zip64 fields, which
 * {@code java.util.zip.ZipInputStream} refuses in SXSSF's output). Copying instead of inflating
 * and deflating again took the second compression (about a tenth of the rendering time) away.
 */
final class Output {
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
  private static final int UTF8_NAMES = 0x0800;

  private Output() {}

  /** Creator, title, created and modified: fixed by the request's timestamp. */
  static void properties(XSSFWorkbook wb, Instant timestamp, String title) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    Date at = Date.from(timestamp);
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    core.setCreator("jixiao");
    core.setLastModifiedByUser("jixiao");
    core.setTitle(xmlText(title));
    wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("jixiao");
  }

  /**
   * {@code s} without the characters XML 1.0 cannot hold (controls but tab and line breaks,
   * U+FFFE, U+FFFF, lone surrogates): the title goes into docProps/core.xml as plain XML text,
   * where POI writes them as character references that make the part unreadable.
   */
  static String xmlText(String s) {
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

  /** Copies the zip in {@code bytes} to {@code out} with every entry time set to {@code timestamp}. */
  static void normalize(byte[] bytes, OutputStream out, Instant timestamp) throws IOException {
    normalize(new SeekableInMemoryByteChannel(bytes), out, timestamp);
  }

  static void normalize(Path zip, OutputStream out, Instant timestamp) throws IOException {
    normalize(FileChannel.open(zip, StandardOpenOption.READ), out, timestamp);
  }

  private static void normalize(SeekableByteChannel source, OutputStream target, Instant timestamp) throws IOException {
    OutputStream out = new java.io.BufferedOutputStream(target, 1 << 16); // flushed, never closed: the caller's stream
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    if (time.isBefore(DOS_EPOCH)) {
      time = DOS_EPOCH;
    } else if (time.isAfter(DOS_END)) {
      time = DOS_END;
    }
    int dosTime = (time.getHour() << 11) | (time.getMinute() << 5) | (time.getSecond() / 2);
    int dosDate = ((time.getYear() - 1980) << 9) | (time.getMonthValue() << 5) | time.getDayOfMonth();
    ByteArrayOutputStream central = new ByteArrayOutputStream(4096);
    long offset = 0;
    int count = 0;
    byte[] buffer = new byte[16384];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(source).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        byte[] name = e.getName().getBytes(StandardCharsets.UTF_8);
        long size = e.getSize();
        long compressed = e.getCompressedSize();
        if (size < 0 || compressed < 0 || size > 0xFFFFFFFFL || compressed > 0xFFFFFFFFL || count == 0xFFFF) {
          throw new IOException("workbook part too large for a plain zip: " + e.getName());
        }
        int method = e.getMethod();
        // local file header
        int32(out, 0x04034b50);
        int16(out, 20);
        int16(out, UTF8_NAMES);
        int16(out, method);
        int16(out, dosTime);
        int16(out, dosDate);
        int32(out, e.getCrc());
        int32(out, compressed);
        int32(out, size);
        int16(out, name.length);
        int16(out, 0);
        out.write(name);
        long copied = 0;
        try (InputStream raw = zip.getRawInputStream(e)) {
          int n;
          while ((n = raw.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            copied += n;
          }
        }
        if (copied != compressed) {
          throw new IOException("zip entry " + e.getName() + ": " + copied + " bytes, expected " + compressed);
        }
        // its central directory record
        int32(central, 0x02014b50);
        int16(central, 20);
        int16(central, 20);
        int16(central, UTF8_NAMES);
        int16(central, method);
        int16(central, dosTime);
        int16(central, dosDate);
        int32(central, e.getCrc());
        int32(central, compressed);
        int32(central, size);
        int16(central, name.length);
        int16(central, 0); // extra
        int16(central, 0); // comment
        int16(central, 0); // disk
        int16(central, 0); // internal attributes
        int32(central, 0); // external attributes
        int32(central, offset);
        central.write(name);
        offset += 30 + name.length + compressed;
        count++;
      }
    }
    if (offset > 0xFFFFFFFFL) {
      throw new IOException("workbook too large for a plain zip");
    }
    central.writeTo(out);
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, count);
    int16(out, count);
    int32(out, central.size());
    int32(out, offset);
    int16(out, 0);
    out.flush();
  }

  private static void int16(OutputStream out, int v) throws IOException {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(OutputStream out, long v) throws IOException {
    out.write((int) (v & 0xFF));
    out.write((int) ((v >>> 8) & 0xFF));
    out.write((int) ((v >>> 16) & 0xFF));
    out.write((int) ((v >>> 24) & 0xFF));
  }
}

package io.github.jixiao.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Rewrites the zip POI wrote so that the same request gives the same bytes: every entry's time is
 * the request's timestamp (POI stamps the clock), entries in a fixed order ({@code
 * [Content_Types].xml} first, then the package relationships, the document properties, {@code
 * word/document.xml}, the other parts by name), no extra fields, no data descriptors.
 */
final class Repack {

  private Repack() {}

  static byte[] repack(byte[] zip, Instant timestamp) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
      int c = Integer.compare(rank(a), rank(b));
      return c != 0 ? c : a.compareTo(b);
    });
    // POI writes zip64 data descriptors, which java.util.zip's reader refuses: commons-compress reads them
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
      ZipArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    if (time.getYear() < 1980) {
      time = LocalDateTime.of(1980, 1, 1, 0, 0);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length);
    try (ZipOutputStream out = new ZipOutputStream(buffer)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(time);
        out.putNextEntry(entry);
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return buffer.toByteArray();
  }

  private static int rank(String name) {
    if (name.equals("[Content_Types].xml")) {
      return 0;
    }
    if (name.startsWith("_rels/")) {
      return 1;
    }
    if (name.startsWith("docProps/")) {
      return 2;
    }
    if (name.equals("word/document.xml")) {
      return 3;
    }
    return 4;
  }
}

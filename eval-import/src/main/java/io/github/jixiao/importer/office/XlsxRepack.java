package io.github.jixiao.importer.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Rewrites the zip POI wrote so that the same grids give the same bytes (after eval-render-docx's
 * {@code Repack}): every entry's time is a fixed one (POI stamps the clock), entries in a fixed
 * order ({@code [Content_Types].xml} first, then the package relationships, the document
 * properties, {@code xl/workbook.xml}, the other parts by name), no extra fields, no data
 * descriptors.
 */
final class XlsxRepack {

  private XlsxRepack() {}

  static byte[] repack(byte[] zip, LocalDateTime time) throws IOException {
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
    if (name.equals("xl/workbook.xml")) {
      return 3;
    }
    return 4;
  }
}

package io.github.jixiao.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /**
   * Part of an entry that comes from elsewhere: the bytes {@code marker} (one element, as POI
   * saved it) are replaced by the stream {@code content}.
   */
  record Splice(String entry, byte[] marker, Content content) {}

  /** XML to splice in, opened when its entry is written. */
  interface Content {
    InputStream open() throws IOException;
  }

  static byte[] repack(byte[] zip, Instant timestamp) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length);
    repack(zip, timestamp, java.util.List.of(), buffer);
    return buffer.toByteArray();
  }

  /**
   * Writes the zip POI wrote with fixed entry times and order, each splice's marker replaced by
   * its content.
   *
   * @throws IllegalStateException when a marker is not in its entry (the spliced XML would not be
   *     the part POI would have written)
   */
  static void repack(byte[] zip, Instant timestamp, java.util.List<Splice> splices, OutputStream sink)
      throws IOException {
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
    OutputStream open = new java.io.FilterOutputStream(sink) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        super.out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();   // the caller's stream stays open
      }
    };
    ZipOutputStream out = new ZipOutputStream(open);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(time);
      out.putNextEntry(entry);
      Splice splice = splices.stream().filter(s -> s.entry().equals(e.getKey())).findFirst().orElse(null);
      byte[] data = e.getValue();
      if (splice == null) {
        out.write(data);
      } else {
        int at = indexOf(data, splice.marker());
        if (at < 0) {
          throw new IllegalStateException("the marker of the spooled XML is not in " + e.getKey());
        }
        out.write(data, 0, at);
        try (InputStream in = splice.content().open()) {
          in.transferTo(out);
        }
        out.write(data, at + splice.marker().length, data.length - at - splice.marker().length);
      }
      out.closeEntry();
    }
    out.close();
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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

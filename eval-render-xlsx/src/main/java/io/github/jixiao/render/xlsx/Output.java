package io.github.jixiao.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes output deterministic: fixed document properties, and a zip whose every entry carries
 * the same fixed time (POI stamps the current time on the entries it writes). The entries are
 * copied in the order POI wrote them.
 */
final class Output {
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Output() {}

  /** Creator, title, created and modified: fixed by the request's timestamp. */
  static void properties(XSSFWorkbook wb, Instant timestamp, String title) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    Date at = Date.from(timestamp);
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    core.setCreator("jixiao");
    core.setLastModifiedByUser("jixiao");
    core.setTitle(title);
    wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("jixiao");
  }

  /** Copies the zip in {@code bytes} to {@code out} with every entry time set to {@code timestamp}. */
  static void normalize(byte[] bytes, OutputStream out, Instant timestamp) throws IOException {
    normalize(new ByteArrayInputStream(bytes), out, timestamp);
  }

  static void normalize(Path zip, OutputStream out, Instant timestamp) throws IOException {
    try (InputStream in = Files.newInputStream(zip)) {
      normalize(in, out, timestamp);
    }
  }

  private static void normalize(InputStream source, OutputStream out, Instant timestamp) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    if (time.isBefore(DOS_EPOCH)) {
      time = DOS_EPOCH;
    }
    ZipOutputStream zout = new ZipOutputStream(new NonClosing(out));
    try (ZipArchiveInputStream zin = SafeZip.open(source)) {
      ZipArchiveEntry e;
      byte[] buffer = new byte[16384];
      while ((e = zin.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        copy.setMethod(ZipEntry.DEFLATED);
        zout.putNextEntry(copy);
        int n;
        while ((n = zin.read(buffer)) > 0) {
          zout.write(buffer, 0, n);
        }
        zout.closeEntry();
      }
    }
    zout.finish();
    zout.close();
  }

  /** Lets the zip stream finish without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}

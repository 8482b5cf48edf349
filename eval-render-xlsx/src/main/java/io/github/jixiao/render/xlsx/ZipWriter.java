package io.github.jixiao.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic zip: every entry deflated in memory and written with its sizes and CRC in the
 * local header (no data descriptors, no zip64 fields, no extra fields), every entry time the
 * same fixed time (UTC of the request's timestamp, so the host's time zone does not matter), in
 * the order the entries are added. Deflating is deterministic, so the same parts give the same
 * bytes.
 */
final class ZipWriter {
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
  private static final int UTF8_NAMES = 0x0800;
  private static final int DEFLATED = 8;

  private final OutputStream out;
  private final int dosTime;
  private final int dosDate;
  private final ByteArrayOutputStream central = new ByteArrayOutputStream(4096);
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final byte[] chunk = new byte[1 << 16];
  private long offset;
  private int count;

  /** Writes to {@code out} (buffered by the caller; never closed here). */
  ZipWriter(OutputStream out, Instant timestamp) {
    this.out = out;
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    if (time.isBefore(DOS_EPOCH)) {
      time = DOS_EPOCH;
    } else if (time.isAfter(DOS_END)) {
      time = DOS_END;
    }
    dosTime = (time.getHour() << 11) | (time.getMinute() << 5) | (time.getSecond() / 2);
    dosDate = ((time.getYear() - 1980) << 9) | (time.getMonthValue() << 5) | time.getDayOfMonth();
  }

  /** Adds an entry whose content is the UTF-8 of {@code text}. */
  void entry(String name, CharSequence text) throws IOException {
    entry(name, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Adds an entry with {@code content}. */
  void entry(String name, byte[] content) throws IOException {
    Part part = part();
    part.write(content, 0, content.length);
    entry(name, part);
  }

  /** Adds an entry written to a {@link Part} (deflated as it was written). */
  void entry(String name, Part part) throws IOException {
    part.finish();
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    long compressed = part.compressed;
    if (part.size > 0xFFFFFFFFL || compressed > 0xFFFFFFFFL || count == 0xFFFF) {
      throw new IOException("workbook part too large for a plain zip: " + name);
    }
    long crc = part.crc.getValue();
    int32(out, 0x04034b50);
    header(out, crc, compressed, part.size, nameBytes);
    out.write(nameBytes);
    part.copyTo(out);
    int32(central, 0x02014b50);
    int16(central, 20);
    header(central, crc, compressed, part.size, nameBytes);
    int16(central, 0); // comment
    int16(central, 0); // disk
    int16(central, 0); // internal attributes
    int32(central, 0); // external attributes
    int32(central, offset);
    central.write(nameBytes);
    offset += 30 + nameBytes.length + compressed;
    count++;
  }

  private void header(OutputStream o, long crc, long compressed, long size, byte[] name) throws IOException {
    int16(o, 20);
    int16(o, UTF8_NAMES);
    int16(o, DEFLATED);
    int16(o, dosTime);
    int16(o, dosDate);
    int32(o, crc);
    int32(o, compressed);
    int32(o, size);
    int16(o, name.length);
    int16(o, 0); // extra
  }

  /** Writes the central directory; the stream stays open. */
  void finish() throws IOException {
    deflater.end();
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

  /**
   * An entry's content: deflated as it is written, with its CRC and size; the deflated bytes are
   * kept in memory, or in a temporary file for a part of any size (a streamed sheet).
   */
  Part part() {
    return new Part(deflater, chunk, false);
  }

  Part part(Path spill) throws IOException {
    return new Part(deflater, chunk, spill);
  }

  /**
   * A part deflated now, before the zip it goes into exists, with a deflater of its own (ended when
   * the part is finished): a sheet sealed as soon as it is laid out. Deflating does not depend on
   * when, so the entry's bytes are those a part of the zip would have.
   */
  static Part standalone() {
    return new Part(new Deflater(Deflater.DEFAULT_COMPRESSION, true), new byte[1 << 16], true);
  }

  static final class Part extends OutputStream {
    private final Deflater deflater;
    private byte @Nullable [] chunk;
    private final boolean ownDeflater;
    private final @Nullable ByteArrayOutputStream memory;
    private final @Nullable Path file;
    private final OutputStream deflated;
    private final CRC32 crc = new CRC32();
    private long size;
    private long compressed;
    private boolean finished;

    /** A part kept in memory. */
    private Part(Deflater deflater, byte[] chunk, boolean ownDeflater) {
      this.deflater = deflater;
      this.chunk = chunk;
      this.ownDeflater = ownDeflater;
      deflater.reset();
      memory = new ByteArrayOutputStream(1 << 12);
      file = null;
      deflated = memory;
    }

    /** A part whose deflated bytes go to {@code spill} (which the caller deletes). */
    private Part(Deflater deflater, byte[] chunk, Path spill) throws IOException {
      this.deflater = deflater;
      this.chunk = chunk;
      this.ownDeflater = false;
      deflater.reset();
      memory = null;
      file = spill;
      deflated = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      size += len;
      deflater.setInput(b, off, len);
      while (!deflater.needsInput()) {
        drain();
      }
    }

    void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      deflater.finish();
      while (!deflater.finished()) {
        drain();
      }
      deflated.close();
      if (ownDeflater) {
        deflater.end();
        chunk = null; // a sealed part keeps only its deflated bytes (8,000 sheets: not 8,000 × 64 KiB)
      }
    }

    private void drain() throws IOException {
      byte[] c = java.util.Objects.requireNonNull(chunk);
      int n = deflater.deflate(c);
      deflated.write(c, 0, n);
      compressed += n;
    }

    private void copyTo(OutputStream out) throws IOException {
      if (memory != null) {
        memory.writeTo(out);
      } else if (file != null) {
        Files.copy(file, out);
      }
    }
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

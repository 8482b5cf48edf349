package io.github.jixiao.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Byte-level mutations shared by the fuzzers: flips, overwrites, inserts, deletions, truncation, duplication. */
final class Mutator {
  private static final byte[][] TOKENS = {
    "{".getBytes(StandardCharsets.US_ASCII), "}".getBytes(StandardCharsets.US_ASCII), "[".getBytes(StandardCharsets.US_ASCII),
    "]".getBytes(StandardCharsets.US_ASCII), "\"".getBytes(StandardCharsets.US_ASCII), ",".getBytes(StandardCharsets.US_ASCII),
    ":".getBytes(StandardCharsets.US_ASCII), "\\".getBytes(StandardCharsets.US_ASCII), "\\u0000".getBytes(StandardCharsets.US_ASCII),
    "\\ud800".getBytes(StandardCharsets.US_ASCII), "null".getBytes(StandardCharsets.US_ASCII), "true".getBytes(StandardCharsets.US_ASCII),
    "-".getBytes(StandardCharsets.US_ASCII), "1e999999999".getBytes(StandardCharsets.US_ASCII), "NaN".getBytes(StandardCharsets.US_ASCII),
    "0x1F".getBytes(StandardCharsets.US_ASCII), "/*".getBytes(StandardCharsets.US_ASCII), "//".getBytes(StandardCharsets.US_ASCII),
    {0}, {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "😀".getBytes(StandardCharsets.UTF_8), "\u202E".getBytes(StandardCharsets.UTF_8),
    "<".getBytes(StandardCharsets.US_ASCII), "&".getBytes(StandardCharsets.US_ASCII),
  };

  private Mutator() {}

  /** One to {@code max} random byte-level mutations of {@code in}. */
  static byte[] bytes(byte[] in, Random r, int max) {
    byte[] b = in;
    int n = 1 + r.nextInt(max);
    for (int i = 0; i < n; i++) {
      b = once(b, r);
    }
    return b;
  }

  static byte[] once(byte[] b, Random r) {
    if (b.length == 0) {
      return TOKENS[r.nextInt(TOKENS.length)].clone();
    }
    int at = r.nextInt(b.length);
    switch (r.nextInt(9)) {
      case 0: { // flip a bit
        byte[] c = b.clone();
        c[at] ^= (byte) (1 << r.nextInt(8));
        return c;
      }
      case 1: { // overwrite a byte
        byte[] c = b.clone();
        c[at] = (byte) r.nextInt(256);
        return c;
      }
      case 2: // truncate
        return Arrays.copyOf(b, at);
      case 3: { // delete a range
        int len = 1 + r.nextInt(Math.min(64, b.length - at));
        return splice(b, at, len, new byte[0]);
      }
      case 4: // insert a token
        return splice(b, at, 0, TOKENS[r.nextInt(TOKENS.length)]);
      case 5: { // duplicate a range
        int len = 1 + r.nextInt(Math.min(r.nextBoolean() ? 16 : 2048, b.length - at));
        return splice(b, at, 0, Arrays.copyOfRange(b, at, at + len));
      }
      case 6: { // copy a range over another place
        int from = r.nextInt(b.length);
        int len = 1 + r.nextInt(Math.min(256, b.length - from));
        return splice(b, at, Math.min(len, b.length - at), Arrays.copyOfRange(b, from, from + len));
      }
      case 7: { // random bytes
        byte[] noise = new byte[1 + r.nextInt(16)];
        r.nextBytes(noise);
        return splice(b, at, r.nextBoolean() ? 0 : Math.min(noise.length, b.length - at), noise);
      }
      default: { // an "interesting" 32-bit value (lengths, offsets, counts)
        byte[] c = b.clone();
        int[] values = {0, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 1};
        int v = values[r.nextInt(values.length)];
        for (int k = 0; k < 4 && at + k < c.length; k++) {
          c[at + k] = (byte) (v >>> (8 * k));
        }
        return c;
      }
    }
  }

  static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
    out.write(b, 0, at);
    out.write(insert, 0, insert.length);
    out.write(b, at + remove, b.length - at - remove);
    return out.toByteArray();
  }
}

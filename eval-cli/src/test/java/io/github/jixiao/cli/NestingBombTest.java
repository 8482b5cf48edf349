package io.github.jixiao.cli;

import static io.github.jixiao.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes, generated on the fly (never committed): a 50 MB nesting bomb and a 70 MB file.
 * They run in this JVM through {@link Main#run} (surefire: -Xmx1g), so running out of memory or
 * stack would fail the build, not just a child process.
 */
class NestingBombTest {
  private static final int HALF_BOMB = 25_000_000;
  private static final Duration QUICKLY = Duration.ofSeconds(30);

  @Test
  void fiftyMegabytesOfNestedArraysAreRefusedAtTheNestingLimit(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bomb), 1 << 20)) {
      repeat(out, '[', HALF_BOMB);
      repeat(out, ']', HALF_BOMB);
    }
    assertThat(Files.size(bomb)).isEqualTo(50_000_000L);

    CliRun run = assertTimeout(QUICKLY, () -> CliRun.run("validate", bomb.toString()));

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains(bomb + ":1:")
        .contains("JSON 超出限制 / the JSON is nested 201 levels deep, more than the 200 the reader takes")
        .contains("1 problem(s)");
    assertNoStackTrace(run);
  }

  @Test
  void aNestingBombOnStandardInputIsRefusedToo() {
    InputStream bomb = new Repeating(new byte[] {'['}, HALF_BOMB, new byte[] {']'}, HALF_BOMB);

    CliRun run = assertTimeout(QUICKLY, () -> CliRun.run(bomb, "validate", "-"));

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:1:").contains("the JSON is nested 201 levels deep");
    assertNoStackTrace(run);
  }

  @Test
  void seventyMegabytesAreRefusedAsTooLarge(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      repeat(out, ' ', 70 * 1024 * 1024);
      out.write(new byte[] {'{', '}'});
    }

    CliRun run = assertTimeout(QUICKLY, () -> CliRun.run("validate", big.toString()));

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("文件过大 / the file is too large").contains("the limit is 67,108,864 bytes");
    assertNoStackTrace(run);
  }

  @Test
  void seventyMegabytesOnStandardInputAreRefusedAsTooLarge() {
    InputStream big = new Repeating(new byte[] {' '}, 70 * 1024 * 1024, new byte[] {'{', '}'}, 1);

    CliRun run = assertTimeout(QUICKLY, () -> CliRun.run(big, "validate", "-", "--format", "json"));

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("\"valid\": false").contains("too large");
    assertNoStackTrace(run);
  }

  private static void repeat(OutputStream out, char c, int times) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) c);
    for (int left = times; left > 0; left -= chunk.length) {
      out.write(chunk, 0, Math.min(left, chunk.length));
    }
  }

  /** A stream of {@code first} repeated {@code n} times, then {@code second} repeated {@code m} times. */
  private static final class Repeating extends InputStream {
    private final byte[] first;
    private final byte[] second;
    private final long firstLength;
    private final long total;
    private long position;

    Repeating(byte[] first, int n, byte[] second, int m) {
      this.first = first;
      this.second = second;
      this.firstLength = (long) first.length * n;
      this.total = firstLength + (long) second.length * m;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      long p = position++;
      return p < firstLength ? first[(int) (p % first.length)] : second[(int) ((p - firstLength) % second.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        long p = position++;
        b[off + i] = p < firstLength ? first[(int) (p % first.length)] : second[(int) ((p - firstLength) % second.length)];
      }
      return n;
    }
  }
}

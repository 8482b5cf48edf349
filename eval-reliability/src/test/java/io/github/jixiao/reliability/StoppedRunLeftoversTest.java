package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, class 4, with real processes: a writer stopped by SIGKILL in the middle of an atomic
 * write leaves its {@code .NAME.…part} file; {@code jixiao render} into that folder later removes
 * it and says so, while the temporary file of a writer still at work is left alone. (KillDuringBatchTest
 * kills whole renders at random moments; here the moment is certain: the writer holds its
 * temporary file open until it is killed.)
 */
class StoppedRunLeftoversTest {
  private static final String HANG = """
      import io.github.jixiao.model.io.AtomicFiles;
      import java.nio.file.Path;
      public class Hang {
        public static void main(String[] args) throws Exception {
          AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[1000]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
              Thread.sleep(120_000);
            } catch (InterruptedException e) {
              throw new java.io.IOException(e);
            }
          });
        }
      }
      """;

  @TempDir Path dir;

  /** A JVM writing {@code target} through AtomicFiles, stopped in the middle: it has said "writing". */
  private Process writer(Path source, Path target) throws Exception {
    Path model = Path.of(AtomicFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        model.toString(), source.toString(), target.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] said = p.getInputStream().readNBytes("writing".length());
    assertThat(new String(said, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("writing");
    return p;
  }

  private static List<Path> parts(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).sorted().toList();
    }
  }

  @Test
  void aRenderRemovesWhatAKilledWriterLeftAndKeepsWhatALiveOneIsWriting() throws Exception {
    Cli.assumeJar();
    Path source = Files.writeString(dir.resolve("Hang.java"), HANG);
    Path out = Files.createDirectories(dir.resolve("out"));
    Process killed = writer(source, out.resolve("miluo-2023.pdf"));
    Process alive = writer(source, out.resolve("other.pdf"));
    try {
      List<Path> both = parts(out);
      assertThat(both).hasSize(2);
      killed.destroyForcibly();
      assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Path left = both.stream().filter(p -> p.getFileName().toString().startsWith(".miluo-2023.pdf.")).findFirst()
          .orElseThrow();
      Path live = both.stream().filter(p -> p.getFileName().toString().startsWith(".other.pdf.")).findFirst().orElseThrow();
      assertThat(left.getFileName().toString()).contains("." + killed.pid() + "-");

      Path seed = Files.copy(Path.of("..", "eval-examples", "src", "main", "resources", "io", "github", "jixiao", "examples")
          .resolve("miluo-2023.json"), dir.resolve("miluo-2023.json"));
      Cli.Result r = Cli.run(dir, List.of(), "render", seed.toString(), "--format", "xlsx", "--out", out.toString());

      assertThat(r.exit()).as(r.stderr()).isZero();
      assertThat(left).doesNotExist();
      assertThat(live).exists();
      assertThat(r.stderr()).contains("jixiao render: removed " + left, "left by an earlier run that was stopped")
          .doesNotContain(live.getFileName().toString());
      assertThat(parts(out)).containsExactly(live);
    } finally {
      killed.destroyForcibly();
      alive.destroyForcibly();
      alive.waitFor(30, TimeUnit.SECONDS);
    }
  }
}

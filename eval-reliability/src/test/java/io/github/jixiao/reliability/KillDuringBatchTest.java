package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.bench.Generator;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, files and processes: {@code jixiao render DIR --format pdf,xlsx} over 20 packages is
 * killed at random moments (fixed seed; every other round at a moment after its first file is
 * complete, so that files are checked however loaded the machine), {@value #ROUNDS} times with SIGTERM
 * ({@link Process#destroy()}) and as often with SIGKILL ({@link Process#destroyForcibly()}) in the
 * default build, {@value #NIGHTLY_ROUNDS} times each at a larger fuzz scale.
 * Every file left under a final name must be complete (byte-identical to the uninterrupted run's
 * file, PDFBox opens each PDF, POI each XLSX);
 * temporary files ({@code .NAME.PID-START-NS-RANDOM.part}) may be left by SIGKILL only, never under a final
 * name, and SIGTERM leaves none; a run into a folder a SIGKILL left them in removes them and says so.
 */
class KillDuringBatchTest {
  static final int ROUNDS = 2;
  static final int NIGHTLY_ROUNDS = 10;
  static final int PACKAGES = 12;

  @TempDir static Path dir;
  static Path in;
  static long fullRunMillis;

  @BeforeAll
  static void packages() throws Exception {
    Cli.assumeJar();
    in = dir.resolve("in");
    Files.createDirectories(in);
    PackageJson json = PackageJson.create();
    Generator generator = new Generator(8L);
    for (int i = 0; i < PACKAGES; i++) {
      EvaluationPackage p = generator.next();
      Files.write(in.resolve(String.format("pkg-%02d.json", i)), json.writeBytes(p));
    }
    long start = System.nanoTime();
    Cli.Result r = Cli.run(dir, List.of(), "render", in.toString(), "--format", "pdf,xlsx", "--out",
        dir.resolve("complete").toString());
    fullRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(finalFiles(dir.resolve("complete"))).hasSize(2 * PACKAGES + 1);
    System.out.printf("KillDuringBatchTest: a full batch of %d packages takes %d ms (JVM start included)%n", PACKAGES,
        fullRunMillis);
  }

  @Test
  void sigtermAtRandomMomentsLeavesOnlyCompleteFilesAndNoTemporaryFiles() throws Exception {
    List<String> report = kill(false, 20_251L);
    System.out.println("KillDuringBatchTest SIGTERM: " + report);
  }

  @Test
  void sigkillAtRandomMomentsLeavesOnlyCompleteFilesUnderFinalNames() throws Exception {
    List<String> report = kill(true, 20_252L);
    System.out.println("KillDuringBatchTest SIGKILL: " + report);
  }

  private List<String> kill(boolean forcibly, long seed) throws Exception {
    Random random = new Random(seed);
    List<String> report = new ArrayList<>();
    int checked = 0;
    int rounds = Fuzz.scale() > 1 ? NIGHTLY_ROUNDS : ROUNDS;
    for (int round = 0; round < rounds; round++) {
      Path out = dir.resolve((forcibly ? "kill-" : "term-") + round);
      long delay = 300 + (long) (random.nextDouble() * Math.max(500, fullRunMillis - 300));
      long started = System.nanoTime();
      Process p = Cli.command(List.of(), "render", in.toString(), "--format", "pdf,xlsx", "--out", out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      boolean finished;
      if (round % 2 == 0) {
        // any moment, from JVM start on: may come before the first file
        finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      } else {
        // a moment after the first file is complete, whatever the machine's load: so that some files
        // are always checked (absolute delays alone killed every run before its first file on a
        // loaded machine)
        finished = waitForFirstFile(p, out);
        if (!finished) {
          delay = (long) (random.nextDouble() * fullRunMillis / 2);
          finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
        }
        delay = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      }
      if (!finished) {
        if (forcibly) {
          p.destroyForcibly();
        } else {
          p.destroy();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ends after the signal").isTrue();
      }
      List<Path> finals = finalFiles(out);
      for (Path f : finals) {
        assertComplete(f);
        checked++;
      }
      List<Path> temps = tempFiles(out);
      report.add(String.format("round %d: killed after %d ms%s, %d complete files, %d temporary files left", round, delay,
          finished ? " (had finished)" : "", finals.size(), temps.size()));
      if (!forcibly) {
        assertThat(temps).as("SIGTERM: temporary files are removed by the shutdown hook").isEmpty();
      }
    }
    assertThat(checked).as("some files were written before the kills").isPositive();
    if (forcibly) {
      report.add(runAgainAfterSigkill(rounds));
    }
    return report;
  }

  /**
   * Issue 20, class 4: a run into a folder a SIGKILL left temporary files in removes them (their
   * process is gone), says so, and completes every file. The round with the most leftovers is
   * rendered again.
   */
  private static String runAgainAfterSigkill(int rounds) throws Exception {
    Path out = dir.resolve("kill-0");
    for (int round = 1; round < rounds; round++) {
      Path o = dir.resolve("kill-" + round);
      if (tempFiles(o).size() > tempFiles(out).size()) {
        out = o;
      }
    }
    List<Path> left = tempFiles(out);
    Cli.Result again = Cli.run(dir, List.of(), "render", in.toString(), "--format", "pdf,xlsx", "--out", out.toString());
    assertThat(again.exit()).as(again.stderr()).isZero();
    assertThat(tempFiles(out)).as("the leftovers of the killed run are gone").isEmpty();
    for (Path t : left) {
      assertThat(again.stderr()).contains("removed " + t);
    }
    List<Path> finals = finalFiles(out);
    assertThat(finals).hasSize(2 * PACKAGES + 1);
    for (Path f : finals) {
      assertComplete(f);
    }
    return "run again into " + out.getFileName() + ": " + left.size() + " leftover(s) removed, " + finals.size()
        + " complete files";
  }

  /** Waits until {@code out} holds a complete file or the process ends; whether it ended. */
  private static boolean waitForFirstFile(Process p, Path out) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!finalFiles(out).isEmpty()) {
        return false;
      }
      if (p.waitFor(10, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    throw new AssertionError("no file after 120 s");
  }

  static List<Path> finalFiles(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  static List<Path> tempFiles(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  static void assertComplete(Path f) throws IOException {
    String name = f.getFileName().toString();
    // rendering is deterministic: a complete file is the one the uninterrupted run wrote, byte for byte
    assertThat(Files.readAllBytes(f)).as(name + " equals the uninterrupted run's file").isEqualTo(
        Files.readAllBytes(dir.resolve("complete").resolve(name)));
    assertCompleteFile(f);
  }

  /** PDFBox opens a PDF, POI a workbook; nothing else is expected under a final name. */
  static void assertCompleteFile(Path f) throws IOException {
    String name = f.getFileName().toString();
    byte[] bytes = Files.readAllBytes(f);
    if (name.endsWith(".pdf")) {
      String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length),
          java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(tail).as(name + " ends with %%EOF").contains("%%EOF");
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        assertThat(doc.getNumberOfPages()).as(name).isPositive();
      }
    } else if (name.endsWith(".xlsx")) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        assertThat(wb.getNumberOfSheets()).as(name).isPositive();
      }
    } else {
      throw new AssertionError("an unexpected file under a final name: " + name);
    }
  }
}

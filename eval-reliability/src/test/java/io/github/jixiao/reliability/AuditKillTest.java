package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.bench.Generator;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: {@code jixiao audit} stopped as Ctrl-C stops it (SIGINT runs the same shutdown hook as
 * SIGTERM; {@link Process#destroy()} sends SIGTERM) leaves no partial letter, and a re-run
 * continues from the packages already audited instead of starting over.
 */
class AuditKillTest {
  static final int PACKAGES = 16;

  @TempDir Path dir;

  @Test
  void stoppedAuditLeavesNoPartialLetterAndARerunContinues() throws Exception {
    Cli.assumeJar();
    Path in = Files.createDirectories(dir.resolve("season"));
    PackageJson json = PackageJson.create();
    Generator generator = new Generator(18L);
    for (int i = 0; i < PACKAGES; i++) {
      Files.write(in.resolve(String.format("pkg-%02d.json", i)), json.writeBytes(generator.next()));
    }
    Path out = dir.resolve("review");
    String[] args = {"audit", in.toString(), "--out", out.toString(), "--date", "2024-04-15", "--format", "json"};
    Process p = Cli.command(List.of(), args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    // stopped once some packages are audited and kept, whatever the machine's load
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean finished = false;
    while (kept(out) < 3 && !(finished = p.waitFor(10, TimeUnit.MILLISECONDS))) {
      assertThat(System.nanoTime()).as("3 packages kept within 120 s").isLessThan(deadline);
    }
    if (!finished) {
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(partFiles(out)).as("no temporary file is left").isEmpty();
    for (Path letter : letters(out)) {
      complete(letter);
    }
    int keptBefore = kept(out);

    Cli.Result again = Cli.run(dir, List.of(), args);

    assertThat(again.exit()).as(again.stderr()).isIn(0, 1);
    String summary = new String(again.stdout(), StandardCharsets.UTF_8);
    int redone = Integer.parseInt(summary.replaceAll("(?s).*\"auditedAgain\": (\\d+).*", "$1"));
    assertThat(redone).as(summary).isEqualTo(PACKAGES - keptBefore).isLessThan(PACKAGES);
    assertThat(letters(out)).hasSize(2 * PACKAGES); // one department each: a .docx and a .pdf
    for (Path letter : letters(out)) {
      complete(letter);
    }
    assertThat(out.resolve("县级汇总.xlsx")).isRegularFile();
    assertThat(out.resolve("audit.json")).isRegularFile();
  }

  private static int kept(Path out) throws IOException {
    Path cache = out.resolve(".audit-cache");
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(cache)) {
      return (int) s.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    }
  }

  private static List<Path> partFiles(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }

  private static List<Path> letters(Path out) throws IOException {
    Path dir = out.resolve("审核意见书");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static void complete(Path letter) throws IOException {
    if (letter.toString().endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(letter.toFile())) {
        assertThat(d.getNumberOfPages()).as(letter.toString()).isPositive();
      }
    } else {
      try (ZipFile z = new ZipFile(letter.toFile())) {
        assertThat(z.getEntry("word/document.xml")).as(letter.toString()).isNotNull();
      }
    }
  }
}

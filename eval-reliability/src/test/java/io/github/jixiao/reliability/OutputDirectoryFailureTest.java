package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, files and processes: an output directory that is full or cannot be written gives one
 * clean line on stderr (no stack trace) and exit code 2, and leaves no partial file under a
 * final name and no temporary file. A full disk is a small tmpfs (needs root and mount, as on
 * CI; skipped with a message otherwise); an unwritable one is a read-only tmpfs as root (root
 * ignores file permissions), else a directory without write permission.
 */
class OutputDirectoryFailureTest {
  @TempDir Path dir;
  private Path mounted;
  private Path seed;

  @BeforeEach
  void seed() throws IOException {
    Cli.assumeJar();
    seed = dir.resolve("in").resolve("seed.json");
    Files.createDirectories(seed.getParent());
    Files.write(seed, PackageJson.create().writeBytes(Examples.miluo2023()));
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Mounts a tmpfs at {@code at} with {@code options}, or skips the test saying why it cannot. */
  private void mount(Path at, String options) throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "not root: a full or read-only file system cannot be simulated here (CI runs as root)");
    Files.createDirectories(at);
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    Assumptions.assumeTrue(ok, "cannot mount a tmpfs (" + output.strip() + "): skipped");
    mounted = at;
  }

  @Test
  void aFullDiskGivesACleanErrorExitCode2AndNoPartialFile() throws Exception {
    Path out = dir.resolve("full");
    mount(out, "size=64k"); // the seed's PDF is 166 KB
    Cli.Result r = Cli.run(dir, List.of(), "render", seed.toString(), "--format", "pdf,xlsx", "--out", out.toString());
    System.out.println("OutputDirectoryFailureTest full disk (file): exit " + r.exit() + ", " + r.stderr().strip());
    assertClean(r, out);
  }

  @Test
  void aFullDiskInABatchGivesACleanErrorExitCode2AndNoPartialFile() throws Exception {
    Path out = dir.resolve("full-batch");
    mount(out, "size=64k");
    Cli.Result r = Cli.run(dir, List.of(), "render", seed.getParent().toString(), "--format", "pdf,xlsx", "--out",
        out.toString());
    System.out.println("OutputDirectoryFailureTest full disk (batch): exit " + r.exit() + ", " + r.out().strip());
    assertClean(r, out);
  }

  @Test
  void aReadOnlyOutputDirectoryGivesACleanErrorAndExitCode2() throws Exception {
    Path out = dir.resolve("read-only");
    if ("root".equals(System.getProperty("user.name"))) {
      mount(out, "ro,size=1m");
    } else {
      Files.createDirectories(out);
      Assumptions.assumeTrue(out.toFile().setWritable(false, false), "cannot make a directory read-only");
    }
    for (String input : new String[] {seed.toString(), seed.getParent().toString()}) {
      Cli.Result r = Cli.run(dir, List.of(), "render", input, "--format", "pdf,xlsx", "--out", out.toString());
      System.out.println("OutputDirectoryFailureTest read-only: exit " + r.exit() + ", " + r.stderr().strip());
      assertClean(r, out);
    }
    Cli.Result r = Cli.run(dir, List.of(), "example", "miluo-2023", "--out", out.resolve("x.json").toString());
    assertClean(r, out);
  }

  private static void assertClean(Cli.Result r, Path out) throws IOException {
    assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
    String said = r.stderr() + r.out(); // a batch lists each package's failure on stdout
    assertThat(said).contains("cannot write").doesNotContain("\tat ").doesNotContain("Exception in thread")
        .doesNotContain("internal error");
    for (Path f : KillDuringBatchTest.finalFiles(out)) {
      KillDuringBatchTest.assertCompleteFile(f);
    }
    assertThat(KillDuringBatchTest.tempFiles(out)).as("temporary files").isEmpty();
  }
}

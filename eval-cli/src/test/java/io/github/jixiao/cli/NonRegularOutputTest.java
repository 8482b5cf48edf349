package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, class 1: an output path that exists and is not a regular file — a FIFO, a device, a
 * directory — is refused by name (exit 2) by example, import, template and render, and left as it
 * was; the atomic rename used to swap it for a regular file (as root, /dev/null itself). To write
 * into a pipe or a device, or to discard the output, a command that writes one file takes
 * {@code --out -} and the shell's redirection: {@code --out /dev/null} is refused, not taken to
 * mean "discard", so that no command ever replaces or writes a device node by name.
 */
class NonRegularOutputTest {
  @TempDir static Path shared;
  private static Path seed;

  @TempDir Path dir;

  @BeforeAll
  static void writeSeed() throws IOException {
    seed = Files.write(shared.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  private static boolean make(String... command) throws Exception {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isFifo(Path p) throws IOException {
    return ((Integer) Files.getAttribute(p, "unix:mode") & 0170000) == 0010000;
  }

  private static void refused(CliRun run, Path what, String kind) {
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains(what.toString(), kind, "not a regular file").doesNotContain("internal error")
        .doesNotContain("\tat ");
  }

  @Test
  void aFifoAsTheOutputOfEveryCommandWritingOneFileIsRefusedAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("out.fifo");
    assumeTrue(make("mkfifo", fifo.toString()), "mkfifo is not available");
    List<String[]> commands = List.of(
        new String[] {"example", "miluo-2023", "--out", fifo.toString()},
        new String[] {"template", "--out", fifo.toString()},
        new String[] {"import", seed.toString(), "--out", fifo.toString()},
        new String[] {"import", seed.toString(), "--out", dir.resolve("x.json").toString(), "--report", fifo.toString()});
    for (String[] args : commands) {
      CliRun run = CliRun.run(args);
      refused(run, fifo, "a FIFO (named pipe)");
      assertThat(run.err()).as(args[0]).contains("give - (standard output) and redirect it");
      assertThat(isFifo(fifo)).as(String.join(" ", args)).isTrue();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("nothing written beside it (the report comes first)").containsExactly("out.fifo");
    }
  }

  @Test
  void aDeviceNodeIsRefusedWithTheWayToDiscardOutput() throws Exception {
    // a device of its own (root only): never the machine's /dev/null
    Path device = dir.resolve("null");
    assumeTrue(make("mknod", "-m", "666", device.toString(), "c", "1", "3"), "mknod needs root");
    CliRun run = CliRun.run("example", "miluo-2023", "--out", device.toString());
    refused(run, device, "a character device");
    assertThat(run.err()).contains("to discard the output", "> " + device);
    assertThat(Files.isRegularFile(device)).isFalse();
    assertThat(Files.exists(device)).isTrue();
  }

  @Test
  void aDirectoryAsTheOutputFileIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("out.json"));
    CliRun run = CliRun.run("example", "miluo-2023", "--out", folder.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(folder.toString(), "directory");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void renderRefusesAFifoInItsOutputFolderAndAFifoAsTheFolder() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path fifo = out.resolve("miluo-2023.xlsx");
    assumeTrue(make("mkfifo", fifo.toString()), "mkfifo is not available");
    CliRun run = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", out.toString());
    refused(run, fifo, "a FIFO (named pipe)");
    assertThat(isFifo(fifo)).isTrue();

    Path fifoFolder = dir.resolve("folder.fifo");
    assumeTrue(make("mkfifo", fifoFolder.toString()));
    CliRun asFolder = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", fifoFolder.toString());
    assertThat(asFolder.exit()).as(asFolder.all()).isEqualTo(2);
    assertThat(asFolder.err()).contains(fifoFolder.toString(), "as the output directory", "FIFO");
    assertThat(isFifo(fifoFolder)).isTrue();
  }

  @Test
  void aBatchWhoseSummaryNameIsAFifoRendersThePackagesAndRefusesTheSummary() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(seed, in.resolve("a.json"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path fifo = out.resolve("汇总.xlsx");
    assumeTrue(make("mkfifo", fifo.toString()), "mkfifo is not available");
    CliRun run = CliRun.run("render", in.toString(), "--format", "xlsx", "--out", out.toString());
    refused(run, fifo, "a FIFO (named pipe)");
    assertThat(out.resolve("a.xlsx")).isRegularFile();
    assertThat(isFifo(fifo)).isTrue();
  }

  @Test
  void outDashStillWritesTheOneFileToStandardOutput() {
    CliRun run = CliRun.run("example", "miluo-2023", "--out", "-");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{").contains("汨罗市住房和城乡建设局");
  }

  // ---- issue 19 class 2: every output path stays inside --out ----

  @Test
  void aSymbolicLinkInTheOutputFolderIsReplacedByTheFileNeverWrittenThrough() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.xlsx"), "not jixiao's");
    Path out = Files.createDirectories(dir.resolve("out"));
    Path link = Files.createSymbolicLink(out.resolve("miluo-2023.xlsx"), outside);
    CliRun run = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", out.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(outside).hasContent("not jixiao's");
    assertThat(link).isRegularFile().isNotEqualTo(outside);
    assertThat(Files.isSymbolicLink(link)).isFalse();
  }

  @Test
  void aNameThatWouldLeaveTheOutputFolderIsRefused() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String name : List.of("../x.pdf", "a/b.pdf", "..", ".", "", "x/../../y.pdf")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderCommand.inside(out, name)).as(name)
          .isInstanceOf(IOException.class).hasMessageContaining("would leave the output directory");
    }
    assertThat(RenderCommand.inside(out, "..pdf")).isEqualTo(out.resolve("..pdf"));
    Path linked = Files.createSymbolicLink(dir.resolve("linked"), out);
    assertThat(RenderCommand.inside(linked, "a.pdf")).as("--out itself may be a link: the user chose it")
        .isEqualTo(linked.resolve("a.pdf"));
  }
}

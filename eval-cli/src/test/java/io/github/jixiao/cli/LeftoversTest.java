package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, class 4: a run stopped with SIGKILL leaves {@code .NAME.PID-START-NS-RANDOM.part}
 * files; a later run into the same folder removes those whose process is gone and says so on
 * standard error, and leaves those of a process still running (it may be writing them now).
 * eval-reliability's KillDuringBatchTest does it with real kills; here the leftovers are made
 * with the pids of a process that has ended and of one still running.
 */
class LeftoversTest {
  @TempDir static Path shared;
  private static Path seed;

  @TempDir Path dir;
  private Process running;
  private long deadPid;
  private long deadStart;

  @BeforeAll
  static void writeSeed() throws IOException {
    seed = Files.write(shared.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
  }

  @BeforeEach
  void processes() throws Exception {
    deadStart = java.time.Instant.now().getEpochSecond();
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    deadPid = ended.pid();
    running = new ProcessBuilder("sleep", "60").start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    running.destroy();
    running.waitFor();
  }

  private static long namespace() {
    try {
      return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString().replaceAll("\\D", ""));
    } catch (Exception e) {
      return 0;
    }
  }

  private static Path leftover(Path folder, String name, long pid, long start) throws IOException {
    return Files.write(folder.resolve("." + name + "." + pid + "-" + Long.toHexString(start) + "-"
        + Long.toHexString(namespace()) + "-5eed.part"), new byte[100]);
  }

  private Path ofTheDead(Path folder, String name) throws IOException {
    return leftover(folder, name, deadPid, deadStart);
  }

  private Path ofTheLiving(Path folder, String name) throws IOException {
    return leftover(folder, name, running.pid(), running.toHandle().info().startInstant().orElseThrow().getEpochSecond());
  }

  @Test
  void renderRemovesTheLeftoversOfAStoppedRunAndKeepsThoseOfARunningOne() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path dead = ofTheDead(out, "miluo-2023.pdf");
    Path deadSummary = ofTheDead(out, "汇总.xlsx");
    Path live = ofTheLiving(out, "other.pdf");
    Path mine = Files.writeString(out.resolve("notes.part"), "a file of the user's");

    CliRun run = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", out.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(dead).doesNotExist();
    assertThat(deadSummary).doesNotExist();
    assertThat(live).exists();
    assertThat(mine).hasContent("a file of the user's");
    assertThat(run.err()).contains("jixiao render: removed " + dead, "jixiao render: removed " + deadSummary,
        "left by an earlier run that was stopped").doesNotContain(live.toString());
    assertThat(out.resolve("miluo-2023.xlsx")).isRegularFile();
  }

  @Test
  void aCommandWritingOneFileRemovesTheLeftoversOfThatFileOnly() throws Exception {
    Path dead = ofTheDead(dir, "模板.xlsx");
    Path other = ofTheDead(dir, "other.xlsx");
    CliRun run = CliRun.run("template", "--out", dir.resolve("模板.xlsx").toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(dead).doesNotExist();
    assertThat(other).as("not this command's file: left for whoever writes it").exists();
    assertThat(run.err()).contains("removed " + dead);
  }

  @Test
  void auditRemovesLeftoversInItsLettersFolderToo() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(seed, in.resolve("a.json"));
    Path out = Files.createDirectories(dir.resolve("audit"));
    Path letters = Files.createDirectories(out.resolve(AuditCommand.LETTERS));
    Path dead = ofTheDead(letters, "汨罗市住房和城乡建设局.pdf");
    CliRun run = CliRun.run("audit", in.toString(), "--out", out.toString(), "--date", "2024-04-15");
    assertThat(run.exit()).as(run.all()).isIn(0, 1);
    assertThat(dead).doesNotExist();
    assertThat(run.err()).contains("jixiao audit: removed " + dead);
  }
}

package io.github.jixiao.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writesTheContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.json");
    AtomicFiles.write(target, "{}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(target).hasContent("{}");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailingWriterLeavesTheOldFileUntouchedAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aNewFileIsNotOwnerOnlyAndAReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("fresh.txt");
    AtomicFiles.write(fresh, new byte[] {1});
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(fresh);
    assertThat(permissions).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    assertThat(permissions).isEqualTo(Files.getPosixFilePermissions(plain));

    Path shared = dir.resolve("shared.txt");
    Files.createFile(shared);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.write(shared, new byte[] {2});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
  }

  @Test
  void theExitCleanUpRemovesTheTemporaryFileOfAWriteInProgress(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.pdf");
    java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch cleaned = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Void> write = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        AtomicFiles.write(target, out -> {
          out.write("half".getBytes(StandardCharsets.UTF_8));
          writing.countDown();
          try {
            cleaned.await();
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
          out.write(" and the rest".getBytes(StandardCharsets.UTF_8));
        });
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try {
      assertThat(writing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      try (var files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().startsWith(".out.pdf.")
            .endsWith(".part");
      }
      AtomicFiles.cleanUp();
      try (var files = Files.list(dir)) {
        assertThat(files).as("the temporary file is gone at once").isEmpty();
      }
      cleaned.countDown();
      assertThatThrownBy(write::join).hasRootCauseInstanceOf(java.nio.file.NoSuchFileException.class);
      try (var files = Files.list(dir)) {
        assertThat(files).as("nothing under the target's name, nothing left").isEmpty();
      }
    } finally {
      cleaned.countDown();
      AtomicFiles.resumeAfterCleanUp();
    }
  }

  @Test
  void aWriteStartedAfterTheExitCleanUpIsRefusedAndCreatesNothing(@TempDir Path dir) throws IOException {
    AtomicFiles.cleanUp();
    try {
      assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("late.xlsx"), new byte[] {1}))
          .isInstanceOf(IOException.class).hasMessageContaining("stopping").hasMessageContaining("late.xlsx");
      try (var files = Files.list(dir)) {
        assertThat(files).isEmpty();
      }
    } finally {
      AtomicFiles.resumeAfterCleanUp();
    }
    AtomicFiles.write(dir.resolve("after.xlsx"), new byte[] {2});
    assertThat(dir.resolve("after.xlsx")).hasBinaryContent(new byte[] {2});
  }

  // ---- issue 19 class 1: only regular files are replaced ----

  private static boolean mkfifo(Path p) throws Exception {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      return mk.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aFifoIsRefusedNamedAndLeftAFifo(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("out.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available");
    assertThatThrownBy(() -> AtomicFiles.write(fifo, new byte[] {1}))
        .isInstanceOf(AtomicFiles.NotARegularFileException.class)
        .hasMessageContaining("out.json").hasMessageContaining("a FIFO (named pipe)").hasMessageContaining("not a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.getAttribute(fifo, "unix:mode")).matches(m -> ((Integer) m & 0170000) == 0010000, "still a FIFO");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(fifo);
    }
  }

  @Test
  void aDirectoryAndALinkToOneAreRefused(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.pdf"));
    assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[] {1}))
        .isInstanceOf(AtomicFiles.NotARegularFileException.class).hasMessageContaining("a directory");
    Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), folder);
    assertThatThrownBy(() -> AtomicFiles.write(link, new byte[] {1})).hasMessageContaining("a directory");
    assertThat(link).isSymbolicLink();
  }

  @Test
  void aCharacterDeviceIsRefusedNotSwappedForAFile(@TempDir Path dir) throws Exception {
    // a device node of its own (root only; never the real /dev/null: were the check wrong, the
    // test would replace it for the whole machine)
    Path device = dir.resolve("null");
    Process mknod = new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mknod.waitFor() == 0, "mknod needs root");
    assertThatThrownBy(() -> AtomicFiles.write(device, new byte[] {1}))
        .isInstanceOf(AtomicFiles.NotARegularFileException.class).hasMessageContaining("a character device");
    assertThat(Files.isRegularFile(device)).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(device);
    }
  }

  // ---- issue 20 class 4: leftovers of writers that are gone ----

  /** This process's pid namespace as AtomicFiles names it (0 where there is none). */
  private static long namespace() {
    try {
      String link = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
      return Long.parseLong(link.replaceAll("\\D", ""));
    } catch (Exception e) {
      return 0;
    }
  }

  private static long start(ProcessHandle p) {
    return p.info().startInstant().orElseThrow().getEpochSecond();
  }

  private static Path temp(Path dir, String name, long pid, long start, long namespace) throws IOException {
    return Files.write(dir.resolve("." + name + "." + pid + "-" + Long.toHexString(start) + "-" + Long.toHexString(namespace)
        + "-1a2b3c4d.part"), new byte[] {1});
  }

  private static void age(Path p, int minutes) throws IOException {
    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - minutes * 60_000L));
  }

  @Test
  void theTemporaryFileIsNamedAfterThisProcess(@TempDir Path dir) throws IOException {
    java.util.List<String> seen = new java.util.ArrayList<>();
    AtomicFiles.write(dir.resolve("汇总.xlsx"), out -> {
      try (var files = Files.list(dir)) {
        files.forEach(f -> seen.add(f.getFileName().toString()));
      }
    });
    assertThat(seen).singleElement().asString()
        .startsWith(".汇总.xlsx." + ProcessHandle.current().pid() + "-" + Long.toHexString(start(ProcessHandle.current())) + "-")
        .endsWith(".part");
  }

  @Test
  void leftoversOfDeadProcessesAreRemovedThoseOfLiveOnesKept(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(ProcessHandle.current().info().startInstant().isPresent());
    long ns = namespace();
    long before = java.time.Instant.now().getEpochSecond();
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    Path dead = temp(dir, "a.pdf", done.pid(), before, ns);
    // a pid in use again by a process started later: not the writer
    Path reused = temp(dir, "b.pdf", ProcessHandle.current().pid(), start(ProcessHandle.current()) - 3600, ns);
    Process sleeping = new ProcessBuilder("sleep", "60").start();
    try {
      Path live = temp(dir, "c.pdf", sleeping.pid(), start(sleeping.toHandle()), ns);
      Path notOurs = Files.write(dir.resolve("notes.part"), new byte[] {1});
      Path userFile = Files.write(dir.resolve(".plan.x.part"), new byte[] {1});
      age(notOurs, 600);
      age(userFile, 600);
      Path target = dir.resolve("a.pdf");
      Files.write(target, new byte[] {7});

      assertThat(AtomicFiles.removeLeftovers(dir)).containsExactlyInAnyOrder(dead, reused);
      assertThat(dir.resolve("a.pdf")).hasBinaryContent(new byte[] {7});
      try (var files = Files.list(dir)) {
        assertThat(files).containsExactlyInAnyOrder(live, notOurs, userFile, target);
      }
    } finally {
      sleeping.destroy();
      sleeping.waitFor();
    }
  }

  @Test
  void aFileThisProcessIsWritingIsNotALeftover(@TempDir Path dir) throws Exception {
    java.util.List<java.util.List<Path>> removed = new java.util.ArrayList<>();
    AtomicFiles.write(dir.resolve("out.xlsx"), out -> {
      out.write(1);
      removed.add(AtomicFiles.removeLeftovers(dir));
    });
    assertThat(removed).containsExactly(java.util.List.of());
    assertThat(dir.resolve("out.xlsx")).hasBinaryContent(new byte[] {1});
  }

  @Test
  void leftoversOfWritersThisProcessCannotSeeGoOnlyWhenIdle(@TempDir Path dir) throws IOException {
    long otherNamespace = namespace() + 1;
    Path foreignFresh = temp(dir, "a.pdf", 1, 1_700_000_000L, otherNamespace);
    Path foreignIdle = temp(dir, "b.pdf", 1, 1_700_000_000L, otherNamespace);
    age(foreignIdle, AtomicFiles.FOREIGN_LEFTOVER_MINUTES + 1);
    Path oldStyleFresh = Files.write(dir.resolve(".c.pdf.7f3a9c0d12e4b5a6.part"), new byte[] {1});
    Path oldStyleIdle = Files.write(dir.resolve(".d.pdf.7f3a9c0d12e4b5a7.part"), new byte[] {1});
    age(oldStyleIdle, AtomicFiles.FOREIGN_LEFTOVER_MINUTES + 1);

    assertThat(AtomicFiles.removeLeftovers(dir)).containsExactlyInAnyOrder(foreignIdle, oldStyleIdle);
    assertThat(foreignFresh).exists();
    assertThat(oldStyleFresh).exists();
  }

  @Test
  void leftoversOfOneTargetLeaveTheOtherFilesOfItsFolderAlone(@TempDir Path dir) throws Exception {
    long before = java.time.Instant.now().getEpochSecond();
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    Path mine = temp(dir, "示例.json", done.pid(), before, namespace());
    Path other = temp(dir, "other.json", done.pid(), before, namespace());
    assertThat(AtomicFiles.removeLeftoversOf(dir.resolve("示例.json"))).containsExactly(mine);
    assertThat(other).exists();
  }

  @Test
  void aLongNameIsCutInItsTemporaryFileSoTheWriteDoesNotFailOnTheNameLength(@TempDir Path dir) throws IOException {
    String name = "部".repeat(80) + ".docx"; // 245 bytes: the temporary name with the whole of it would pass 255
    AtomicFiles.write(dir.resolve(name), new byte[] {3});
    assertThat(dir.resolve(name)).hasBinaryContent(new byte[] {3});
  }
}

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
}

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
}

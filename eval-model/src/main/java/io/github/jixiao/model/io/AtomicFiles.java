package io.github.jixiao.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary
 * file in the same directory, is flushed to disk, and is then moved over the target in one step.
 * If anything fails, the temporary file is removed and the target is left as it was. The new
 * file gets the permissions a plainly created file would get (or those of the file it replaces),
 * not the owner-only permissions of a temporary file.
 *
 * <p>A process stopped while writing (SIGTERM, Ctrl-C) removes its temporary files on the way
 * out (one shutdown hook, registered with the first write); after SIGKILL a temporary file may
 * remain, but never under the target's name.
 */
public final class AtomicFiles {
  /** Temporary files being written now, removed by the shutdown hook if the JVM exits first. */
  private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final java.util.concurrent.atomic.AtomicBoolean HOOK = new java.util.concurrent.atomic.AtomicBoolean();

  private AtomicFiles() {}

  private static void track(Path temp) {
    if (HOOK.compareAndSet(false, true)) {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          for (Path p : IN_FLIGHT) {
            try {
              Files.deleteIfExists(p);
            } catch (IOException e) {
              // exiting: nothing else to do
            }
          }
        }, "jixiao-atomic-files-cleanup"));
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
    IN_FLIGHT.add(temp);
  }

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Replaces {@code target} with {@code bytes}, atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Replaces {@code target} with what {@code content} writes, atomically. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = createTemp(dir, absolute.getFileName().toString());
    track(temp);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try {
        Files.deleteIfExists(temp);
      } finally {
        IN_FLIGHT.remove(temp);
      }
    }
  }

  /** A new empty file next to the target, created with the default (umask) permissions. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }
}

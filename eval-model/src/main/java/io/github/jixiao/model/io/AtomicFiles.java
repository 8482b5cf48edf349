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
 * <p>The temporary files being written are known (a set of paths, empty when nothing is being
 * written), so that a program that is being stopped (SIGTERM, Ctrl-C) can remove them: its
 * shutdown hook calls {@link #stopAndRemoveTemporaryFiles()}. This class registers no hook
 * itself — the jixiao command line installs one; an application embedding jixiao decides for
 * itself. After SIGKILL a temporary file may remain, but never under the target's name.
 */
public final class AtomicFiles {
  /** Temporary files being written now, removed by the shutdown hook if the JVM exits first. */
  private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /**
   * Creating a temporary file (and registering it) holds the read lock; the shutdown hook takes
   * the write lock to mark the exit. So a temporary file is either created and registered before
   * the hook looks (and the hook removes it), or not created at all. Before, a stop signal arriving
   * between creating a temporary file and registering it left the file behind;
   * eval-reliability's KillDuringBatchTest caught it once on a loaded machine.
   */
  private static final java.util.concurrent.locks.ReadWriteLock EXIT = new java.util.concurrent.locks.ReentrantReadWriteLock();
  private static boolean exiting;

  private AtomicFiles() {}

  /**
   * For a program's shutdown hook: from now on no temporary file is created (a write fails with
   * "the program is stopping"), and the temporary files being written now are removed, so that a
   * stopped program leaves nothing half-written behind. The jixiao command line's hook calls
   * this; library code never does.
   */
  public static void stopAndRemoveTemporaryFiles() {
    cleanUp();
  }

  /** What the shutdown hook does: no temporary file is created from now on; those in flight are removed. */
  static void cleanUp() {
    markExiting(true);
    for (Path p : IN_FLIGHT) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // exiting: nothing else to do
      }
    }
  }

  /** Undoes {@link #cleanUp}'s mark, for tests that call it. */
  static void resumeAfterCleanUp() {
    markExiting(false);
  }

  /** Sets the exit mark while no temporary file is being created. */
  private static void markExiting(boolean value) {
    EXIT.writeLock().lock();
    try {
      exiting = value;
    } finally {
      EXIT.writeLock().unlock();
    }
  }

  /** What writes the content: a lambda that writes to the stream it is given. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content to {@code out}.
     *
     * @param out the temporary file's stream; flushed, synced and closed by {@link AtomicFiles}, not here
     * @throws IOException when writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with {@code bytes}, atomically.
   *
   * @param target the file to create or replace; its directory must exist
   * @param bytes the whole new content
   * @throws IOException when the file cannot be written or moved into place, or the program is
   *     stopping ({@link #stopAndRemoveTemporaryFiles()}); the target is then left as it was
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Replaces {@code target} with what {@code content} writes, atomically.
   *
   * @param target the file to create or replace; its directory must exist
   * @param content writes the whole new content to the temporary file
   * @throws IOException when {@code content} fails, the file cannot be written or moved into place,
   *     or the program is stopping ({@link #stopAndRemoveTemporaryFiles()}); the target is then left
   *     as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = createTemp(dir, absolute.getFileName().toString());
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

  /**
   * A new empty file next to the target, created with the default (umask) permissions and
   * registered for removal at exit; refused once the JVM is exiting.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    EXIT.readLock().lock();
    try {
      if (exiting) {
        throw new IOException("cannot write " + dir.resolve(name) + ": the program is stopping (程序正在退出)");
      }
      for (int attempt = 0; ; attempt++) {
        Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
          Files.createFile(temp);
          IN_FLIGHT.add(temp);
          return temp;
        } catch (FileAlreadyExistsException e) {
          if (attempt > 100) {
            throw e;
          }
        }
      }
    } finally {
      EXIT.readLock().unlock();
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

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
 *
 * <p>Such leftovers are recognised and removed by a later writer ({@link #removeLeftovers}): a
 * temporary file is named {@code .NAME.PID-START-NS-RANDOM.part}, after the process writing it
 * (its pid, its start in seconds since 1970 and its Linux pid namespace, all hexadecimal but the
 * pid). A leftover is a temporary file whose process is gone: no live process has its pid and
 * start (a reused pid has another start); one of this process that is not being written; or,
 * when the process is one this one cannot see (another pid namespace: another container sharing
 * the folder) or the name has no pid (written by an earlier jixiao), one nobody has written to
 * for {@value #FOREIGN_LEFTOVER_MINUTES} minutes.
 *
 * <p>Only regular files are replaced: a target that exists and is a directory, a FIFO, a device
 * or a socket is refused (the rename would swap the node away, e.g. {@code /dev/null} for a
 * file, as root).
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
  /**
   * A temporary file whose writer this process cannot see (another pid namespace, or no pid in its
   * name) is a leftover once nobody has written to it for this many minutes.
   */
  public static final int FOREIGN_LEFTOVER_MINUTES = 10;
  /** A target's name is cut to this many UTF-8 bytes in its temporary file's name (file names end at 255 bytes). */
  private static final int NAME_BYTES_IN_TEMP = 120;
  /** {@code .NAME.PID-START-NS-RANDOM.part}: the temporary files of this version. */
  private static final java.util.regex.Pattern TEMP =
      java.util.regex.Pattern.compile("\\.(.+)\\.([0-9]{1,19})-([0-9a-f]{1,16})-([0-9a-f]{1,16})-([0-9a-f]{1,16})\\.part");
  /** {@code .NAME.RANDOM.part}: the temporary files of earlier versions, with no writer in their name. */
  private static final java.util.regex.Pattern OLD_TEMP = java.util.regex.Pattern.compile("\\.(.+)\\.([0-9a-f]{9,16})\\.part");

  private AtomicFiles() {}

  /** This process, as named in its temporary files: pid, start (epoch seconds, 0 if unknown), pid namespace (0 if unknown). */
  private static final class Self {
    static final long PID = ProcessHandle.current().pid();
    static final long START = start(ProcessHandle.current());
    static final long NAMESPACE = namespace();

    private Self() {}

    /** The pid namespace's inode on Linux (/proc/self/ns/pid links to "pid:[4026531836]"), else 0. */
    private static long namespace() {
      try {
        String link = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pid:\\[(\\d{1,19})]").matcher(link);
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
      } catch (IOException | UnsupportedOperationException | SecurityException | NumberFormatException e) {
        return 0;
      }
    }
  }

  /** When a process started, in seconds since 1970; 0 if the platform does not say. */
  private static long start(ProcessHandle p) {
    return p.info().startInstant().map(java.time.Instant::getEpochSecond).orElse(0L);
  }

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
   * @throws IOException when the file cannot be written or moved into place, the target exists and
   *     is not a regular file ({@link NotARegularFileException}), or the program is stopping
   *     ({@link #stopAndRemoveTemporaryFiles()}); the target is then left as it was
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
   *     the target exists and is not a regular file ({@link NotARegularFileException}), or the
   *     program is stopping ({@link #stopAndRemoveTemporaryFiles()}); the target is then left as it
   *     was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    refuseNonRegular(absolute);
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
        Path temp = dir.resolve("." + cut(name) + "." + Self.PID + "-" + Long.toHexString(Self.START) + "-"
            + Long.toHexString(Self.NAMESPACE) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + ".part");
        // registered before it exists, so that removeLeftovers in another thread never takes a
        // file of this process for a leftover
        IN_FLIGHT.add(temp);
        try {
          Files.createFile(temp);
          return temp;
        } catch (FileAlreadyExistsException e) {
          IN_FLIGHT.remove(temp);
          if (attempt > 100) {
            throw e;
          }
        } catch (IOException | RuntimeException e) {
          IN_FLIGHT.remove(temp);
          throw e;
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

  /** The name cut to {@value #NAME_BYTES_IN_TEMP} UTF-8 bytes (whole characters), so that the temporary name stays short enough. */
  private static String cut(String name) {
    if (name.length() * 3 <= NAME_BYTES_IN_TEMP) {
      return name;
    }
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int c = name.codePointAt(end);
      int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (bytes + size > NAME_BYTES_IN_TEMP) {
        break;
      }
      bytes += size;
      end += Character.charCount(c);
    }
    return name.substring(0, end);
  }

  /** A target that exists and is not a regular file: a directory, FIFO, device or socket. */
  public static final class NotARegularFileException extends java.nio.file.FileSystemException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    /**
     * The exception for a target that is not a regular file.
     *
     * @param file the target
     * @param kind what it is: "a directory", "a FIFO (named pipe)", "a character device" …
     */
    public NotARegularFileException(String file, String kind) {
      super(file, null, "it is " + kind + ", not a regular file: only regular files are replaced (不是普通文件)");
      this.kind = kind;
    }

    /**
     * What the target is.
     *
     * @return "a directory", "a FIFO (named pipe)", "a character device", "a block device", "a socket" or
     *     "not a regular file"
     */
    public String kind() {
      return kind;
    }

    @Override
    public String getMessage() {
      return getFile() + ": " + getReason();
    }
  }

  /** Refuses a target that exists (following links) and is not a regular file. */
  private static void refuseNonRegular(Path target) throws NotARegularFileException {
    java.nio.file.attribute.BasicFileAttributes a;
    try {
      a = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (IOException e) {
      return; // absent (or a dangling link, which the move replaces): a new file
    }
    if (!a.isRegularFile()) {
      throw new NotARegularFileException(target.toString(), kind(target, a));
    }
  }

  /** What a node that is not a regular file is, in words. */
  static String kind(Path p, java.nio.file.attribute.BasicFileAttributes a) {
    if (a.isDirectory()) {
      return "a directory";
    }
    try {
      int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // not a Unix file system view: the general words below
    }
    return "not a regular file";
  }

  /**
   * Removes the temporary files that writers which are gone (stopped with SIGKILL, a power cut)
   * left in {@code dir}, as the class description says which those are. Files being written by
   * a live process (this one included) are kept, and so is everything that is not a temporary
   * file of this class's naming. Not recursive.
   *
   * @param dir the folder to clean; nothing happens if it does not exist
   * @return the files removed, sorted by name
   * @throws IOException when the folder cannot be listed
   */
  public static java.util.List<Path> removeLeftovers(Path dir) throws IOException {
    return removeLeftovers(dir, null);
  }

  /**
   * Removes the temporary files of {@code target} that writers which are gone left beside it,
   * as {@link #removeLeftovers(Path)} does for a folder: for a single output file whose folder is
   * not jixiao's to clean (the user's home, say).
   *
   * @param target the file whose leftovers are removed (it need not exist)
   * @return the files removed
   * @throws IOException when the folder cannot be listed
   */
  public static java.util.List<Path> removeLeftoversOf(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path name = absolute.getFileName();
    return name == null ? java.util.List.of() : removeLeftovers(absolute.getParent(), cut(name.toString()));
  }

  private static java.util.List<Path> removeLeftovers(Path dir, @org.jspecify.annotations.Nullable String onlyName)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    java.util.List<Path> candidates;
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      candidates = files.filter(f -> f.getFileName().toString().endsWith(".part")).sorted().toList();
    }
    java.util.List<Path> removed = new java.util.ArrayList<>();
    for (Path f : candidates) {
      if (isLeftover(f, onlyName)) {
        try {
          if (Files.deleteIfExists(f)) {
            removed.add(f);
          }
        } catch (IOException e) {
          // cannot remove it (permissions): left as it was
        }
      }
    }
    return removed;
  }

  /** Whether {@code f} is a temporary file of this class's naming whose writer is gone. */
  private static boolean isLeftover(Path f, @org.jspecify.annotations.Nullable String onlyName) {
    String name = f.getFileName().toString();
    java.util.regex.Matcher m = TEMP.matcher(name);
    java.util.regex.Matcher old = OLD_TEMP.matcher(name);
    boolean ours = m.matches();
    if (!ours && !old.matches()) {
      return false;
    }
    if (onlyName != null && !onlyName.equals(ours ? m.group(1) : old.group(1))) {
      return false;
    }
    java.nio.file.attribute.BasicFileAttributes a;
    try {
      a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
    if (!a.isRegularFile() || inFlight(f)) {
      return false;
    }
    if (ours) {
      long pid;
      long start;
      long namespace;
      try {
        pid = Long.parseLong(m.group(2));
        start = Long.parseUnsignedLong(m.group(3), 16);
        namespace = Long.parseUnsignedLong(m.group(4), 16);
      } catch (NumberFormatException e) {
        return false;
      }
      if (namespace == Self.NAMESPACE) {
        if (pid == Self.PID && sameStart(start, Self.START)) {
          return true; // this process's, and not being written (IN_FLIGHT above)
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> sameStart(start, start(p))).isEmpty();
      }
    }
    // a writer this process cannot see: gone once nobody has written for a while
    long idle = System.currentTimeMillis() - a.lastModifiedTime().toMillis();
    return idle > java.util.concurrent.TimeUnit.MINUTES.toMillis(FOREIGN_LEFTOVER_MINUTES);
  }

  /** Whether this process is writing {@code f} now. */
  private static boolean inFlight(Path f) {
    Path p = f.toAbsolutePath().normalize();
    for (Path t : IN_FLIGHT) {
      if (t.normalize().equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two start times (epoch seconds; 0 unknown) may be one process's: within 2 s (clock adjustments). */
  private static boolean sameStart(long a, long b) {
    return a == 0 || b == 0 || Math.abs(a - b) <= 2;
  }
}

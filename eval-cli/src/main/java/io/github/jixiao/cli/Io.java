package io.github.jixiao.cli;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.model.io.AtomicFiles;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Standard streams of one invocation, and file access with messages instead of stack traces. */
final class Io {
  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  /** Whether standard output is a terminal ({@link TerminalStream}): binary output is refused there. */
  final boolean outIsTerminal;
  /** Whether standard error is a terminal ({@link TerminalStream}): batch runs draw a progress bar there. */
  final boolean errIsTerminal;
  /** The environment this invocation reads ($JIXIAO_PROFILES): the process's, or a test's. */
  final java.util.Map<String, String> env;
  /** This invocation's package reader and writer, made when first needed (shared by a batch's threads). */
  private @Nullable PackageJson json;

  Io(InputStream in, PrintStream out, PrintStream err) {
    this(in, out, err, System.getenv());
  }

  Io(InputStream in, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
    this.env = java.util.Map.copyOf(env);
    this.in = in;
    this.out = out;
    this.err = err;
    this.outIsTerminal = TerminalStream.is(out);
    this.errIsTerminal = TerminalStream.is(err);
  }

  /** How this invocation reads Word documents and workbooks: the shipped layouts unless a command's layout options say otherwise. */
  private @Nullable Intake intake;

  /** The intake of this invocation (made when first needed). */
  synchronized Intake intake() {
    if (intake == null) {
      intake = Intake.create();
    }
    return intake;
  }

  /** Sets the intake (a command's --layout and --layout-file). */
  synchronized void intake(Intake intake) {
    this.intake = intake;
  }

  /** The package reader and canonical writer of this invocation. */
  synchronized PackageJson json() {
    if (json == null) {
      json = PackageJson.create();
    }
    return json;
  }

  /** Thrown for a file that cannot be read or written; the message is for the user. */
  static final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;

    FileProblem(String message) {
      super(message);
    }
  }

  /** Reads a file, or standard input for {@code "-"}. */
  byte[] read(String file) throws FileProblem {
    try {
      int limit = PackageJson.MAX_INPUT_BYTES + 1; // one byte more, so that the reader can say "too large"
      if (file.equals("-")) {
        return in.readNBytes(limit);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new FileProblem("cannot read " + file + ": it is a directory (是目录，不是文件)");
      }
      try (InputStream stream = Files.newInputStream(path)) {
        return stream.readNBytes(limit);
      }
    } catch (java.nio.file.InvalidPathException e) {
      throw new FileProblem(unnameable(e));
    } catch (IOException e) {
      throw new FileProblem("cannot read " + file + ": " + why(Path.of(file), e));
    }
  }

  /**
   * Why a file operation failed, in words (never only the path, as {@link IOException#getMessage()}
   * often is): no such file, a symbolic link to nothing or to itself, permission denied, a read-only
   * file system, a full disk, a file in the way of a directory.
   */
  static String why(Path path, IOException e) {
    String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : "";
    if (e instanceof NoSuchFileException) {
      if (Files.isSymbolicLink(path)) {
        String target;
        try {
          target = String.valueOf(Files.readSymbolicLink(path));
        } catch (IOException | UnsupportedOperationException x) {
          target = "?";
        }
        return "it is a symbolic link to " + target + ", which does not exist (链接目标不存在)";
      }
      return "no such file (文件不存在)";
    }
    if (reason.contains("symbolic links")) {
      return "it is a symbolic link that leads back to itself, a loop (符号链接循环)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied (无权限)";
    }
    if (reason.contains("Read-only file system")) {
      return "the file system is read-only (只读文件系统)";
    }
    if (reason.contains("No space left")) {
      return "the disk is full (磁盘已满)";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException || reason.contains("Not a directory")) {
      // a file where the path needs a folder: name it
      for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
        if (Files.exists(p) && !Files.isDirectory(p)) {
          return p + " exists and is not a directory (同名文件已存在)";
        }
      }
    }
    if (e instanceof java.nio.file.NotDirectoryException f) {
      return f.getFile() + " is not a directory (不是目录)";
    }
    String message = e.getMessage();
    return !reason.isEmpty() ? reason : message != null ? message : e.getClass().getSimpleName();
  }

  /**
   * Writes {@code bytes} to a file atomically, or to standard output for {@code null}/"-". A file
   * that exists and is not a regular one (a directory, FIFO, device such as /dev/null) is refused,
   * never replaced; temporary files a stopped earlier write of the same file left are removed
   * first, and said on standard error.
   */
  void write(String file, byte[] bytes) throws FileProblem {
    if (file == null || file.equals("-")) {
      out.write(bytes, 0, bytes.length);
      out.flush();
      return;
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new FileProblem("cannot write " + file + ": it is a directory (是目录)");
      }
      Path parent = path.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new FileProblem("cannot write " + file + ": the directory " + parent + " does not exist (目录不存在)");
      }
      removedLeftovers(AtomicFiles.removeLeftoversOf(path));
      AtomicFiles.write(path, bytes);
    } catch (AtomicFiles.NotARegularFileException e) {
      throw new FileProblem(notRegular(file, e.kind(), true));
    } catch (java.nio.file.InvalidPathException e) {
      throw new FileProblem(unnameable(e));
    } catch (IOException e) {
      throw new FileProblem("cannot write " + file + ": " + why(Path.of(file), e));
    }
  }

  /**
   * "cannot write F: it is a FIFO …, not a regular file …"; for a command writing one file
   * ({@code toStandardOutput}), how to write into a pipe or device instead (- and a redirection).
   */
  static String notRegular(String file, String kind, boolean toStandardOutput) {
    String hint = !toStandardOutput || kind.contains("directory") ? ""
        : kind.contains("device") ? "; to discard the output or write to a device, give - (standard output) and redirect it: > " + file
        : kind.contains("FIFO") ? "; to write into a pipe, give - (standard output) and redirect it: > " + file : "";
    return "cannot write " + file + ": it is " + kind + ", not a regular file, and jixiao replaces only regular files "
        + "(不是普通文件)" + hint;
  }

  /**
   * The message for a file name this Java cannot encode: Java takes the encoding of file names
   * from the locale at start, and with none (or C/POSIX) it cannot name 汇总.xlsx.
   */
  static String unnameable(java.nio.file.InvalidPathException e) {
    // with an ASCII encoding even the arguments arrive damaged: their Chinese is U+FFFD by then
    String input = String.valueOf(e.getInput()).replace('\uFFFD', '?');
    return "cannot name the file '" + input + "' in this system's file-name encoding ("
        + System.getProperty("sun.jnu.encoding") + "): Java takes it from the locale, and with none set (or C/POSIX, "
        + "as under cron, systemd and minimal containers) Chinese names cannot be written; run with a UTF-8 locale "
        + "(LC_ALL=C.UTF-8) or through bin/jixiao, which sets one (文件名编码不支持中文)";
  }

  /** Says on standard error which leftover temporary files were removed. */
  private void removedLeftovers(java.util.List<Path> removed) {
    for (Path p : removed) {
      err.println("jixiao: removed " + p + ", a temporary file left by an earlier run that was stopped "
          + "(已删除中断运行遗留的临时文件)");
    }
    err.flush();
  }

  /**
   * Creates the output directory {@code dir} if needed, checks it can be written to, and removes
   * the temporary files runs that were stopped (SIGKILL, a power cut) left in it and in its
   * sub-folders {@code subfolders}, saying so on standard error. Temporary files of runs still
   * going are kept ({@link AtomicFiles#removeLeftovers}).
   */
  void outputDirectory(Path dir, String command, String... subfolders) throws FileProblem {
    outputDirectory(dir);
    java.util.List<Path> removed = new java.util.ArrayList<>();
    try {
      removed.addAll(AtomicFiles.removeLeftovers(dir));
      for (String sub : subfolders) {
        removed.addAll(AtomicFiles.removeLeftovers(dir.resolve(sub)));
      }
    } catch (IOException e) {
      // the folder cannot be listed: writing into it says why
    }
    for (Path p : removed) {
      err.println("jixiao " + command + ": removed " + p + ", a temporary file left by an earlier run that was stopped "
          + "(已删除中断运行遗留的临时文件)");
    }
    err.flush();
  }

  /** Creates {@code dir} if needed and checks it can be written to. */
  static void outputDirectory(Path dir) throws FileProblem {
    try {
      java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class);
      if (!a.isDirectory()) {
        throw new FileProblem("cannot use " + dir + " as the output directory: it exists and is "
            + (a.isRegularFile() ? "a file" : a.isOther() ? "a FIFO, device or socket" : "not a directory") + " (输出须为目录)");
      }
    } catch (IOException e) {
      // absent: created below
    }
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.InvalidPathException e) {
      throw new FileProblem(unnameable(e));
    } catch (IOException e) {
      throw new FileProblem("cannot create the output directory " + dir + ": " + why(dir, e));
    }
    if (!Files.isWritable(dir)) {
      throw new FileProblem("cannot write to " + dir + " (无写入权限)");
    }
  }
}

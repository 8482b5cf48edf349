package io.github.jixiao.cli;

import io.github.jixiao.importer.Intake;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A batch run over a folder of packages: every {@code *.json} file in it (sorted by name), worked
 * on in parallel by a fixed pool of {@link Runtime#availableProcessors()} threads. One package's
 * failure never stops the others. The results come back in file order whatever the scheduling,
 * and the per-package lines are printed in file order too, so the output is deterministic.
 */
final class Batch {
  private Batch() {}

  /** What became of one package. */
  interface Outcome {
    /** Whether the package went through. */
    boolean ok();

    /** The line printed for it ("ok   a.json → a.pdf" / "FAIL b.json: …"), or {@code null} for none. */
    String line();
  }

  /** Whether {@code file} names a folder (a batch run) rather than a package. */
  static boolean isFolder(String file) {
    try {
      return !file.equals("-") && Files.isDirectory(Path.of(file));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** The {@code *.json}, {@code *.docx} and {@code *.xlsx} regular files directly in {@code dir} (not Office's {@code ~$} lock files), sorted by file name. */
  static List<Path> packages(Path dir) throws Io.FileProblem {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> Intake.accepts(p.getFileName().toString()))
          // a symbolic link to nothing or to itself is kept, so that reading it says so (never skipped silently)
          .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException | SecurityException e) {
      throw new Io.FileProblem("cannot list " + dir + ": " + (e instanceof IOException x ? Io.why(dir, x) : e.getMessage()));
    }
  }

  /**
   * Runs {@code work} on every file, in parallel; {@code crash} turns anything {@code work} threw
   * into an outcome. Prints each outcome's line on {@code lines} in file order and, when
   * {@code terminal} says {@code bar} is a terminal, a progress bar on {@code bar} (never on a
   * file or a pipe: its carriage returns would be noise there).
   */
  static <R extends Outcome> List<R> run(List<Path> files, Function<Path, R> work,
      BiFunction<Path, Throwable, R> crash, PrintStream lines, PrintStream bar, boolean terminal) {
    int n = files.size();
    List<R> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
    if (n == 0) {
      return results;
    }
    int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jixiao-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      List<Future<Integer>> futures = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(done.submit(() -> {
          R r;
          try {
            r = work.apply(files.get(index));
          } catch (RuntimeException | StackOverflowError e) {
            r = crash.apply(files.get(index), e);
          }
          synchronized (results) {
            results.set(index, r);
          }
          return index;
        }));
      }
      int printed = 0;
      for (int completed = 1; completed <= n; completed++) {
        try {
          done.take().get();
        } catch (ExecutionException e) {
          // an Error other than StackOverflowError: recorded below for the packages without a result
        }
        synchronized (results) {
          while (printed < n && results.get(printed) != null) {
            print(lines, bar, terminal, results.get(printed).line());
            printed++;
          }
        }
        if (terminal) {
          bar.print("\r" + progress(completed, n));
          bar.flush();
        }
      }
      synchronized (results) {
        for (int i = 0; i < n; i++) {
          if (results.get(i) == null) {
            results.set(i, crash.apply(files.get(i), new IllegalStateException("internal error")));
          }
        }
        while (printed < n) {
          print(lines, bar, terminal, results.get(printed).line());
          printed++;
        }
      }
      if (terminal) {
        bar.print("\r" + " ".repeat(progress(n, n).length()) + "\r");
        bar.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    synchronized (results) {
      for (int i = 0; i < n; i++) {
        if (results.get(i) == null) {
          results.set(i, crash.apply(files.get(i), new IllegalStateException("interrupted")));
        }
      }
    }
    return results;
  }

  private static void print(PrintStream lines, PrintStream bar, boolean terminal, String line) {
    if (line == null) {
      return;
    }
    if (terminal) {
      bar.print("\r\033[K");
      bar.flush();
    }
    lines.println(line);
    lines.flush();
  }

  /** "[=====>    ] 12/40". */
  static String progress(int done, int total) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < width; i++) {
      b.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    return b.append("] ").append(done).append('/').append(total).toString();
  }

  /** The file name without its extension. */
  static String stem(Path file) {
    String base = file.getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /** A one-line message for what went wrong, never a stack trace. */
  static String message(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.nio.file.InvalidPathException p) {
        return Io.unnameable(p);
      }
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  /**
   * A package of a batch, read: the package, or one line saying why it cannot be used.
   *
   * @param pkg the package, or {@code null}
   * @param failure why there is no package, or {@code null}
   */
  record Loaded(io.github.jixiao.model.@org.jspecify.annotations.Nullable EvaluationPackage pkg,
      @org.jspecify.annotations.Nullable String failure) {}

  /** Reads one package file of a batch; problems become one line naming the first of them. */
  static Loaded load(Io io, Path file) {
    String name = file.getFileName().toString();
    PackageInput input;
    try {
      input = PackageInput.read(io, file.toString());
    } catch (Io.FileProblem e) {
      return new Loaded(null, e.getMessage());
    }
    if (input.pkg() == null) {
      return new Loaded(null, "not a valid package (" + input.problems().size() + " problem(s)), first: "
          + new PackageInput(name, null, input.problems()).describe(input.problems().get(0)));
    }
    return new Loaded(input.pkg(), null);
  }
}

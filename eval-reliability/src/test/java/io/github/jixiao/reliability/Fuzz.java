package io.github.jixiao.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fuzzers' harness: case counts scaled by {@code -Djixiao.fuzz.scale=N} (default 1, the size
 * {@code ./mvnw verify} runs, kept small so that the default build stays within minutes;
 * {@value #NIGHTLY} for the nightly run, about as many cases as the CI ran before issue 13 times
 * ten), every case run under a time bound on a thread of its own (a hang
 * is a failure, not a stuck build), {@link OutOfMemoryError} and {@link StackOverflowError}
 * caught as failures, and failing inputs written to {@code target/fuzz-failures/} with the case
 * seed so that each can be replayed alone and kept under {@code src/test/resources/regressions/}.
 */
final class Fuzz {
  /** The scale of the nightly run ({@code -Djixiao.fuzz.scale=100}). */
  static final int NIGHTLY = 100;

  private Fuzz() {}

  /** The scale factor of every fuzzer's case count. */
  static int scale() {
    return Math.max(1, Integer.getInteger("jixiao.fuzz.scale", 1));
  }

  /**
   * The case count of a fuzzer: {@code ci} × {@link #scale()}, or {@code -Djixiao.fuzz.cases=N}
   * for a quick run while working on a reader (then the minimums are not met).
   */
  static int cases(int ci) {
    Integer override = Integer.getInteger("jixiao.fuzz.cases");
    return override != null ? override : ci * scale();
  }

  /** Where failing inputs are written. */
  static Path failureDir() {
    return Path.of("target", "fuzz-failures");
  }

  /** What one case ended in: a normal end (whatever it returned), a thrown exception, or a timeout. */
  record Outcome(Object value, Throwable thrown, boolean timedOut) {}

  /** One worker thread running cases under a time bound; a thread that hangs is abandoned (daemon) and replaced. */
  static final class Bounded implements AutoCloseable {
    private final Duration limit;
    private ExecutorService executor = newExecutor();

    Bounded(Duration limit) {
      this.limit = limit;
    }

    private static ExecutorService newExecutor() {
      return Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
      });
    }

    Outcome run(Callable<?> work) {
      Future<?> f = executor.submit(work);
      try {
        return new Outcome(f.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, false);
      } catch (ExecutionException e) {
        return new Outcome(null, e.getCause(), false);
      } catch (TimeoutException e) {
        f.cancel(true);
        executor.shutdownNow();
        executor = newExecutor();
        return new Outcome(null, null, true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(null, e, false);
      }
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }

  /** Failures of one fuzzer, printed at the end with the inputs' files; at most {@code keep} inputs are written. */
  static final class Failures {
    private final String fuzzer;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger count = new AtomicInteger();

    Failures(String fuzzer) {
      this.fuzzer = fuzzer;
      Path dir = failureDir().resolve(fuzzer);
      if (Files.isDirectory(dir)) { // the inputs of an earlier run would only confuse
        try (java.util.stream.Stream<Path> old = Files.list(dir)) {
          for (Path p : old.toList()) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }

    void add(long caseSeed, String what, byte[] input, String extension, Throwable cause) {
      int n = count.incrementAndGet();
      StringBuilder line = new StringBuilder(fuzzer).append(" case ").append(caseSeed).append(": ").append(what);
      if (n <= 50) {
        try {
          Path dir = failureDir().resolve(fuzzer);
          Files.createDirectories(dir);
          Path file = dir.resolve("case-" + caseSeed + "." + extension);
          Files.write(file, input);
          line.append(" [input: ").append(file.toAbsolutePath()).append(']');
        } catch (IOException e) {
          line.append(" [input not saved: ").append(e.getMessage()).append(']');
        }
      }
      if (cause != null && n <= 10) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        String t = trace.toString();
        line.append('\n').append(t, 0, Math.min(t.length(), 3000));
      }
      lines.add(line.toString());
    }

    int count() {
      return count.get();
    }

    /** The report for the assertion message (the first 20 failures). */
    String report() {
      synchronized (lines) {
        return count.get() + " failure(s) in " + fuzzer + ":\n" + String.join("\n", lines.subList(0, Math.min(20,
            lines.size())));
      }
    }
  }

  /** Runs {@code cases} case seeds from {@code first} on {@code threads} bounded workers. */
  static void parallel(int threads, long first, int cases, Duration limit, CaseRunner runner) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try (Bounded bounded = new Bounded(limit)) {
          int i;
          while ((i = next.getAndIncrement()) < cases) {
            runner.run(first + i, bounded);
          }
        }
      }, "fuzz-worker-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  /** One case of a fuzzer. */
  @FunctionalInterface
  interface CaseRunner {
    void run(long caseSeed, Bounded bounded);
  }

  /** Two workers: the CI machine's cores. */
  static int threads() {
    return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }


  private static final io.github.jixiao.json.PackageJson JSON = io.github.jixiao.json.PackageJson.create();

  /**
   * Asserts that a package an importer returned is one the JSON reader takes back, equal: what
   * {@code jixiao import} writes, {@code jixiao validate} accepts (issue 19, class 5).
   */
  static void roundTrips(io.github.jixiao.model.EvaluationPackage pkg) {
    io.github.jixiao.model.EvaluationPackage back;
    try {
      back = JSON.read(JSON.write(pkg));
    } catch (io.github.jixiao.model.InvalidPackageException e) {
      throw new AssertionError("the import gave a package whose JSON the reader refuses: " + e.problems(), e);
    }
    if (!back.equals(pkg)) {
      throw new AssertionError("the import gave a package its JSON does not keep");
    }
  }
}

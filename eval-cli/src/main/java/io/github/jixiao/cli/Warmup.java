package io.github.jixiao.cli;

import io.github.jixiao.json.PackageJson;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The package reader (Jackson and Hibernate Validator, the slowest part of a cold start) and the
 * built-in scoring profiles, made ready on a second thread while picocli parses the command
 * line and the file is read. A script that calls {@code jixiao score FILE} once per file pays
 * the start-up each time; on two cores this overlap takes about a fifth off it (BENCHMARKS.md).
 * Without {@link #start}, the first caller builds the reader on its own thread.
 */
final class Warmup {
  /** The commands that read a package and so need the reader. */
  private static final Set<String> READERS = Set.of("validate", "score", "render", "import");

  private static final FutureTask<PackageJson> JSON = new FutureTask<>(() -> {
    PackageJson json = PackageJson.create();
    Profiles.builtIn();
    return json;
  });

  private Warmup() {}

  /** Starts building the reader in the background if the command will need it. */
  static void start(String[] args) {
    if (args.length > 0 && READERS.contains(args[0])) {
      Thread t = new Thread(JSON, "jixiao-warmup");
      t.setDaemon(true);
      t.start();
    }
  }

  /** The shared package reader (thread-safe: an immutable mapper and a Bean Validation validator). */
  static PackageJson json() {
    JSON.run(); // builds it here unless the warm-up thread has started or finished it
    try {
      return JSON.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing the package reader", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}

package io.github.jixiao.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The audit's parallel steps: every item worked on by one thread per core, results in item order. */
final class AuditRun {
  private AuditRun() {}

  /**
   * Applies {@code work} to every item in parallel; what it throws becomes {@code crash}'s result.
   *
   * @return the results, in the items' order
   */
  static <T, R> List<R> parallel(List<T> items, Function<T, R> work, BiFunction<T, Throwable, R> crash) {
    int n = items.size();
    if (n == 0) {
      return List.of();
    }
    int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jixiao-audit");
      t.setDaemon(true);
      return t;
    });
    List<R> results = new ArrayList<>(Collections.nCopies(n, null));
    try {
      List<Future<R>> futures = new ArrayList<>(n);
      for (T item : items) {
        futures.add(pool.submit(() -> {
          try {
            return work.apply(item);
          } catch (RuntimeException | StackOverflowError e) {
            return crash.apply(item, e);
          }
        }));
      }
      for (int i = 0; i < n; i++) {
        try {
          results.set(i, futures.get(i).get());
        } catch (ExecutionException e) {
          results.set(i, crash.apply(items.get(i), e.getCause() == null ? e : e.getCause()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      for (int i = 0; i < n; i++) {
        if (results.get(i) == null) {
          results.set(i, crash.apply(items.get(i), new IllegalStateException("interrupted")));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }
}

package io.github.jixiao.bench;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.value.ValueCache;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scoring and audit throughput on one thread, timed by the thread's CPU time as well as the wall
 * clock (on a shared machine the CPU time is the steadier figure; pin the JVM to one core with
 * {@code taskset -c 0} for the "one core" figure). Two cache modes: the parsed-value cache
 * shared across the batch (as in {@code jixiao score DIR}), and cleared before every package
 * (each package's values read afresh, as if every department wrote different words).
 *
 * <pre>java -cp … io.github.jixiao.bench.ScoringBench [runs] [forms …]</pre>
 */
public final class ScoringBench {
  private static final ScoringProfile PROFILE = Profiles.builtIn().get(Profiles.DEFAULT);
  private static final Evaluator EVALUATOR = Evaluator.of(PROFILE);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScoringBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {1_000, 5_000, 20_000};
    System.out.printf(Locale.ROOT, "jixiao scoring bench: %d runs after a JIT warm-up and 2 warm-ups per size; java %s, %d cores available%n",
        runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    // warm the JIT once on the largest size, so that the small sizes are not measured half-compiled
    List<EvaluationPackage> warm = new Generator(2).forms(Arrays.stream(sizes).max().orElse(1_000));
    for (int i = 0; i < 3; i++) {
      warm.forEach(EVALUATOR::evaluate);
    }
    for (int size : sizes) {
      List<EvaluationPackage> packages = new Generator(1).forms(size);
      int forms = Generator.countForms(packages);
      measure("shared cache", packages, forms, runs, false);
      measure("cache cleared per package", packages, forms, runs, true);
    }
  }

  private static void measure(String mode, List<EvaluationPackage> packages, int forms, int runs, boolean clear) {
    // a small batch is repeated so that each timed run lasts as long as the largest (20,000 forms)
    int repeat = Math.max(1, 20_000 / forms);
    Runnable work = () -> {
      for (int r = 0; r < repeat; r++) {
        // a new evaluator (and so a new, empty value cache) per batch, or per package
        Evaluator batch = Evaluator.of(PROFILE, ValueCache.create());
        for (EvaluationPackage p : packages) {
          (clear ? Evaluator.of(PROFILE, ValueCache.create()) : batch).evaluate(p);
        }
      }
    };
    work.run();
    work.run();
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long w = System.nanoTime();
      work.run();
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e9 / repeat;
      wall[i] = (System.nanoTime() - w) / 1e9 / repeat;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(Locale.ROOT,
        "%6d forms, %-26s cpu median %.3f s (min %.3f, max %.3f) %8.0f forms/s %7.4f ms/form | wall median %.3f s %8.0f forms/s%n",
        forms, mode, cpu[runs / 2], cpu[0], cpu[runs - 1], forms / cpu[runs / 2], cpu[runs / 2] * 1000 / forms,
        wall[runs / 2], forms / wall[runs / 2]);
  }
}

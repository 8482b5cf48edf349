package io.github.jixiao.scoring.property;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.json.PackageJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A tiny seeded property runner (jqwik is not used in jixiao). Each property has a fixed seed,
 * {@code 20231231 + propertyIndex}; a master {@link Random} with that seed draws one seed per
 * case, and each case runs on its own {@code new Random(caseSeed)}, so a failing case can be
 * replayed alone. On failure the case number, both seeds, the notes and every package the case
 * showed (as canonical JSON) are printed.
 */
final class Cases {
  /** The base of every property seed. */
  static final long BASE_SEED = 20231231L;

  /** The number of cases of each property. */
  static final int COUNT = 1_000;

  private static final PackageJson JSON = PackageJson.create();

  private Cases() {}

  /** One case of a property. */
  @FunctionalInterface
  interface Body {
    void check(Random random, Trace trace) throws Exception;
  }

  /** What a case shows when it fails. */
  static final class Trace {
    private final Map<String, EvaluationPackage> packages = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Shows this form (wrapped in a minimal package) if the case fails. */
    SelfEvaluationForm show(String label, SelfEvaluationForm form) {
      packages.put(label, FormGenerator.wrap(form));
      return form;
    }

    /** Shows this package if the case fails. */
    EvaluationPackage show(String label, EvaluationPackage pkg) {
      packages.put(label, pkg);
      return pkg;
    }

    /** Adds a line to the failure report. */
    void note(String line) {
      notes.add(line);
    }
  }

  /**
   * Runs {@code count} cases of a property.
   *
   * @return the number of cases run
   */
  static int forAll(String property, int propertyIndex, int count, Body body) {
    long seed = BASE_SEED + propertyIndex;
    Random master = new Random(seed);
    for (int i = 0; i < count; i++) {
      long caseSeed = master.nextLong();
      Trace trace = new Trace();
      try {
        body.check(new Random(caseSeed), trace);
      } catch (Exception | AssertionError e) {
        throw new AssertionError(report(property, seed, i, count, caseSeed, trace, e), e);
      }
    }
    return count;
  }

  private static String report(String property, long seed, int index, int count, long caseSeed, Trace trace,
      Throwable failure) {
    StringBuilder sb = new StringBuilder();
    sb.append("property ").append(property).append(" failed at case ").append(index + 1).append(" of ").append(count)
        .append("\n  property seed: ").append(seed).append("L (new Random(").append(seed).append("L))")
        .append("\n  case seed:     ").append(caseSeed).append("L (replay: body.check(new Random(").append(caseSeed)
        .append("L), …))\n  failure: ").append(failure);
    for (String note : trace.notes) {
      sb.append("\n  note: ").append(note);
    }
    for (Map.Entry<String, EvaluationPackage> e : trace.packages.entrySet()) {
      sb.append("\n--- ").append(e.getKey()).append(" ---\n");
      try {
        sb.append(JSON.write(e.getValue()));
      } catch (RuntimeException ex) {
        sb.append("(cannot write JSON: ").append(ex).append(")\n").append(e.getValue());
      }
    }
    return sb.toString();
  }
}

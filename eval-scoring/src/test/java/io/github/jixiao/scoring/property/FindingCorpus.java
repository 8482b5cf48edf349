package io.github.jixiao.scoring.property;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.property.FormGenerator.FormSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * A fixed corpus of audited packages that reaches every kind of finding: the seed under every
 * built-in profile, {@value #PER_DEFECT} generated packages per {@link Defect} (hunan-2023, asked to
 * report renumbered headings for the defect that needs it), and
 * {@value #MESSY} messy generated packages (0–3 defects, noise), each audited under hunan-2023
 * and under one other built-in profile in turn. Seeds are fixed; the corpus is the same on every
 * run as long as the generator and the defects are.
 */
final class FindingCorpus {
  static final int PER_DEFECT = 100;
  static final int MESSY = 1_500;
  private static final long SEED = 20240301L;
  /** The profiles the corpus is audited under: fixed, so that a new built-in profile does not change it. */
  static final List<String> PROFILES = List.of("hunan-2023", "national-2020", "mof-2021", "hubei", "sichuan");

  private FindingCorpus() {}

  /** Calls {@code sink} with a name and the evaluation of every package of the corpus, in a fixed order. */
  static void forEach(BiConsumer<String, PackageEvaluation> sink) {
    Profiles profiles = Profiles.builtIn();
    List<Evaluator> evaluators = new ArrayList<>();
    for (String id : PROFILES) {
      evaluators.add(Evaluator.of(profiles.get(id)));
    }
    EvaluationPackage seed = Examples.miluo2023();
    for (int p = 0; p < evaluators.size(); p++) {
      sink.accept("seed " + PROFILES.get(p), evaluators.get(p).evaluate(seed));
    }
    // a profile that wants a reason below 100 % execution (EXECUTION_REASON_MISSING)
    sink.accept("seed hunan-2023 reason below 100%", Evaluator.of(ExecutionReasonTest.wantsReasonBelow("1.0")).evaluate(seed));
    Evaluator hunan = evaluators.get(0);
    Evaluator hunanNumbering = hunan.withReportNumbering();
    for (Defect defect : Defect.values()) {
      Random master = new Random(SEED + defect.ordinal());
      for (int i = 0; i < PER_DEFECT; i++) {
        Random r = new Random(master.nextLong());
        FormSpec spec = FormGenerator.consistent(r, r.nextBoolean());
        defect.inject(spec, r);
        sink.accept(defect + " " + i, defect.evaluator(hunan, hunanNumbering).evaluate(spec.pkg()));
      }
    }
    // forms of other indicator frameworks and forms scored per group, with one fault each
    FrameworkVariants.all().forEach((name, c) -> sink.accept(name, c.evaluator().evaluate(c.pkg())));
    Random master = new Random(SEED - 1);
    for (int i = 0; i < MESSY; i++) {
      Random r = new Random(master.nextLong());
      FormSpec spec = FormGenerator.messy(r);
      if (r.nextBoolean()) {
        FormGenerator.chaos(spec, r);
      }
      EvaluationPackage pkg = spec.pkg();
      sink.accept("messy " + i + " hunan-2023", hunan.evaluate(pkg));
      int other = 1 + i % (evaluators.size() - 1);
      sink.accept("messy " + i + " " + PROFILES.get(other), evaluators.get(other).evaluate(pkg));
    }
  }
}

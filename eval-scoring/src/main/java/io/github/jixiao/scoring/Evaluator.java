package io.github.jixiao.scoring;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.value.ValueCache;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 评分与审核 — scores every form of a package under a {@link ScoringProfile} and audits it.
 * Reported values are never changed: computed scores and findings sit beside them in the
 * returned {@link PackageEvaluation}. Thread-safe; evaluating the same package twice gives equal
 * results.
 *
 * <p>The printed targets and actuals it reads are remembered in a {@link ValueCache} that belongs
 * to the evaluator (bounded: {@value ValueCache#DEFAULT_CAPACITY} texts unless given another):
 * keep one evaluator for a batch rather than one per package, or hand several evaluators (one
 * per profile) the same cache.
 *
 * <pre>{@code
 * PackageEvaluation result = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
 * }</pre>
 */
public final class Evaluator {
  private final ScoringProfile profile;
  private final ValueCache values;
  private final FormEvaluator forms;

  private Evaluator(ScoringProfile profile, ValueCache values) {
    this.profile = profile;
    this.values = values;
    this.forms = new FormEvaluator(profile, values);
  }

  /** An evaluator for this profile, with a value cache of its own. */
  public static Evaluator of(ScoringProfile profile) {
    return new Evaluator(profile, ValueCache.create());
  }

  /**
   * An evaluator for this profile that remembers values in {@code values} (which may serve other
   * evaluators too; {@code ValueCache.of(0)} remembers nothing).
   */
  public static Evaluator of(ScoringProfile profile, ValueCache values) {
    return new Evaluator(profile, values);
  }

  /**
   * The profile to use: the one the caller asks for, else the one the package names, else
   * {@link Profiles#DEFAULT}.
   *
   * @throws io.github.jixiao.scoring.profile.UnknownProfileException listing the known ids
   */
  public static ScoringProfile chooseProfile(EvaluationPackage pkg, Profiles profiles, @Nullable String requested) {
    String id = requested != null ? requested : pkg.profile() != null ? pkg.profile() : Profiles.DEFAULT;
    return profiles.get(id);
  }

  /** The profile this evaluator applies. */
  public ScoringProfile profile() {
    return profile;
  }

  /** The cache of values read this evaluator uses. */
  public ValueCache valueCache() {
    return values;
  }

  /** Scores and audits one form; {@code pointer} is its JSON pointer in the package. */
  public FormEvaluation evaluate(SelfEvaluationForm form, String pointer) {
    return forms.evaluate(form, pointer);
  }

  /** Scores and audits every form, then the package as a whole. */
  public PackageEvaluation evaluate(EvaluationPackage pkg) {
    List<FormEvaluation> evaluations = new ArrayList<>();
    if (pkg.departmentEvaluation() != null) {
      evaluations.add(forms.evaluate(pkg.departmentEvaluation(), "/departmentEvaluation"));
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      evaluations.add(forms.evaluate(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i));
    }
    return new PackageEvaluation(profile.id(), evaluations, PackageChecks.run(pkg));
  }
}

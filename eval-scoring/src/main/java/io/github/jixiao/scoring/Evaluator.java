package io.github.jixiao.scoring;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportNumbering;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Location;
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
  /** The department-wide form (附件2) under the profile's department-wide rules, if it has any. */
  private final FormEvaluator departmentForms;
  /** Whether to report what renumbering report headings changes (REPORT_NUMBERING). */
  private final boolean reportNumbering;

  private Evaluator(ScoringProfile profile, ValueCache values) {
    this(profile, values, false);
  }

  private Evaluator(ScoringProfile profile, ValueCache values, boolean reportNumbering) {
    this.profile = profile;
    this.values = values;
    this.reportNumbering = reportNumbering;
    this.forms = new FormEvaluator(profile, values);
    ScoringProfile department = profile.forDepartmentWide();
    this.departmentForms = department == profile ? forms : new FormEvaluator(department, values);
  }

  /**
   * An evaluator for this profile, with a value cache of its own ({@link ValueCache#create()}).
   *
   * @param profile the scoring rules to apply ({@code Profiles.builtIn().get("hunan-2023")})
   * @return a new evaluator; keep it for a batch
   */
  public static Evaluator of(ScoringProfile profile) {
    return new Evaluator(profile, ValueCache.create());
  }

  /**
   * An evaluator for this profile that remembers values in {@code values} (which may serve other
   * evaluators too; {@code ValueCache.of(0)} remembers nothing).
   *
   * @param profile the scoring rules to apply
   * @param values the cache of targets and actuals read, possibly shared with other evaluators
   * @return a new evaluator
   */
  public static Evaluator of(ScoringProfile profile, ValueCache values) {
    return new Evaluator(profile, values);
  }

  /**
   * The same evaluator, also reporting each report heading that renumbering 一、（一）1.（1）
   * changes, as an INFO finding ({@code REPORT_NUMBERING}, heading as written and as printed): use
   * it with {@link io.github.jixiao.model.render.RenderRequest#withRenumbering()} so that a document
   * whose headings are renumbered says so, heading by heading ({@code jixiao render --renumber}).
   *
   * @return a new evaluator sharing this one's profile and value cache
   */
  public Evaluator withReportNumbering() {
    return new Evaluator(profile, values, true);
  }

  /**
   * The profile to use: the one the caller asks for, else the one the package names, else
   * {@link Profiles#DEFAULT}.
   *
   * @param pkg the package, whose {@code profile} is used when the caller asks for none
   * @param profiles the registry to look the id up in ({@link Profiles#builtIn()} or one with the caller's
   *     profiles added)
   * @param requested the id the caller asks for ({@code --profile}), or {@code null}
   * @return the chosen profile
   * @throws io.github.jixiao.scoring.profile.UnknownProfileException listing the known ids
   */
  public static ScoringProfile chooseProfile(EvaluationPackage pkg, Profiles profiles, @Nullable String requested) {
    String id = requested != null ? requested : pkg.profile() != null ? pkg.profile() : Profiles.DEFAULT;
    return profiles.get(id);
  }

  /**
   * The profile this evaluator applies.
   *
   * @return the profile given to {@link #of(ScoringProfile)}; its id is each evaluation's
   *     {@link PackageEvaluation#profile()}
   */
  public ScoringProfile profile() {
    return profile;
  }

  /**
   * The cache of values read this evaluator uses.
   *
   * @return its own cache, or the one it was given
   */
  public ValueCache valueCache() {
    return values;
  }

  /**
   * Scores and audits one form on its own: the checks across forms, 附件1 and the reports need the
   * whole package ({@link #evaluate(EvaluationPackage)}).
   *
   * @param form a department or project self-evaluation form
   * @param pointer its JSON pointer in the package ({@code "/projectEvaluations/3"}), which every
   *     finding's location and indicator score's pointer starts with; a pointer under
   *     {@code /departmentEvaluation} applies the profile's department-wide rules
   * @return the form's computed scores, grade and findings beside its reported values
   */
  public FormEvaluation evaluate(SelfEvaluationForm form, String pointer) {
    return (pointer.startsWith("/departmentEvaluation") ? departmentForms : forms).evaluate(form, pointer);
  }

  /**
   * Scores and audits every form, then the package as a whole (cross-form checks, 附件1, the reports).
   *
   * @param pkg the package, as read; nothing in it is changed
   * @return one form evaluation per self-evaluation form (附件2 first, then 附件3-n in printed order)
   *     and the package-level findings
   */
  public PackageEvaluation evaluate(EvaluationPackage pkg) {
    List<FormEvaluation> evaluations = new ArrayList<>();
    if (pkg.departmentEvaluation() != null) {
      evaluations.add(departmentForms.evaluate(pkg.departmentEvaluation(), "/departmentEvaluation"));
    }
    for (int i = 0; i < pkg.projectEvaluations().size(); i++) {
      evaluations.add(forms.evaluate(pkg.projectEvaluations().get(i), "/projectEvaluations/" + i));
    }
    List<Finding> findings = new ArrayList<>(PackageChecks.run(pkg));
    if (reportNumbering) {
      findings.addAll(numbering(pkg));
    }
    return new PackageEvaluation(profile.id(), evaluations, findings);
  }

  /** One REPORT_NUMBERING finding per heading renumbering changes, in printed order. */
  private static List<Finding> numbering(EvaluationPackage pkg) {
    Findings out = new Findings();
    if (pkg.departmentReport() != null) {
      numbering(pkg.departmentReport(), "/departmentReport", out);
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      numbering(pkg.projectReports().get(i), "/projectReports/" + i, out);
    }
    return out.list();
  }

  private static void numbering(Report report, String pointer, Findings out) {
    for (ReportNumbering.Change c : ReportNumbering.changes(report, pointer)) {
      out.add(FindingMessage.REPORT_HEADING_RENUMBERED.with("before", c.before()).with("after", c.after()),
          new Location(report.label(), "报告", c.before().strip(), c.pointer()), c.after(), c.before());
    }
  }
}

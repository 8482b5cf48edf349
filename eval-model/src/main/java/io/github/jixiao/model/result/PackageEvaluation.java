package io.github.jixiao.model.result;

import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation of a whole package: one {@link FormEvaluation} per form and the findings that
 * belong to no single form (cross-form checks, 附件1, reports).
 *
 * @param profile the id of the scoring profile used
 * @param evaluations one per self-evaluation form, the department form first
 * @param findings package-level findings
 */
public record PackageEvaluation(String profile, List<FormEvaluation> evaluations, List<Finding> findings) {
  /**
   * Copies the lists; they must not be {@code null} nor hold {@code null}.
   *
   * @param profile the id of the scoring profile used
   * @param evaluations one per self-evaluation form
   * @param findings package-level findings
   * @throws NullPointerException when a list is {@code null} or holds {@code null}
   */
  public PackageEvaluation {
    evaluations = List.copyOf(evaluations);
    findings = List.copyOf(findings);
  }

  /**
   * Every finding: each form's, then the package-level ones.
   *
   * @return the findings in evaluation order (not document order: see
   *     {@link io.github.jixiao.model.render.FindingIndex} for that)
   */
  public Stream<Finding> allFindings() {
    return Stream.concat(evaluations.stream().flatMap(e -> e.findings().stream()), findings.stream());
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}: what makes {@code jixiao score} exit 1.
   *
   * @return {@code true} when a form or the package has an error
   */
  public boolean hasErrors() {
    return allFindings().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}

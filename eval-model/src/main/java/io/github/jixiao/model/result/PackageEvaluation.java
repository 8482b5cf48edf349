package io.github.jixiao.model.result;

import java.util.ArrayList;
import java.util.Comparator;
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
   * Every finding in the package's one numbering, the numbering every renderer and the score JSON
   * use: the finding at index {@code i} has the id {@code i + 1}. The order is the printed order:
   * package-level findings (pointer {@code ""}) first, then the department report, 附件1, 附件2,
   * each 附件3-n, each 附件5-n, each in the order it is printed; within one form or report, the
   * order the audit reported them (top to bottom). A cross-form finding is numbered with the form
   * whose value it is about (its pointer), whichever evaluation holds it.
   *
   * @return the findings in numbering order; a new unmodifiable list
   */
  public List<Finding> numbered() {
    List<Finding> all = allFindings().toList();
    // each pointer read once, not once per comparison
    PrintedPart[] parts = new PrintedPart[all.size()];
    List<Integer> order = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
      parts[i] = PrintedPart.of(all.get(i).location().pointer());
    }
    order.sort(Comparator.<Integer, PrintedPart>comparing(i -> parts[i]).thenComparing(i -> i));
    List<Finding> out = new ArrayList<>(all.size());
    for (int i : order) {
      out.add(all.get(i));
    }
    return List.copyOf(out);
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}: what makes {@code jixiao score} exit 1.
   *
   * @return {@code true} when a form or the package has an error
   */
  public boolean hasErrors() {
    return allFindings().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Printed order of a pointer: the part of the package, then the index of a form or report. */
  private record PrintedPart(int part, int index) implements Comparable<PrintedPart> {
    static PrintedPart of(String pointer) {
      String[] seg = pointer.split("/");
      String first = seg.length > 1 ? seg[1] : "";
      int part = switch (first) {
        case "departmentReport" -> 1;
        case "basicData" -> 2;
        case "departmentEvaluation" -> 3;
        case "projectEvaluations" -> 4;
        case "projectReports" -> 5;
        default -> 0;
      };
      int index = 0;
      if ((part == 4 || part == 5) && seg.length > 2) {
        try {
          index = Integer.parseInt(seg[2]);
        } catch (NumberFormatException e) {
          index = 0;
        }
      }
      return new PrintedPart(part, index);
    }

    @Override
    public int compareTo(PrintedPart o) {
      int c = Integer.compare(part, o.part);
      return c != 0 ? c : Integer.compare(index, o.index);
    }
  }
}

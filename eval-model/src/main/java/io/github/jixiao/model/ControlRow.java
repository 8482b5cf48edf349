package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 经费控制情况 — a row of the spending-control table of 附件1, with its sub-rows, amounts in 万元
 * as printed (blank = {@code null}). Amounts are not constrained to be non-negative: a budget
 * adjustment (预算调整) may be a reduction.
 *
 * @param kind the row's place in the hierarchy
 * @param label the row's text as printed ("其中：公车购置")
 * @param projectId the project of a {@link ControlRowKind#PROJECT} row
 * @param previousYearFinal 上年决算数
 * @param currentYearBudget 本年预算数
 * @param currentYearFinal 本年决算数
 * @param children the sub-rows in printed order
 */
public record ControlRow(
    ControlRowKind kind,
    String label,
    @Nullable String projectId,
    @Nullable Amount previousYearFinal,
    @Nullable Amount currentYearBudget,
    @Nullable Amount currentYearFinal,
    List<@Valid ControlRow> children) {
  /**
   * Checks that {@code kind} is present, {@code label} is not blank and {@code projectId} (if given) is
   * a lowercase id; a {@code null} list of children becomes empty, the list is copied.
   *
   * @param kind the row's place in the hierarchy, required
   * @param label the row's text as printed, not blank
   * @param projectId the project of a {@link ControlRowKind#PROJECT} row, or {@code null}
   * @param previousYearFinal 上年决算数, or {@code null}
   * @param currentYearBudget 本年预算数, or {@code null}
   * @param currentYearFinal 本年决算数, or {@code null}
   * @param children the sub-rows; {@code null} for none
   * @throws FieldException when {@code kind} is missing, {@code label} is blank, the project id is
   *     malformed or a child is {@code null}
   */
  public ControlRow {
    Checks.required(kind, "kind");
    Checks.text(label, "label");
    Checks.optionalId(projectId, "projectId");
    children = Checks.list(children, "children");
  }

  /**
   * This row and all rows below it, depth first in printed order.
   *
   * @return this row first, then each child followed by its own descendants
   */
  public Stream<ControlRow> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(ControlRow::flatten));
  }
}

package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.Optional;

/**
 * 项目资金 / 年度预算申请 — the funds block of a self-evaluation form.
 *
 * @param rows the rows in printed order (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金)
 * @param byIncome 按收入性质分 (department form only)
 * @param byExpenditure 按支出性质分 (department form only)
 */
public record FundsBlock(
    List<@Valid FundsRow> rows, List<@Valid FundSplit> byIncome, List<@Valid FundSplit> byExpenditure) {
  /**
   * Copies the lists; {@code null} becomes an empty list.
   *
   * @param rows the rows in printed order; {@code null} for none
   * @param byIncome 按收入性质分; {@code null} for none
   * @param byExpenditure 按支出性质分; {@code null} for none
   * @throws FieldException when a list holds {@code null}
   */
  public FundsBlock {
    rows = Checks.list(rows, "rows");
    byIncome = Checks.list(byIncome, "byIncome");
    byExpenditure = Checks.list(byExpenditure, "byExpenditure");
  }

  /**
   * The first row of the given kind, if printed.
   *
   * @param kind which row ({@link FundsRowKind#TOTAL} for 年度资金总额)
   * @return the row, or empty when the form does not print one of this kind
   */
  public Optional<FundsRow> row(FundsRowKind kind) {
    return rows.stream().filter(r -> r.kind() == kind).findFirst();
  }
}

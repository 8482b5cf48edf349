package io.github.jixiao.model.review;

import io.github.jixiao.model.result.Grade;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One form of a reviewed package, as the county workbook lists it. Amounts are in 万元 (a form
 * printed in 元 is converted as the 汇总 converts it); the rate is a fraction (1 = 100%).
 *
 * @param form the form's label ("2" for 附件2, "3-1" for 附件3-1)
 * @param name the project's or the department's name as printed
 * @param departmentWide whether it is the 部门整体 form (附件2) rather than a project's
 * @param budget the year's budget (全年预算数, 万元), or {@code null} when not printed
 * @param executed what was spent (全年执行数, 万元), or {@code null}
 * @param executionRate the execution rate the rules give, as a fraction (1 = 100%), or {@code null} when it
 *     cannot be computed
 * @param reportedTotal the total score as printed ("92.5", "无"), or {@code null} when none is printed
 * @param computedTotal the total score the rules give
 * @param grade the grade of the computed total ({@link Grade#NOT_GRADABLE} when it cannot be graded)
 * @param errors the number of ERROR findings on the form
 * @param warnings the number of WARNING findings on the form
 * @param infos the number of INFO findings on the form
 */
public record ReviewForm(
    String form,
    String name,
    boolean departmentWide,
    @Nullable BigDecimal budget,
    @Nullable BigDecimal executed,
    @Nullable BigDecimal executionRate,
    @Nullable String reportedTotal,
    BigDecimal computedTotal,
    Grade grade,
    int errors,
    int warnings,
    int infos) {
  /**
   * Checks the form.
   *
   * @param form the label
   * @param name the name
   * @param departmentWide whether it is 附件2
   * @param budget the budget, or null
   * @param executed the spending, or null
   * @param executionRate the rate, or null
   * @param reportedTotal the printed total, or null
   * @param computedTotal the computed total
   * @param grade the grade
   * @param errors ERROR count
   * @param warnings WARNING count
   * @param infos INFO count
   */
  public ReviewForm {
    if (form == null || name == null || computedTotal == null || grade == null) {
      throw new IllegalArgumentException("form, name, computedTotal and grade are required");
    }
    if (errors < 0 || warnings < 0 || infos < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }
}

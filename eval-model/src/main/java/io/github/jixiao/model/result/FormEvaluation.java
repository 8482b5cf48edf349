package io.github.jixiao.model.result;

import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one self-evaluation form: reported and computed values side by side, the
 * grade, and the findings located in this form.
 *
 * @param form the attachment label as printed ("3-1"; "2" for the department form)
 * @param pointer the JSON pointer of the form
 * @param name the name as printed
 * @param implementingUnit 实施单位 as printed, or {@code null}
 * @param annualBudget 全年预算数 of 年度资金总额, or {@code null}
 * @param executed 全年执行数 of 年度资金总额, or {@code null}
 * @param executionRate 执行率 computed from the raw amounts (a fraction, 1 = 100%), or {@code null}
 * @param reportedExecutionScore the printed budget-execution 得分, or {@code null}
 * @param executionScore the budget-execution score by the profile: the funds block's, or the 预算执行率 indicator
 *     row's when the indicators score execution; {@code null} when nothing on the form scores it (an
 *     evaluation framework's table with no such row, or a row whose rate no figure gives)
 * @param indicators every level-3 row's score
 * @param groups level-1 subtotals
 * @param reportedTotal the printed 总分, or {@code null} when blank
 * @param computedTotal jixiao's total: execution score plus the computed indicator scores
 * @param grade the grade of the computed total
 * @param findings the findings in this form
 */
public record FormEvaluation(
    String form,
    String pointer,
    String name,
    @Nullable String implementingUnit,
    @Nullable BigDecimal annualBudget,
    @Nullable BigDecimal executed,
    @Nullable BigDecimal executionRate,
    @Nullable ScoreCell reportedExecutionScore,
    @Nullable BigDecimal executionScore,
    List<IndicatorScore> indicators,
    List<GroupScore> groups,
    @Nullable ScoreCell reportedTotal,
    BigDecimal computedTotal,
    Grade grade,
    List<Finding> findings) {
  /**
   * Copies the lists; they must not be {@code null} nor hold {@code null}.
   *
   * @param form the attachment label as printed
   * @param pointer the JSON pointer of the form
   * @param name the name as printed
   * @param implementingUnit 实施单位, or {@code null}
   * @param annualBudget 全年预算数, or {@code null}
   * @param executed 全年执行数, or {@code null}
   * @param executionRate 执行率 as a fraction, or {@code null}
   * @param reportedExecutionScore the printed budget-execution 得分, or {@code null}
   * @param executionScore the budget-execution score, or {@code null} when nothing on the form scores it
   * @param indicators every level-3 row's score
   * @param groups level-1 subtotals
   * @param reportedTotal the printed 总分, or {@code null}
   * @param computedTotal jixiao's total
   * @param grade the grade of the computed total
   * @param findings the findings in this form
   * @throws NullPointerException when a list is {@code null} or holds {@code null}
   */
  public FormEvaluation {
    indicators = List.copyOf(indicators);
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
  }

  /**
   * How many findings of this severity the form has.
   *
   * @param severity the severity to count
   * @return the number of {@link #findings()} with this severity
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}

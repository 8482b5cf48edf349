package io.github.jixiao.model.review;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One ERROR or WARNING as a review letter lists it.
 *
 * @param number the finding's number in its package, as every output numbers it ({@code
 *     PackageEvaluation.numbered()}, from 1); INFO findings keep their numbers, so a letter's
 *     numbers may skip
 * @param severity ERROR or WARNING
 * @param code the finding's code
 * @param form the form or report it is about, as printed ("附件3-1 城市道路维护项目", "部门整体支出绩效自评报告"),
 *     or "整个材料" for the package as a whole
 * @param place the cell as printed: form, section and row ("附件3-1 产出指标 数量指标 第2行"), or the
 *     JSON pointer where nothing printed names it
 * @param printed what the department printed there, or {@code null} when the finding is about
 *     something missing
 * @param expected what the rules give, or {@code null} when they give no single value
 * @param correction what to correct, in Chinese, as a sentence
 */
public record ReviewItem(
    int number,
    Severity severity,
    FindingCode code,
    String form,
    String place,
    @Nullable String printed,
    @Nullable String expected,
    String correction) {
  /**
   * Checks the item.
   *
   * @param number the finding's number, from 1
   * @param severity ERROR or WARNING
   * @param code the code
   * @param form the form as printed
   * @param place the cell as printed
   * @param printed what was printed, or null
   * @param expected what the rules give, or null
   * @param correction what to correct
   */
  public ReviewItem {
    if (number < 1) {
      throw new IllegalArgumentException("number must be 1 or more, got " + number);
    }
    if (severity == null || code == null || form == null || place == null || correction == null) {
      throw new IllegalArgumentException("severity, code, form, place and correction are required");
    }
  }
}

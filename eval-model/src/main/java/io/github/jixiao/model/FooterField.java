package io.github.jixiao.model;

import org.jspecify.annotations.Nullable;

/**
 * A field of a form's footer line (填表人, 填报日期, 联系电话, 单位负责人签字).
 *
 * @param label the field's label as printed
 * @param value what is filled in, or {@code null} when blank
 */
public record FooterField(String label, @Nullable String value) {
  /**
   * Checks that {@code label} is not blank.
   *
   * @param label the field's label as printed, not blank
   * @param value what is filled in, or {@code null}
   * @throws FieldException when {@code label} is missing or blank
   */
  public FooterField {
    Checks.text(label, "label");
  }
}

package io.github.jixiao.model.result;

import org.jspecify.annotations.Nullable;

/**
 * Where a finding is: the form by its attachment label, the section of the form, the row, and
 * the JSON pointer of the value in the package.
 *
 * @param form the attachment label ("3-11", "2", "1", "5-1"), or {@code null} for the package
 * @param section the part of the form ("项目资金", "绩效指标", "总分", "报告")
 * @param row the row as a person finds it ("产出指标 / 数量指标 / 核发施工许可证"), or {@code null}
 * @param pointer the JSON pointer of the value ("" for the whole package)
 */
public record Location(@Nullable String form, @Nullable String section, @Nullable String row, String pointer) {
  /**
   * Checks that {@code pointer} is present.
   *
   * @param form the attachment label, or {@code null} for the package
   * @param section the part of the form, or {@code null}
   * @param row the row as a person finds it, or {@code null}
   * @param pointer the JSON pointer of the value, required ({@code ""} for the whole package)
   * @throws IllegalArgumentException when {@code pointer} is {@code null}
   */
  public Location {
    if (pointer == null) {
      throw new IllegalArgumentException("pointer is required");
    }
  }

  /** "附件3-11 绩效指标 产出指标 / 数量指标 / …" for people. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (form != null) {
      sb.append("附件").append(form);
    }
    if (section != null) {
      sb.append(sb.length() > 0 ? " " : "").append(section);
    }
    if (row != null) {
      sb.append(sb.length() > 0 ? " " : "").append(row);
    }
    return sb.length() == 0 ? (pointer.isEmpty() ? "package" : pointer) : sb.toString();
  }
}

package io.github.jixiao.model.result;

import org.jspecify.annotations.Nullable;

/**
 * 审核意见 — one thing the audit found in a package.
 *
 * @param code the stable code
 * @param severity how serious it is
 * @param location where it is
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param expected the value the rules or the other form give, as text ("9.80", "45"), or {@code null}
 * @param found the value printed, as text, or {@code null}
 */
public record Finding(
    FindingCode code,
    Severity severity,
    Location location,
    String messageZh,
    String messageEn,
    @Nullable String expected,
    @Nullable String found) {
  /**
   * Checks that the code, severity, location and both messages are present.
   *
   * @param code the stable code, required
   * @param severity how serious it is, required
   * @param location where it is, required
   * @param messageZh the message in Chinese, required
   * @param messageEn the message in English, required
   * @param expected the value the rules or the other form give, or {@code null}
   * @param found the value printed, or {@code null}
   * @throws IllegalArgumentException when a required value is {@code null}
   */
  public Finding {
    if (code == null || severity == null || location == null || messageZh == null || messageEn == null) {
      throw new IllegalArgumentException("code, severity, location and both messages are required");
    }
  }

  /**
   * Both messages in one line, for logs and plain-text listings.
   *
   * @return "{@code 中文 / English}": {@link #messageZh()}, " / ", {@link #messageEn()}
   */
  public String message() {
    return messageZh + " / " + messageEn;
  }
}

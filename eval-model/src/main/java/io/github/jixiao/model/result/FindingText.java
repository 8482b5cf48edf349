package io.github.jixiao.model.result;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FindingMessage} with its placeholders filled in: the text of one finding, in Chinese
 * and English. Immutable; {@link #with(String, Object)} returns a new instance.
 *
 * <p>Formatting is strict so that a template and the code filling it cannot drift apart: naming
 * a placeholder the template does not have, or one already given, fails at once, and
 * {@link #zh()} and {@link #en()} fail while a placeholder has no value.
 */
public final class FindingText {
  private final FindingMessage message;
  /** The values by placeholder index; {@code null}: not given yet. */
  private final @Nullable String[] values;

  FindingText(FindingMessage message) {
    this(message, new String[message.placeholders().size()]);
  }

  private FindingText(FindingMessage message, @Nullable String[] values) {
    this.message = message;
    this.values = values;
  }

  /**
   * The template.
   *
   * @return the template this text fills in
   */
  public FindingMessage message() {
    return message;
  }

  /**
   * The template's finding code.
   *
   * @return {@code message().code()}
   */
  public FindingCode code() {
    return message.code();
  }

  /**
   * This text with the placeholder {@code name} filled in: a {@link BigDecimal} in plain notation
   * ({@link BigDecimal#toPlainString()}), anything else as {@link String#valueOf(Object)} writes it.
   *
   * @param name the placeholder's name, without braces ("total")
   * @param value its value ({@code null} is written as "null")
   * @return a new text with this placeholder filled in; this one is unchanged
   * @throws IllegalArgumentException if the template has no placeholder {@code name}, or it was given already
   */
  public FindingText with(String name, @Nullable Object value) {
    int i = message.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("the finding message " + message + " has no placeholder {" + name
          + "}; its placeholders: " + braced(message.placeholders()));
    }
    if (values[i] != null) {
      throw new IllegalArgumentException("the finding message " + message + ": {" + name + "} given twice");
    }
    String[] copy = values.clone();
    copy[i] = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    return new FindingText(message, copy);
  }

  /**
   * The placeholders given so far and their values, in the template's order.
   *
   * @return name to value as formatted; a new map on each call
   */
  public Map<String, String> arguments() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        out.put(message.placeholders().get(i), values[i]);
      }
    }
    return out;
  }

  /**
   * The Chinese message.
   *
   * @return the Chinese template with every placeholder replaced by its value
   * @throws IllegalStateException if a placeholder has no value
   */
  public String zh() {
    return message.formatZh(complete());
  }

  /**
   * The English message.
   *
   * @return the English template with every placeholder replaced by its value
   * @throws IllegalStateException if a placeholder has no value
   */
  public String en() {
    return message.formatEn(complete());
  }

  private @Nullable String[] complete() {
    StringBuilder missing = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        missing.append(missing.length() > 0 ? ", " : "").append('{').append(message.placeholders().get(i)).append('}');
      }
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("the finding message " + message + " needs a value for " + missing);
    }
    return values; // every one given
  }

  private static String braced(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FindingText t && t.message == message && Arrays.equals(t.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * message.hashCode() + Arrays.hashCode(values);
  }

  /** "{@code TOTAL_MISMATCH{total=99, scores=109}}", for debugging. */
  @Override
  public String toString() {
    return message.name() + arguments();
  }
}

package io.github.jixiao.scoring;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingText;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects findings for one part of a package. Not thread-safe; one per evaluation. A finding is
 * worded by a filled-in template ({@link io.github.jixiao.model.result.FindingMessage}) and has
 * its code's default severity unless the call gives another.
 */
final class Findings {
  private final List<Finding> list = new ArrayList<>();

  /** Adds a finding with the default severity of its code. */
  void add(FindingText text, Location where, @Nullable Object expected, @Nullable Object found) {
    add(text, text.code().defaultSeverity(), where, expected, found);
  }

  /** Adds a finding with the severity given here (which may differ from its code's default). */
  void add(FindingText text, Severity severity, Location where, @Nullable Object expected, @Nullable Object found) {
    list.add(new Finding(text.code(), severity, where, text.zh(), text.en(), text(expected), text(found)));
  }

  List<Finding> list() {
    return List.copyOf(list);
  }

  static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}

package io.github.jixiao.scoring;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects findings for one part of a package. Not thread-safe; one per evaluation. */
final class Findings {
  private final List<Finding> list = new ArrayList<>();

  void add(FindingCode code, Severity severity, Location where, String zh, String en,
      @Nullable Object expected, @Nullable Object found) {
    list.add(new Finding(code, severity, where, zh, en, text(expected), text(found)));
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

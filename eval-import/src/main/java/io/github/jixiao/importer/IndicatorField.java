package io.github.jixiao.importer;

import java.util.List;

/** The field names an indicator column of a layout may fill. */
final class IndicatorField {
  private IndicatorField() {}

  static final List<String> NAMES = List.of("level1", "level1Weight", "level1Score", "level2",
      "level2Weight", "level2Score", "name", "unitOfMeasure", "nature",
      "target", "adjustedTarget", "actual", "weight", "scoreCoefficient", "score", "core", "criteria", "explanation",
      "deviationReason");
}

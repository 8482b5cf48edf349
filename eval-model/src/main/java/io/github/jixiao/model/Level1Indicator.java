package io.github.jixiao.model;

import java.util.Optional;

/** 一级指标 — a level-1 indicator of the performance indicator table. */
public enum Level1Indicator {
  /** 产出指标. */
  OUTPUT("产出指标"),
  /** 效益指标. */
  BENEFIT("效益指标"),
  /** 成本指标 (level 1 since 财预〔2021〕101号). */
  COST("成本指标"),
  /** 满意度指标. */
  SATISFACTION("满意度指标");

  private final String chinese;

  Level1Indicator(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name as printed on the official forms.
   *
   * @return the name ("产出指标")
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The level-1 indicator a printed label names, by its first words: "产出指标（30分）", "产出" and
   * "产出指标\n（30分）" squashed all name {@link #OUTPUT}.
   *
   * @param squashed the label as printed, white space removed
   * @return the indicator, or empty for a label of another framework ("项目决策", "投入")
   */
  public static Optional<Level1Indicator> ofLabel(String squashed) {
    for (Level1Indicator k : values()) {
      if (squashed.startsWith(k.chinese.substring(0, k.chinese.length() - 2))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

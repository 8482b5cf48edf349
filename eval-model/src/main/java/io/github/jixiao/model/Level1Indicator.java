package io.github.jixiao.model;

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
}

package io.github.jixiao.model;

import java.util.Optional;

import java.util.Set;

/**
 * 二级指标 — a level-2 indicator, with the level-1 indicators it may sit under in the national
 * frameworks (财预〔2020〕10号 and 财预〔2021〕101号). Real forms sometimes place one elsewhere; the
 * model keeps what is printed and the audit judges it.
 */
public enum Level2Indicator {
  /** 数量指标. */
  QUANTITY("数量指标", Set.of(Level1Indicator.OUTPUT)),
  /** 质量指标. */
  QUALITY("质量指标", Set.of(Level1Indicator.OUTPUT)),
  /** 时效指标. */
  TIMELINESS("时效指标", Set.of(Level1Indicator.OUTPUT)),
  /** 成本指标 as a level-2 under 产出 (财预〔2020〕10号). */
  COST("成本指标", Set.of(Level1Indicator.OUTPUT)),
  /** 经济效益指标. */
  ECONOMIC_BENEFIT("经济效益指标", Set.of(Level1Indicator.BENEFIT)),
  /** 社会效益指标. */
  SOCIAL_BENEFIT("社会效益指标", Set.of(Level1Indicator.BENEFIT)),
  /** 生态效益指标. */
  ECOLOGICAL_BENEFIT("生态效益指标", Set.of(Level1Indicator.BENEFIT)),
  /** 可持续影响指标. */
  SUSTAINABLE_IMPACT("可持续影响指标", Set.of(Level1Indicator.BENEFIT)),
  /** 服务对象满意度指标. */
  SERVICE_SATISFACTION("服务对象满意度指标", Set.of(Level1Indicator.SATISFACTION)),
  /** 经济成本指标 (under level-1 成本, 财预〔2021〕101号). */
  ECONOMIC_COST("经济成本指标", Set.of(Level1Indicator.COST)),
  /** 社会成本指标. */
  SOCIAL_COST("社会成本指标", Set.of(Level1Indicator.COST)),
  /** 生态环境成本指标. */
  ECOLOGICAL_COST("生态环境成本指标", Set.of(Level1Indicator.COST));

  private final String chinese;
  private final Set<Level1Indicator> usualParents;

  Level2Indicator(String chinese, Set<Level1Indicator> usualParents) {
    this.chinese = chinese;
    this.usualParents = usualParents;
  }

  /**
   * The Chinese name as printed on the official forms.
   *
   * @return the name ("数量指标")
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The level-1 indicators this one belongs under in the national frameworks.
   *
   * @return an immutable set, one indicator for every constant today
   */
  public Set<Level1Indicator> usualParents() {
    return usualParents;
  }

  /**
   * The level-2 indicator a printed label names: the one it equals, else the longest one it
   * contains ("服务对象满意度指标（10分）" → {@link #SERVICE_SATISFACTION}).
   *
   * @param squashed the label as printed, white space removed
   * @return the indicator, or empty
   */
  public static Optional<Level2Indicator> ofLabel(String squashed) {
    for (Level2Indicator k : values()) {
      if (squashed.equals(k.chinese)) {
        return Optional.of(k);
      }
    }
    Level2Indicator best = null;
    for (Level2Indicator k : values()) {
      if (squashed.contains(k.chinese) && (best == null || k.chinese.length() > best.chinese.length())) {
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }
}

package io.github.jixiao.model;

/** The rows of the funds block (项目资金 / 年度预算申请). */
public enum FundsRowKind {
  /** 年度资金总额. */
  TOTAL("年度资金总额"),
  /** 当年财政拨款. */
  CURRENT_YEAR_APPROPRIATION("当年财政拨款"),
  /** 上年结转资金. */
  CARRY_OVER("上年结转资金"),
  /** 其他资金. */
  OTHER_FUNDS("其他资金");

  private final String chinese;

  FundsRowKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name as printed on the official forms.
   *
   * @return the name ("年度资金总额")
   */
  public String chinese() {
    return chinese;
  }
}

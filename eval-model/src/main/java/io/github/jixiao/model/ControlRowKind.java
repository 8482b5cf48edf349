package io.github.jixiao.model;

/** The kinds of row in the spending-control table (经费控制情况) of 附件1. */
public enum ControlRowKind {
  /** 三公经费. */
  THREE_PUBLIC("三公经费"),
  /** 公务用车购置和维护经费. */
  VEHICLE("公务用车购置和维护经费"),
  /** 公车购置. */
  VEHICLE_PURCHASE("公车购置"),
  /** 公车运行维护. */
  VEHICLE_OPERATION("公车运行维护"),
  /** 出国经费. */
  OVERSEAS_TRAVEL("出国经费"),
  /** 公务接待. */
  OFFICIAL_RECEPTION("公务接待"),
  /** 项目支出 (the heading row of project spending). */
  PROJECT_EXPENDITURE("项目支出"),
  /** A category of project spending (业务工作经费, 运行维护经费, 县级专项资金 …). */
  PROJECT_CATEGORY("项目支出类别"),
  /** One project. */
  PROJECT("项目"),
  /** 公用经费. */
  PUBLIC_FUNDS("公用经费"),
  /** A part of 公用经费 (办公经费; 水费、电费、差旅费; 会议费、培训费). */
  PUBLIC_FUNDS_ITEM("公用经费明细"),
  /** 政府采购金额. */
  GOVERNMENT_PROCUREMENT("政府采购金额"),
  /** 部门基本支出预算调整. */
  BUDGET_ADJUSTMENT("部门基本支出预算调整"),
  /** Any other row. */
  OTHER("其他");

  private final String chinese;

  ControlRowKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name of the row kind.
   *
   * @return the name as on the official forms ("公车购置"); a generic one for {@link #PROJECT_CATEGORY},
   *     {@link #PROJECT}, {@link #PUBLIC_FUNDS_ITEM} and {@link #OTHER}, whose rows print their own text
   */
  public String chinese() {
    return chinese;
  }
}

package io.github.jixiao.review;

import io.github.jixiao.model.result.Finding;

/** What a review letter asks a department to do about a finding, in one sentence. */
final class Corrections {
  private Corrections() {}

  /**
   * The finding's message and what to correct.
   *
   * @param f the finding
   * @return "{message}；{request}", Chinese
   */
  static String of(Finding f) {
    String m = f.messageZh().strip();
    String request = switch (f.code()) {
      case DEVIATION_REASON_MISSING, EXECUTION_REASON_MISSING -> "请补充填写偏差原因分析及改进措施";
      case OVER_ACHIEVEMENT -> "请说明超额完成的原因，或在下一年度合理设定目标值";
      case CROSS_FORM_MISMATCH, TEXT_CONTRADICTS_TABLE -> "请核实并使各表格、报告前后一致";
      case TOTAL_NOT_GRADABLE -> "请补充完整后重新计算总分";
      case TOTAL_MISSING -> f.expected() != null ? "请填写总分（按各项得分合计应为 " + f.expected() + " 分）" : "请填写总分";
      default -> f.code().expectedIsCorrection() && f.expected() != null
          ? "请将填报值更正为 " + f.expected() : "请核实并更正";
    };
    return m.isEmpty() ? request : m + "；" + request;
  }
}

package io.github.jixiao.model.result;

import java.util.List;

/**
 * The stable codes of audit findings. Scripts match on these names; new codes are only ever
 * added, never renamed.
 *
 * <p>Each code carries its {@linkplain #defaultSeverity() default severity} and its
 * {@linkplain #messages() message templates} ({@link FindingMessage}): a finding's text is one of
 * its code's templates filled in, and its severity is the default unless the audit says otherwise
 * for that one finding.
 */
public enum FindingCode {
  /** A printed score is above its printed weight (得分超过分值). */
  SCORE_EXCEEDS_WEIGHT(Severity.ERROR),
  /** The weights of a form do not add up to its printed total weight (分值合计不等于总分值). */
  WEIGHTS_NOT_100(Severity.ERROR),
  /** A level-1 group's weights differ from the profile or from its printed "（30分）" (一级指标分值不符). */
  LEVEL1_WEIGHT_MISMATCH(Severity.ERROR),
  /** The 总分 is blank (总分未填). */
  TOTAL_MISSING(Severity.ERROR),
  /** The printed 总分 differs from the sum of the printed scores (总分与得分合计不符). */
  TOTAL_MISMATCH(Severity.ERROR),
  /** 年度资金总额 differs from the sum of its sources, or the department splits differ from it (资金数不一致). */
  FUNDS_ROWS_INCONSISTENT(Severity.ERROR),
  /** The printed 执行率 differs from 全年执行数 ÷ 全年预算数 (执行率计算错误). */
  EXECUTION_RATE_MISMATCH(Severity.ERROR),
  /** The printed budget-execution score differs from the profile's formula (预算执行得分不符). */
  EXECUTION_SCORE_MISMATCH(Severity.ERROR),
  /** A printed indicator score lies outside what the rule allows (得分不符合评分规则). */
  SCORE_NOT_PER_RULE(Severity.ERROR),
  /** A score below its weight, or a missed target, has no 偏差原因分析及改进措施 (缺少偏差原因). */
  DEVIATION_REASON_MISSING(Severity.WARNING),
  /** The actual value is far above the target, which suggests the target was set too low (目标值设置偏低). */
  OVER_ACHIEVEMENT(Severity.WARNING),
  /** A project's amounts, name or score differ between 附件1, its form and its report (跨表不一致). */
  CROSS_FORM_MISMATCH(Severity.ERROR),
  /** A target or actual value the parser could not read; a person must check the score (需人工复核). */
  VALUE_NEEDS_REVIEW(Severity.INFO),
  /** In 附件1, a row differs from the sum of its parts, or 控制率 from 在职 ÷ 编制 (基础数据表不一致). */
  BASIC_DATA_INCONSISTENT(Severity.ERROR),
  /** The total cannot be graded: it exceeds the form's maximum or the weights do not add up to it (无法评级). */
  TOTAL_NOT_GRADABLE(Severity.ERROR),
  /** The form is marked partial; the checks that need the missing part were not made (表格不完整). */
  PARTIAL_FORM(Severity.INFO),
  /** An amount written in 年度总体目标 differs from the funds block or from the other column (文字与表格不符). */
  TEXT_CONTRADICTS_TABLE(Severity.WARNING),
  /** The execution rate is below the profile's threshold and no funds row gives a reason (执行率偏低未说明原因). */
  EXECUTION_REASON_MISSING(Severity.WARNING),
  /**
   * A report heading that renumbering (asked for with {@code --renumber}) prints differently:
   * the heading as written and as renumbered. Only when asked; never a correction by itself.
   */
  REPORT_NUMBERING(Severity.INFO),
  /**
   * A group's printed 分值 or 得分 differs from what is printed beneath it: a level-2 group's from its
   * rows, a level-1 group's score from its level-2 groups, a band's weight ("年度绩效目标（80分）") from
   * its groups (分组合计不符).
   */
  GROUP_SUM_MISMATCH(Severity.ERROR),
  /**
   * The form follows an indicator framework the profile does not score, or one jixiao does not know:
   * its level-1 weights are not checked against the profile (评分规则未涵盖该指标体系).
   */
  FRAMEWORK_NOT_SCORED(Severity.WARNING);

  private final Severity defaultSeverity;

  FindingCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * The severity a finding of this code has unless the audit gives that finding another.
   *
   * @return the default severity ({@link Severity#ERROR} for arithmetic and rules, …)
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The code's short Chinese name, as the county workbook and the letters list it.
   *
   * @return "得分超过分值", "总分与得分合计不符" …
   */
  public String nameZh() {
    return switch (this) {
      case SCORE_EXCEEDS_WEIGHT -> "得分超过分值";
      case WEIGHTS_NOT_100 -> "分值合计不等于总分值";
      case LEVEL1_WEIGHT_MISMATCH -> "一级指标分值不符";
      case TOTAL_MISSING -> "总分未填";
      case TOTAL_MISMATCH -> "总分与得分合计不符";
      case FUNDS_ROWS_INCONSISTENT -> "资金数不一致";
      case EXECUTION_RATE_MISMATCH -> "执行率计算错误";
      case EXECUTION_SCORE_MISMATCH -> "预算执行得分不符";
      case SCORE_NOT_PER_RULE -> "得分不符合评分规则";
      case DEVIATION_REASON_MISSING -> "缺少偏差原因";
      case OVER_ACHIEVEMENT -> "目标值设置偏低";
      case CROSS_FORM_MISMATCH -> "跨表不一致";
      case VALUE_NEEDS_REVIEW -> "需人工复核";
      case BASIC_DATA_INCONSISTENT -> "基础数据表不一致";
      case TOTAL_NOT_GRADABLE -> "无法评级";
      case PARTIAL_FORM -> "表格不完整";
      case TEXT_CONTRADICTS_TABLE -> "文字与表格不符";
      case EXECUTION_REASON_MISSING -> "执行率偏低未说明原因";
      case REPORT_NUMBERING -> "报告标题序号";
      case GROUP_SUM_MISMATCH -> "分组合计不符";
      case FRAMEWORK_NOT_SCORED -> "评分规则未涵盖该指标体系";
    };
  }

  /**
   * Whether a finding's {@link Finding#expected()} is what the rules give the value it marks, so
   * that "应为 {expected}，表中为 {found}" reads right. It is not for the codes that set two printed
   * values side by side — the one where the finding is ({@code found}: "本表", the report's
   * statement) and one printed elsewhere ({@code expected}: 附件1's row, the form's amount) — where
   * the audit cannot tell which side is wrong ({@link #CROSS_FORM_MISMATCH},
   * {@link #TEXT_CONTRADICTS_TABLE}), nor for {@link #REPORT_NUMBERING} ({@code expected} is the
   * heading as renumbered, {@code found} as written). Their messages name both values and both
   * sides: a renderer shows them as they are, without 应为.
   *
   * @return {@code true} when {@code expected} is a correction of {@code found}
   */
  public boolean expectedIsCorrection() {
    return this != CROSS_FORM_MISMATCH && this != TEXT_CONTRADICTS_TABLE && this != REPORT_NUMBERING;
  }

  /**
   * The message templates of this code, in declaration order (at least one).
   *
   * @return the {@link FindingMessage} constants whose {@link FindingMessage#code()} is this code; immutable
   */
  public List<FindingMessage> messages() {
    return FindingMessage.of(this);
  }
}

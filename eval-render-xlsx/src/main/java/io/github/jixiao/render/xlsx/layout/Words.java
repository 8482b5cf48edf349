package io.github.jixiao.render.xlsx.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The fixed words printed on the forms (headers and row labels), shared by writer and reader. */
public final class Words {
  /** 附件 — printed before every attachment label ("附件3-1"), and the start of the sheet names. */
  public static final String ATTACHMENT = "附件";
  /** 项目支出名称 — the label of a project form's name row. */
  public static final String NAME_PROJECT = "项目支出名称";
  /** 预算部门名称 — the label of the department form's name row. */
  public static final String NAME_DEPARTMENT = "预算部门名称";
  /** 主管部门 — the first label of the units row. */
  public static final String SUPERVISING = "主管部门";
  /** 实施单位 — the second label of the units row. */
  public static final String IMPLEMENTING = "实施单位";
  /** 项目资金（万元） — the funds block's label on a project form, on one line (unused today). */
  public static final String FUNDS_PROJECT = "项目资金（万元）";
  /** 年度预算申请（万元） — the department form's funds label, on one line (unused today). */
  public static final String FUNDS_DEPARTMENT = "年度预算申请（万元）";
  /**
   * The section labels as printed in the narrow first column, broken where a person would: the funds
   * block's label on a project form.
   */
  public static final String FUNDS_PROJECT_BROKEN = "项目资金\n（万元）";
  /** The department form's funds label as printed in column A. */
  public static final String FUNDS_DEPARTMENT_BROKEN = "年度预算\n申请\n（万元）";
  /** 年度总体目标 as printed in column A. */
  public static final String GOALS_BROKEN = "年度总体\n目标";
  /** 年初预算数 — the header of funds column D. */
  public static final String INITIAL = "年初预算数";
  /** 全年预算数 — the header of funds column E. */
  public static final String ANNUAL = "全年预算数";
  /** 全年执行数 — the header of funds column F. */
  public static final String EXECUTED = "全年执行数";
  /** 分值 — the header of column G, in the funds block and the indicator table. */
  public static final String WEIGHT = "分值";
  /** 执行率 — the header of funds column H. */
  public static final String RATE = "执行率";
  /** 得分 — the header of funds column I and of indicator column H. */
  public static final String SCORE = "得分";
  /** 按收入性质分 — the left half of the department form's splits header. */
  public static final String BY_INCOME = "按收入性质分：";
  /** 按支出性质分 — the right half of the department form's splits header. */
  public static final String BY_EXPENDITURE = "按支出性质分：";
  /** 年度总体目标 — how the reader recognises the goals header row, line breaks squashed. */
  public static final String GOALS = "年度总体目标";
  /** 预期目标 — the header of the goals block's left column. */
  public static final String EXPECTED = "预期目标";
  /** 实际完成情况 — the header of the goals block's right column. */
  public static final String ACHIEVED = "实际完成情况";
  /** 绩效指标 — the indicator table's label in column A. */
  public static final String INDICATORS = "绩效指标";
  /** 一级指标 — the header of indicator column B. */
  public static final String LEVEL1 = "一级指标";
  /** 二级指标 — the header of indicator column C. */
  public static final String LEVEL2 = "二级指标";
  /** 三级指标 — the header of indicator column D. */
  public static final String LEVEL3 = "三级指标";
  /** 年度指标值 — the header of indicator column E. */
  public static final String TARGET = "年度指标值";
  /** 实际完成值 — the header of indicator column F. */
  public static final String ACTUAL = "实际完成值";
  /** 偏差原因分析及改进措施 — the header of indicator column I. */
  public static final String REASON = "偏差原因分析及改进措施";
  /** 一级指标得分小计 — the header of indicator column J (computed mode and the template). */
  public static final String SUBTOTAL = "一级指标得分小计";
  /** 总分 — the label of the total row. */
  public static final String TOTAL = "总分";
  /** In the title of a project form: how the importer knows an untagged sheet is 附件3-n. */
  public static final String PROJECT_FORM_TITLE = "项目支出绩效自评表";
  /** In the title of the department form: how the importer recognises 附件2. */
  public static final String DEPARTMENT_FORM_TITLE = "部门整体支出绩效自评表";
  /** In the title of 附件1: how the importer recognises it. */
  public static final String BASIC_DATA_TITLE = "基础数据表";
  // 附件1
  /** 财政供养人员情况（人） — 附件1's staffing header. */
  public static final String STAFFING = "财政供养人员情况（人）";
  /** 编制数 — 附件1: the header of the authorized staff column. */
  public static final String AUTHORIZED = "编制数";
  /** 控制率 — 附件1: the header of the staffing control-rate column. */
  public static final String CONTROL_RATE = "控制率";
  /**
   * The funds block's label as the writer prints it, with the form's unit.
   *
   * @param department whether the form is the department form (年度预算申请) or a project form (项目资金)
   * @param unit the form's money unit
   * @return "项目资金\n（万元）", "年度预算\n申请\n（元）" …
   */
  public static String fundsLabel(boolean department, io.github.jixiao.model.MoneyUnit unit) {
    String base = department ? FUNDS_DEPARTMENT_BROKEN : FUNDS_PROJECT_BROKEN;
    return base.replace("（万元）", "（" + unit.printed() + "）");
  }

  /** 经费控制情况（万元） — 附件1's spending-control header. */
  public static final String SPENDING = "经费控制情况（万元）";
  /** 厉行节约保障措施 — 附件1: the label of the saving-measures row. */
  public static final String SAVING = "厉行节约保障措施";
  /** 附件1: the columns of the buildings block after its label, in order. */
  public static final List<String> BUILDING_HEADS = List.of("批复规模（m²）", "实际规模（m²）", "规模控制率", "预算投资（万元）",
      "实际投资（万元）", "投资概算控制率");
  /** 楼堂馆所控制情况 — 附件1's usual buildings label (unused today: the package's own is printed). */
  public static final String DEFAULT_BUILDINGS = "楼堂馆所控制情况";
  private static final Pattern LEVEL1_WEIGHT = Pattern.compile("[（(](\\d+(?:\\.\\d+)?)分[）)]");

  private Words() {}

  /**
   * The text without any whitespace (line breaks, spaces, U+3000), for comparing labels.
   *
   * @param s a cell's text
   * @return the text with every whitespace and space character removed
   */
  public static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * The weight a level-1 label carries: "产出指标（30分）" → 30; {@code null} when it shows none.
   *
   * @param label a 一级指标 cell's text, or {@code null}
   * @return the first "（n分）" or "(n分)" number, as printed; {@code null} when there is none
   */
  public static @Nullable BigDecimal level1Weight(@Nullable String label) {
    if (label == null) {
      return null;
    }
    Matcher m = LEVEL1_WEIGHT.matcher(squash(label));
    return m.find() ? new BigDecimal(m.group(1)) : null;
  }
}

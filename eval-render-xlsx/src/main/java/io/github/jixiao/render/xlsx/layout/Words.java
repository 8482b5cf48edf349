package io.github.jixiao.render.xlsx.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The fixed words printed on the forms (headers and row labels), shared by writer and reader. */
public final class Words {
  public static final String ATTACHMENT = "附件";
  public static final String NAME_PROJECT = "项目支出名称";
  public static final String NAME_DEPARTMENT = "预算部门名称";
  public static final String SUPERVISING = "主管部门";
  public static final String IMPLEMENTING = "实施单位";
  public static final String FUNDS_PROJECT = "项目资金（万元）";
  public static final String FUNDS_DEPARTMENT = "年度预算申请（万元）";
  /** The section labels as printed in the narrow first column, broken where a person would. */
  public static final String FUNDS_PROJECT_BROKEN = "项目资金\n（万元）";
  public static final String FUNDS_DEPARTMENT_BROKEN = "年度预算\n申请\n（万元）";
  public static final String GOALS_BROKEN = "年度总体\n目标";
  public static final String INITIAL = "年初预算数";
  public static final String ANNUAL = "全年预算数";
  public static final String EXECUTED = "全年执行数";
  public static final String WEIGHT = "分值";
  public static final String RATE = "执行率";
  public static final String SCORE = "得分";
  public static final String BY_INCOME = "按收入性质分：";
  public static final String BY_EXPENDITURE = "按支出性质分：";
  public static final String GOALS = "年度总体目标";
  public static final String EXPECTED = "预期目标";
  public static final String ACHIEVED = "实际完成情况";
  public static final String INDICATORS = "绩效指标";
  public static final String LEVEL1 = "一级指标";
  public static final String LEVEL2 = "二级指标";
  public static final String LEVEL3 = "三级指标";
  public static final String TARGET = "年度指标值";
  public static final String ACTUAL = "实际完成值";
  public static final String REASON = "偏差原因分析及改进措施";
  public static final String SUBTOTAL = "一级指标得分小计";
  public static final String TOTAL = "总分";
  public static final String PROJECT_FORM_TITLE = "项目支出绩效自评表";
  public static final String DEPARTMENT_FORM_TITLE = "部门整体支出绩效自评表";
  public static final String BASIC_DATA_TITLE = "基础数据表";
  // 附件1
  public static final String STAFFING = "财政供养人员情况（人）";
  public static final String AUTHORIZED = "编制数";
  public static final String CONTROL_RATE = "控制率";
  public static final String SPENDING = "经费控制情况（万元）";
  public static final String SAVING = "厉行节约保障措施";
  public static final List<String> BUILDING_HEADS = List.of("批复规模（m²）", "实际规模（m²）", "规模控制率", "预算投资（万元）",
      "实际投资（万元）", "投资概算控制率");
  public static final String DEFAULT_BUILDINGS = "楼堂馆所控制情况";
  private static final Pattern LEVEL1_WEIGHT = Pattern.compile("[（(](\\d+(?:\\.\\d+)?)分[）)]");

  private Words() {}

  /** The text without any whitespace (line breaks, spaces, U+3000), for comparing labels. */
  public static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The weight a level-1 label carries: "产出指标（30分）" → 30; {@code null} when it shows none. */
  public static @Nullable BigDecimal level1Weight(@Nullable String label) {
    if (label == null) {
      return null;
    }
    Matcher m = LEVEL1_WEIGHT.matcher(squash(label));
    return m.find() ? new BigDecimal(m.group(1)) : null;
  }
}

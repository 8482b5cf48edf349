package io.github.jixiao.render.xlsx.layout;

/**
 * The columns of the grid a self-evaluation form (附件2, 附件3-n) is laid out on, zero-based. The
 * indicator table: A section label, B 一级指标, C 二级指标, D 三级指标, E 年度指标值, F 实际完成值,
 * G 分值, H 得分, I 偏差原因分析及改进措施, J 一级指标得分小计 (computed mode and the template). The
 * funds block sits on the same grid: B:C its label, D 年初预算数, E 全年预算数, F 全年执行数, G 分值,
 * H 执行率, I 得分. The reader takes these as defaults and follows the header rows when a person
 * moved the columns.
 *
 * <p>A form whose rows fill extra indicator columns ({@link IndicatorColumns}) has them inserted
 * before E and before I; every other block spans them and the tag column moves right of the
 * table. A flat indicator list prints its names over B:D (header {@link IndicatorColumns#FLAT_NAME}).
 */
public final class FormColumns {
  /** Column A: the section labels (项目资金, 年度总体目标, 绩效指标) and the row labels of the header rows. */
  public static final int A = 0;
  /** Column B: 一级指标; in the funds block, the row's label (B:C). */
  public static final int B = 1;
  /** Column C: 二级指标; on the name row, where the name starts. */
  public static final int C = 2;
  /** Column D: 三级指标; in the funds block, 年初预算数. */
  public static final int D = 3;
  /** Column E: 年度指标值; in the funds block, 全年预算数. */
  public static final int E = 4;
  /** Column F: 实际完成值; in the funds block, 全年执行数; where 实际完成情况 of the goals starts. */
  public static final int F = 5;
  /** Column G: 分值, of the indicator rows, the funds' 年度资金总额 row and the 总分 row. */
  public static final int G = 6;
  /** Column H: 得分 of the indicator rows and the reported 总分; in the funds block, 执行率. */
  public static final int H = 7;
  /** Column I: 偏差原因分析及改进措施; in the funds block, 得分 (the budget-execution score). */
  public static final int I = 8;
  /** Column J: 一级指标得分小计, only in computed mode and in the template; the last printed column. */
  public static final int J = 9;

  private FormColumns() {}
}

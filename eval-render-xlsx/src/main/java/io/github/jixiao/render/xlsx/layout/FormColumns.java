package io.github.jixiao.render.xlsx.layout;

/**
 * The columns of the grid a self-evaluation form (附件2, 附件3-n) is laid out on, zero-based. The
 * indicator table: A section label, B 一级指标, C 二级指标, D 三级指标, E 年度指标值, F 实际完成值,
 * G 分值, H 得分, I 偏差原因分析及改进措施, J 一级指标得分小计 (computed mode and the template). The
 * funds block sits on the same grid: B:C its label, D 年初预算数, E 全年预算数, F 全年执行数, G 分值,
 * H 执行率, I 得分. The reader takes these as defaults and follows the header rows when a person
 * moved the columns.
 */
public final class FormColumns {
  public static final int A = 0;
  public static final int B = 1;
  public static final int C = 2;
  public static final int D = 3;
  public static final int E = 4;
  public static final int F = 5;
  public static final int G = 6;
  public static final int H = 7;
  public static final int I = 8;
  public static final int J = 9;

  private FormColumns() {}
}

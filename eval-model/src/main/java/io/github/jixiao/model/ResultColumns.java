package io.github.jixiao.model;

/**
 * Which of the self-evaluation table's result columns — 年度指标值, 实际完成值 and 偏差原因 — a form's
 * indicator table prints. A self-evaluation form prints all three, blank or not: they are the cells a
 * department fills in. A 评分表 (a scoring sheet: its rows carry {@linkplain IndicatorRow#criteria()
 * 评价标准} or {@linkplain IndicatorRow#explanation() 指标说明}) has no such columns, so it prints only
 * those some row of it fills — the Hainan and Hunan 2017 评分表 print none. Every renderer asks the
 * form the same question, so the answer is made here, from the data alone.
 *
 * @param target whether 年度指标值 is printed
 * @param actual whether 实际完成值 is printed
 * @param reason whether 偏差原因 is printed
 */
public record ResultColumns(boolean target, boolean actual, boolean reason) {

  /** All three: the usual self-evaluation table. */
  public static final ResultColumns ALL = new ResultColumns(true, true, true);

  /**
   * The result columns {@code form} prints.
   *
   * @param form a form
   * @return {@link #ALL} unless the form {@linkplain SelfEvaluationForm#isScoringSheet() is a 评分表}; for a 评分表
   *     the columns some row fills
   */
  public static ResultColumns of(SelfEvaluationForm form) {
    if (!form.isScoringSheet()) {
      return ALL;
    }
    boolean target = false;
    boolean actual = false;
    boolean reason = false;
    for (Level1Group g : form.indicators()) {
      for (Level2Group c : g.children()) {
        for (IndicatorRow r : c.rows()) {
          target |= r.target() != null;
          actual |= r.actual() != null;
          reason |= r.deviationReason() != null;
        }
      }
    }
    return new ResultColumns(target, actual, reason);
  }

  /**
   * How many of the three are printed.
   *
   * @return 0 to 3
   */
  public int count() {
    return (target ? 1 : 0) + (actual ? 1 : 0) + (reason ? 1 : 0);
  }
}

package io.github.jixiao.render.xlsx.layout;

import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The indicator-table columns some provinces print beside the usual ones (issue 14), and the
 * flat indicator list. A form gets an extra column only when some row of it fills that cell, so
 * a Hunan form is laid out exactly as before. Writer and reader share the header words: the
 * reader finds the columns by their header text.
 */
public final class IndicatorColumns {

  /**
   * An extra column, in the order they are printed: 计量单位 and 指标性质 just before 年度指标值,
   * the others after 得分 (as the Sichuan and Yunnan templates place them).
   */
  public enum Extra {
    /** 计量单位. */
    UNIT_OF_MEASURE("计量单位", true, IndicatorRow::unitOfMeasure),
    /** 指标性质. */
    NATURE("指标性质", true, IndicatorRow::nature),
    /** 调整后指标值. */
    ADJUSTED_TARGET("调整后指标值", false, IndicatorRow::adjustedTarget),
    /** 得分系数. */
    SCORE_COEFFICIENT("得分系数", false, IndicatorRow::scoreCoefficient),
    /** 是否核心指标. */
    CORE("是否核心指标", false, IndicatorRow::core),
    /** 评价标准 (a 评分表's scoring rule). */
    CRITERIA("评价标准", false, IndicatorRow::criteria),
    /** 指标说明 (a 评分表's definition of the indicator). */
    EXPLANATION("指标说明", false, IndicatorRow::explanation);

    private final String header;
    private final boolean beforeTarget;
    private final Function<IndicatorRow, @Nullable String> value;

    Extra(String header, boolean beforeTarget, Function<IndicatorRow, @Nullable String> value) {
      this.header = header;
      this.beforeTarget = beforeTarget;
      this.value = value;
    }

    /**
     * The column's header as printed.
     *
     * @return "计量单位", "指标性质" …
     */
    public String header() {
      return header;
    }

    /**
     * Whether the column stands before 年度指标值 (else after 得分).
     *
     * @return {@code true} for 计量单位 and 指标性质
     */
    public boolean beforeTarget() {
      return beforeTarget;
    }

    /**
     * The row's cell of this column.
     *
     * @param row an indicator row
     * @return the text as printed, or {@code null} when blank
     */
    public @Nullable String of(IndicatorRow row) {
      return value.apply(row);
    }
  }

  /** 指标名称 — the header of the name column of a flat indicator list (no 一级/二级 columns). */
  public static final String FLAT_NAME = "指标名称";

  private IndicatorColumns() {}

  /**
   * The extra columns the form prints: those some row of it fills, in printed order.
   *
   * @param form the form
   * @return the columns, empty for a form with the usual columns only
   */
  public static List<Extra> used(SelfEvaluationForm form) {
    boolean[] seen = new boolean[Extra.values().length];
    for (Level1Group g : form.indicators()) {
      for (Level2Group c : g.children()) {
        for (IndicatorRow r : c.rows()) {
          for (Extra e : Extra.values()) {
            seen[e.ordinal()] |= e.of(r) != null;
          }
        }
      }
    }
    List<Extra> out = new ArrayList<>();
    for (Extra e : Extra.values()) {
      if (seen[e.ordinal()]) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether the form's indicators are a flat list, printed without the 一级/二级 columns.
   *
   * @param form the form
   * @return {@link SelfEvaluationForm#isFlatList()}
   */
  public static boolean flat(SelfEvaluationForm form) {
    return form.isFlatList();
  }
}

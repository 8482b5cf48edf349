package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 分值 and 得分 columns a form's indicator table prints for its levels, beside the rows' own:
 * a Hainan 评分表 prints 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分. Every renderer asks
 * the form the same questions, so the answer is made here, from the data alone:
 * <ul>
 *   <li>a level-1 分值 column when some level-1 group has a weight its label does not print
 *       ("项目决策" weighing 20; "产出指标（50分）" prints its own);</li>
 *   <li>a level-1 得分 column when some level-1 group has a score of its own;</li>
 *   <li>a level-2 分值 (得分) column when some level-2 group has a weight its label does not print
 *       ("A1项目立项5分" prints its own) (a score) and is not
 *       {@linkplain Level2Group#scoredAsWhole() scored as a whole}. A group scored as a whole then
 *       prints its weight (score) in that column too; without the column it prints it once, merged
 *       beside its rows, in the rows' 分值 (得分) column.</li>
 * </ul>
 * A form of the usual self-evaluation tables prints none of them, and is laid out as before.
 *
 * @param level1Weight whether a 分值 column follows 一级指标
 * @param level1Score whether a 得分 column follows 一级指标 (after its 分值)
 * @param level2Weight whether a 分值 column follows 二级指标
 * @param level2Score whether a 得分 column follows 二级指标 (after its 分值)
 */
public record LevelColumns(boolean level1Weight, boolean level1Score, boolean level2Weight, boolean level2Score) {

  /** No level columns: the usual table. */
  public static final LevelColumns NONE = new LevelColumns(false, false, false, false);

  private static final Pattern POINTS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分");

  /**
   * The level columns {@code form} prints.
   *
   * @param form a form
   * @return its columns; {@link #NONE} for a flat list or the usual table
   */
  public static LevelColumns of(SelfEvaluationForm form) {
    if (form.isFlatList()) {
      return NONE;
    }
    boolean w1 = false;
    boolean s1 = false;
    boolean w2 = false;
    boolean s2 = false;
    for (Level1Group g : form.indicators()) {
      w1 |= g.weight() != null && !printsWeight(g.label(), g.weight());
      s1 |= g.score() != null;
      for (Level2Group c : g.children()) {
        boolean whole = c.scoredAsWhole();
        w2 |= c.weight() != null && !whole && (c.weight().value() == null || !printsWeight(c.label(), c.weight().value()));
        s2 |= c.score() != null && !whole;
      }
    }
    return new LevelColumns(w1, s1, w2, s2);
  }

  /**
   * Whether a label prints the weight itself ("产出指标（50分）", "产出指标 50分").
   *
   * @param label the label as printed, or {@code null}
   * @param weight the weight
   * @return {@code true} when some "N分" of the label is the weight
   */
  static boolean printsWeight(@Nullable String label, BigDecimal weight) {
    if (label == null) {
      return false;
    }
    Matcher m = POINTS.matcher(label);
    while (m.find()) {
      if (new BigDecimal(m.group(1)).compareTo(weight) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many columns follow 一级指标 (its 分值 and 得分, where printed).
   *
   * @return 0, 1 or 2
   */
  public int level1Count() {
    return (level1Weight ? 1 : 0) + (level1Score ? 1 : 0);
  }

  /**
   * How many columns follow 二级指标 (its 分值 and 得分, where printed).
   *
   * @return 0, 1 or 2
   */
  public int level2Count() {
    return (level2Weight ? 1 : 0) + (level2Score ? 1 : 0);
  }

  /**
   * Whether the table prints any level column.
   *
   * @return {@code true} when one of the four is printed
   */
  public boolean any() {
    return level1Weight || level1Score || level2Weight || level2Score;
  }

  /**
   * Whether a level-2 group's weight is printed once beside its rows, in the rows' 分值 column.
   *
   * @param group a level-2 group of the form
   * @return {@code true} for a group scored as a whole when the table has no level-2 分值 column
   */
  public boolean weightBesideRows(Level2Group group) {
    return group.scoredAsWhole() && !level2Weight;
  }

  /**
   * Whether a level-2 group's score is printed once beside its rows, in the rows' 得分 column.
   *
   * @param group a level-2 group of the form
   * @return {@code true} for a group scored as a whole when the table has no level-2 得分 column
   */
  public boolean scoreBesideRows(Level2Group group) {
    return group.scoredAsWhole() && !level2Score;
  }
}

package io.github.jixiao.scoring;

import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.scoring.value.ParsedValue.Comparison;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a bigger or a smaller actual is better for one indicator row, and why. Decided in this
 * order (docs/SCORING.md, "Direction"):
 *
 * <ol>
 *   <li>the row's printed 指标性质 ({@code nature}): 正向/反向 and the operators some provinces print
 *       there (≥ ≤ ＞ ＜);
 *   <li>the operator in the target (≥ ≤ ＞ ＜ and their words: 不低于, 不超过, 以内…), as the value
 *       parser reads it;
 *   <li>the vocabulary of lower-is-better indicators (控制率, 调整率, 结转结余率, 投诉, 事故, 超支,
 *       差错, 成本 rows …) and of higher-is-better ones (完成率, 合格率, 覆盖率, 满意度, counts in
 *       人/户/个/次 …);
 *   <li>otherwise unknown: the rules then allow the range between both readings, and a deviation is
 *       at most a warning.
 * </ol>
 *
 * @param kind higher, lower or unknown
 * @param basisZh the basis in Chinese ("指标性质「反向」"), or {@code null} when unknown
 * @param basisEn the basis in English, or {@code null} when unknown
 */
record Direction(Kind kind, @Nullable String basisZh, @Nullable String basisEn) {

  /** Which actual is better. */
  enum Kind {
    /** A bigger actual is better (the default reading of an output count). */
    HIGHER,
    /** A smaller actual is better (a limit, a cost, complaints). */
    LOWER,
    /** Nothing on the form says which. */
    UNKNOWN
  }

  static final Direction UNKNOWN = new Direction(Kind.UNKNOWN, null, null);

  /** Words of a nature cell that mean lower is better. */
  private static final List<String> NATURE_LOWER = List.of("反向", "负向", "逆向", "越小越好", "越低越好", "≤", "<",
      "＜", "≦", "⩽", "小于", "低于", "不高于", "不超过");
  /** Words of a nature cell that mean higher is better. */
  private static final List<String> NATURE_HIGHER = List.of("正向", "越大越好", "越高越好", "≥", ">", "＞", "≧", "⩾",
      "大于", "高于", "不低于", "不少于");
  /** Indicator names whose smaller value is better. */
  static final List<String> LOWER_WORDS = List.of("控制率", "调整率", "结转结余率", "结余率", "结转率", "投诉", "事故",
      "超支", "差错", "违规", "违纪", "失误", "故障", "损失", "不良", "逾期", "超标", "返工", "死亡", "发生率", "上访",
      "信访", "闲置", "成本", "费用", "单价", "时限", "用时", "耗时", "周期", "时长", "偏差率", "误差");
  /** Indicator names whose bigger value is better. */
  static final List<String> HIGHER_WORDS = List.of("完成率", "合格率", "覆盖率", "满意度", "满意率", "达标率", "知晓率",
      "及时率", "到位率", "执行率", "验收", "通过率", "优良率", "使用率", "利用率", "入学率", "参保率", "普及率",
      "就业率", "受益", "增长", "提升", "提高", "数量", "人数", "人次", "户数", "个数", "面积", "长度", "里程",
      "次数", "场次");
  /** Units of a count: an output of this many is better when bigger. */
  private static final List<String> COUNT_UNITS = List.of("人次", "人", "户", "个", "次", "场", "家", "所", "项", "件",
      "台", "套", "公里", "千米", "米", "平方米", "亩", "篇", "期", "批", "座", "处", "册", "本", "份", "名", "辆",
      "株", "头", "只", "吨", "条", "栋", "间", "村", "个村", "学时", "课时");

  /**
   * The direction of a row whose target is a quantity.
   *
   * @param group the row's level-1 group
   * @param sub the row's level-2 group
   * @param row the row
   * @param target the parsed target
   * @return the direction with its basis
   */
  static Direction of(Level1Group group, Level2Group sub, IndicatorRow row, Quantity target) {
    String nature = row.nature() == null ? "" : row.nature().strip();
    if (!nature.isEmpty()) {
      for (String w : NATURE_LOWER) {
        if (nature.contains(w)) {
          return new Direction(Kind.LOWER, "指标性质「" + nature + "」", "nature '" + nature + "'");
        }
      }
      for (String w : NATURE_HIGHER) {
        if (nature.contains(w)) {
          return new Direction(Kind.HIGHER, "指标性质「" + nature + "」", "nature '" + nature + "'");
        }
      }
    }
    Comparison c = target.comparison();
    if (c == Comparison.AT_MOST || c == Comparison.LESS_THAN) {
      return new Direction(Kind.LOWER, "指标值「" + FormEvaluator.brief(row.target()) + "」",
          "the target '" + FormEvaluator.brief(row.target()) + "'");
    }
    if (c == Comparison.AT_LEAST || c == Comparison.MORE_THAN) {
      return new Direction(Kind.HIGHER, "指标值「" + FormEvaluator.brief(row.target()) + "」",
          "the target '" + FormEvaluator.brief(row.target()) + "'");
    }
    String name = row.name() == null ? "" : row.name();
    // a rate of success (投诉处理及时率) outranks the thing counted; the thing counted (投诉次数)
    // outranks a generic measure (次数, 人数)
    String higher = firstWord(name, HIGHER_BY_FIRST);
    String lower = firstWord(name, LOWER_BY_FIRST);
    if (higher != null && (lower == null || isRate(higher))) {
      return byName(Kind.HIGHER, higher);
    }
    if (lower != null) {
      return byName(Kind.LOWER, lower);
    }
    if (group.indicator() == Level1Indicator.COST || isCost(sub)) {
      return new Direction(Kind.LOWER, "成本指标", "a cost indicator");
    }
    String unit = target.unit() == null ? "" : target.unit();
    String printedUnit = row.unitOfMeasure() == null ? unit : row.unitOfMeasure().strip();
    if (isCount(printedUnit) || isCount(unit)) {
      return new Direction(Kind.HIGHER, "数量（" + printedUnit + "）", "a count (" + printedUnit + ")");
    }
    if (target.isPercent() && c == Comparison.NONE) {
      // a plain percentage target (95%) is a rate to reach unless a word above says otherwise
      return new Direction(Kind.HIGHER, "百分比指标", "a percentage target");
    }
    return UNKNOWN;
  }

  /** A higher-is-better word that names a rate of success (完成率, 满意度), not a generic measure. */
  private static boolean isRate(String word) {
    return word.endsWith("率") || word.endsWith("满意度");
  }

  /** The words by their first character, so a name is scanned once rather than once per word. */
  private static final java.util.Map<Character, List<String>> HIGHER_BY_FIRST = byFirst(HIGHER_WORDS);
  private static final java.util.Map<Character, List<String>> LOWER_BY_FIRST = byFirst(LOWER_WORDS);

  private static final boolean[] HIGHER_STARTS = starts(HIGHER_WORDS);
  private static final boolean[] LOWER_STARTS = starts(LOWER_WORDS);

  private static boolean[] starts(List<String> words) {
    boolean[] starts = new boolean[Character.MAX_VALUE + 1];
    words.forEach(w -> starts[w.charAt(0)] = true);
    return starts;
  }

  private static java.util.Map<Character, List<String>> byFirst(List<String> words) {
    java.util.Map<Character, List<String>> map = new java.util.HashMap<>();
    for (String w : words) {
      map.computeIfAbsent(w.charAt(0), c -> new java.util.ArrayList<>()).add(w);
    }
    map.replaceAll((c, list) -> List.copyOf(list));
    return java.util.Map.copyOf(map);
  }

  /** The first word of the list (in list order) the name contains, or {@code null}. */
  private static @Nullable String firstWord(String name, java.util.Map<Character, List<String>> byFirst) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    List<String> order = byFirst == HIGHER_BY_FIRST ? HIGHER_WORDS : LOWER_WORDS;
    boolean[] starts = byFirst == HIGHER_BY_FIRST ? HIGHER_STARTS : LOWER_STARTS;
    for (int i = 0; i < name.length(); i++) {
      if (!starts[name.charAt(i)]) {
        continue;
      }
      List<String> candidates = byFirst.get(name.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (String w : candidates) {
        if (name.startsWith(w, i)) {
          int rank = order.indexOf(w);
          if (rank < bestRank) {
            best = w;
            bestRank = rank;
          }
        }
      }
    }
    return best;
  }

  /** A count unit, also with a prefix such as 万 (万平方米, 万人次). */
  private static boolean isCount(String unit) {
    if (unit.isEmpty()) {
      return false;
    }
    return COUNT_SET.contains(unit) || (unit.length() > 1 && unit.charAt(0) == '万' && COUNT_SET.contains(unit.substring(1)));
  }

  private static final java.util.Set<String> COUNT_SET = java.util.Set.copyOf(COUNT_UNITS);

  private static Direction byName(Kind kind, String word) {
    return new Direction(kind, "指标名称含「" + word + "」", "the name contains '" + word + "'");
  }

  private static boolean isCost(Level2Group sub) {
    String label = sub.label() == null ? "" : sub.label();
    return label.contains("成本") || (sub.indicator() != null && sub.indicator().chinese().contains("成本"));
  }

  /** The phrase appended to a rule's explanation: "（方向依据：…）". */
  String noteZh() {
    return basisZh == null ? "（方向无法确定：取两种读法之间）" : "（方向依据：" + basisZh + "）";
  }

  /** The English phrase appended to a rule's explanation. */
  String noteEn() {
    return basisEn == null ? " (direction unknown: between both readings)" : " (direction from " + basisEn + ")";
  }
}

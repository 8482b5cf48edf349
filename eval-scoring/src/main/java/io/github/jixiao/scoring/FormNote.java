package io.github.jixiao.scoring;

import io.github.jixiao.model.io.Limits;
import io.github.jixiao.model.Level1Indicator;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The weights a form's own note states ("产出指标50分、效益指标30分、满意度指标10分"): when a form
 * prints its rule, the form is checked against that rule rather than against a chosen profile.
 *
 * @param level1 the level-1 weights the note states; empty when the note states none
 * @param executionWeight the execution weight the note states (预算执行率10分), or {@code null}
 * @param phrase the note's words that state them, for messages
 */
record FormNote(Map<Level1Indicator, BigDecimal> level1, @Nullable BigDecimal executionWeight, String phrase) {

  private static final FormNote NONE = new FormNote(Map.of(), null, "");
  /** 产出指标50分 / 效益指标占30分 / 满意度指标权重为10分 / 预算执行率10分. */
  private static final Pattern WEIGHT = Pattern.compile(
      "(产出|效益|成本|满意度|预算执行率|预算执行|资金执行率|执行率)(?:指标)?(?:的)?(?:权重|分值|满分)?(?:为|占|是|[:：])?"
          + "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分");

  /**
   * Reads the weights the notes state; a note counts when it names at least two level-1 weights.
   *
   * @param notes the form's printed notes
   * @return the weights stated, or an empty note
   */
  static FormNote of(List<String> notes) {
    for (String note : notes) {
      if (note.indexOf('分') < 0 || (note.indexOf("产出") < 0 && note.indexOf("效益") < 0)) {
        continue;
      }
      Matcher m = WEIGHT.matcher(note);
      Map<Level1Indicator, BigDecimal> level1 = new EnumMap<>(Level1Indicator.class);
      BigDecimal execution = null;
      int first = -1;
      int last = -1;
      while (m.find()) {
        if (!Limits.fitsDigits(m.group(2))) {
          continue; // no weight has that many digits
        }
        BigDecimal points = new BigDecimal(m.group(2));
        Level1Indicator indicator = switch (m.group(1)) {
          case "产出" -> Level1Indicator.OUTPUT;
          case "效益" -> Level1Indicator.BENEFIT;
          case "成本" -> Level1Indicator.COST;
          case "满意度" -> Level1Indicator.SATISFACTION;
          default -> null;
        };
        if (indicator == null) {
          execution = execution == null ? points : execution;
        } else {
          level1.putIfAbsent(indicator, points);
        }
        first = first < 0 ? m.start() : first;
        last = m.end();
      }
      if (level1.size() >= 2) {
        return new FormNote(Collections.unmodifiableMap(level1), execution, FormEvaluator.brief(note.substring(first, last)));
      }
    }
    return NONE;
  }
}

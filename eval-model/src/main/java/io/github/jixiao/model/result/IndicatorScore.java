package io.github.jixiao.model.result;

import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The computed score of one level-3 row beside what was printed.
 *
 * @param pointer the JSON pointer of the row
 * @param level1 the level-1 label as printed, or {@code null}
 * @param level2 the level-2 label as printed, or {@code null}
 * @param name the level-3 name as printed, or {@code null}
 * @param reportedWeight 分值 as printed
 * @param reportedScore 得分 as printed
 * @param method how the rule scored it
 * @param allowed the scores the rule allows (exact or a range); {@code null} when not scored
 * @param computed jixiao's score: the exact value, or for a range the reported score moved into
 *     the range (the reported score when it is inside); {@code null} when not scored
 * @param explanation how the value was reached, for people ("98% ÷ 100% × 10 = 9.80")
 */
public record IndicatorScore(
    String pointer,
    @Nullable String level1,
    @Nullable String level2,
    @Nullable String name,
    @Nullable ScoreCell reportedWeight,
    @Nullable ScoreCell reportedScore,
    ScoringMethod method,
    @Nullable ScoreRange allowed,
    @Nullable BigDecimal computed,
    String explanation) {}

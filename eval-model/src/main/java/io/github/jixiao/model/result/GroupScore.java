package io.github.jixiao.model.result;

import io.github.jixiao.model.Level1Indicator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Subtotal of a level-1 group: the printed weights and scores added up, and jixiao's scores
 * added up.
 *
 * @param indicator the level-1 indicator, or {@code null}
 * @param label the label as printed
 * @param printedWeight the weight printed in the label ("（30分）"), or {@code null}
 * @param weight the sum of the rows' printed weights
 * @param reported the sum of the rows' printed scores
 * @param computed the sum of the rows' computed scores
 */
public record GroupScore(
    @Nullable Level1Indicator indicator,
    @Nullable String label,
    @Nullable BigDecimal printedWeight,
    BigDecimal weight,
    BigDecimal reported,
    BigDecimal computed) {}

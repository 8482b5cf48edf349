/**
 * Reading the free text of 年度指标值 / 实际完成值 into typed values: quantities with a comparison
 * and unit, periods and deadlines, qualitative achievement words, not-applicable marks — and
 * saying so when a text cannot be read ({@link io.github.jixiao.scoring.value.ParsedValue.NeedsReview}).
 */
@NullMarked
package io.github.jixiao.scoring.value;

import org.jspecify.annotations.NullMarked;

/**
 * The immutable domain model of a budget performance self-evaluation package (预算绩效自评材料):
 * the basic data table (附件1), the department-wide and project self-evaluation forms (附件2, 附件3-n),
 * the department report and the project reports (附件5-n).
 *
 * <p>Everything is kept as printed: a blank cell is {@code null}, text stays text, and printed
 * scores and totals are <em>reported</em> values. Computed values live elsewhere and never
 * overwrite them. Money is {@link java.math.BigDecimal} in 万元 unless a form says otherwise.
 * Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.jixiao.model;

import org.jspecify.annotations.NullMarked;

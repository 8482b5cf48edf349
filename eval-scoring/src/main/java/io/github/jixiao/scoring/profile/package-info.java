/**
 * Scoring profiles: the rules of a province and year as data (weights, formulas, bands,
 * thresholds, rounding, grades), built in or loaded from JSON.
 */
@NullMarked
package io.github.jixiao.scoring.profile;

import org.jspecify.annotations.NullMarked;

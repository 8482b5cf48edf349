/**
 * Scoring and audit (评分与审核): given a filled-in package and a {@link
 * io.github.jixiao.scoring.profile.ScoringProfile}, compute what each form should score under the
 * rules, beside what was printed, and list everything that is wrong as {@link
 * io.github.jixiao.model.result.Finding findings}. Entry point: {@link io.github.jixiao.scoring.Evaluator}.
 */
@NullMarked
package io.github.jixiao.scoring;

import org.jspecify.annotations.NullMarked;

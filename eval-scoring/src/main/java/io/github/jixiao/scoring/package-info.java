/**
 * Scoring and audit (eval-scoring): scores a package by the official rules and lists what is wrong. Implemented by the scoring issue; this module is the placeholder the build already knows.
 */
@NullMarked
package io.github.jixiao.scoring;

import org.jspecify.annotations.NullMarked;

/**
 * The county review (县级审核) as data: what one package's audit leaves for the review letters
 * and the county workbook ({@link PackageReview}), one department's letter ({@link ReviewLetter})
 * and the county's whole season ({@link CountyReview}). Everything the letters and the county
 * workbook print is here, so that they can be written again from a saved {@code audit.json}
 * alone, and so that two halves of a season merged give the same outputs as one run.
 */
@NullMarked
package io.github.jixiao.model.review;

import org.jspecify.annotations.NullMarked;

/**
 * County review: one package's audit as a pure function ({@link io.github.jixiao.review.PackageAudit}),
 * the season's result as {@code audit.json} ({@link io.github.jixiao.review.AuditJson}) and the merge of
 * results audited apart ({@link io.github.jixiao.review.Season}).
 */
@NullMarked
package io.github.jixiao.review;

import org.jspecify.annotations.NullMarked;

/**
 * Reading, writing and validating an {@link io.github.jixiao.model.EvaluationPackage} as JSON (the
 * format in {@code docs/FORMAT.md}, schema {@code io/github/jixiao/json/package.schema.json}, read
 * it with {@link io.github.jixiao.json.PackageSchema#json()}): exact decimals, stable field order,
 * every problem reported at once with its JSON pointer; the JSON of a {@link
 * io.github.jixiao.model.result.PackageEvaluation} ({@code jixiao score --format json}); and
 * {@link io.github.jixiao.json.JixiaoModule}, which teaches a host application's own Jackson
 * {@code ObjectMapper} the same canonical JSON.
 */
@NullMarked
package io.github.jixiao.json;

import org.jspecify.annotations.NullMarked;

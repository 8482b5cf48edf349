/**
 * Reading and writing an {@link io.github.jixiao.model.EvaluationPackage} as JSON (the format in
 * {@code docs/FORMAT.md}, schema {@code io/github/jixiao/model/package.schema.json}): exact
 * decimals, stable field order, and every problem reported at once with its JSON pointer.
 */
@NullMarked
package io.github.jixiao.model.json;

import org.jspecify.annotations.NullMarked;

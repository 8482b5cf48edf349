/**
 * What scoring and auditing produce, as data: computed scores beside the reported ones, grades
 * and findings. These types live in the model so that renderers can show them without
 * depending on the scoring module.
 */
@NullMarked
package io.github.jixiao.model.result;

import org.jspecify.annotations.NullMarked;

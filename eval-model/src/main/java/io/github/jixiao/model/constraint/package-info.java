/**
 * The constraints on the model's values, as annotations on the records' components, named and
 * meant as their Jakarta Bean Validation counterparts ({@code @Min}, {@code @DecimalMin}, {@code
 * @NotBlank}, {@code @Valid} …), plus {@link io.github.jixiao.model.constraint.Points} for a score
 * cell. They are jixiao's own so that the model needs no Bean Validation jar: {@code
 * io.github.jixiao.json.PackageValidator} (module eval-json) checks them, and reading JSON —
 * through {@code PackageJson}, or a host's {@code ObjectMapper} with {@code JixiaoModule} — always
 * does. A host's Bean Validation provider does not see them: validate a package built in code
 * with {@code PackageValidator}.
 *
 * <p>A message may name an attribute in braces ({@code {max}}), replaced by its value.
 */
@NullMarked
package io.github.jixiao.model.constraint;

import org.jspecify.annotations.NullMarked;

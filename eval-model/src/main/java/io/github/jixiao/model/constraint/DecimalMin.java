package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number is at least {@link #value()} (a decimal written as text); {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalMin {
  /** The smallest allowed value, as decimal text ("0"). */
  String value();

  /** Whether the value itself is allowed. */
  boolean inclusive() default true;

  /** The problem reported when the value is smaller. */
  String message();
}

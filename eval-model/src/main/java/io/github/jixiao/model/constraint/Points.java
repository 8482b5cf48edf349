package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link io.github.jixiao.model.ScoreCell}: when it holds a number, the number lies in
 * [{@link #min()}, {@link #max()}]. Marks (无, 不适用) and {@code null} are valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Points {
  /** Smallest allowed number. */
  long min() default 0;

  /** Largest allowed number. */
  long max() default Long.MAX_VALUE;

  /** The problem reported; {@code {min}} and {@code {max}} are replaced by their values. */
  String message() default "分值须在 {min} 到 {max} 之间 / must be between {min} and {max} points";
}

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
  /**
   * Smallest allowed number.
   *
   * @return the lower bound, itself allowed; 0 by default
   */
  long min() default 0;

  /**
   * Largest allowed number.
   *
   * @return the upper bound, itself allowed; unbounded ({@link Long#MAX_VALUE}) by default, 100 on
   *     weights
   */
  long max() default Long.MAX_VALUE;

  /**
   * The problem reported when the number is out of range.
   *
   * @return the message; {@code {min}} and {@code {max}} are replaced by their values
   */
  String message() default "分值须在 {min} 到 {max} 之间 / must be between {min} and {max} points";
}

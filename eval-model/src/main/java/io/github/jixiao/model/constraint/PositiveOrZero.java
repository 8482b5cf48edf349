package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number is 0 or more; {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveOrZero {
  /**
   * The problem reported when the number is negative.
   *
   * @return the message, Chinese and English
   */
  String message();
}

package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number (a whole number or a decimal) is at least {@link #value()}; {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Min {
  /**
   * The smallest allowed value.
   *
   * @return the bound, itself allowed
   */
  long value();

  /**
   * The problem reported when the number is smaller.
   *
   * @return the message, Chinese and English
   */
  String message();
}

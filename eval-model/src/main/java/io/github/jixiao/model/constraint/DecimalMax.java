package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number is at most {@link #value()} (a decimal written as text); {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalMax {
  /**
   * The largest allowed value, as decimal text.
   *
   * @return a decimal as {@link java.math.BigDecimal#BigDecimal(String)} reads it ("100")
   */
  String value();

  /**
   * Whether the bound itself is allowed.
   *
   * @return {@code true} (the default) when a number equal to {@link #value()} is valid
   */
  boolean inclusive() default true;

  /**
   * The problem reported when the number is larger.
   *
   * @return the message, Chinese and English ("一级指标分值不能超过100 / level-1 weight must not exceed 100")
   */
  String message();
}

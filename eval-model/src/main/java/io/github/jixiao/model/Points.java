package io.github.jixiao.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraint on a {@link ScoreCell}: when it holds a number, the number lies in
 * [{@link #min()}, {@link #max()}]. Marks (无, 不适用) and {@code null} are valid.
 */
@Documented
@Constraint(validatedBy = Points.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Points {
  /** Smallest allowed number. */
  long min() default 0;

  /** Largest allowed number. */
  long max() default Long.MAX_VALUE;

  /** Violation message. */
  String message() default "分值须在 {min} 到 {max} 之间 / must be between {min} and {max} points";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks the range of a numeric score cell. */
  final class Validator implements ConstraintValidator<Points, ScoreCell> {
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.ZERO;

    /** Created by the Bean Validation provider for each use of {@link Points}. */
    public Validator() {
      // state comes from initialize
    }

    @Override
    public void initialize(Points annotation) {
      min = BigDecimal.valueOf(annotation.min());
      max = BigDecimal.valueOf(annotation.max());
    }

    @Override
    public boolean isValid(@Nullable ScoreCell cell, ConstraintValidatorContext context) {
      if (cell == null || cell.value() == null) {
        return true;
      }
      BigDecimal v = cell.value();
      return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }
  }
}

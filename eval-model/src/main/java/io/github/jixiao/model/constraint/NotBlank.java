package io.github.jixiao.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is present and not blank: something is left after trimming the characters up to U+0020.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlank {
  /**
   * The problem reported when the text is missing or blank.
   *
   * @return the message, Chinese and English ("部门名称不能为空 / department is required")
   */
  String message();
}

package io.github.jixiao.model;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small argument checks shared by the compact constructors; messages name the field. */
final class Checks {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private Checks() {}

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new FieldException(field, field + " is required (必填)");
    }
    return value;
  }

  static String text(@Nullable String value, String field) {
    String v = required(value, field);
    if (v.strip().isEmpty() || v.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new FieldException(field, field + " must not be blank (不能为空)");
    }
    return v;
  }

  static <T> List<T> list(@Nullable List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new FieldException(field, field + " must not contain null entries (不能含空项)");
      }
    }
    return List.copyOf(values);
  }

  static @Nullable String optionalId(@Nullable String id, String field) {
    if (id != null && !ID.matcher(id).matches()) {
      throw new FieldException(field,
          field + " must be a lowercase id of letters, digits and '-' (项目标识只能含小写字母、数字和 '-'), got '" + id + "'");
    }
    return id;
  }

  static String id(@Nullable String id, String field) {
    return required(optionalId(required(id, field), field), field);
  }
}

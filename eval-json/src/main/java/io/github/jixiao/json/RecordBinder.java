package io.github.jixiao.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FieldException;
import io.github.jixiao.model.PrintedValue;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.io.Limits;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Binds a JSON tree to the model's records by reflection over their components, collecting every
 * problem (unknown field, wrong type, missing required field, value the model rejects) with its
 * JSON pointer instead of stopping at the first one.
 *
 * <p>Conventions: a component marked {@code @Nullable} is optional; a {@code List} is optional
 * and absent means empty; every other component is required.
 */
final class RecordBinder {

  /** Something that could not be bound; the caller reports it and gives up on the parent. */
  private static final Object FAILED = new Object();

  /** Receives a component value that was bound although its record could not be built. */
  @FunctionalInterface
  interface BoundUnderFailedRecord {
    /**
     * @param record the record type that could not be built
     * @param component the name of the component the value was bound for
     * @param value the bound value
     * @param recordPointer the JSON pointer of the record
     */
    void accept(Class<?> record, String component, Object value, String recordPointer);
  }

  private final BiConsumer<String, String> problems;
  private final BiConsumer<String, Object> builtUnderFailedParent;
  private final BoundUnderFailedRecord boundUnderFailedRecord;

  /**
   * @param problems receives (pointer, message) for every problem
   * @param builtUnderFailedParent receives (pointer, value) for every record that was built but
   *     whose parent could not be, so that its constraints can still be checked
   * @param boundUnderFailedRecord receives every component value (a number, a text, a score
   *     cell…) that was bound although its record could not be built, so that the constraints on
   *     that component can still be checked
   */
  RecordBinder(BiConsumer<String, String> problems, BiConsumer<String, Object> builtUnderFailedParent,
      BoundUnderFailedRecord boundUnderFailedRecord) {
    this.problems = problems;
    this.builtUnderFailedParent = builtUnderFailedParent;
    this.boundUnderFailedRecord = boundUnderFailedRecord;
  }

  /** The bound value, or {@code null} when any problem was reported. */
  <T extends Record> @Nullable T bind(JsonNode node, Class<T> type) {
    Object value = bindValue(node, type, "", describe(type));
    if (value == FAILED) {
      return null;
    }
    return type.cast(value);
  }

  private Object bindValue(JsonNode node, Type type, String pointer, String what) {
    Class<?> raw = raw(type);
    if (node.isNull()) {
      return fail(pointer, what + " must not be null (不能为 null)");
    }
    if (raw == String.class) {
      return node.isTextual() ? node.textValue() : typeMismatch(pointer, node, "a string (文本)");
    }
    if (raw == BigDecimal.class) {
      return node.isNumber() ? decimal(node, pointer) : typeMismatch(pointer, node, "a number (数字, e.g. 45 or 5.88)");
    }
    if (raw == int.class || raw == Integer.class) {
      if (node.isIntegralNumber() && node.canConvertToInt()) {
        return node.intValue();
      }
      return typeMismatch(pointer, node, "a whole number (整数, e.g. 195)");
    }
    if (raw == ScoreCell.class) {
      return bindScore(node, pointer);
    }
    if (raw == Amount.class) {
      return bindAmount(node, pointer);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.isBoolean() ? node.booleanValue() : typeMismatch(pointer, node, "true or false (布尔值)");
    }
    if (raw.isEnum()) {
      return bindEnum(node, raw, pointer);
    }
    if (raw == List.class) {
      return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], pointer, what);
    }
    if (raw.isRecord()) {
      return bindRecord(node, raw, pointer);
    }
    throw new IllegalStateException("unsupported model type " + type);
  }

  private Object bindScore(JsonNode node, String pointer) {
    if (node.isNumber()) {
      Object value = decimal(node, pointer);
      return value == FAILED ? FAILED : ScoreCell.of((BigDecimal) value);
    }
    if (node.isTextual() && ScoreCell.MARKS.contains(node.textValue())) {
      return ScoreCell.mark(node.textValue());
    }
    String found = node.isTextual() ? "'" + abbreviate(node.textValue()) + "'" : kind(node);
    return fail(pointer, "分值须为数字或“无/不适用” / expected a number or one of 无, 不适用, /, —, -; found " + found);
  }

  /** The number as a decimal, or a problem when it is out of any sensible range (1e400, 1e-400). */
  private Object decimal(JsonNode node, String pointer) {
    BigDecimal value = node.decimalValue();
    String problem = Limits.numberProblem(value); // the limit every reader applies (docs/LIMITS.md)
    return problem == null ? value : fail(pointer, problem);
  }

  private Object bindAmount(JsonNode node, String pointer) {
    if (node.isNumber()) {
      Object value = decimal(node, pointer);
      return value == FAILED ? FAILED : Amount.of((BigDecimal) value);
    }
    if (node.isTextual() && Amount.MARKS.contains(node.textValue())) {
      return Amount.mark(node.textValue());
    }
    // the message a number gets, as before amounts could hold a mark (scripts match on it)
    return typeMismatch(pointer, node, "a number (数字, e.g. 45 or 5.88)");
  }

  private Object bindEnum(JsonNode node, Class<?> raw, String pointer) {
    Object[] constants = raw.getEnumConstants();
    boolean printed = PrintedValue.class.isAssignableFrom(raw);
    if (node.isTextual()) {
      for (Object c : constants) {
        String name = printed ? ((PrintedValue) c).printed() : ((Enum<?>) c).name();
        if (name.equals(node.textValue())) {
          return c;
        }
      }
    }
    String allowed = Arrays.stream(constants)
        .map(c -> printed ? "'" + ((PrintedValue) c).printed() + "'" : enumDescription(c))
        .collect(Collectors.joining(", "));
    String found = node.isTextual() ? "'" + abbreviate(node.textValue()) + "'" : kind(node);
    return fail(pointer, "unknown value " + found + " (取值无效); expected one of: " + allowed);
  }

  private Object bindList(JsonNode node, Type element, String pointer, String what) {
    if (!node.isArray()) {
      return typeMismatch(pointer, node, "an array (列表) of " + describe(raw(element)));
    }
    List<Object> values = new ArrayList<>(node.size());
    List<String> pointers = new ArrayList<>(node.size());
    boolean failed = false;
    for (int i = 0; i < node.size(); i++) {
      String p = pointer + "/" + i;
      Object v = bindValue(node.get(i), element, p, what + " entry");
      failed |= v == FAILED;
      values.add(v);
      pointers.add(p);
    }
    if (failed) {
      handOverBuiltChildren(values, pointers);
      return FAILED;
    }
    return values;
  }

  private Object bindRecord(JsonNode node, Class<?> type, String pointer) {
    if (!node.isObject()) {
      return typeMismatch(pointer, node, "an object (对象) " + describe(type));
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new LinkedHashSet<>();
    for (RecordComponent c : components) {
      known.add(c.getName());
    }
    boolean failed = false;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      if (!known.contains(name)) {
        fail(pointer + "/" + escape(name), "unknown field '" + name + "' (未知字段) in " + describe(type)
            + "; expected one of: " + String.join(", ", known));
        failed = true;
      }
    }
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      String p = pointer + "/" + escape(c.getName());
      JsonNode child = node.get(c.getName());
      boolean optional = isNullable(c);
      Class<?> raw = c.getType();
      if (child == null || (child.isNull() && optional)) {
        if (raw == boolean.class) {
          args[i] = false;   // an absent flag is false ("partial" is written only when true)
        } else if (raw == List.class) {
          args[i] = List.of();
        } else if (optional) {
          args[i] = null;
        } else {
          args[i] = fail(p, "required field '" + c.getName() + "' is missing (缺少必填字段) in " + describe(type));
        }
      } else {
        args[i] = bindValue(child, c.getGenericType(), p, "'" + c.getName() + "'");
      }
      failed |= args[i] == FAILED;
    }
    if (failed) {
      handOverBoundComponents(type, components, args, pointer, null);
      return FAILED;
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String where = pointer;
      if (cause instanceof FieldException f && known.contains(f.field())) {
        where = pointer + "/" + escape(f.field());
      }
      handOverBoundComponents(type, components, args, pointer,
          cause instanceof FieldException f ? f.field() : null);
      return fail(where, cause != null && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  /**
   * Hands over every component bound for a record that could not be built, so that its own
   * constraints (and those of the records it holds) are still checked; {@code except} names a
   * component already reported.
   */
  private void handOverBoundComponents(Class<?> type, RecordComponent[] components, Object[] args, String pointer,
      @Nullable String except) {
    List<String> pointers = new ArrayList<>(components.length);
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      pointers.add(pointer + "/" + escape(name));
      if (args[i] != FAILED && args[i] != null && !name.equals(except)) {
        boundUnderFailedRecord.accept(type, name, args[i], pointer);
      }
    }
    handOverBuiltChildren(Arrays.asList(args), pointers);
  }

  private void handOverBuiltChildren(List<Object> values, List<String> pointers) {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == FAILED || v == null) {
        continue;
      }
      if (v instanceof Record) {
        builtUnderFailedParent.accept(pointers.get(i), v);
      } else if (v instanceof List<?> list) {
        for (int j = 0; j < list.size(); j++) {
          if (list.get(j) instanceof Record) {
            builtUnderFailedParent.accept(pointers.get(i) + "/" + j, list.get(j));
          }
        }
      }
    }
  }

  private Object typeMismatch(String pointer, JsonNode node, String expected) {
    String found = node.isTextual() ? "the text '" + abbreviate(node.textValue()) + "'" : kind(node);
    return fail(pointer, "expected " + expected + ", found " + found + " (类型错误)");
  }

  private Object fail(String pointer, String message) {
    problems.accept(pointer, message);
    return FAILED;
  }

  private static boolean isNullable(RecordComponent c) {
    return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> "the boolean " + node.asText();
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName();
  }

  private static String enumDescription(Object constant) {
    try {
      Object chinese = constant.getClass().getMethod("chinese").invoke(constant);
      return ((Enum<?>) constant).name() + " (" + chinese + ")";
    } catch (ReflectiveOperationException e) {
      return ((Enum<?>) constant).name();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

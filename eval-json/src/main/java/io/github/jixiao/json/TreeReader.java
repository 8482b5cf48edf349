package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jixiao.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from a parser someone else configured (a host application's {@code
 * ObjectMapper}) into the tree jixiao's binder reads, whatever that parser's settings: numbers
 * exactly as written (decimals never through {@code double}), a key given twice reported rather
 * than overwritten, nesting bounded, and the line and column of every value kept for problems.
 * One instance per value read; not thread-safe.
 */
final class TreeReader {
  /** As deep as {@link PackageJson} reads. */
  static final int MAX_NESTING = 200;

  private final JsonParser parser;
  private final Map<String, int[]> locations = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private TreeReader(JsonParser parser) {
    this.parser = parser;
  }

  /** The value the parser's current token starts (read to its end), or the problems that stop it. */
  static Result read(JsonParser parser) throws IOException {
    TreeReader reader = new TreeReader(parser);
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == null) {
      reader.problems.add(Problem.at("", "文件为空 / no JSON value: expected a JSON object"));
      return new Result(NullNode.getInstance(), reader.locations, reader.problems);
    }
    JsonNode node = reader.value(token, "", 0);
    return new Result(node, reader.locations, List.copyOf(reader.problems));
  }

  /**
   * What was read: the tree (a value that could not be read is a JSON null in it), where each
   * value was, and the problems met.
   */
  record Result(JsonNode tree, Map<String, int[]> locations, List<Problem> problems) {
    /** {line, column} of the value at this pointer or of its nearest located ancestor. */
    int[] find(String pointer) {
      String p = pointer;
      while (true) {
        int[] at = locations.get(p);
        if (at != null) {
          return at;
        }
        if (p.isEmpty()) {
          return new int[] {0, 0};
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }

    /** The problem placed at the line and column of its pointer. */
    Problem located(String pointer, String message) {
      int[] lc = find(pointer);
      return new Problem(pointer, lc[0], lc[1], message);
    }
  }

  private JsonNode value(JsonToken token, String pointer, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    locations.putIfAbsent(pointer, new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())});
    switch (token) {
      case START_OBJECT:
        return object(pointer, depth + 1);
      case START_ARRAY:
        return array(pointer, depth + 1);
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> IntNode.valueOf(parser.getIntValue());
          case LONG -> LongNode.valueOf(parser.getLongValue());
          default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        try {
          return DecimalNode.valueOf(parser.getDecimalValue());
        } catch (NumberFormatException e) {
          // NaN, Infinity (a host may allow them) or an exponent no decimal can hold
          problems.add(new Problem(pointer, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
              "JSON 数值无效 / not a usable number: " + parser.getText()));
          return NullNode.getInstance();
        }
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        problems.add(new Problem(pointer, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
            "JSON 语法错误 / not valid JSON: unexpected " + token));
        return NullNode.getInstance();
    }
  }

  private JsonNode object(String pointer, int depth) throws IOException {
    if (depth > MAX_NESTING) {
      return tooDeep(pointer);
    }
    ObjectNode node = new ObjectNode(JsonNodeFactory.instance);
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IOException("expected a field name, found " + t);
      }
      String name = parser.currentName();
      String p = pointer + "/" + RecordBinder.escape(name);
      JsonToken valueToken = parser.nextToken();
      JsonNode value = value(valueToken, p, depth);
      if (node.has(name)) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(new Problem(p, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
            "JSON 字段重复 / the field '" + name + "' is given twice (字段重复)"));
      } else {
        node.set(name, value);
      }
    }
    return node;
  }

  private JsonNode array(String pointer, int depth) throws IOException {
    if (depth > MAX_NESTING) {
      return tooDeep(pointer);
    }
    ArrayNode node = new ArrayNode(JsonNodeFactory.instance);
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      node.add(value(t, pointer + "/" + i, depth));
      i++;
    }
    return node;
  }

  /** A value nested deeper than jixiao reads: reported once, skipped to its end. */
  private JsonNode tooDeep(String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    problems.add(new Problem(pointer, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
        "JSON 超出限制 / the JSON is nested more than " + MAX_NESTING + " levels deep"));
    parser.skipChildren();
    return NullNode.getInstance();
  }
}

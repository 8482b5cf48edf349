package io.github.jixiao.scoring.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import io.github.jixiao.model.io.Limits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON of a profile file into a tree, keeping the line and column of every value, and
 * describing what stops it in the project's words: a file cut short, a comment, NaN, a field given
 * twice (reported, and reading goes on), text that is not UTF-8, a file beyond the JSON limits. Never
 * the parser's Java API or feature names. Numbers are read as written (decimals never through
 * {@code double}).
 */
final class ProfileJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Limits.JSON_NESTING)
          .maxStringLength(Limits.JSON_STRING_CHARACTERS)
          .maxNumberLength(Limits.JSON_NUMBER_CHARACTERS)
          .build())
      .build();

  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern NOISE = Pattern.compile(",? from `[^`]*`|\\s*\\((?:not recognized as one since )?"
      + "(?:Feature|JsonReadFeature|JsonParser\\.Feature)[^)]*\\)|;?\\s*enable `[^`]*`[^;)]*|\\s*\\(enable [^)]*\\)");
  private static final Pattern LENGTH = Pattern.compile(
      "(Number value|String value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': no open");
  private static final Pattern END_OF_INPUT = Pattern.compile(
      "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)");

  private final JsonParser parser;
  private final Map<String, int[]> locations = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private ProfileJson(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * What was read.
   *
   * @param tree the JSON value
   * @param locations {line, column} of the value at each JSON pointer
   * @param problems what was wrong but did not stop reading (a field given twice)
   */
  record Parsed(JsonNode tree, Map<String, int[]> locations, List<Problem> problems) {
    /** Whether the file gives a value at this pointer. */
    boolean has(String pointer) {
      return locations.containsKey(pointer);
    }

    /** The problem placed at the line and column of its pointer (or of its nearest located ancestor). */
    Problem locate(String pointer, String message) {
      return locate(pointer, pointer, message);
    }

    /** The problem at {@code pointer}, placed where {@code place} (or its nearest located ancestor) is. */
    Problem locate(String pointer, String place, String message) {
      String p = place;
      while (true) {
        int[] at = locations.get(p);
        if (at != null) {
          return new Problem(pointer, at[0], at[1], message);
        }
        if (p.isEmpty()) {
          return Problem.at(pointer, message);
        }
        int slash = p.lastIndexOf('/');
        p = slash < 0 ? "" : p.substring(0, slash);
      }
    }
  }

  /** A problem that stops the file from being read at all. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Unreadable(Problem problem, @Nullable Throwable cause) {
      super(problem.message(), cause);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  /**
   * Reads a profile file's bytes.
   *
   * @throws Unreadable when the bytes are too many, empty, not UTF-8 or not JSON
   */
  static Parsed parse(byte[] bytes) throws Unreadable {
    if (bytes.length > Limits.JSON_BYTES) {
      throw new Unreadable(Problem.at("", "文件过大 / the file has more than " + Limits.count(Limits.JSON_BYTES)
          + " bytes, the most a profile file may have"), null);
    }
    String text = decode(bytes);
    if (text.isBlank()) {
      throw new Unreadable(Problem.at("", "文件为空 / the file is empty: expected a JSON object describing a scoring "
          + "profile"), null);
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      try {
        ProfileJson reader = new ProfileJson(parser);
        JsonToken first = parser.nextToken();
        JsonNode tree = reader.value(first, "");
        JsonToken after = parser.nextToken();
        if (after != null) {
          throw new Unreadable(at(parser.currentTokenLocation(), "not valid JSON (JSON 语法错误): more content after the "
              + "end of the JSON value (JSON 结束后还有多余内容)"), null);
        }
        return new Parsed(tree, reader.locations, List.copyOf(reader.problems));
      } catch (StreamConstraintsException e) {
        // a limit exceeded has no location of its own: it is where the parser stands
        throw new Unreadable(at(e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
            limit(e.getOriginalMessage())), e);
      } catch (JacksonException e) {
        throw new Unreadable(at(e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
            "not valid JSON (JSON 语法错误): " + syntax(e.getOriginalMessage())), e);
      }
    } catch (IOException e) {
      throw new Unreadable(Problem.at("", "cannot read the JSON (JSON 无法读取): " + clean(e.getMessage())), e);
    }
  }

  private JsonNode value(@Nullable JsonToken token, String pointer) throws IOException, Unreadable {
    if (token == null) {
      throw new Unreadable(at(parser.currentLocation(), "not valid JSON (JSON 语法错误): the text ends in the middle of "
          + "a value: the file is cut short (文件不完整)"), null);
    }
    JsonLocation at = parser.currentTokenLocation();
    locations.putIfAbsent(pointer, new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())});
    switch (token) {
      case START_OBJECT -> {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          if (t != JsonToken.FIELD_NAME) {
            throw new Unreadable(at(parser.currentTokenLocation(), "not valid JSON (JSON 语法错误): expected a field "
                + "name"), null);
          }
          String name = parser.currentName();
          String p = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          JsonLocation nameAt = parser.currentTokenLocation();
          boolean twice = node.has(name);
          if (twice) {
            // the first one is kept; the place of the repeated one is reported
            problems.add(new Problem(p, Math.max(0, nameAt.getLineNr()), Math.max(0, nameAt.getColumnNr()),
                "the field '" + name + "' is given twice (字段重复): a profile says each rule once"));
          }
          JsonNode value = value(parser.nextToken(), p);
          if (!twice) {
            node.set(name, value);
          }
        }
        return node;
      }
      case START_ARRAY -> {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          node.add(value(t, pointer + "/" + i++));
        }
        return node;
      }
      case VALUE_STRING -> {
        return TextNode.valueOf(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> IntNode.valueOf(parser.getIntValue());
          case LONG -> LongNode.valueOf(parser.getLongValue());
          default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          return DecimalNode.valueOf(parser.getDecimalValue());
        } catch (NumberFormatException e) {
          throw new Unreadable(at(at, "not valid JSON (JSON 语法错误): '" + parser.getText() + "' is not a number a "
              + "profile can hold (数字无效)"), e);
        }
      }
      case VALUE_TRUE -> {
        return BooleanNode.TRUE;
      }
      case VALUE_FALSE -> {
        return BooleanNode.FALSE;
      }
      case VALUE_NULL -> {
        return NullNode.getInstance();
      }
      default -> throw new Unreadable(at(at, "not valid JSON (JSON 语法错误): unexpected " + token), null);
    }
  }

  private static Problem at(@Nullable JsonLocation location, String message) {
    if (location == null) {
      return Problem.at("", message);
    }
    return new Problem("", Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), message);
  }

  private static String decode(byte[] bytes) throws Unreadable {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(Problem.at("", "文件不是 UTF-8 编码 / the file is not UTF-8 text: save it as UTF-8 (请另存为 "
          + "UTF-8 编码)"), e);
    }
  }

  /** A syntax error in the project's words. */
  static String syntax(@Nullable String original) {
    String s = clean(original);
    Matcher m = NON_NUMERIC.matcher(s);
    if (m.find()) {
      return "'" + m.group(1) + "' is not a number JSON can hold: write the number itself (NaN、Infinity 不是数字)";
    }
    if (s.contains("maybe a (non-standard) comment")) {
      return "a comment (// or /* */), which JSON does not allow: remove it (JSON 不允许注释)";
    }
    m = END_OF_INPUT.matcher(s);
    if (m.find()) {
      String close = m.group(1).equals("Object") ? "}" : "]";
      return "the text ends before the " + (close.equals("}") ? "object" : "array") + " that starts at line "
          + m.group(2) + ", column " + m.group(3) + " is closed with '" + close + "': the file is cut short or a '"
          + close + "' is missing (文件不完整)";
    }
    m = CLOSE.matcher(s);
    if (m.find()) {
      return "a '" + m.group(1) + "' that closes nothing: remove it, or the '" + (m.group(1).equals("}") ? "{" : "[")
          + "' it belongs to is missing (多余的 " + m.group(1) + ")";
    }
    if (s.startsWith("Unexpected end-of-input")) {
      return "the text ends in the middle of a value: the file is cut short (文件不完整)";
    }
    return s;
  }

  /** A parser limit exceeded, with the limit and the figure. */
  static String limit(@Nullable String original) {
    String s = clean(original);
    Matcher m = LENGTH.matcher(s);
    if (m.find()) {
      String what = switch (m.group(1)) {
        case "Number value" -> "a number of " + Limits.count(Long.parseLong(m.group(2))) + " characters";
        case "String value" -> "a text of more than " + Limits.count(Long.parseLong(m.group(3))) + " characters";
        default -> "a field name of " + Limits.count(Long.parseLong(m.group(2))) + " characters";
      };
      return "超出限制 / " + what + ", more than the " + Limits.count(Long.parseLong(m.group(3)))
          + " the JSON reader takes";
    }
    m = NESTING.matcher(s);
    if (m.find()) {
      return "超出限制 / the JSON is nested " + m.group(1) + " levels deep, more than the " + m.group(2)
          + " the JSON reader takes";
    }
    return "超出限制 / " + s;
  }

  private static String clean(@Nullable String message) {
    String s = message == null ? "" : message;
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl);
    s = SOURCE.matcher(s).replaceAll("line $1, column $2");
    return NOISE.matcher(s).replaceAll("").strip();
  }
}

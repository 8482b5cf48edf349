package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.io.Limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a package as JSON (UTF-8). Reading reports every problem at once: syntax
 * errors with line and column, then unknown fields, wrong types, missing fields and constraint
 * violations with their JSON pointers; nothing half-read is ever returned. Writing is
 * deterministic: pretty-printed with two-space indent and {@code \n}, fields in the model's
 * order, decimals exactly as held.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PackageJson {
  /** Inputs larger than this are refused before parsing ({@link Limits#JSON_BYTES}). */
  public static final int MAX_INPUT_BYTES = Limits.JSON_BYTES;

  private static final int MAX_NESTING = Limits.JSON_NESTING;

  private final ObjectMapper mapper;
  private final PackageValidator validator;

  private PackageJson(PackageValidator validator) {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // problems carry line and column; the document's text has no place in a message
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(Limits.JSON_STRING_CHARACTERS)
            .maxNumberLength(Limits.JSON_NUMBER_CHARACTERS)
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
    this.validator = validator;
  }

  /**
   * A reader/writer that validates with the default {@link PackageValidator}.
   *
   * @return a new instance; keep and share it (it is thread-safe, and its validator learns each record
   *     type once)
   */
  public static PackageJson create() {
    return new PackageJson(PackageValidator.create());
  }

  /**
   * Reads and validates a package from a file.
   *
   * @param file a UTF-8 JSON file of at most {@link #MAX_INPUT_BYTES} bytes
   * @return the package, valid
   * @throws IOException when the file cannot be read
   * @throws InvalidPackageException when the file is too large, not UTF-8, not JSON, or not a valid
   *     package, listing every problem with its JSON pointer and line:column
   */
  public EvaluationPackage read(Path file) throws IOException, InvalidPackageException {
    long size = Files.size(file);
    if (size > MAX_INPUT_BYTES) {
      throw tooLarge(size);
    }
    return read(Files.readAllBytes(file));
  }

  /**
   * Reads and validates a package from a stream (read to its end, not closed).
   *
   * @param in UTF-8 JSON, at most {@link #MAX_INPUT_BYTES} bytes (reading stops just past the limit)
   * @return the package, valid
   * @throws IOException when the stream cannot be read
   * @throws InvalidPackageException when the input is too large, not UTF-8, not JSON, or not a valid
   *     package, listing every problem with its JSON pointer and line:column
   */
  public EvaluationPackage read(InputStream in) throws IOException, InvalidPackageException {
    byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw tooLarge(bytes.length);
    }
    return read(bytes);
  }

  /**
   * Reads and validates a package from UTF-8 bytes (a leading byte-order mark is allowed).
   *
   * @param bytes UTF-8 JSON, at most {@link #MAX_INPUT_BYTES} bytes
   * @return the package, valid
   * @throws InvalidPackageException when the input is too large, empty, UTF-16 or otherwise not UTF-8
   *     (GBK is recognised and named), not JSON, or not a valid package, listing every problem with its
   *     JSON pointer and line:column
   */
  public EvaluationPackage read(byte[] bytes) throws InvalidPackageException {
    if (bytes.length > MAX_INPUT_BYTES) {
      throw tooLarge(bytes.length);
    }
    String text = decode(bytes);
    if (text.isBlank()) {
      throw new InvalidPackageException(List.of(Problem.at("",
          "文件为空 / the file is empty: expected a JSON object describing a package")));
    }
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        LocationIndex.check(parser);
      } catch (IOException e) {
        // a limit exceeded (a string too long) has no location of its own: it is the current token's
        throw new InvalidPackageException(List.of(jsonProblem(e, parser.currentTokenLocation())));
      }
    } catch (IOException e) {
      throw new InvalidPackageException(List.of(jsonProblem(e, null)));
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (IOException e) {
      throw new InvalidPackageException(List.of(jsonProblem(e, null)));
    } catch (NumberFormatException e) {
      // a decimal whose exponent does not fit (1e9999999999): the parser throws it without a location
      throw new InvalidPackageException(List.of(numberProblem(text)));
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidPackageException(List.of(new Problem("", 1, 1,
          "expected a JSON object describing a package (须为 JSON 对象), found " + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)))));
    }
    java.util.function.Function<String, int[]> locations = LocationIndex.lazy(() -> mapper.createParser(text));
    return readTree(tree, List.of(), (pointer, message) -> at(locations, pointer, message));
  }

  /**
   * Binds and validates a package from a JSON object tree; {@code earlier} problems (met reading
   * the tree) are reported with the others; every problem is placed by {@code locate}.
   */
  EvaluationPackage readTree(JsonNode tree, List<Problem> earlier, BiFunction<String, String, Problem> locate)
      throws InvalidPackageException {
    JsonNode version = tree.get("formatVersion");
    if (version != null && version.isTextual()) {
      // a package in another format: its other differences would only be noise
      Optional<Problem> unsupported = PackageValidator.formatVersionProblem(version.textValue());
      if (unsupported.isPresent()) {
        throw new InvalidPackageException(List.of(locate.apply(unsupported.get().pointer(), unsupported.get().message())));
      }
    }
    return bind(tree, EvaluationPackage.class, earlier, locate);
  }

  /**
   * Binds a tree to a record type of the model and validates it, reporting {@code earlier}
   * problems (met reading the tree) together with the binder's and the validator's, every
   * problem placed by {@code locate}. A package is validated whole (constraints and the
   * references between its parts); any other record, its constraints.
   */
  <T extends Record> T bind(JsonNode tree, Class<T> type, List<Problem> earlier,
      BiFunction<String, String, Problem> locate) throws InvalidPackageException {
    List<Problem> problems = new ArrayList<>(earlier);
    RecordBinder binder = new RecordBinder(
        (pointer, message) -> problems.add(locate.apply(pointer, message)),
        (pointer, built) -> validator.validate(built, pointer).forEach(p -> problems.add(locate.apply(p.pointer(), p.message()))),
        (recordType, component, value, pointer) -> validator.validateValue(recordType, component, value, pointer)
            .forEach(p -> problems.add(locate.apply(p.pointer(), p.message()))));
    T bound = binder.bind(tree, type);
    if (bound instanceof EvaluationPackage pkg) {
      validator.validate(pkg).forEach(p -> problems.add(locate.apply(p.pointer(), p.message())));
    } else if (bound != null) {
      validator.validate(bound, "").forEach(p -> problems.add(locate.apply(p.pointer(), p.message())));
    }
    if (!problems.isEmpty() || bound == null) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::pointer));
      throw new InvalidPackageException(problems);
    }
    return bound;
  }

  /**
   * Reads and validates a package from JSON text.
   *
   * @param json the JSON text (its UTF-8 encoding may be at most {@link #MAX_INPUT_BYTES} bytes)
   * @return the package, valid
   * @throws InvalidPackageException when the text is not JSON or not a valid package, listing every
   *     problem with its JSON pointer and line:column
   */
  public EvaluationPackage read(String json) throws InvalidPackageException {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The package as canonical JSON text (pretty, stable order, ends with a newline).
   *
   * @param pkg the package; it is written as it is, not validated
   * @return two-space indented JSON, fields in the model's order, decimals as held (plain notation),
   *     {@code \n} line ends, a final newline
   */
  public String write(EvaluationPackage pkg) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = mapper.createGenerator(out)) {
      gen.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      gen.setPrettyPrinter(CanonicalPrinter.create());
      RecordWriter.write(gen, pkg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  /**
   * Writes the canonical JSON text as UTF-8.
   *
   * @param pkg the package
   * @param out where the JSON goes; not closed
   * @throws IOException when writing to {@code out} fails
   */
  public void write(EvaluationPackage pkg, OutputStream out) throws IOException {
    out.write(write(pkg).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The canonical JSON as UTF-8 bytes.
   *
   * @param pkg the package
   * @return {@link #write(EvaluationPackage)} encoded as UTF-8, without a byte-order mark
   */
  public byte[] writeBytes(EvaluationPackage pkg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(pkg, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String decode(byte[] bytes) throws InvalidPackageException {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        // no byte-order mark: JSON starts with an ASCII character, which UTF-16 pairs with a zero byte
        || (bytes[0] == 0) != (bytes[1] == 0))) {
      throw new InvalidPackageException(List.of(Problem.at("",
          "文件是 UTF-16 编码，请另存为 UTF-8 / the file is UTF-16 encoded: save it as UTF-8")));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(buffer).toString();
    } catch (CharacterCodingException e) {
      int offset = firstBadUtf8(bytes, start);
      int line = 1;
      int lineStart = start;
      for (int i = start; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // the bytes before the first bad one are valid UTF-8: count the characters
      String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      String hint = looksLikeGb(bytes, start)
          ? "; it looks GBK/GB18030-encoded (常见于 Windows 中文版): save it as UTF-8 (请另存为 UTF-8 编码)"
          : "; save it as UTF-8 (请另存为 UTF-8 编码)";
      throw new InvalidPackageException(List.of(new Problem("", line, column,
          "文件不是 UTF-8 编码 / the file is not valid UTF-8 at byte " + offset + hint)));
    }
  }

  private static int firstBadUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static boolean looksLikeGb(byte[] bytes, int start) {
    try {
      Charset.forName("GB18030").newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The first number in {@code text} that cannot be held as a decimal, with its line and column. */
  private Problem numberProblem(String text) {
    String message = "JSON 数值无效 / not a usable number: the exponent is too large (数值的指数过大)";
    try (JsonParser parser = mapper.createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
          try {
            parser.getDecimalValue();
          } catch (NumberFormatException e) {
            JsonLocation at = parser.currentTokenLocation();
            return new Problem("", Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                message + ": " + parser.getText());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // the first parse failed on a number; if this one fails elsewhere, the message without a place will do
    }
    return Problem.at("", message);
  }

  private static InvalidPackageException tooLarge(long size) {
    return new InvalidPackageException(List.of(Problem.at("", String.format(java.util.Locale.ROOT,
        "文件过大 / the file is too large: %,d bytes or more, the limit is %,d bytes (docs/LIMITS.md)", size,
        (long) MAX_INPUT_BYTES))));
  }

  /** The problem of JSON that cannot be parsed, at the exception's location or else at {@code fallback}. */
  private static Problem jsonProblem(IOException e, @Nullable JsonLocation fallback) {
    String message;
    if (e instanceof StreamConstraintsException c) {
      message = JsonMessages.limit(c.getOriginalMessage());
    } else if (e instanceof MismatchedInputException) {
      // the only mismatch reading a tree: a second value after the first (FAIL_ON_TRAILING_TOKENS)
      message = "JSON 语法错误 / not valid JSON: more content after the end of the JSON value (JSON 结束后还有多余内容)";
    } else if (e instanceof JsonProcessingException p) {
      message = "JSON 语法错误 / not valid JSON: " + JsonMessages.syntax(p.getOriginalMessage());
    } else {
      message = "JSON 无法读取 / cannot read the JSON: " + clean(e.getMessage());
    }
    JsonLocation at = e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation() : fallback;
    if (at == null) {
      return Problem.at("", message);
    }
    return new Problem("", Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), message);
  }

  /** A parser message fit for the user: first line, no source description, no Java API names. */
  private static String clean(@Nullable String message) {
    return JsonMessages.clean(message);
  }

  private static Problem at(java.util.function.Function<String, int[]> locations, String pointer, String message) {
    int[] lc = locations.apply(pointer);
    return new Problem(pointer, lc[0], lc[1], message);
  }
}

package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.json.PackageJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, mutation fuzzing of the JSON reader: the 233 KB seed package ({@code miluo-2023.json})
 * mutated {@value #CASES} × scale times — nine in ten byte-level (bit flips, overwrites, truncation,
 * inserted tokens such as NUL, lone surrogates, invalid UTF-8, BOMs, 1e999999999; deleted and
 * duplicated ranges), one in ten structural on the tree (a value of another type, huge numbers,
 * 200,000-character strings, nesting beyond the limit, removed, renamed, unknown and duplicate
 * keys, duplicated or emptied arrays, unknown enum values, undeclared ids). Each case must end
 * within {@value #LIMIT_SECONDS} s in a package or an {@link InvalidPackageException} whose
 * problems are located (a JSON pointer, or a line, or a whole-file problem) — never another
 * exception, a hang, an {@link OutOfMemoryError} or a {@link StackOverflowError}.
 */
class JsonMutationFuzzTest {
  static final int CASES = 3_000;
  static final int LIMIT_SECONDS = 10;
  private static final long FIRST_SEED = 1_000_000L;
  private static final PackageJson JSON = PackageJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] SEED = Examples.json(Examples.MILUO_2023).orElseThrow();
  private static final JsonNode TREE;
  private static final List<JsonPointer> POINTERS = new ArrayList<>();
  private static final Pattern KEY = Pattern.compile("\n( *)\"(\\w+)\": ");

  static {
    try {
      TREE = MAPPER.readTree(SEED);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    collect(TREE, JsonPointer.empty());
  }

  private static void collect(JsonNode node, JsonPointer at) {
    POINTERS.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at.appendProperty(e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i));
      }
    }
  }

  @Test
  void mutatedSeedJsonEndsInAPackageOrLocatedProblemsWithinTheTimeBound() throws Exception {
    assertThat(SEED.length).as("the full seed is mutated").isGreaterThan(200_000);
    int cases = Fuzz.cases(CASES);
    Fuzz.Failures failures = new Fuzz.Failures("json");
    LongAdder valid = new LongAdder();
    LongAdder invalid = new LongAdder();
    LongAdder byteNanos = new LongAdder();
    LongAdder structuralNanos = new LongAdder();
    long start = System.nanoTime();
    Fuzz.parallel(Fuzz.threads(), FIRST_SEED, cases, Duration.ofSeconds(LIMIT_SECONDS), (seed, bounded) -> {
      byte[] input;
      try {
        input = mutate(seed);
      } catch (Exception | Error e) {
        failures.add(seed, "the mutator failed: " + e, new byte[0], "txt", e);
        return;
      }
      long t0 = System.nanoTime();
      Fuzz.Outcome o = bounded.run(() -> check(input));
      (structural(seed) ? structuralNanos : byteNanos).add(System.nanoTime() - t0);
      if (o.timedOut()) {
        failures.add(seed, "no answer within " + LIMIT_SECONDS + " s (a hang)", input, "json", null);
      } else if (o.thrown() != null) {
        failures.add(seed, String.valueOf(o.thrown()), input, "json", o.thrown());
      } else if (Boolean.TRUE.equals(o.value())) {
        valid.increment();
      } else {
        invalid.increment();
      }
    });
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    System.out.printf("JsonMutationFuzzTest: %,d mutations of the %,d-byte seed in %d s: %,d valid packages, %,d located "
        + "problem lists, %d failures; reading took %,d ms for the byte-level cases, %,d ms for the structural ones%n",
        cases, SEED.length, seconds, valid.sum(), invalid.sum(), failures.count(), byteNanos.sum() / 1_000_000,
        structuralNanos.sum() / 1_000_000);
    assertThat(failures.count()).as(failures.report()).isZero();
    assertThat(invalid.sum()).isPositive();
  }

  /**
   * The mutated seed of case {@code seed}: byte-level, or structural for every tenth seed (a
   * structural mutation mostly leaves valid JSON, which costs a full bind and validation of the
   * seed, about eight times a byte-level case).
   */
  static boolean structural(long seed) {
    return seed % 10 == 0;
  }

  static byte[] mutate(long seed) throws Exception {
    Random r = new Random(seed);
    if (!structural(seed)) {
      return Mutator.bytes(SEED, r, 4);
    }
    return structural(r);
  }

  /** True for a valid package, false for located problems; throws for anything else. */
  static boolean check(byte[] input) {
    try {
      EvaluationPackage pkg = JSON.read(input);
      if (pkg == null) {
        throw new AssertionError("the reader returned null");
      }
      return true;
    } catch (InvalidPackageException e) {
      if (e.problems().isEmpty()) {
        throw new AssertionError("an InvalidPackageException without problems", e);
      }
      for (Problem p : e.problems()) {
        boolean located = p.line() > 0 || !p.pointer().isEmpty() || WHOLE_FILE.matcher(p.message()).find();
        if (!located || !(p.pointer().isEmpty() || p.pointer().startsWith("/"))) {
          throw new AssertionError("a problem without a location: " + p, e);
        }
      }
      return false;
    }
  }

  private static final Pattern WHOLE_FILE = Pattern.compile("文件为空|UTF-16|文件过大|not valid UTF-8");

  private static byte[] structural(Random r) throws Exception {
    JsonNode root = TREE.deepCopy();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      root = change(root, POINTERS.get(r.nextInt(POINTERS.size())), r);
    }
    String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    if (r.nextInt(6) == 0) { // a duplicate key: the same key again, earlier in its object
      Matcher m = KEY.matcher(text);
      List<int[]> keys = new ArrayList<>();
      while (m.find()) {
        keys.add(new int[] {m.start(), m.end()});
      }
      if (!keys.isEmpty()) {
        int[] k = keys.get(r.nextInt(keys.size()));
        String key = text.substring(k[0], k[1]);
        text = text.substring(0, k[0]) + key + "null," + text.substring(k[0]);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode change(JsonNode root, JsonPointer at, Random r) {
    JsonNode target = root.at(at);
    if (target.isMissingNode()) {
      return root;
    }
    JsonPointer parentAt = at.head();
    JsonNode parent = parentAt == null ? null : root.at(parentAt);
    String field = at.getMatchingProperty();
    int index = at.getMatchingIndex();
    int kind = r.nextInt(10);
    if (parent == null) { // the root itself
      return kind < 5 ? odd(r) : root;
    }
    if (kind <= 4) {
      set(parent, field, index, odd(r));
    } else if (kind == 5 && parent.isObject()) {
      ((ObjectNode) parent).remove(field);
    } else if (kind == 6 && parent.isObject()) { // an unknown or renamed field
      JsonNode v = ((ObjectNode) parent).remove(field);
      ((ObjectNode) parent).set(r.nextBoolean() ? field + "x" : field.toUpperCase(java.util.Locale.ROOT), v);
    } else if (kind == 7 && target.isArray() && target.size() > 0) { // a duplicated element (duplicate ids, labels)
      ((ArrayNode) target).add(target.get(r.nextInt(target.size())).deepCopy());
    } else if (kind == 8 && target.isArray()) {
      ((ArrayNode) target).removeAll();
    } else if (target.isTextual()) { // lowercase enum, capital id, an id nobody declared
      String s = target.textValue();
      String[] variants = {s.toLowerCase(java.util.Locale.ROOT), s.toUpperCase(java.util.Locale.ROOT), s + "-undeclared",
        " " + s, s + "\u0000", "无", "100%"};
      set(parent, field, index, JsonNodeFactory.instance.textNode(variants[r.nextInt(variants.length)]));
    } else {
      set(parent, field, index, odd(r));
    }
    return root;
  }

  private static void set(JsonNode parent, String field, int index, JsonNode value) {
    if (parent.isObject()) {
      ((ObjectNode) parent).set(field, value);
    } else if (parent.isArray() && index >= 0 && index < parent.size()) {
      ((ArrayNode) parent).set(index, value);
    }
  }

  /** A value likely to be wrong wherever it lands. */
  private static JsonNode odd(Random r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (r.nextInt(18)) {
      case 0: return f.nullNode();
      case 1: return f.booleanNode(r.nextBoolean());
      case 2: return f.textNode("");
      case 3: return f.textNode("十");
      case 4: return f.numberNode(-1);
      case 5: return f.numberNode(new BigDecimal(BigInteger.TEN.pow(16 + r.nextInt(80))));
      case 6: return f.numberNode(new BigDecimal("0.000000000001234567"));
      case 7: return f.numberNode(100.5);
      case 8: return f.objectNode();
      case 9: return f.arrayNode();
      case 10: return f.textNode("x".repeat(200_000));
      case 11: { // nesting beyond the reader's 200 levels
        ArrayNode a = f.arrayNode();
        ArrayNode inner = a;
        for (int i = 0; i < 150 + r.nextInt(200); i++) {
          inner = inner.addArray();
        }
        return a;
      }
      case 12: return f.numberNode(Integer.MAX_VALUE + 1L);
      case 13: return f.textNode("\u0000\u202E😀𠀀");
      case 14: return f.numberNode(new BigDecimal("1E+400"));
      case 15: {
        ObjectNode o = f.objectNode();
        o.put("kind", "TOTAL");
        o.put("foo", 1);
        return o;
      }
      case 16: return f.numberNode(0);
      default: {
        ArrayNode a = f.arrayNode();
        a.add(f.nullNode());
        a.add(f.textNode("无"));
        return a;
      }
    }
  }
}

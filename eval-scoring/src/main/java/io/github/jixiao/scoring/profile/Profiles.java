package io.github.jixiao.scoring.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.io.Limits;
import io.github.jixiao.model.result.Grade;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The registry of scoring profiles: the built-in ones (JSON files shipped in this jar, under
 * {@code io/github/jixiao/scoring/profiles/}) plus any the caller adds. A profile file may name a
 * profile it {@code "extends"}: it then gives only the fields it changes, and its {@code
 * "departmentWide"} overrides merge over the parent's. A file is checked as a whole: every problem is
 * reported at once, at its JSON pointer (see {@link ProfileException}). Immutable; {@link #with}
 * returns a new registry. The built-in profiles and their sources are described in PROFILES.md.
 */
public final class Profiles {
  /** The ids of the built-in profiles, in the order they are listed. */
  public static final List<String> BUILT_IN = List.of("hunan-2023", "national-2020", "mof-2021", "hubei", "sichuan",
      "anhui", "hebei", "yunnan", "henan", "fujian");

  /** The order the built-in files are read in: a profile after the one it extends. */
  private static final List<String> LOAD_ORDER = List.of("national-2020", "hunan-2023", "mof-2021", "hubei", "sichuan",
      "anhui", "hebei", "yunnan", "henan", "fujian");

  /** The profile used when neither the package nor the caller names one. */
  public static final String DEFAULT = "hunan-2023";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // a field given twice is a mistake in a hand-written file, not "the last one wins"
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // an inherited 10 must stay 10, not become 1E+1 on its way through "extends"
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  // declared before BUILT_INS: reading the built-in files needs them
  /** The fields of a profile file besides the overridable ones. */
  private static final List<String> OWN_FIELDS = List.of("extends", "overrides", "id", "name", "sources", "choices",
      "frameworks");

  /** Every field a profile file may have, in the order they are written. */
  private static final List<String> FILE_FIELDS = Stream.of(OWN_FIELDS, ScoringProfile.OVERRIDABLE_FIELDS,
      List.of("departmentWide")).flatMap(List::stream).toList();

  /** A number written as text, perhaps with a unit: "10分", "90%", "20". */
  private static final java.util.regex.Pattern NUMBER_WITH_UNIT =
      java.util.regex.Pattern.compile("([0-9]{1,15}(?:\\.[0-9]{1,10})?)\\s*(分|%|％|万元|元|)");

  /** What a field that could not be read is bound to. */
  private static final Object FAILED = new Object();

  private static final Profiles BUILT_INS = loadBuiltIns();

  private final Map<String, ScoringProfile> profiles;

  private Profiles(Map<String, ScoringProfile> profiles) {
    this.profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  /**
   * The built-in profiles, read once from this jar.
   *
   * @return the registry of the {@link #BUILT_IN} profiles, in that order
   */
  public static Profiles builtIn() {
    return BUILT_INS;
  }

  /**
   * The profile with this id.
   *
   * @param id the profile's id ("hunan-2023")
   * @return the profile
   * @throws UnknownProfileException when no profile has this id, listing the known ids
   */
  public ScoringProfile get(String id) {
    ScoringProfile p = profiles.get(id);
    if (p == null) {
      throw new UnknownProfileException(id, ids());
    }
    return p;
  }

  /**
   * The profile with this id, if known.
   *
   * @param id the profile's id
   * @return the profile, or empty when no profile has this id
   */
  public Optional<ScoringProfile> find(String id) {
    return Optional.ofNullable(profiles.get(id));
  }

  /**
   * Every known id, built-in first.
   *
   * @return the ids in the order the profiles were added
   */
  public List<String> ids() {
    return List.copyOf(profiles.keySet());
  }

  /**
   * Every known profile.
   *
   * @return the profiles, in the order of {@link #ids()}
   */
  public List<ScoringProfile> all() {
    return List.copyOf(profiles.values());
  }

  /**
   * A registry that also knows {@code profile} (replacing one of the same id).
   *
   * @param profile the profile to add
   * @return a new registry; this one is unchanged. A replaced profile keeps its place in {@link #ids()}
   */
  public Profiles with(ScoringProfile profile) {
    Map<String, ScoringProfile> copy = new LinkedHashMap<>(profiles);
    copy.put(profile.id(), profile);
    return new Profiles(copy);
  }

  /**
   * Reads a profile file; {@code "extends"} is resolved against this registry. The profile is not
   * added to it: use {@link #with(ScoringProfile)}.
   *
   * @param file a JSON profile file ({@code --profile-file}); messages name it by its path
   * @return the profile, every field resolved
   * @throws IOException when the file cannot be read (it does not exist, is a folder, cannot be opened)
   * @throws ProfileException when the file is not valid JSON, extends an unknown profile, has a field
   *     it does not know, gives fields values the profile cannot take, or takes the id of a known profile
   *     with other rules without saying it overrides it; the message names the file and lists every
   *     problem at its line, column and JSON pointer
   */
  public ScoringProfile read(Path file) throws IOException, ProfileException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a profile from JSON; {@code "extends"} is resolved against this registry. The profile is
   * not added to it.
   *
   * <p>A profile whose id is already known here (a built-in one, or one read before) with other rules
   * is refused unless it says so with {@code "overrides": "<id>"}: a county's file named
   * {@code hunan-2023} must not silently change how every package naming hunan-2023 is scored. A file
   * with the same rules (a copy of {@code jixiao profiles --show}) needs no marker.
   *
   * @param in the JSON, read to its end (at most {@link Limits#JSON_BYTES} bytes); not closed
   * @param sourceName what messages call the input (a file name, a resource)
   * @return the profile, every field resolved
   * @throws IOException when the stream cannot be read
   * @throws ProfileException when the input is not valid JSON, extends an unknown profile, has a
   *     field it does not know, gives fields values the profile cannot take, or takes a known id with
   *     other rules; the message starts with {@code sourceName} and lists every problem at its line,
   *     column and JSON pointer ({@link ProfileException#located()})
   */
  public ScoringProfile read(InputStream in, String sourceName) throws IOException, ProfileException {
    byte[] bytes = in.readNBytes(Limits.JSON_BYTES + 1);
    ProfileJson.Parsed parsed;
    try {
      parsed = ProfileJson.parse(bytes);
    } catch (ProfileJson.Unreadable e) {
      throw new ProfileException(sourceName, e.problem(), e.getCause());
    }
    List<Problem> problems = new ArrayList<>(parsed.problems());
    ScoringProfile profile = resolve(parsed, problems);
    if (!problems.isEmpty() || profile == null) {
      List<Problem> located = new ArrayList<>();
      for (Problem p : problems) {
        located.add(p.line() > 0 ? p : parsed.locate(p.pointer(), p.message()));
      }
      throw new ProfileException(sourceName, located);
    }
    return profile;
  }

  /**
   * Writes a profile as JSON (all fields, resolved; {@code "departmentWide"} only when it overrides
   * something): what {@code jixiao profiles --show} prints, and what {@link #read(InputStream,
   * String)} reads back equal.
   *
   * @param profile the profile
   * @return pretty-printed JSON ending with a newline
   */
  public static String write(ScoringProfile profile) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", profile.id());
    node.put("name", profile.name());
    profile.sources().forEach(node.putArray("sources")::add);
    profile.choices().forEach(node.putArray("choices")::add);
    for (String field : ScoringProfile.OVERRIDABLE_FIELDS) {
      node.set(field, toNode(profile.value(field)));
    }
    ObjectNode frameworks = node.putObject("frameworks");
    profile.frameworks().forEach((id, weights) -> {
      ObjectNode w = frameworks.putObject(id);
      weights.forEach(w::put);
    });
    if (!profile.departmentWide().isEmpty()) {
      ObjectNode overrides = node.putObject("departmentWide");
      profile.departmentWide().values().forEach((field, value) -> overrides.set(field, toNode(value)));
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode toNode(@Nullable Object value) {
    JsonNodeFactory nodes = MAPPER.getNodeFactory();
    if (value == null) {
      return nodes.nullNode();
    } else if (value instanceof BigDecimal d) {
      return DecimalNode.valueOf(d); // as read: 10 stays 10, 0.80 stays 0.80
    } else if (value instanceof Integer i) {
      return nodes.numberNode(i);
    } else if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    } else if (value instanceof Enum<?> e) {
      return nodes.textNode(e.name());
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      map.forEach((k, v) -> object.set(((Enum<?>) k).name(), toNode(v)));
      return object;
    }
    throw new IllegalStateException("cannot write " + value.getClass());
  }

  // ---- reading ----------------------------------------------------------------------------------

  /** The profile a JSON tree describes, or {@code null} after adding every problem to {@code problems}. */
  private @Nullable ScoringProfile resolve(ProfileJson.Parsed parsed, List<Problem> problems) {
    JsonNode node = parsed.tree();
    if (!(node instanceof ObjectNode object)) {
      problems.add(Problem.at("", "expected a JSON object describing a scoring profile, found " + describe(node)));
      return null;
    }
    ScoringProfile parent = null;
    boolean parentFound = true;
    JsonNode base = object.get("extends");
    if (base != null) {
      parent = base.isTextual() ? profiles.get(base.textValue()) : null;
      if (parent == null) {
        parentFound = false;
        problems.add(Problem.at("/extends", (base.isTextual() ? "unknown scoring profile '" + base.textValue() + "'"
            : "expected the id of a known profile, found " + describe(base)) + "; known: " + String.join(", ", ids())));
      }
    }

    Map<String, @Nullable Object> given = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    ScoringProfile.Overrides overrides = null;
    boolean overridesFailed = false;
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      String pointer = "/" + escape(name);
      if (name.equals("extends")) {
        continue;
      } else if (name.equals("departmentWide")) {
        overrides = readOverrides(field.getValue(), problems);
        overridesFailed = overrides == null;
      } else if (FILE_FIELDS.contains(name)) {
        Object value = bind(name, pointer, field.getValue(), problems);
        if (value == FAILED) {
          failed.add(name);
        } else {
          given.put(name, value);
        }
      } else {
        problems.add(Problem.at(pointer, "unknown field; allowed: " + String.join(", ", FILE_FIELDS)));
      }
    }
    if (!parentFound) {
      return null; // nothing to check the rest against
    }

    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    if (parent != null) {
      values.put("id", parent.id());
      for (String field : ScoringProfile.OVERRIDABLE_FIELDS) {
        values.put(field, parent.value(field));
      }
    }
    values.putAll(given);
    values.keySet().removeAll(List.of("name", "sources", "choices", "overrides", "frameworks"));
    failed.forEach(values::remove);
    if (!values.containsKey("id") && !failed.contains("id")) {
      values.put("id", null); // reported as required
    }
    for (ScoringProfile.Problem p : ScoringProfile.check(values, failed)) {
      problems.add(rule(parsed, p, ""));
    }
    ScoringProfile.Overrides inherited = parent == null ? ScoringProfile.Overrides.none() : parent.departmentWide();
    ScoringProfile.Overrides effective = overrides == null ? inherited : overrides.over(inherited);
    if (!overridesFailed && failed.isEmpty()) {
      for (ScoringProfile.Problem p : ScoringProfile.checkDepartmentWide(values, effective)) {
        problems.add(rule(parsed, p, "/departmentWide"));
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }

    String id = (String) values.get("id");
    String name = given.containsKey("name") ? (String) given.get("name") : parent != null ? parent.name() : null;
    @SuppressWarnings("unchecked")
    List<String> sources = given.containsKey("sources") ? (List<String>) given.get("sources")
        : parent == null ? List.of()
        : Stream.concat(Stream.of("extends " + parent.id()), parent.sources().stream()).toList();
    @SuppressWarnings("unchecked")
    List<String> choices = given.containsKey("choices") ? (List<String>) given.get("choices")
        : parent == null ? List.of() : parent.choices();
    ScoringProfile profile;
    try {
      profile = new ScoringProfile(id, name, sources, choices,
          (ScoringProfile.CostPlacement) values.get("costPlacement"), (BigDecimal) values.get("executionWeight"),
          (ScoringProfile.ExecutionFormula) values.get("executionFormula"), (BigDecimal) values.get("stepPoints"),
          (BigDecimal) values.get("stepPercent"), cast(values.get("level1Weights")),
          (ScoringProfile.LowerIsBetterFormula) values.get("lowerIsBetter"), (BigDecimal) values.get("achievedMin"),
          (BigDecimal) values.get("partlyMin"), (BigDecimal) values.get("overAchievementThreshold"),
          (Boolean) values.get("overAchievementDeducts"), (Boolean) values.get("reasonWhenBelowWeight"),
          (BigDecimal) values.get("reasonWhenExecutionBelow"), (Integer) values.get("scale"),
          (RoundingMode) values.get("rounding"), cast(values.get("grades")), effective,
          given.containsKey("frameworks") ? cast(given.get("frameworks")) : parent != null ? parent.frameworks() : null);
    } catch (IllegalArgumentException e) {
      // the checks above are the constructor's own: this is a bug, but say where it happened
      problems.add(Problem.at("", e.getMessage()));
      return null;
    }
    checkIdentity(profile, (String) given.get("overrides"), problems);
    return problems.isEmpty() ? profile : null;
  }

  /**
   * A broken rule, placed where the file gives its field, or else one of the fields the rule reads (a
   * sum of weights that fails because of the executionWeight the file changes is placed there).
   */
  private static Problem rule(ProfileJson.Parsed parsed, ScoringProfile.Problem p, String prefix) {
    if (parsed.has(p.pointer())) {
      return parsed.locate(p.pointer(), p.message());
    }
    for (String field : new java.util.TreeSet<>(p.fields())) {
      for (String place : List.of(prefix + "/" + field, "/" + field)) {
        if (parsed.has(place)) {
          return parsed.locate(p.pointer(), place, p.message());
        }
      }
    }
    return parsed.locate(p.pointer(), p.message());
  }

  /**
   * A profile taking the id of a known one with other rules must say so ({@code "overrides": "<id>"});
   * a marker must name the profile's own id, and a profile that is known.
   */
  private void checkIdentity(ScoringProfile profile, @Nullable String marker, List<Problem> problems) {
    ScoringProfile known = profiles.get(profile.id());
    if (marker != null) {
      if (!marker.equals(profile.id())) {
        problems.add(Problem.at("/overrides", "names '" + marker + "', but this profile's id is '" + profile.id()
            + "': a profile overrides only the known profile of its own id (覆盖的评分规则须与本规则同名)"));
      } else if (known == null) {
        problems.add(Problem.at("/overrides", "there is no profile '" + marker + "' to override; known: "
            + String.join(", ", ids()) + " (没有可覆盖的同名评分规则)"));
      }
      return;
    }
    if (known != null && !sameRules(known, profile)) {
      String what = BUILT_IN.contains(profile.id()) ? "a built-in profile" : "a profile read before";
      problems.add(Problem.at("/id", "'" + profile.id() + "' is the id of " + what + " with other rules: give this "
          + "profile an id of its own, or add \"overrides\": \"" + profile.id() + "\" to replace that profile for "
          + "this run (与已有评分规则同名但规则不同)"));
    }
  }

  /** Whether two profiles score alike: every rule and the department-wide overrides (names and sources aside). */
  private static boolean sameRules(ScoringProfile a, ScoringProfile b) {
    for (String field : ScoringProfile.OVERRIDABLE_FIELDS) {
      if (!sameValue(a.value(field), b.value(field))) {
        return false;
      }
    }
    if (!a.frameworks().keySet().equals(b.frameworks().keySet()) || a.frameworks().entrySet().stream().anyMatch(e -> {
      Map<String, BigDecimal> other = b.frameworks().get(e.getKey());
      return !e.getValue().keySet().equals(other.keySet())
          || e.getValue().entrySet().stream().anyMatch(w -> w.getValue().compareTo(other.get(w.getKey())) != 0);
    })) {
      return false;
    }
    return a.departmentWide().fields().equals(b.departmentWide().fields())
        && a.departmentWide().fields().stream().allMatch(f -> sameValue(a.departmentWide().values().get(f),
            b.departmentWide().values().get(f)));
  }

  /** Equal values, numbers by value (10 and 10.0 score alike). */
  private static boolean sameValue(@Nullable Object x, @Nullable Object y) {
    if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
      return p.compareTo(q) == 0;
    }
    if (x instanceof Map<?, ?> m && y instanceof Map<?, ?> n) {
      return m.keySet().equals(n.keySet()) && m.keySet().stream().allMatch(k -> sameValue(m.get(k), n.get(k)));
    }
    return java.util.Objects.equals(x, y);
  }

  /** Reads {@code "departmentWide"}; {@code null} when any of it is wrong (the problems are added). */
  private static ScoringProfile.@Nullable Overrides readOverrides(JsonNode node, List<Problem> problems) {
    if (!(node instanceof ObjectNode object)) {
      problems.add(Problem.at("/departmentWide", "expected an object of the fields the department-wide form scores "
          + "differently, found " + describe(node)));
      return null;
    }
    int before = problems.size();
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      String pointer = "/departmentWide/" + escape(name);
      if (ScoringProfile.OVERRIDABLE_FIELDS.contains(name)) {
        Object value = bind(name, pointer, field.getValue(), problems);
        if (value != FAILED) {
          values.put(name, value);
        }
      } else if (FILE_FIELDS.contains(name)) {
        problems.add(Problem.at(pointer, "cannot differ by form type; allowed in departmentWide: "
            + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS)));
      } else {
        problems.add(Problem.at(pointer, "unknown field; allowed in departmentWide: "
            + String.join(", ", ScoringProfile.OVERRIDABLE_FIELDS)));
      }
    }
    return problems.size() > before ? null : ScoringProfile.Overrides.of(values);
  }

  /** The typed value of a field, or {@link #FAILED} after adding a problem. */
  private static @Nullable Object bind(String field, String pointer, JsonNode node, List<Problem> problems) {
    return switch (field) {
      case "id", "overrides" -> text(pointer, node, false, problems);
      case "name" -> text(pointer, node, true, problems);
      case "sources", "choices" -> texts(pointer, node, problems);
      case "costPlacement" -> enumValue(pointer, node, ScoringProfile.CostPlacement.class, problems);
      case "executionFormula" -> enumValue(pointer, node, ScoringProfile.ExecutionFormula.class, problems);
      case "lowerIsBetter" -> enumValue(pointer, node, ScoringProfile.LowerIsBetterFormula.class, problems);
      case "rounding" -> enumValue(pointer, node, RoundingMode.class, problems);
      case "overAchievementDeducts", "reasonWhenBelowWeight" -> bool(pointer, node, problems);
      case "scale" -> whole(pointer, node, problems);
      case "level1Weights" -> weights(pointer, node, Level1Indicator.class, problems);
      case "frameworks" -> frameworks(pointer, node, problems);
      case "grades" -> weights(pointer, node, Grade.class, problems);
      default -> number(pointer, node, ScoringProfile.NULLABLE_FIELDS.contains(field), problems);
    };
  }

  private static @Nullable Object text(String pointer, JsonNode node, boolean nullable, List<Problem> problems) {
    if (node.isTextual()) {
      return node.textValue();
    } else if (node.isNull() && nullable) {
      return null;
    }
    return fail(pointer, "a string", node, problems);
  }

  private static Object texts(String pointer, JsonNode node, List<Problem> problems) {
    if (node.isNull()) {
      return List.of();
    } else if (!node.isArray()) {
      return fail(pointer, "an array of strings", node, problems);
    }
    List<String> texts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isTextual()) {
        texts.add(item.textValue());
      } else {
        fail(pointer + "/" + i, "a string", item, problems);
        ok = false;
      }
    }
    return ok ? List.copyOf(texts) : FAILED;
  }

  private static <E extends Enum<E>> Object enumValue(String pointer, JsonNode node, Class<E> type,
      List<Problem> problems) {
    String allowed = Arrays.stream(type.getEnumConstants()).filter(Profiles::usable).map(Enum::name)
        .collect(Collectors.joining(", "));
    if (!node.isTextual()) {
      return fail(pointer, "one of " + allowed, node, problems);
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(node.textValue())) {
        return constant;
      }
    }
    problems.add(Problem.at(pointer, "unknown value " + describe(node) + "; allowed: " + allowed));
    return FAILED;
  }

  private static Object bool(String pointer, JsonNode node, List<Problem> problems) {
    return node.isBoolean() ? (Object) node.booleanValue() : fail(pointer, "true or false", node, problems);
  }

  private static Object whole(String pointer, JsonNode node, List<Problem> problems) {
    return node.isIntegralNumber() && node.canConvertToInt() ? (Object) node.intValue()
        : fail(pointer, "a whole number", node, problems);
  }

  private static @Nullable Object number(String pointer, JsonNode node, boolean nullable, List<Problem> problems) {
    if (node.isNumber()) {
      return decimal(pointer, node, problems);
    } else if (node.isNull() && nullable) {
      return null;
    }
    return fail(pointer, nullable ? "a number or null" : "a number", node, problems);
  }

  /** {@code "frameworks": {"evaluation-2020": {"decision": 20, …}, …}}: the frameworks scored, level-1 weights by type. */
  private static Object frameworks(String pointer, JsonNode node, List<Problem> problems) {
    if (!node.isObject()) {
      return fail(pointer, "an object of frameworks by id, each an object of level-1 weights by type", node, problems);
    }
    Map<String, Map<String, BigDecimal>> map = new java.util.TreeMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> framework : node.properties()) {
      String at = pointer + "/" + escape(framework.getKey());
      if (!framework.getValue().isObject()) {
        fail(at, "an object of level-1 weights by type ({} when shared freely)", framework.getValue(), problems);
        ok = false;
        continue;
      }
      Map<String, BigDecimal> weights = new java.util.TreeMap<>();
      for (Map.Entry<String, JsonNode> w : framework.getValue().properties()) {
        String wAt = at + "/" + escape(w.getKey());
        Object value = w.getValue().isNumber() ? decimal(wAt, w.getValue(), problems) : fail(wAt, "a number", w.getValue(), problems);
        if (value == FAILED) {
          ok = false;
        } else if (((BigDecimal) value).signum() < 0 || ((BigDecimal) value).compareTo(BigDecimal.valueOf(100)) > 0) {
          problems.add(Problem.at(wAt, "a weight from 0 to 100, got " + ((BigDecimal) value).toPlainString()));
          ok = false;
        } else {
          weights.put(w.getKey(), (BigDecimal) value);
        }
      }
      map.put(framework.getKey(), weights);
    }
    return ok ? map : FAILED;
  }

    private static <K extends Enum<K>> Object weights(String pointer, JsonNode node, Class<K> keys,
      List<Problem> problems) {
    if (node.isNull()) {
      return Map.of();
    } else if (!node.isObject()) {
      return fail(pointer, "an object of numbers by " + String.join(", ", names(keys)), node, problems);
    }
    Map<K, BigDecimal> map = new EnumMap<>(keys);
    boolean ok = true;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = pointer + "/" + escape(entry.getKey());
      K key = Arrays.stream(keys.getEnumConstants()).filter(k -> usable(k) && k.name().equals(entry.getKey())).findFirst()
          .orElse(null);
      if (key == null) {
        problems.add(Problem.at(at, "unknown key " + describe(TextNode.valueOf(entry.getKey())) + "; allowed: "
            + String.join(", ", names(keys))));
        ok = false;
      } else if (entry.getValue().isNumber()) {
        Object value = decimal(at, entry.getValue(), problems);
        if (value == FAILED) {
          ok = false;
        } else {
          map.put(key, (BigDecimal) value);
        }
      } else {
        fail(at, "a number", entry.getValue(), problems);
        ok = false;
      }
    }
    return ok ? map : FAILED;
  }

  /** A number within the limits every reader keeps (docs/LIMITS.md), or {@link #FAILED}. */
  private static Object decimal(String pointer, JsonNode node, List<Problem> problems) {
    BigDecimal value = node.decimalValue();
    String problem = Limits.numberProblem(value);
    if (problem != null) {
      problems.add(Problem.at(pointer, problem));
      return FAILED;
    }
    return value;
  }

  /** What to write instead of a text that is a number with a unit ("10分" → 10), or "". */
  private static String hint(JsonNode found) {
    if (!found.isTextual()) {
      return "";
    }
    java.util.regex.Matcher m = NUMBER_WITH_UNIT.matcher(found.textValue().strip());
    if (m.matches()) {
      return ": write the number alone, " + m.group(1) + (m.group(2).isEmpty() ? " (not as text" : " (without "
          + m.group(2)) + "; 请只写数字)";
    }
    return "";
  }

  private static Object fail(String pointer, String expected, JsonNode found, List<Problem> problems) {
    problems.add(Problem.at(pointer, "expected " + expected + ", found " + describe(found) + hint(found)));
    return FAILED;
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).filter(Profiles::usable).map(Enum::name).toList();
  }

  /**
   * Every constant but {@link Grade#NOT_GRADABLE}, which no total reaches by its value, and {@link
   * RoundingMode#UNNECESSARY}, which makes the first score that needs rounding fail (it is read, and
   * refused with its reason).
   */
  private static boolean usable(Enum<?> constant) {
    return constant != Grade.NOT_GRADABLE && constant != RoundingMode.UNNECESSARY;
  }

  /** A JSON value as a message shows it: strings quoted, containers by kind. */
  private static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    }
    String json = node.toString();
    return json.length() > 60 ? json.substring(0, 57) + "...\"" : json;
  }

  /** A field name as a JSON pointer token (RFC 6901: ~ as ~0, / as ~1). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> cast(@Nullable Object map) {
    return (Map<K, V>) map;
  }

  private static Profiles loadBuiltIns() {
    Profiles registry = new Profiles(Map.of());
    List<String> missing = new ArrayList<>();
    for (String id : LOAD_ORDER) {
      String resource = "/io/github/jixiao/scoring/profiles/" + id + ".json";
      try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          missing.add(resource);
          continue;
        }
        registry = registry.with(registry.read(in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ProfileException e) {
        throw new IllegalStateException("built-in profile " + id + " is invalid: " + e.getMessage(), e);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("built-in profiles missing from the jar: " + missing);
    }
    Map<String, ScoringProfile> listed = new LinkedHashMap<>();
    for (String id : BUILT_IN) {
      listed.put(id, registry.get(id));
    }
    return new Profiles(listed);
  }
}

package io.github.jixiao.scoring.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of scoring profiles: the built-in ones (JSON files shipped in this jar, under
 * {@code io/github/jixiao/scoring/profiles/}) plus any the caller adds. A profile file may name a
 * profile it {@code "extends"}: it then gives only the fields it changes. Immutable; {@link
 * #with} returns a new registry.
 */
public final class Profiles {
  /** The ids of the built-in profiles, in the order they are listed. */
  public static final List<String> BUILT_IN = List.of("hunan-2023", "national-2020", "mof-2021", "hubei", "sichuan");

  /** The order the built-in files are read in: a profile after the one it extends. */
  private static final List<String> LOAD_ORDER = List.of("national-2020", "hunan-2023", "mof-2021", "hubei", "sichuan");

  /** The profile used when neither the package nor the caller names one. */
  public static final String DEFAULT = "hunan-2023";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      // an inherited 10 must stay 10, not become 1E+1 on its way through the tree of "extends"
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

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
   * @throws IOException when the file cannot be read
   * @throws ProfileException when the file is not valid JSON, extends an unknown profile, or gives a
   *     field a value the profile cannot take; the message names the file and the field
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
   * @param in the JSON, read to its end; not closed
   * @param sourceName what messages call the input (a file name, a resource)
   * @return the profile, every field resolved
   * @throws IOException when the stream cannot be read
   * @throws ProfileException when the input is not valid JSON, extends an unknown profile, or gives a
   *     field a value the profile cannot take; the message starts with {@code sourceName}
   */
  public ScoringProfile read(InputStream in, String sourceName) throws IOException, ProfileException {
    JsonNode node;
    try {
      node = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new ProfileException(sourceName + ": not valid JSON (JSON 语法错误): " + e.getOriginalMessage(), e);
    }
    return resolve(node, sourceName);
  }

  /**
   * Writes a profile as JSON (all fields, resolved): what {@code jixiao profiles --show} prints, and
   * what {@link #read(InputStream, String)} reads back.
   *
   * @param profile the profile
   * @return pretty-printed JSON ending with a newline
   */
  public static String write(ScoringProfile profile) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profile) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  private ScoringProfile resolve(JsonNode node, String sourceName) throws ProfileException {
    if (!(node instanceof ObjectNode object)) {
      throw new ProfileException(sourceName + ": expected a JSON object describing a scoring profile");
    }
    ObjectNode merged = object;
    JsonNode base = object.remove("extends");
    if (base != null) {
      if (!base.isTextual()) {
        throw new ProfileException(sourceName + ": /extends must be the id of a known profile (" + String.join(", ", ids()) + ")");
      }
      ScoringProfile parent = profiles.get(base.textValue());
      if (parent == null) {
        throw new ProfileException(sourceName + ": /extends: unknown scoring profile '" + base.textValue()
            + "'; known: " + String.join(", ", ids()));
      }
      merged = MAPPER.valueToTree(parent);
      merged.remove("sources");
      merged.remove("choices");
      merged.setAll(object);
      if (!object.has("sources")) {
        merged.putArray("sources").add("extends " + parent.id()).addAll(
            MAPPER.<com.fasterxml.jackson.databind.node.ArrayNode>valueToTree(parent.sources()));
      }
      if (!object.has("choices")) {
        merged.set("choices", MAPPER.valueToTree(parent.choices()));
      }
    }
    try {
      return MAPPER.treeToValue(merged, ScoringProfile.class);
    } catch (JsonMappingException e) {
      String path = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
          .collect(Collectors.joining());
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new ProfileException(sourceName + ": " + (path.isEmpty() ? "" : path + ": ") + firstLine(message), e);
    } catch (JacksonException e) {
      throw new ProfileException(sourceName + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
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

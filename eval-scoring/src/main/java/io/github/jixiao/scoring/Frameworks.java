package io.github.jixiao.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.model.IndicatorFramework;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator frameworks jixiao knows (docs/FORMAT.md, "Frameworks"): {@code self-2020},
 * {@code self-2021}, {@code evaluation-2020} and {@code evaluation-2011}, shipped as JSON beside the
 * profiles. Immutable; {@link #builtIn()} reads them once per call (hold the instance).
 */
public final class Frameworks {
  /** The ids of the built-in frameworks, in the order they are listed. */
  public static final List<String> BUILT_IN = List.of("self-2020", "self-2021", "evaluation-2020", "evaluation-2011");

  private final Map<String, IndicatorFramework> byId;

  private Frameworks(Map<String, IndicatorFramework> byId) {
    this.byId = byId;
  }

  /**
   * The built-in frameworks.
   *
   * @return them, by id
   */
  public static Frameworks builtIn() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, IndicatorFramework> map = new LinkedHashMap<>();
    for (String id : BUILT_IN) {
      try (InputStream in = Frameworks.class.getResourceAsStream("frameworks/" + id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("the built-in framework " + id + " is missing from the jar");
        }
        JsonNode root = mapper.readTree(in);
        map.put(id, new IndicatorFramework(root.path("id").asText(), root.path("name").asText(), texts(root.path("sources")),
            texts(root.path("execution")), root.path("fundsBlockScored").asBoolean(true), types(root.path("level1"))));
      } catch (IOException e) {
        throw new UncheckedIOException("the built-in framework " + id + " cannot be read", e);
      }
    }
    return new Frameworks(Map.copyOf(map));
  }

  /**
   * A framework by its id.
   *
   * @param id the id a form names ("evaluation-2020")
   * @return the framework, or empty when jixiao has none of that id
   */
  public Optional<IndicatorFramework> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every framework, in {@link #BUILT_IN} order.
   *
   * @return the frameworks
   */
  public List<IndicatorFramework> all() {
    return BUILT_IN.stream().map(byId::get).toList();
  }

  private static List<IndicatorFramework.Type> types(JsonNode array) {
    List<IndicatorFramework.Type> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(new IndicatorFramework.Type(n.path("type").asText(), n.path("name").asText(), texts(n.path("aliases")),
          types(n.path("children")), texts(n.path("indicators"))));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}

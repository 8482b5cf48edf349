package io.github.jixiao.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layouts an import tries: the shipped ones (resources {@code
 * io/github/jixiao/importer/layouts/*.json}, listed in {@code index.txt}) and any a user adds from
 * a file. Immutable; {@link #with} returns a new set.
 */
public final class Layouts {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String DIR = "/io/github/jixiao/importer/layouts/";
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private final Map<String, Layout> byId;

  private Layouts(Map<String, Layout> byId) {
    this.byId = Map.copyOf(byId);
    this.order = List.copyOf(byId.keySet());
  }

  private final List<String> order;

  /**
   * The shipped layouts.
   *
   * @return every layout in the resources, in the index's order
   */
  public static Layouts builtIn() {
    Map<String, Layout> m = new LinkedHashMap<>();
    for (String id : index()) {
      try (InputStream in = Layouts.class.getResourceAsStream(DIR + id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("layout " + id + " listed in index.txt but missing");
        }
        Layout l = parse(in.readAllBytes(), id + ".json");
        m.put(l.id(), l);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (LayoutException e) {
        throw new IllegalStateException("shipped layout " + id + ": " + e.getMessage(), e);
      }
    }
    return new Layouts(m);
  }

  private static List<String> index() {
    try (InputStream in = Layouts.class.getResourceAsStream(DIR + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A layout file's contents, checked.
   *
   * @param json the file's bytes (UTF-8 JSON)
   * @param name the file's name for messages
   * @return the layout
   * @throws LayoutException naming the JSON pointer and what is expected there
   */
  public static Layout parse(byte[] json, String name) throws LayoutException {
    Layout l;
    try {
      l = MAPPER.readValue(json, Layout.class);
    } catch (JsonMappingException e) {
      String pointer = pointer(e);
      String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
      throw new LayoutException(name + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + why
          + " (布局文件格式错误; see docs/LAYOUTS.md)");
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new LayoutException(name + where + ": not JSON: " + e.getOriginalMessage() + " (布局文件不是有效的 JSON)");
    } catch (IOException e) {
      throw new LayoutException(name + ": cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new LayoutException(name + ": " + e.getMessage() + " (布局文件缺少必填字段; see docs/LAYOUTS.md)");
    }
    List<String> problems = new ArrayList<>();
    if (!ID.matcher(l.id()).matches()) {
      problems.add("/id: '" + l.id() + "' must be lower-case letters, digits and '-' (hubei-2019)");
    }
    if (!l.form().equals("project") && !l.form().equals("department")) {
      problems.add("/form: '" + l.form() + "' must be project or department");
    }
    if (l.unit() != null && io.github.jixiao.model.MoneyUnit.ofPrinted(l.unit()).isEmpty()) {
      problems.add("/unit: '" + l.unit() + "' must be 万元, 千元 or 元");
    }
    for (int i = 0; i < l.funds().columns().size(); i++) {
      String f = l.funds().columns().get(i).field();
      if (f != null && !List.of("initialBudget", "annualBudget", "executed", "weight", "executionRate", "score",
          "deviationReason").contains(f)) {
        problems.add("/funds/columns/" + i + "/field: '" + f + "' is not a funds field (initialBudget, annualBudget, "
            + "executed, weight, executionRate, score, deviationReason, or null)");
      }
    }
    for (int i = 0; i < l.indicators().columns().size(); i++) {
      String f = l.indicators().columns().get(i).field();
      if (f != null && !IndicatorField.NAMES.contains(f)) {
        problems.add("/indicators/columns/" + i + "/field: '" + f + "' is not an indicator field ("
            + String.join(", ", IndicatorField.NAMES) + ", or null)");
      }
      if (l.indicators().columns().get(i).labels().isEmpty()) {
        problems.add("/indicators/columns/" + i + "/labels: at least one label is needed");
      }
    }
    for (int r = 0; r < l.header().size(); r++) {
      for (int i = 0; i < l.header().get(r).size(); i++) {
        String f = l.header().get(r).get(i).field();
        if (!List.of("name", "supervisingDepartment", "implementingUnit").contains(f)) {
          problems.add("/header/" + r + "/" + i + "/field: '" + f + "' must be name, supervisingDepartment or "
              + "implementingUnit");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new LayoutException(name + ": " + String.join("; ", problems) + " (布局文件内容错误)");
    }
    return l;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    return b.toString();
  }

  /**
   * These layouts and one more; a layout with an id already here replaces it.
   *
   * @param layout the layout to add
   * @return the new set
   */
  public Layouts with(Layout layout) {
    Map<String, Layout> m = new LinkedHashMap<>();
    m.put(layout.id(), layout);
    for (String id : order) {
      m.putIfAbsent(id, byId.get(id));
    }
    return new Layouts(m);
  }

  /**
   * Only one layout (for {@code --layout ID}).
   *
   * @param id the layout's id
   * @return a set holding that layout, if there is one by that id
   */
  public Optional<Layouts> only(String id) {
    Layout l = byId.get(id);
    return l == null ? Optional.empty() : Optional.of(new Layouts(Map.of(id, l)));
  }

  /** @return the layouts, added ones first, then the shipped ones in index order */
  public List<Layout> all() {
    return order.stream().map(byId::get).toList();
  }

  /**
   * @param id an id
   * @return the layout with that id
   */
  public Optional<Layout> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A layout file that cannot be used; the message names the file, the JSON pointer and what is expected. */
  public static final class LayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    LayoutException(String message) {
      super(message);
    }
  }
}

package io.github.jixiao.scoring.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The two constructed specimens of the indicator frameworks ({@code sample-evaluation-2020},
 * {@code sample-group-scored}) and variants of them with one fault each, so that every finding
 * template of groups and frameworks words some finding of the corpus ({@link FindingTextsTest}).
 * Each variant changes one printed figure of the specimen, as a clerk's slip would.
 */
public final class FrameworkVariants {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "/projectEvaluations/0";

  private FrameworkVariants() {}

  /** A case: the package and the evaluator its findings come from. */
  public record Case(EvaluationPackage pkg, Evaluator evaluator) {}

  /** The corpus's real 决策/过程/产出/效益 评分表 (a finance-bureau evaluation, Henan 2021–2024). */
  public static final String HENAN = "henan-2024-renshe-zhiye-jineng-jingsai";

  /**
   * The specimens and their variants by name, in a fixed order.
   *
   * @return the cases
   */
  public static Map<String, Case> all() {
    Profiles profiles = Profiles.builtIn();
    Map<String, Case> out = new LinkedHashMap<>();
    String evaluation = Examples.SAMPLE_EVALUATION_2020;
    String group = Examples.SAMPLE_GROUP_SCORED;
    out.put(evaluation, of(profiles, evaluation, n -> { }));
    out.put(group, of(profiles, group, n -> { }));
    // 预算执行率 as an indicator: 7 of 6 points
    out.put(evaluation + " execution row above its weight",
        of(profiles, evaluation, n -> set(n, FORM + "/indicators/1/children/0/rows/1", "score", 7)));
    // 预算执行率 as an indicator: 6 points printed for 96 %
    out.put(evaluation + " execution row miscomputed",
        of(profiles, evaluation, n -> set(n, FORM + "/indicators/1/children/0/rows/1", "score", 6)));
    // a real 评分表 of the framework (Henan 2024, corpus): its 预算执行率 row with no rate in the table
    out.put(HENAN, of(profiles, HENAN, n -> { }));
    // a framework jixiao does not know
    out.put(evaluation + " unknown framework", of(profiles, evaluation, n -> set(n, FORM, "framework", "evaluation-2099")));
    // a profile that scores the self-evaluation trees only
    out.put(evaluation + " profile without the framework", new Case(load(evaluation, n -> { }),
        Evaluator.of(selfOnly(profiles))));
    // a level-2 group scored as a whole above its weight (and the 总分 with it)
    out.put(group + " group above its weight", of(profiles, group, n -> {
      set(n, FORM + "/indicators/0/children/0", "score", 16);
      set(n, FORM, "reportedTotal", 98);
    }));
    // rows given 分值 and 得分 that do not add up to their group's
    out.put(group + " rows not their group", of(profiles, group, n -> {
      set(n, FORM + "/indicators/0/children/0/rows/0", "weight", 8);
      set(n, FORM + "/indicators/0/children/0/rows/0", "score", 8);
      set(n, FORM + "/indicators/0/children/0/rows/1", "weight", 8);
      set(n, FORM + "/indicators/0/children/0/rows/1", "score", 8);
    }));
    // a level-1 得分 printed that is not its groups'
    out.put(group + " level-1 score not its groups", of(profiles, group,
        n -> set(n, FORM + "/indicators/1", "score", 30)));
    // the band says 85 over 80 points of groups
    out.put(group + " band not its groups", of(profiles, group, n -> set(n, FORM, "indicatorsWeight", 85)));
    // every row met, a point taken off the group
    out.put(group + " full group scored below its weight", of(profiles, group, n -> {
      set(n, FORM + "/indicators/0/children/1", "score", 9);
      set(n, FORM, "reportedTotal", 96);
    }));
    // a level-2 group left blank: its 分值 printed, no row and no 得分 (and the 总分 without it)
    out.put(group + " group left blank", of(profiles, group, n -> {
      ObjectNode sub = (ObjectNode) n.at(FORM + "/indicators/0/children/2");
      sub.remove("score");
      sub.putArray("rows");
      set(n, FORM, "reportedTotal", 92);
    }));
    return out;
  }

  /**
   * A specimen with one edit, outside {@link #all()}.
   *
   * @param name the specimen
   * @param pointer where to set a field
   * @param field the field
   * @param value an Integer or a text; {@code null} removes the field
   * @return the case, scored by the package's own profile
   */
  public static Case edited(String name, String pointer, String field, @org.jspecify.annotations.Nullable Object value) {
    return of(Profiles.builtIn(), name, n -> {
      if (value == null) {
        ((ObjectNode) n.at(pointer)).remove(field);
      } else {
        set(n, pointer, field, value);
      }
    });
  }

  /**
   * An example with any edit of its JSON tree, outside {@link #all()}.
   *
   * @param name the example
   * @param edit what to change in the package's JSON
   * @return the case, scored by the package's own profile
   */
  public static Case edited(String name, Consumer<ObjectNode> edit) {
    return of(Profiles.builtIn(), name, edit);
  }

  private static Case of(Profiles profiles, String name, Consumer<ObjectNode> edit) {
    EvaluationPackage pkg = load(name, edit);
    return new Case(pkg, Evaluator.of(Evaluator.chooseProfile(pkg, profiles, null)));
  }

  private static EvaluationPackage load(String name, Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(Examples.json(name).orElseThrow());
      edit.accept(root);
      return PackageJson.create().read(JSON.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidPackageException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(ObjectNode root, String pointer, String field, Object value) {
    JsonNode at = root.at(pointer);
    ObjectNode node = (ObjectNode) at;
    if (value instanceof Integer i) {
      node.put(field, i);
    } else {
      node.put(field, String.valueOf(value));
    }
  }

  private static ScoringProfile selfOnly(Profiles profiles) {
    String json = "{\"extends\":\"national-2020\",\"id\":\"self-only\",\"frameworks\":{\"self-2020\":{},\"self-2021\":{}}}";
    try {
      return profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProfileException e) {
      throw new IllegalStateException(e);
    }
  }
}

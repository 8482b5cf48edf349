package io.github.jixiao.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.ScoreRange;
import io.github.jixiao.model.result.ScoringMethod;
import io.github.jixiao.model.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the score JSON ({@link EvaluationJson}) back into a {@link PackageEvaluation}, collecting
 * every problem with its JSON pointer. Strict: unknown fields, wrong types and derived fields
 * that disagree with what they derive from are problems. One instance per document.
 */
final class EvaluationReader {
  private static final Set<String> TOP = Set.of("profile", "evaluations", "findings", "summary");
  private static final Set<String> FORM = Set.of("form", "name", "pointer", "reportedTotal", "computedTotal",
      "grade", "gradeCode", "annualBudget", "executed", "executionRate", "reportedExecutionScore",
      "executionScore", "groups", "indicators", "findings");
  private static final Set<String> GROUP = Set.of("indicator", "label", "printedWeight", "weight", "reported",
      "computed");
  private static final Set<String> INDICATOR = Set.of("pointer", "name", "weight", "reportedScore", "method",
      "allowed", "computedScore", "explanation");
  private static final Set<String> FINDING = Set.of("id", "code", "severity", "location", "message", "messageZh",
      "messageEn", "expected", "found");
  private static final Set<String> LOCATION = Set.of("form", "section", "row", "pointer", "text");

  /** Thrown inside the reader to abandon one value; the problem is already recorded. */
  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip() {
      super(null, null, false, false);
    }
  }

  private final TreeReader.Result source;
  private final List<Problem> problems;
  /** The {@code id} each finding was read with, and where, to check against the numbering. */
  private final java.util.IdentityHashMap<Finding, JsonNode> ids = new java.util.IdentityHashMap<>();
  private final java.util.IdentityHashMap<Finding, String> idPointers = new java.util.IdentityHashMap<>();

  EvaluationReader(TreeReader.Result source) {
    this.source = source;
    this.problems = new ArrayList<>(source.problems());
  }

  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
        .thenComparing(Problem::pointer));
    return sorted;
  }

  @Nullable PackageEvaluation evaluation() {
    try {
      JsonNode node = object(source.tree(), "", TOP, "an evaluation (评分结果)");
      String profile = text(node, "profile", "");
      List<FormEvaluation> forms = list(node, "evaluations", "", this::form);
      List<Finding> findings = list(node, "findings", "", this::finding);
      PackageEvaluation evaluation = new PackageEvaluation(profile, forms, findings);
      JsonNode summary = node.get("summary");
      if (summary != null) {
        checkSummary(summary, evaluation);
      }
      checkIds(evaluation);
      return problems.isEmpty() ? evaluation : null;
    } catch (Skip e) {
      return null;
    }
  }

  private FormEvaluation form(JsonNode value, String pointer) throws Skip {
    JsonNode node = object(value, pointer, FORM, "a form's evaluation");
    String form = text(node, "form", pointer);
    String name = text(node, "name", pointer);
    String at = text(node, "pointer", pointer);
    ScoreCell reportedTotal = cell(node, "reportedTotal", pointer);
    BigDecimal computedTotal = requiredDecimal(node, "computedTotal", pointer);
    Grade grade = grade(node, pointer);
    BigDecimal annualBudget = decimal(node, "annualBudget", pointer);
    BigDecimal executed = decimal(node, "executed", pointer);
    BigDecimal executionRate = decimal(node, "executionRate", pointer);
    ScoreCell reportedExecutionScore = cell(node, "reportedExecutionScore", pointer);
    BigDecimal executionScore = decimal(node, "executionScore", pointer); // null: nothing on the form scores it
    List<GroupScore> groups = list(node, "groups", pointer, this::group);
    List<IndicatorScore> indicators = list(node, "indicators", pointer, this::indicator);
    List<Finding> findings = list(node, "findings", pointer, this::finding);
    return new FormEvaluation(form, at, name, null, annualBudget, executed, executionRate, reportedExecutionScore,
        executionScore, indicators, groups, reportedTotal, computedTotal, grade, findings);
  }

  private Grade grade(JsonNode node, String pointer) throws Skip {
    Grade byCode = enumValue(node, "gradeCode", pointer, Grade.class, true);
    String chinese = text(node, "grade", pointer);
    if (byCode != null && !byCode.chinese().equals(chinese)) {
      problem(pointer + "/grade", "等级与 gradeCode 不符 / grade '" + chinese + "' does not match gradeCode "
          + byCode.name() + " (" + byCode.chinese() + ")");
      throw new Skip();
    }
    return Objects.requireNonNull(byCode);
  }

  private GroupScore group(JsonNode value, String pointer) throws Skip {
    JsonNode node = object(value, pointer, GROUP, "a level-1 subtotal");
    Level1Indicator indicator = enumValue(node, "indicator", pointer, Level1Indicator.class, false);
    return new GroupScore(indicator, optionalText(node, "label", pointer), decimal(node, "printedWeight", pointer),
        requiredDecimal(node, "weight", pointer), requiredDecimal(node, "reported", pointer),
        requiredDecimal(node, "computed", pointer));
  }

  private IndicatorScore indicator(JsonNode value, String pointer) throws Skip {
    JsonNode node = object(value, pointer, INDICATOR, "an indicator score");
    String at = text(node, "pointer", pointer);
    String name = optionalText(node, "name", pointer);
    ScoreCell weight = cell(node, "weight", pointer);
    ScoreCell reported = cell(node, "reportedScore", pointer);
    ScoringMethod method = Objects.requireNonNull(enumValue(node, "method", pointer, ScoringMethod.class, true));
    ScoreRange allowed = null;
    JsonNode range = node.get("allowed");
    if (range != null && !range.isNull()) {
      String p = pointer + "/allowed";
      JsonNode r = object(range, p, Set.of("min", "max"), "a score range {min, max}");
      BigDecimal min = requiredDecimal(r, "min", p);
      BigDecimal max = requiredDecimal(r, "max", p);
      if (min.compareTo(max) > 0) {
        problem(p, "min 大于 max / min " + min.toPlainString() + " is above max " + max.toPlainString());
        throw new Skip();
      }
      allowed = new ScoreRange(min, max);
    }
    BigDecimal computed = decimal(node, "computedScore", pointer);
    String explanation = text(node, "explanation", pointer);
    return new IndicatorScore(at, null, null, name, weight, reported, method, allowed, computed, explanation);
  }

  private Finding finding(JsonNode value, String pointer) throws Skip {
    JsonNode node = object(value, pointer, FINDING, "a finding");
    FindingCode code = Objects.requireNonNull(enumValue(node, "code", pointer, FindingCode.class, true));
    Severity severity = Objects.requireNonNull(enumValue(node, "severity", pointer, Severity.class, true));
    JsonNode loc = node.get("location");
    String lp = pointer + "/location";
    if (loc == null) {
      problem(lp, "required field 'location' is missing (缺少必填字段)");
      throw new Skip();
    }
    JsonNode l = object(loc, lp, LOCATION, "a location {form, section, row, pointer, text}");
    Location location = new Location(optionalText(l, "form", lp), optionalText(l, "section", lp),
        optionalText(l, "row", lp), text(l, "pointer", lp));
    String text = optionalText(l, "text", lp);
    if (text != null && !text.equals(location.toString())) {
      problem(lp + "/text", "位置说明与位置不符 / text '" + text + "' does not match the location, which reads '"
          + location + "'");
    }
    String zh = text(node, "messageZh", pointer);
    String en = text(node, "messageEn", pointer);
    Finding finding = new Finding(code, severity, location, zh, en, optionalText(node, "expected", pointer),
        optionalText(node, "found", pointer));
    JsonNode id = node.get("id");
    if (id != null && !id.isNull()) {
      ids.put(finding, id);
      idPointers.put(finding, pointer + "/id");
    }
    String message = optionalText(node, "message", pointer);
    if (message != null && !message.equals(finding.message())) {
      problem(pointer + "/message", "message 须为 messageZh / messageEn / message must be messageZh + \" / \" + messageEn");
    }
    return finding;
  }

  /** An {@code id} is derived: it must be the finding's number in {@link PackageEvaluation#numbered()}. */
  private void checkIds(PackageEvaluation evaluation) {
    List<Finding> numbered = evaluation.numbered();
    for (int i = 0; i < numbered.size(); i++) {
      JsonNode id = ids.get(numbered.get(i));
      if (id != null && !(id.isIntegralNumber() && id.canConvertToInt() && id.intValue() == i + 1)) {
        problem(idPointers.get(numbered.get(i)), "审核意见编号与编号规则不符 / id is " + id
            + ", the package's numbering (package-level, then forms in printed order, then rows) gives " + (i + 1));
      }
    }
  }

  private void checkSummary(JsonNode summary, PackageEvaluation evaluation) throws Skip {
    List<String> fields = new ArrayList<>(List.of("forms"));
    for (Severity s : Severity.values()) {
      fields.add(s.name().toLowerCase(Locale.ROOT) + "s");
    }
    JsonNode node = object(summary, "/summary", Set.copyOf(fields), "the summary");
    for (String field : fields) {
      JsonNode v = node.get(field);
      long expected = field.equals("forms") ? evaluation.evaluations().size()
          : evaluation.allFindings().filter(f -> (f.severity().name().toLowerCase(Locale.ROOT) + "s").equals(field)).count();
      if (v != null && !(v.isIntegralNumber() && v.canConvertToLong() && v.longValue() == expected)) {
        problem("/summary/" + field, "汇总数与内容不符 / " + field + " is " + v + ", the evaluation gives " + expected);
      }
    }
  }

  // --- values -------------------------------------------------------------------------------

  private JsonNode object(JsonNode node, String pointer, Set<String> known, String what) throws Skip {
    if (!node.isObject()) {
      problem(pointer, "expected " + what + " as a JSON object, found " + kind(node) + " (类型错误)");
      throw new Skip();
    }
    boolean unknown = false;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(pointer + "/" + RecordBinder.escape(name), "unknown field '" + name + "' (未知字段); expected one of: "
            + known.stream().sorted().collect(Collectors.joining(", ")));
        unknown = true;
      }
    }
    if (unknown) {
      throw new Skip();
    }
    return node;
  }

  @FunctionalInterface
  private interface Element<T> {
    T read(JsonNode node, String pointer) throws Skip;
  }

  private <T> List<T> list(JsonNode node, String field, String pointer, Element<T> element) throws Skip {
    String p = pointer + "/" + field;
    JsonNode array = node.get(field);
    if (array == null || !array.isArray()) {
      problem(p, array == null ? "required field '" + field + "' is missing (缺少必填字段)"
          : "expected an array (列表), found " + kind(array) + " (类型错误)");
      throw new Skip();
    }
    List<T> values = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < array.size(); i++) {
      try {
        values.add(element.read(array.get(i), p + "/" + i));
      } catch (Skip e) {
        failed = true;
      }
    }
    if (failed) {
      throw new Skip();
    }
    return values;
  }

  private String text(JsonNode node, String field, String pointer) throws Skip {
    String value = optionalText(node, field, pointer);
    if (value == null) {
      problem(pointer + "/" + field, "required field '" + field + "' is missing (缺少必填字段)");
      throw new Skip();
    }
    return value;
  }

  private @Nullable String optionalText(JsonNode node, String field, String pointer) throws Skip {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problem(pointer + "/" + field, "expected a string (文本), found " + kind(v) + " (类型错误)");
      throw new Skip();
    }
    return v.textValue();
  }

  private @Nullable BigDecimal decimal(JsonNode node, String field, String pointer) throws Skip {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      problem(pointer + "/" + field, "expected a number (数字), found " + kind(v) + " (类型错误)");
      throw new Skip();
    }
    return v.decimalValue();
  }

  private BigDecimal requiredDecimal(JsonNode node, String field, String pointer) throws Skip {
    BigDecimal value = decimal(node, field, pointer);
    if (value == null) {
      problem(pointer + "/" + field, "required field '" + field + "' is missing (缺少必填字段)");
      throw new Skip();
    }
    return value;
  }

  private @Nullable ScoreCell cell(JsonNode node, String field, String pointer) throws Skip {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return ScoreCell.of(v.decimalValue());
    }
    if (v.isTextual() && ScoreCell.MARKS.contains(v.textValue())) {
      return ScoreCell.mark(v.textValue());
    }
    problem(pointer + "/" + field, "分值须为数字或“无/不适用” / expected a number or one of 无, 不适用, /, —, -; found "
        + kind(v));
    throw new Skip();
  }

  private <E extends Enum<E>> @Nullable E enumValue(JsonNode node, String field, String pointer, Class<E> type,
      boolean required) throws Skip {
    String name = required ? text(node, field, pointer) : optionalText(node, field, pointer);
    if (name == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    problem(pointer + "/" + field, "unknown value '" + name + "' (取值无效); expected one of: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    throw new Skip();
  }

  private void problem(String pointer, String message) {
    problems.add(source.located(pointer, message));
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "the number " + node.asText();
      case STRING -> "the text '" + (node.textValue().length() <= 40 ? node.textValue()
          : node.textValue().substring(0, 40) + "…") + "'";
      case BOOLEAN -> "the boolean " + node.asText();
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}

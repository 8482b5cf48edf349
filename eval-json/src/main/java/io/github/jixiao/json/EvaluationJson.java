package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.model.result.GroupScore;
import io.github.jixiao.model.result.IndicatorScore;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link PackageEvaluation}: the documented contract of {@code jixiao score
 * --format json}. Top level: {@code profile}, {@code evaluations} (one per form: {@code form},
 * {@code name}, {@code reportedTotal}, {@code computedTotal}, {@code grade}, {@code findings} …),
 * {@code findings} (package level) and {@code summary}. Fields are only ever added.
 */
public final class EvaluationJson {
  private EvaluationJson() {}

  /**
   * The evaluation as pretty JSON text ending with a newline: what {@code jixiao score --format json}
   * prints for one package.
   *
   * @param evaluation the evaluation to write
   * @return two-space indented JSON, {@code "key": value}, {@code \n} line ends, a final newline
   */
  public static String write(PackageEvaluation evaluation) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      write(g, evaluation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * Writes the evaluation as one JSON object to a generator (a host's, through {@link
   * JixiaoModule}): the same fields and values as {@link #write(PackageEvaluation)}, whatever the
   * generator's settings; the layout is the generator's.
   *
   * @param g the generator to write to, positioned where a value may start; not closed
   * @param evaluation the evaluation to write
   * @throws IOException when the generator fails to write
   */
  public static void write(JsonGenerator g, PackageEvaluation evaluation) throws IOException {
    java.util.IdentityHashMap<Finding, Integer> ids = new java.util.IdentityHashMap<>();
    List<Finding> numbered = evaluation.numbered();
    for (int i = 0; i < numbered.size(); i++) {
      ids.put(numbered.get(i), i + 1);
    }
    g.writeStartObject();
    g.writeStringField("profile", evaluation.profile());
    g.writeArrayFieldStart("evaluations");
    for (FormEvaluation e : evaluation.evaluations()) {
      form(g, e, ids);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : evaluation.findings()) {
      finding(g, f, ids);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("forms", evaluation.evaluations().size());
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name().toLowerCase(java.util.Locale.ROOT) + "s",
          evaluation.allFindings().filter(f -> f.severity() == s).count());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Reads an evaluation back from its JSON (what {@link #write(PackageEvaluation)} gives). The
   * document carries no 实施单位 and no level-1/level-2 labels of an indicator score: those come
   * back {@code null}; derived fields ({@code message}, {@code location.text}, {@code gradeCode},
   * {@code summary}) are checked against what they derive from. Writing what was read gives the
   * same JSON.
   *
   * @param json the JSON text of one evaluation
   * @return the evaluation, its findings and scores as written
   * @throws InvalidPackageException listing every problem with its JSON pointer
   */
  public static PackageEvaluation read(String json) throws InvalidPackageException {
    try (JsonParser parser = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().createParser(json)) {
      TreeReader.Result result = TreeReader.read(parser);
      if (parser.nextToken() != null) {
        throw new InvalidPackageException(List.of(Problem.at("",
            "JSON 语法错误 / not valid JSON: more content after the end of the JSON value (JSON 结束后还有多余内容)")));
      }
      return read(result);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidPackageException(List.of(new Problem("", at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()), "JSON 语法错误 / not valid JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an evaluation from a tree read by {@link TreeReader}, problems placed at their line and column. */
  static PackageEvaluation read(TreeReader.Result result) throws InvalidPackageException {
    EvaluationReader reader = new EvaluationReader(result);
    PackageEvaluation evaluation = reader.evaluation();
    List<Problem> problems = reader.problems();
    if (!problems.isEmpty() || evaluation == null) {
      throw new InvalidPackageException(problems.isEmpty()
          ? List.of(Problem.at("", "not an evaluation (不是评分结果)")) : problems);
    }
    return evaluation;
  }

  private static void form(JsonGenerator g, FormEvaluation e, java.util.Map<Finding, Integer> ids)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("form", e.form());
    g.writeStringField("name", e.name());
    g.writeStringField("pointer", e.pointer());
    cell(g, "reportedTotal", e.reportedTotal());
    number(g, "computedTotal", e.computedTotal());
    g.writeStringField("grade", e.grade().chinese());
    g.writeStringField("gradeCode", e.grade().name());
    number(g, "annualBudget", e.annualBudget());
    number(g, "executed", e.executed());
    number(g, "executionRate", e.executionRate() == null ? null : e.executionRate().setScale(6, java.math.RoundingMode.HALF_UP));
    cell(g, "reportedExecutionScore", e.reportedExecutionScore());
    number(g, "executionScore", e.executionScore());
    g.writeArrayFieldStart("groups");
    for (GroupScore s : e.groups()) {
      g.writeStartObject();
      g.writeStringField("indicator", s.indicator() == null ? null : s.indicator().name());
      g.writeStringField("label", s.label());
      number(g, "printedWeight", s.printedWeight());
      number(g, "weight", s.weight());
      number(g, "reported", s.reported());
      number(g, "computed", s.computed());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("indicators");
    for (IndicatorScore s : e.indicators()) {
      g.writeStartObject();
      g.writeStringField("pointer", s.pointer());
      g.writeStringField("name", s.name());
      cell(g, "weight", s.reportedWeight());
      cell(g, "reportedScore", s.reportedScore());
      g.writeStringField("method", s.method().name());
      if (s.allowed() != null) {
        g.writeObjectFieldStart("allowed");
        number(g, "min", s.allowed().min());
        number(g, "max", s.allowed().max());
        g.writeEndObject();
      } else {
        g.writeNullField("allowed");
      }
      number(g, "computedScore", s.computed());
      g.writeStringField("explanation", s.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : e.findings()) {
      finding(g, f, ids);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f, java.util.Map<Finding, Integer> ids) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", ids.get(f));
    g.writeStringField("code", f.code().name());
    g.writeStringField("severity", f.severity().name());
    g.writeObjectFieldStart("location");
    g.writeStringField("form", f.location().form());
    g.writeStringField("section", f.location().section());
    g.writeStringField("row", f.location().row());
    g.writeStringField("pointer", f.location().pointer());
    g.writeStringField("text", f.location().toString());
    g.writeEndObject();
    g.writeStringField("message", f.message());
    g.writeStringField("messageZh", f.messageZh());
    g.writeStringField("messageEn", f.messageEn());
    g.writeStringField("expected", f.expected());
    g.writeStringField("found", f.found());
    g.writeEndObject();
  }

  private static void cell(JsonGenerator g, String field, @Nullable ScoreCell cell) throws IOException {
    if (cell == null) {
      g.writeNullField(field);
    } else if (cell.value() != null) {
      number(g, field, cell.value());
    } else {
      g.writeStringField(field, cell.mark());
    }
  }

  private static void number(JsonGenerator g, String field, @Nullable BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeFieldName(field);
      // as written, whatever the generator's settings (a host's may not write decimals plain)
      g.writeNumber(value.toPlainString());
    }
  }

}

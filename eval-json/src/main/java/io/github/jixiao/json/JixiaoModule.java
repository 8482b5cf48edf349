package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.BuildingsBlock;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportCover;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.model.result.PackageEvaluation;
import java.io.IOException;
import java.util.List;

/**
 * Teaches a host application's own Jackson {@code ObjectMapper} jixiao's canonical JSON, the
 * way {@code JavaTimeModule} teaches it {@code java.time}: register it explicitly and the
 * mapper reads and writes {@link EvaluationPackage} (and every record of the model: a {@link
 * SelfEvaluationForm}, a {@link ScoreCell} …) exactly as {@link PackageJson} does, and {@link
 * PackageEvaluation} exactly as {@link EvaluationJson} ({@code jixiao score --format json}) does.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
 * EvaluationPackage pkg = mapper.readValue(body, EvaluationPackage.class);
 * String json = mapper.writeValueAsString(evaluator.evaluate(pkg));
 * }</pre>
 *
 * <p>Whatever the mapper's own settings, the tree is the canonical one: decimals are read and
 * written exactly (never through {@code double}, written plain), a field given twice is a
 * problem, unknown fields are problems, and a package is validated as {@code PackageJson}
 * validates it. A value that cannot be read fails with an {@link InvalidJsonException} (a
 * {@code JsonMappingException}, so frameworks treat it as unreadable input) that lists every
 * problem with its JSON pointer — relative to the value read — and its line and column. The
 * layout (indentation, spacing) is the mapper's: the canonical text itself comes from {@code
 * PackageJson.write} and {@code EvaluationJson.write}.
 *
 * <p>Spring Boot: the jixiao starter registers this module with Boot's mapper.
 */
public final class JixiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The model's record types the module reads and writes, the package first. */
  static final List<Class<? extends Record>> MODEL_RECORDS = List.of(EvaluationPackage.class, Project.class,
      BasicDataTable.class, Staffing.class, ControlRow.class, BuildingsBlock.class, BuildingRow.class,
      SelfEvaluationForm.class, FundsBlock.class, FundsRow.class, FundSplit.class, Goal.class, Level1Group.class,
      Level2Group.class, IndicatorRow.class, FooterField.class, Report.class, ReportCover.class, ReportSection.class,
      ScoreCell.class, Amount.class);

  /** A module with its own {@link PackageJson} (and so its own validator). */
  public JixiaoModule() {
    this(PackageJson.create());
  }

  private JixiaoModule(PackageJson json) {
    super("jixiao", Version.unknownVersion());
    for (Class<? extends Record> type : MODEL_RECORDS) {
      register(type, json);
    }
    addSerializer(PackageEvaluation.class, new JsonSerializer<PackageEvaluation>() {
      @Override
      public void serialize(PackageEvaluation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        EvaluationJson.write(gen, value);
      }
    });
    addDeserializer(PackageEvaluation.class, new JsonDeserializer<PackageEvaluation>() {
      @Override
      public PackageEvaluation deserialize(JsonParser p, DeserializationContext context) throws IOException {
        TreeReader.Result tree = TreeReader.read(p);
        try {
          return EvaluationJson.read(tree);
        } catch (InvalidPackageException e) {
          throw new InvalidJsonException(p, PackageEvaluation.class, e.problems());
        }
      }
    });
  }

  private <T extends Record> void register(Class<T> type, PackageJson json) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        RecordWriter.write(gen, value);
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        TreeReader.Result tree = TreeReader.read(p);
        try {
          if (type == EvaluationPackage.class) {
            return type.cast(json.readTree(tree.tree(), tree.problems(), tree::located));
          }
          return json.bind(tree.tree(), type, tree.problems(), tree::located);
        } catch (InvalidPackageException e) {
          throw new InvalidJsonException(p, type, e.problems());
        }
      }
    });
  }
}

package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.json.PackageSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the package format (eval-model's {@code package.schema.json}) accepts what
 * {@link PackageJson} reads and rejects, at the same place, what it refuses.
 */
class PackageSchemaTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final PackageJson READER = PackageJson.create();

  /** A place in the example that every invalid document below edits. */
  private static final String FIRST_FUNDS_ROW = "/projectEvaluations/0/funds/rows/0";
  private static final String FIRST_INDICATOR_ROW = "/projectEvaluations/0/indicators/0/children/0/rows/0";

  private static JsonNode schemaDocument = MAPPER.nullNode();
  private static JsonSchema schema = null;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaDocument = MAPPER.readTree(PackageSchema.json());
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaDocument, config);
  }

  // --- the schema document itself -------------------------------------------------------------

  @Test
  void schemaIsDraft202012WithTheFormatVersionOneId() {
    assertThat(schemaDocument.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaDocument.path("$id").asText()).isEqualTo("https://jixiao.github.io/schema/package-1.json");
    assertThat(schemaDocument.path("title").asText()).isNotBlank();
    assertThat(schemaDocument.path("$ref").asText()).isEqualTo("#/$defs/EvaluationPackage");
  }

  @Test
  void everyDefinitionHasATitleAndADescription() {
    schemaDocument.path("$defs").properties().forEach(def -> {
      assertThat(def.getValue().path("title").asText()).as("title of %s", def.getKey()).isNotBlank();
      assertThat(def.getValue().path("description").asText()).as("description of %s", def.getKey()).isNotBlank();
    });
  }

  @Test
  void everyObjectInTheSchemaForbidsUnknownFields() {
    List<String> open = new ArrayList<>();
    collectOpenObjects(schemaDocument, "", open);
    assertThat(open).as("object schemas without \"additionalProperties\": false").isEmpty();
  }

  @Test
  void definitionsMirrorTheRecordsTheReaderBinds() {
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    collectModelTypes(EvaluationPackage.class, records, enums);
    assertThat(records).hasSizeGreaterThan(15);

    for (Class<?> type : records) {
      JsonNode def = definition(type.getSimpleName());
      RecordComponent[] components = type.getRecordComponents();
      assertThat(def.path("additionalProperties").isBoolean() && !def.path("additionalProperties").booleanValue())
          .as("%s forbids unknown fields", type.getSimpleName()).isTrue();
      assertThat(fieldNames(def.path("properties")))
          .as("properties of %s, in component order", type.getSimpleName())
          .containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
      assertThat(texts(def.path("required")))
          .as("required fields of %s (neither @Nullable nor a List)", type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(components)
              .filter(c -> !isNullable(c) && c.getType() != List.class && c.getType() != boolean.class)
              .map(RecordComponent::getName)
              .toList());
      for (RecordComponent c : components) {
        JsonNode property = def.path("properties").path(c.getName());
        assertThat(acceptsNull(property))
            .as("%s.%s accepts null exactly when it is @Nullable", type.getSimpleName(), c.getName())
            .isEqualTo(isNullable(c));
        if (c.getType() == List.class) {
          assertThat(property.path("type").asText()).as("%s.%s is an array", type.getSimpleName(), c.getName())
              .isEqualTo("array");
        }
      }
    }
  }

  @Test
  void enumDefinitionsListEveryConstantOfTheModel() {
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    collectModelTypes(EvaluationPackage.class, records, enums);
    assertThat(enums).hasSize(6);
    for (Class<?> type : enums) {
      // a printed vocabulary (the money unit) is written as printed ("万元"), the others by name
      assertThat(texts(definition(type.getSimpleName()).path("enum")))
          .as("enum values of %s", type.getSimpleName())
          .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants())
              .map(e -> e instanceof io.github.jixiao.model.PrintedValue p ? p.printed() : ((Enum<?>) e).name()).toList());
    }
  }

  @Test
  void scoreMarksAreTheMarksOfTheModel() {
    assertThat(texts(definition("ScoreMark").path("enum"))).containsExactlyInAnyOrderElementsOf(ScoreCell.MARKS);
  }

  // --- valid documents ------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("io.github.jixiao.examples.Examples#names")
  void everyBundledExampleValidates(String name) throws IOException {
    JsonNode example = MAPPER.readTree(Examples.json(name).orElseThrow());

    assertThat(schema.validate(example)).isEmpty();
  }

  @Test
  void jsonWrittenByPackageJsonValidates() throws IOException {
    JsonNode written = MAPPER.readTree(PackageJson.create().write(Examples.miluo2023()));

    assertThat(schema.validate(written)).isEmpty();
  }

  @Test
  void marksNullsAndAbsentListsAreAcceptedByBothSchemaAndReader() throws Exception {
    ObjectNode doc = example();
    parentOf(doc, FIRST_INDICATOR_ROW + "/weight").put("weight", "不适用");
    parentOf(doc, FIRST_INDICATOR_ROW + "/score").put("score", "—");
    parentOf(doc, FIRST_FUNDS_ROW + "/executionRate").putNull("executionRate");
    parentOf(doc, "/projectEvaluations/0/indicators/0/indicator").putNull("indicator");
    parentOf(doc, "/projectEvaluations/0/totalWeight").putNull("totalWeight");
    parentOf(doc, "/projectEvaluations/0/goals").remove("goals");
    parentOf(doc, "/profile").remove("profile");

    assertThat(schema.validate(doc)).isEmpty();
    assertThat(READER.read(MAPPER.writeValueAsBytes(doc)).projectEvaluations().get(0).goals()).isEmpty();
  }

  // --- invalid documents: rejected by both, at the place edited -------------------------------

  @Test
  void unknownFieldIsRejected() throws Exception {
    String pointer = FIRST_FUNDS_ROW + "/remark";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isMissingNode()).isTrue();
    parentOf(doc, pointer).put("remark", "资金已全部拨付");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void amountWrittenAsStringIsRejected() throws Exception {
    String pointer = FIRST_FUNDS_ROW + "/executed";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isNumber()).isTrue();
    parentOf(doc, pointer).put("executed", "45.00");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void chineseNumeralAsWeightIsRejected() throws Exception {
    String pointer = FIRST_INDICATOR_ROW + "/weight";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isNumber()).isTrue();
    parentOf(doc, pointer).put("weight", "十");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void unknownLevel1IndicatorIsRejected() throws Exception {
    String pointer = "/projectEvaluations/0/indicators/0/indicator";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isTextual()).isTrue();
    parentOf(doc, pointer).put("indicator", "PROCESS");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void missingDepartmentIsRejected() throws Exception {
    String pointer = "/department";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isTextual()).isTrue();
    doc.remove("department");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void unsupportedFormatVersionIsRejected() throws Exception {
    String pointer = "/formatVersion";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).asText()).isEqualTo(EvaluationPackage.FORMAT_VERSION);
    doc.put("formatVersion", "2");

    assertRejectedAt(doc, pointer);
  }

  @Test
  void negativeExecutedAmountIsRejected() throws Exception {
    String pointer = FIRST_FUNDS_ROW + "/executed";
    ObjectNode doc = example();
    assertThat(doc.at(pointer).isNumber()).isTrue();
    parentOf(doc, pointer).put("executed", -1);

    assertRejectedAt(doc, pointer);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Both the schema and the reader reject the document, and both point only at {@code pointer}. */
  private static void assertRejectedAt(JsonNode doc, String pointer) throws IOException {
    Set<ValidationMessage> messages = schema.validate(doc);
    assertThat(messages).as("schema messages").isNotEmpty();
    assertThat(messages.stream().map(PackageSchemaTest::pointerOf).collect(Collectors.toSet()))
        .as("places the schema reports: %s", messages)
        .containsOnly(pointer);

    byte[] bytes = MAPPER.writeValueAsBytes(doc);
    InvalidPackageException e = catchThrowableOfType(InvalidPackageException.class, () -> READER.read(bytes));
    assertThat(e).as("PackageJson.read rejects the document").isNotNull();
    assertThat(e.problems()).extracting(Problem::pointer)
        .as("places PackageJson reports: %s", e.problems())
        .containsOnly(pointer);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  /** The JSON pointer of what a message is about: the field itself for required/unknown fields. */
  private static String pointerOf(ValidationMessage message) {
    String at = message.getInstanceLocation().toString();
    String type = message.getType();
    if (("required".equals(type) || "additionalProperties".equals(type)) && message.getProperty() != null) {
      return at + "/" + message.getProperty().replace("~", "~0").replace("/", "~1");
    }
    return at;
  }

  private static ObjectNode example() {
    try {
      return (ObjectNode) MAPPER.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode parentOf(JsonNode doc, String pointer) {
    JsonNode parent = doc.at(JsonPointer.compile(pointer).head());
    assertThat(parent.isObject()).as("an object holds %s", pointer).isTrue();
    return (ObjectNode) parent;
  }

  private static JsonNode definition(String name) {
    JsonNode def = schemaDocument.path("$defs").path(name);
    assertThat(def.isObject()).as("$defs/%s", name).isTrue();
    return def;
  }

  private static void collectOpenObjects(JsonNode node, String pointer, List<String> open) {
    if (node.isObject()) {
      boolean describesObject = node.has("properties") || "object".equals(node.path("type").asText());
      boolean closed = node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").booleanValue();
      if (describesObject && !closed) {
        open.add(pointer);
      }
      node.properties().forEach(e -> collectOpenObjects(e.getValue(), pointer + "/" + e.getKey(), open));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectOpenObjects(node.get(i), pointer + "/" + i, open);
      }
    }
  }

  /** Every record and enum reachable from {@code type} as the reader binds them (ScoreCell is a scalar). */
  private static void collectModelTypes(Class<?> type, Set<Class<?>> records, Set<Class<?>> enums) {
    if (type.isEnum()) {
      enums.add(type);
    } else if (type.isRecord() && type != ScoreCell.class && type != io.github.jixiao.model.Amount.class
        && records.add(type)) {
      for (RecordComponent c : type.getRecordComponents()) {
        collectModelTypes(elementType(c.getGenericType()), records, enums);
      }
    }
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType p) {
      return elementType(p.getActualTypeArguments()[0]);
    }
    return (Class<?>) type;
  }

  private static boolean isNullable(RecordComponent c) {
    return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static boolean acceptsNull(JsonNode property) {
    JsonNode type = property.path("type");
    if ("null".equals(type.asText()) || type.isArray() && texts(type).contains("null")) {
      return true;
    }
    return StreamSupport.stream(property.path("anyOf").spliterator(), false).anyMatch(PackageSchemaTest::acceptsNull);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}

package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.SelfEvaluationForm;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped layouts ({@code layouts/*.json}, {@code index.txt}) and the corpus forms they stand
 * for ({@code corpus-layouts.tsv}): every layout parses, the index lists every file once, and the
 * layout each corpus form is mapped to has a place (a column, a row, a block) for every field the
 * form's transcription fills. A layout missing a column would make the reader drop that column's
 * values; this test names the form, the place in it and the missing field.
 */
class ShippedLayoutsTest {
  private static final Path DIR = Path.of("src", "main", "resources", "io", "github", "jixiao", "importer", "layouts");

  private static final List<String> FUNDS_FIELDS = List.of("initialBudget", "annualBudget", "executed", "weight",
      "executionRate", "score", "deviationReason");

  @Test
  void everyShippedLayoutParsesAndTheIndexListsEveryFileOnce() throws IOException {
    List<String> index = index();
    assertThat(index).as("index.txt lists each id once").doesNotHaveDuplicates();

    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .forEach(n -> files.add(n.substring(0, n.length() - ".json".length())));
    }
    assertThat(new TreeSet<>(index)).as("index.txt against the layout files in %s", DIR).isEqualTo(files);

    Layouts layouts = Layouts.builtIn();
    assertThat(layouts.all()).extracting(Layout::id).containsExactlyElementsOf(index);
    assertThat(index).as("the national template is tried first: a province layout must match better to win").first().isEqualTo("national-2020");
  }

  @Test
  void eachLayoutFilesIdIsItsFileName() throws Exception {
    for (String id : index()) {
      Layout l = Layouts.parse(Files.readAllBytes(DIR.resolve(id + ".json")), id + ".json");
      assertThat(l.id()).as("id in %s.json", id).isEqualTo(id);
      assertThat(l.name()).as("name of %s", id).isNotBlank();
      assertThat(l.source()).as("source of %s", id).isNotBlank();
      assertThat(l.id().startsWith("national") || l.province() != null).as("province of %s", id).isTrue();
    }
  }

  @Test
  void everyLayoutPrintsItsLabelsFirstAndNamesEachColumnOnce() {
    for (Layout l : Layouts.builtIn().all()) {
      List<String> fields = new ArrayList<>();
      for (Layout.Column c : l.indicators().columns()) {
        assertThat(c.labels()).as("%s indicator column %s", l.id(), c.field()).isNotEmpty().allSatisfy(
            s -> assertThat(s).isNotBlank());
        if (c.field() != null) {
          fields.add(c.field());
        }
      }
      assertThat(fields).as("%s: indicator fields", l.id()).doesNotHaveDuplicates().contains("name");
      List<String> funds = l.funds().columns().stream().map(Layout.Column::field).filter(Objects::nonNull).toList();
      assertThat(funds).as("%s: funds fields", l.id()).doesNotHaveDuplicates();
      if (l.funds().columns().isEmpty()) {
        // a 评分表 printed without a funds block (henan-2024-evaluation): nothing of one
        assertThat(l.funds().labels()).as("%s: funds block label", l.id()).isEmpty();
        assertThat(l.funds().rows()).as("%s: funds rows", l.id()).isEmpty();
      } else {
        assertThat(l.funds().labels()).as("%s: funds block label", l.id()).isNotEmpty();
        assertThat(l.funds().rows()).as("%s: funds rows", l.id()).isNotEmpty();
      }
      assertThat(l.indicators().total()).as("%s: total row label", l.id()).isNotEmpty();
      assertThat(l.title().words()).as("%s: title words", l.id()).isNotEmpty();
    }
  }

  @Test
  void everyCorpusFormIsMappedToExactlyOneShippedLayout() throws IOException {
    Map<String, String> mapping = mapping();
    Layouts layouts = Layouts.builtIn();
    assertThat(mapping.keySet()).as("corpus-layouts.tsv names every corpus form")
        .containsExactlyInAnyOrderElementsOf(corpusNames());
    mapping.forEach((example, id) -> assertThat(layouts.get(id)).as("layout of %s", example).isPresent());
    Set<String> used = new LinkedHashSet<>(mapping.values());
    List<String> provinces = layouts.all().stream().map(Layout::province).filter(Objects::nonNull).distinct().toList();
    assertThat(provinces).as("a layout for every province of the corpus").hasSizeGreaterThanOrEqualTo(11);
    assertThat(used).as("layouts the corpus uses").hasSizeGreaterThanOrEqualTo(15);
  }

  static Stream<Arguments> corpusForms() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, String> e : mapping().entrySet()) {
      out.add(Arguments.of(e.getKey(), e.getValue()));
    }
    return out.stream();
  }

  /**
   * What the layout format cannot say, pinned so that a change to the format or the layouts shows
   * here: both forms print the 预算执行 weight in the funds block's side label ("预算执行情况（万元）
   * （20分）"), and a layout has no way to read a funds weight from that label (level-1 weights in
   * their labels are read; funds weights only from a 分值 column).
   */
  private static final Map<String, List<String>> CANNOT_EXPRESS = Map.of(
      "hubei-2022-huangshi-haimian", List.of("1 黄石市系统化全域海绵城市示范城市的申报工作经费: funds column weight (row TOTAL)"),
      "yunnan-2022-changning-shengzhu", List.of("3 昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目: funds column weight (row TOTAL)"));

  @ParameterizedTest(name = "{0} in layout {1}")
  @MethodSource("corpusForms")
  void theLayoutOfACorpusFormHasAPlaceForEveryFieldTheFormFills(String example, String id) {
    Layout layout = Layouts.builtIn().get(id).orElseThrow();
    List<String> missing = new ArrayList<>();
    List<SelfEvaluationForm> forms = Examples.load(example).forms().toList();
    assertThat(forms).as("forms of %s", example).isNotEmpty();
    for (SelfEvaluationForm form : forms) {
      missing.addAll(missing(form, layout));
    }
    assertThat(missing).as("what %s fills and layout %s has no place for", example, id)
        .containsExactlyElementsOf(CANNOT_EXPRESS.getOrDefault(example, List.of()));
  }

  @Test
  void aLayoutMissingAColumnTheFormFillsIsNotEnough() {
    Layout national = Layouts.builtIn().get("national-2020").orElseThrow();
    SelfEvaluationForm sichuan = Examples.load("sichuan-2023-daying-anke").forms().findFirst().orElseThrow();
    // Sichuan prints 指标性质 and 度量单位, which the national template has no column for.
    assertThat(missing(sichuan, national)).anySatisfy(m -> assertThat(m).contains("nature"));
  }

  @Test
  void aLayoutWithAnUnknownPropertyIsRefusedNamingItsJsonPointer() throws Exception {
    String json = national().replaceFirst("\"field\": \"initialBudget\"", "\"field\": \"initialBudget\", \"width\": 3");
    assertThatThrownBy(() -> Layouts.parse(json.getBytes(StandardCharsets.UTF_8), "my.json"))
        .isInstanceOf(Layouts.LayoutException.class)
        .hasMessageContaining("my.json")
        .hasMessageContaining("/funds/columns/0/width")
        .hasMessageContaining("docs/LAYOUTS.md");
  }

  @Test
  void aLayoutWithABadFieldNameIsRefusedNamingItsJsonPointerAndTheAllowedNames() throws Exception {
    String json = national().replaceFirst("\"field\": \"executed\"", "\"field\": \"spent\"")
        .replaceFirst("\"field\": \"actual\"", "\"field\": \"result\"");
    assertThatThrownBy(() -> Layouts.parse(json.getBytes(StandardCharsets.UTF_8), "my.json"))
        .isInstanceOf(Layouts.LayoutException.class)
        .hasMessageContaining("/funds/columns/2/field: 'spent' is not a funds field")
        .hasMessageContaining("/indicators/columns/4/field: 'result' is not an indicator field")
        .hasMessageContaining("adjustedTarget");
  }

  @Test
  void aLayoutWithABadIdOrFormIsRefusedNamingTheField() throws Exception {
    String json = national().replaceFirst("\"id\": \"national-2020\"", "\"id\": \"Hubei 2019\"")
        .replaceFirst("\"form\": \"project\"", "\"form\": \"bumen\"");
    assertThatThrownBy(() -> Layouts.parse(json.getBytes(StandardCharsets.UTF_8), "my.json"))
        .isInstanceOf(Layouts.LayoutException.class)
        .hasMessageContaining("/id: 'Hubei 2019'")
        .hasMessageContaining("/form: 'bumen' must be project or department");
  }

  @Test
  void aLayoutFileThatIsNotJsonIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> Layouts.parse("{\n  \"id\": \"x\",\n  oops\n}".getBytes(StandardCharsets.UTF_8), "my.json"))
        .isInstanceOf(Layouts.LayoutException.class)
        .hasMessageContaining("my.json:3:")
        .hasMessageContaining("not JSON");
  }

  @Test
  void theNationalLayoutParsedFromItsFileIsTheShippedOne() throws Exception {
    Layout parsed = Layouts.parse(national().getBytes(StandardCharsets.UTF_8), "national-2020.json");
    assertThat(parsed).isEqualTo(Layouts.builtIn().get("national-2020").orElseThrow());
  }

  /** What the form fills that the layout has no column, row or block for, each naming its place. */
  static List<String> missing(SelfEvaluationForm form, Layout layout) {
    String where = form.label() + " " + form.name() + ": ";
    Set<String> fundsColumns = fields(layout.funds().columns());
    Set<String> indicatorColumns = fields(layout.indicators().columns());
    Set<String> out = new LinkedHashSet<>();
    for (FundsRow r : form.funds().rows()) {
      if (layout.funds().rows().stream().noneMatch(lr -> lr.kind() == r.kind())) {
        out.add(where + "funds row " + r.kind() + " (" + r.label() + ")");
      } else if (r.label() != null && layout.funds().rows().stream()
          .noneMatch(lr -> lr.kind() == r.kind() && Labels.matches(r.label(), lr.labels()))) {
        out.add(where + "funds row label '" + r.label() + "' (" + r.kind() + ")");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("initialBudget", r.initialBudget());
      values.put("annualBudget", r.annualBudget());
      values.put("executed", r.executed());
      values.put("weight", r.weight());
      values.put("executionRate", r.executionRate());
      values.put("score", r.score());
      values.put("deviationReason", r.deviationReason());
      for (String f : FUNDS_FIELDS) {
        if (values.get(f) != null && !fundsColumns.contains(f)) {
          out.add(where + "funds column " + f + " (row " + r.kind() + ")");
        }
      }
    }
    if (!form.funds().byIncome().isEmpty() || !form.funds().byExpenditure().isEmpty()) {
      if (layout.funds().splits() == null) {
        out.add(where + "funds splits (按收入性质分 / 按支出性质分)");
      } else {
        for (FundSplit s : concat(form.funds().byIncome(), form.funds().byExpenditure())) {
          if (!layout.funds().splits().kinds().contains(s.kind())) {
            out.add(where + "funds split " + s.kind() + " (" + s.label() + ")");
          }
        }
      }
    }
    boolean goals = form.goals().stream().map(Goal::expected).anyMatch(Objects::nonNull)
        || form.goals().stream().map(Goal::actual).anyMatch(Objects::nonNull);
    if (goals && layout.goals() == null) {
      out.add(where + "goals block (年度总体目标)");
    }
    for (Level1Group g1 : form.indicators()) {
      if (g1.label() != null && !indicatorColumns.contains("level1")) {
        out.add(where + "indicator column level1 (" + g1.label() + ")");
      }
      if (g1.weight() != null && !printedInLabel(g1.weight(), g1.label()) && !indicatorColumns.contains("level1Weight")) {
        out.add(where + "indicator column level1Weight (" + g1.label() + " " + g1.weight() + ")");
      }
      for (Level2Group g2 : g1.children()) {
        if (g2.label() != null && !indicatorColumns.contains("level2")) {
          out.add(where + "indicator column level2 (" + g2.label() + ")");
        }
        for (IndicatorRow r : g2.rows()) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put("name", r.name());
          values.put("unitOfMeasure", r.unitOfMeasure());
          values.put("nature", r.nature());
          values.put("target", r.target());
          values.put("adjustedTarget", r.adjustedTarget());
          values.put("actual", r.actual());
          values.put("weight", r.weight());
          values.put("scoreCoefficient", r.scoreCoefficient());
          values.put("score", r.score());
          values.put("core", r.core());
          values.put("criteria", r.criteria());
          values.put("explanation", r.explanation());
          values.put("deviationReason", r.deviationReason());
          values.forEach((f, v) -> {
            if (v != null && !indicatorColumns.contains(f)) {
              out.add(where + "indicator column " + f);
            }
          });
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether a level-1 weight is the number printed in its label ("产出指标（50分）"), so no column holds it. */
  private static boolean printedInLabel(BigDecimal weight, String label) {
    return label != null && Labels.squash(label).contains(weight.stripTrailingZeros().toPlainString());
  }

  private static Set<String> fields(List<Layout.Column> columns) {
    Set<String> s = new LinkedHashSet<>();
    columns.stream().map(Layout.Column::field).filter(Objects::nonNull).forEach(s::add);
    return s;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String national() throws IOException {
    return Files.readString(DIR.resolve("national-2020.json"), StandardCharsets.UTF_8);
  }

  private static List<String> index() throws IOException {
    return Files.readString(DIR.resolve("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static List<String> corpusNames() {
    // the corpus of real forms: not the seed, nor the constructed specimens of other frameworks (no province prints them)
    return Examples.list().stream().map(Examples.Example::name)
        .filter(n -> !n.equals(Examples.MILUO_2023) && !n.startsWith(Examples.SAMPLE_PREFIX)).toList();
  }

  /** example → layout id, from corpus-layouts.tsv (header row and # comments skipped); a name twice fails. */
  static Map<String, String> mapping() throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = ShippedLayoutsTest.class.getResourceAsStream("corpus-layouts.tsv")) {
      assertThat(in).as("corpus-layouts.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("example\t")) {
          continue;
        }
        String[] a = line.split("\t", -1);
        assertThat(a.length).as("columns of corpus-layouts.tsv line '%s'", line).isBetween(2, 3);
        assertThat(m.put(a[0], a[1])).as("%s mapped twice in corpus-layouts.tsv", a[0]).isNull();
      }
    }
    return m;
  }
}

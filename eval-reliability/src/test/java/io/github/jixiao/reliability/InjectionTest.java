package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.examples.html.HtmlRenderer;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 8, security of the outputs: user text never becomes a formula in the XLSX (= + - @
 * prefixes, DDE, HYPERLINK) nor markup in the HTML ({@code <script>}, tags with event handlers,
 * quotes breaking out of attributes), in both modes. The seed's every text of 附件2, 附件3-1 and
 * 附件1 (names, targets, actuals, reasons, goals, notes, footer values, labels) and the
 * department name are replaced by attack strings; the findings the audit then makes quote them
 * into cell comments and HTML title attributes too.
 */
class InjectionTest {
  static final List<String> FORMULAS = List.of("=1+1", "+SUM(A1:A3)", "-2+3", "@SUM(A1)",
      "=HYPERLINK(\"http://evil.example/\",\"点击\")", "=cmd|' /C calc'!A0", "＝1+1", "=WEBSERVICE(\"http://x\")");
  static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
      "' onmouseover='alert(1)", "</td></tr></table><script>alert(2)</script>", "<a href=\"javascript:alert(3)\">x</a>",
      "&lt;script&gt;", "<!-- comment", "<style>*{display:none}</style>");

  static EvaluationPackage attacked(List<String> payloads) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    int[] next = {0};
    root.put("department", payloads.get(0) + "部门");
    replace(root.get("departmentEvaluation"), payloads, next);
    replace(root.get("projectEvaluations").get(0), payloads, next);
    replace(root.get("basicData"), payloads, next);
    return PackageJson.create().read(mapper.writeValueAsBytes(root));
  }

  private static final Set<String> TEXT_FIELDS = Set.of("name", "target", "actual", "deviationReason", "expected",
      "value", "supervisingDepartment", "implementingUnit", "title", "savingMeasures", "controlRate", "executionRate");

  private static void replace(JsonNode node, List<String> payloads, int[] next) {
    if (node instanceof ObjectNode o) {
      List<String> fields = new ArrayList<>();
      o.fieldNames().forEachRemaining(fields::add);
      for (String f : fields) {
        JsonNode v = o.get(f);
        if (v.isTextual() && TEXT_FIELDS.contains(f)) {
          o.put(f, payloads.get(next[0]++ % payloads.size()));
        } else if (f.equals("notes") && v.isArray()) {
          ArrayNode a = (ArrayNode) v;
          for (int i = 0; i < a.size(); i++) {
            a.set(i, TextNode.valueOf(payloads.get(next[0]++ % payloads.size())));
          }
        } else {
          replace(v, payloads, next);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
        replace(it.next(), payloads, next);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void userTextNeverBecomesAFormulaInTheWorkbook(RenderMode mode) throws Exception {
    EvaluationPackage pkg = attacked(FORMULAS);
    var evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(pkg, evaluation, mode), out);
    Set<String> strings = new HashSet<>();
    List<String> formulas = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA) {
              formulas.add(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula());
            } else if (c.getCellType() == CellType.STRING) {
              strings.add(c.getStringCellValue());
            }
          }
        }
      }
    }
    for (String f : formulas) {
      assertThat(f).as("a formula the renderer wrote").doesNotContain("cmd").doesNotContain("HYPERLINK(\"http")
          .doesNotContain("WEBSERVICE").doesNotContain("1+1").doesNotContain("SUM(A1");
    }
    if (mode != RenderMode.COMPUTED) {
      assertThat(formulas).as("a workbook as reported or as filed holds no formula at all").isEmpty();
    } else {
      assertThat(formulas).as("computed mode writes its own formulas").isNotEmpty();
    }
    for (String p : FORMULAS) {
      assertThat(strings.stream().anyMatch(s -> s.equals(p) || s.contains(p))).as("'" + p + "' is kept as text").isTrue();
    }
    // and the importer reads the text back as text
    if (mode == RenderMode.REPORTED) {
      EvaluationPackage back = io.github.jixiao.importer.xlsx.XlsxImporter.create().read(out.toByteArray(), pkg);
      String a = PackageJson.create().write(back);
      String b = PackageJson.create().write(pkg);
      List<String> got = a.lines().toList();
      List<String> want = b.lines().toList();
      for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
        assertThat(got.get(i)).as("line " + (i + 1) + " of the package read back from the workbook").isEqualTo(want.get(i));
      }
      assertThat(got).hasSameSizeAs(want);
    }
  }

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void userTextNeverBecomesMarkupInTheHtmlPage(RenderMode mode) throws Exception {
    EvaluationPackage pkg = attacked(MARKUP);
    var evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer().render(RenderRequest.of(pkg, evaluation, mode), out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<style>*")
        .doesNotContain("href=\"javascript").doesNotContain("<!-- comment").doesNotContain("' onmouseover='");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("&#39; onmouseover=&#39;alert(1)").contains("&amp;lt;script&amp;gt;");
    // every attribute value is quoted and holds no raw quote or angle bracket: a tag's attributes are name="…" pairs
    java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      String tag = tags.group();
      assertThat(tag.replaceAll("\\s[a-z-]+=\"[^\"<>]*\"", "")).as(tag).matches("<[a-zA-Z0-9]+\\s*/?>");
    }
  }

}

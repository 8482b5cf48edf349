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
import io.github.jixiao.render.docx.DocxRenderer;
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
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 8, security of the outputs: user text never becomes a formula in the XLSX (= + - @
 * prefixes, DDE, HYPERLINK) nor markup in the HTML ({@code <script>}, tags with event handlers,
 * quotes breaking out of attributes), nor WordprocessingML or a field in the DOCX (DDEAUTO,
 * INCLUDEPICTURE, HYPERLINK, {@code </w:t>} break-outs), in every mode. The seed's every text of 附件2, 附件3-1 and
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
  /** WordprocessingML break-outs and Word fields (DDE runs a program, INCLUDEPICTURE and HYPERLINK fetch). */
  static final List<String> WORD = List.of("</w:t></w:r><w:fldSimple w:instr=\"HYPERLINK http://evil.example/\"/><w:r><w:t>",
      "DDEAUTO c:\\windows\\system32\\cmd.exe \"/k calc.exe\"", "{ HYPERLINK \"http://evil.example/\" }",
      "INCLUDEPICTURE \"http://evil.example/x.png\" \\d", "]]><w:instrText>DDE cmd</w:instrText>",
      "<w:p><w:r><w:t>注入段落</w:t></w:r></w:p>", "{ QUOTE \"x\" }", "<script>alert(1)</script>");

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

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void userTextNeverBecomesMarkupOrAFieldInTheWordDocument(RenderMode mode) throws Exception {
    EvaluationPackage pkg = attacked(WORD);
    var evaluation = Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(pkg);
    byte[] docx = new DocxRenderer().renderToBytes(RenderRequest.of(pkg, evaluation, mode));
    Map<String, Document> parts = new TreeMap<>();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        // every part is well-formed XML: no payload broke out of its text node
        parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
      }
    }
    List<String> fields = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Document> part : parts.entrySet()) {
      if (!part.getKey().startsWith("word/") || part.getKey().contains("_rels")) {
        continue;
      }
      NodeList all = part.getValue().getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        String ns = String.valueOf(e.getNamespaceURI());
        if (!ns.startsWith("http://schemas.openxmlformats.org/") && !ns.startsWith("http://schemas.microsoft.com/office/")) {
          foreign.add(part.getKey() + ": " + e.getTagName());
        }
        if (W.equals(ns) && e.getLocalName().equals("instrText")) {
          fields.add(e.getTextContent());
        } else if (W.equals(ns) && e.getLocalName().equals("fldSimple")) {
          fields.add(e.getAttributeNS(W, "instr"));
        } else if (W.equals(ns) && e.getLocalName().equals("t")) {
          text.append(e.getTextContent()).append('\n');
        }
      }
    }
    assertThat(foreign).as("elements of no OOXML namespace").isEmpty();
    // jixiao's own fields only: the contents (TOC) and page numbers
    assertThat(fields).allSatisfy(field -> assertThat(field.strip()).matches("(TOC|PAGE|NUMPAGES|SECTIONPAGES)( .*)?")
        .doesNotContain("evil").doesNotContain("DDE").doesNotContain("cmd").doesNotContain("INCLUDEPICTURE"));
    if (mode != RenderMode.SUBMISSION) {
      assertThat(fields).as("the contents field is jixiao's").anyMatch(field -> field.strip().startsWith("TOC"));
    }
    for (Map.Entry<String, Document> part : parts.entrySet()) {
      if (part.getKey().endsWith(".rels")) {
        NodeList rels = part.getValue().getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < rels.getLength(); i++) {
          Element rel = (Element) rels.item(i);
          assertThat(rel.getAttribute("TargetMode")).as(part.getKey() + " " + rel.getAttribute("Target")).isNotEqualTo("External");
          assertThat(rel.getAttribute("Target")).doesNotContain("evil");
        }
      }
    }
    // the payloads are there, as text: the department's name (the first payload) whole, in the
    // document's properties (title, author) and wherever the document prints it
    text.append(parts.get("docProps/core.xml").getDocumentElement().getTextContent());
    assertThat(text.toString()).contains(WORD.get(0) + "部门");
  }
}

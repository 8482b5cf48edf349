package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.XlsxTemplate;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, class 3: labels with characters Excel forbids in sheet names ({@code / \ [ ] * ? :}),
 * apostrophes at either end and more than 31 characters give sheet names Excel accepts, and the
 * importer still finds every form — in a rendered package and in a template made with such a
 * --label — with the label as written.
 */
class SheetNamesTest {
  private static final List<String> LABELS = List.of("3/1", "3:2", "'3-3'", "[3-4]*?", "3\\5",
      "3-6长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长", "3-7" + "a".repeat(25) + "'b");

  /** Why Excel refuses {@code name} beside {@code others} (lower-cased), or null. */
  static String excelRefuses(String name, Set<String> others) {
    if (name.isEmpty() || name.length() > 31) {
      return "length " + name.length();
    }
    if (name.chars().anyMatch(c -> "/\\[]*?:".indexOf(c) >= 0 || c < 0x20)) {
      return "a forbidden character";
    }
    if (name.startsWith("'") || name.endsWith("'")) {
      return "an apostrophe at an end";
    }
    if (name.equalsIgnoreCase("History")) {
      return "the reserved History";
    }
    return others.contains(name.toLowerCase(Locale.ROOT)) ? "taken, ignoring case" : null;
  }

  /** The sheet names in a workbook's xl/workbook.xml, in order. */
  static List<String> sheetNames(byte[] xlsx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          List<String> names = new ArrayList<>();
          Matcher m = Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"").matcher(xml);
          while (m.find()) {
            names.add(m.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
          }
          return names;
        }
      }
    }
    throw new AssertionError("no xl/workbook.xml");
  }

  private static void assertExcelAccepts(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      assertThat(excelRefuses(n, seen)).as("sheet '%s'", n).isNull();
      seen.add(n.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void formsLabelledWithWhatExcelForbidsRenderToSheetsExcelAcceptsAndImportBackWithTheirLabels() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = (ObjectNode) m.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    ArrayNode projects = (ArrayNode) root.get("projectEvaluations");
    for (int i = 0; i < LABELS.size(); i++) {
      ((ObjectNode) projects.get(i)).put("label", LABELS.get(i));
    }
    EvaluationPackage pkg = PackageJson.create().read(m.writeValueAsBytes(root));
    RenderRequest request = RenderRequest.of(pkg,
        Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg), RenderMode.REPORTED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(request, out);

    List<String> sheets = sheetNames(out.toByteArray());
    assertExcelAccepts(sheets);
    assertThat(sheets).contains("附件3_1", "附件3_2", "附件'3-3", "附件_3-4___", "附件3_5");
    Intake.Result back = Intake.create().read(out.toByteArray(), "labels.xlsx", null);
    assertThat(back.problems()).isEmpty();
    assertThat(back.pkg()).isNotNull();
    assertThat(back.pkg().projectEvaluations().stream().map(SelfEvaluationForm::label).limit(LABELS.size()))
        .as("the labels as written, not as the sheets are named").containsExactlyElementsOf(LABELS);
  }

  @Test
  void aTemplateWhoseLabelExcelWouldRefuseAsASheetNameIsStillFoundByTheImporter() throws Exception {
    for (String label : List.of("'3/1:[甲]*?'", "3-1'", "[3-1]", "3\\1")) {
      byte[] template = XlsxTemplate.forYear(2024).withLabel(label).toBytes();
      List<String> sheets = sheetNames(template);
      assertExcelAccepts(sheets);
      Intake.Result read = Intake.create().read(template, "template.xlsx", null);
      // a blank form: its blank cells are the problems, each located on the form's sheet
      assertThat(read.problems()).as(label).isNotEmpty()
          .anySatisfy(p -> assertThat(p.pointer()).startsWith("/projectEvaluations/0"));
      String formSheet = sheets.stream().filter(s -> s.startsWith("附件")).findFirst().orElseThrow();
      assertThat(read.problems()).as(label).anySatisfy(p -> assertThat(p.message()).startsWith(formSheet + "!"));
    }
  }
}

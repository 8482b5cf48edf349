package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.render.xlsx.XlsxSummary;
import io.github.jixiao.render.xlsx.XlsxTemplate;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Every workbook jixiao writes is valid SpreadsheetML: its worksheets, styles, workbook, shared
 * strings, comments and application properties validate against the ECMA-376 schemas (POI's
 * complete compiled schemas, {@code poi-ooxml-full}, on this module's test class path instead of
 * the lite set), and every other part (relationships, content types, VML, core properties) is
 * well-formed XML. jixiao writes the XML itself, not through POI: this is what stands in for
 * "Excel opens it" on a machine without Excel (LibreOffice opens and recalculates it in
 * eval-render-xlsx's LibreOfficeRecalculationTest). Checked: the seed in both modes, the seed with
 * attack strings in every text, {@value #GENERATED} generated packages (odd characters, empty forms, 200
 * indicators, 5,000-character cells) in both modes, the blank templates and a streamed 汇总.
 */
class OoxmlSchemaTest {
  private static final Instant AT = Instant.parse("2024-03-01T08:00:00Z");
  static final int GENERATED = 150;

  @Test
  void seedWorkbooksAreSchemaValid() throws Exception {
    EvaluationPackage seed = Examples.load(Examples.MILUO_2023);
    for (RenderMode mode : RenderMode.values()) {
      assertValid("seed " + mode, render(seed, mode));
      assertValid("seed with formula-like text " + mode, render(InjectionTest.attacked(InjectionTest.FORMULAS), mode));
      assertValid("seed with markup text " + mode, render(InjectionTest.attacked(InjectionTest.MARKUP), mode));
    }
  }

  @Test
  void generatedPackagesAreSchemaValid() throws Exception {
    int rendered = 0;
    for (long seed = 1; seed <= GENERATED; seed++) {
      EvaluationPackage pkg = WideGenerator.forSeed(seed);
      for (RenderMode mode : RenderMode.values()) {
        byte[] xlsx;
        try {
          xlsx = render(pkg, mode);
        } catch (RenderException refused) {
          continue; // a documented refusal (text longer than a cell holds): nothing written
        }
        assertValid("generated package " + seed + " (WideGenerator.forSeed(" + seed + ")), " + mode, xlsx);
        rendered++;
      }
    }
    assertThat(rendered).as("workbooks checked").isGreaterThan(GENERATED);
  }

  @Test
  void templatesAndStreamedSummaryAreSchemaValid() throws Exception {
    assertValid("template", XlsxTemplate.forYear(2024).toBytes());
    assertValid("template 3-7, 3 rows per indicator",
        XlsxTemplate.forYear(2025).withLabel("3-7").withRowsPerIndicator(3).toBytes());
    List<XlsxSummary.SummaryRow> rows = new ArrayList<>();
    for (long seed = 1; seed <= 60; seed++) {
      EvaluationPackage pkg = WideGenerator.forSeed(seed);
      evaluate(pkg).evaluations().forEach(e -> rows.add(XlsxSummary.SummaryRow.of(pkg.department(), e)));
      pkg.forms().forEach(f -> rows.add(XlsxSummary.SummaryRow.of(pkg.department(), f)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxSummary.write(rows, "汇总 <&> \"test\"", AT, out);
    assertValid("streamed 汇总 of " + rows.size() + " rows", out.toByteArray());
  }

  @Test
  void schemaErrorsAreFound() throws Exception {
    // the check itself can fail: a worksheet with its elements out of the schema's order, and a
    // cell with a type the schema does not know
    String misordered = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells><sheetData/></worksheet>";
    assertThat(validate("xl/worksheets/sheet1.xml", misordered.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    String badType = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"text\"><v>1</v></c></row></sheetData></worksheet>";
    assertThat(validate("xl/worksheets/sheet1.xml", badType.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    assertThat(validate("xl/worksheets/sheet1.xml", "<worksheet".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  private static PackageEvaluation evaluate(EvaluationPackage pkg) {
    return Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
  }

  private static byte[] render(EvaluationPackage pkg, RenderMode mode) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(pkg, evaluate(pkg), mode).withTimestamp(AT), out);
    return out.toByteArray();
  }

  /** Fails naming the workbook, the part and the schema errors. */
  static void assertValid(String what, byte[] xlsx) throws Exception {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    int parts = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] bytes = zip.readAllBytes();
        List<String> errors = validate(e.getName(), bytes);
        if (!errors.isEmpty()) {
          problems.put(e.getName(), errors);
        }
        parts++;
      }
    }
    assertThat(problems).as("%s: schema errors by part", what).isEmpty();
    assertThat(parts).as("%s: parts", what).isGreaterThanOrEqualTo(8);
  }

  private static List<String> validate(String part, byte[] bytes) throws Exception {
    XmlObject doc;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      if (part.startsWith("xl/worksheets/sheet")) {
        doc = WorksheetDocument.Factory.parse(in);
      } else if (part.equals("xl/styles.xml")) {
        doc = StyleSheetDocument.Factory.parse(in);
      } else if (part.equals("xl/workbook.xml")) {
        doc = WorkbookDocument.Factory.parse(in);
      } else if (part.equals("xl/sharedStrings.xml")) {
        doc = SstDocument.Factory.parse(in);
      } else if (part.startsWith("xl/comments")) {
        doc = CommentsDocument.Factory.parse(in);
      } else if (part.equals("docProps/app.xml")) {
        doc = PropertiesDocument.Factory.parse(in);
      } else {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(in); // throws on malformed XML
        return List.of();
      }
    } catch (XmlException | org.xml.sax.SAXException e) {
      return List.of("not well-formed: " + e.getMessage());
    }
    List<XmlError> errors = new ArrayList<>();
    if (doc.validate(new XmlOptions().setErrorListener(errors))) {
      return List.of();
    }
    return errors.stream().map(XmlError::toString).toList();
  }
}

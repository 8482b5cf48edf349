package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every Word document jixiao writes is valid WordprocessingML: the document, styles, settings,
 * font table, comments, footers and application properties validate against the ECMA-376 schemas
 * (POI's complete compiled schemas, {@code poi-ooxml-full}), every other part is well-formed XML.
 * Checked: the seed in every mode, the seed with attack strings in every text, and {@value
 * #GENERATED} generated packages in every mode ({@code -Djixiao.fuzz.scale=N} for N times as many). LibreOffice opens and converts the seed's document
 * in eval-render-docx's LibreOfficeTest.
 */
class DocxSchemaTest {
  private static final Instant AT = Instant.parse("2024-03-01T08:00:00Z");
  static final int GENERATED = 15;

  @Test
  void seedDocumentsAreSchemaValid() throws Exception {
    EvaluationPackage seed = Examples.load(Examples.MILUO_2023);
    for (RenderMode mode : RenderMode.values()) {
      assertValid("seed " + mode, render(seed, mode));
      assertValid("seed with formula-like text " + mode, render(InjectionTest.attacked(InjectionTest.FORMULAS), mode));
      assertValid("seed with markup text " + mode, render(InjectionTest.attacked(InjectionTest.MARKUP), mode));
      assertValid("seed with WordprocessingML and field text " + mode, render(InjectionTest.attacked(InjectionTest.WORD), mode));
    }
  }

  @Test
  void generatedPackagesAreSchemaValid() throws Exception {
    int rendered = 0;
    int generated = Fuzz.cases(GENERATED);
    for (long seed = 1; seed <= generated; seed++) {
      EvaluationPackage pkg = WideGenerator.forSeed(seed);
      for (RenderMode mode : RenderMode.values()) {
        byte[] docx;
        try {
          docx = render(pkg, mode);
        } catch (RenderException refused) {
          assertThat(refused.getMessage()).as("refusal of generated package " + seed).isNotBlank();
          continue;
        }
        assertValid("generated package " + seed + " (WideGenerator.forSeed(" + seed + ")), " + mode, docx);
        rendered++;
      }
    }
    assertThat(rendered).as("documents checked").isGreaterThan(generated);
  }

  @Test
  void schemaErrorsAreFound() throws Exception {
    // the check itself can fail: a paragraph's properties after its run, and an unknown element
    String misordered = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:p></w:body></w:document>";
    assertThat(validate("word/document.xml", misordered.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    String unknown = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:nonsense/></w:p></w:body></w:document>";
    assertThat(validate("word/document.xml", unknown.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  private static PackageEvaluation evaluate(EvaluationPackage pkg) {
    return Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null)).evaluate(pkg);
  }

  private static byte[] render(EvaluationPackage pkg, RenderMode mode) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(RenderRequest.of(pkg, evaluate(pkg), mode).withTimestamp(AT), out);
    return out.toByteArray();
  }

  /** Fails naming the document, the part and the schema errors. */
  static void assertValid(String what, byte[] docx) throws Exception {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    int parts = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        List<String> errors = validate(e.getName(), in.readAllBytes());
        parts++;
        if (!errors.isEmpty()) {
          problems.put(e.getName(), errors);
        }
      }
    }
    assertThat(parts).as(what).isGreaterThanOrEqualTo(9);
    assertThat(problems).as("schema errors in " + what).isEmpty();
  }

  static List<String> validate(String name, byte[] xml) {
    List<String> errors = new ArrayList<>();
    try {
      XmlObject doc;
      if (name.equals("word/document.xml")) {
        doc = DocumentDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.equals("word/styles.xml")) {
        doc = StylesDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.equals("word/settings.xml")) {
        doc = SettingsDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.equals("word/fontTable.xml")) {
        doc = FontsDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.equals("word/comments.xml")) {
        doc = CommentsDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.matches("word/footer\\d+\\.xml")) {
        doc = FtrDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else if (name.equals("docProps/app.xml")) {
        doc = PropertiesDocument.Factory.parse(new ByteArrayInputStream(xml));
      } else {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return errors;
      }
      List<XmlError> found = new ArrayList<>();
      if (!doc.validate(new XmlOptions().setErrorListener(found))) {
        found.forEach(x -> errors.add(x.toString()));
        if (errors.isEmpty()) {
          errors.add("invalid");
        }
      }
    } catch (Exception ex) {
      errors.add(ex.toString());
    }
    return errors;
  }
}

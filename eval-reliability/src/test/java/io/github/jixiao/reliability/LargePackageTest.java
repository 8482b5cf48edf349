package io.github.jixiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, class 7: one package of many forms renders within a heap that does not grow with it (the
 * issue's 8,000 forms in 512 MB, here at a quarter and an eighth, through the shipped jar). For
 * Word, whose document is written part by part (each form leaves POI's model once written, the
 * 审核意见 table a few hundred rows at a time), also that nothing is lost or moved on the way: every
 * finding's comment is on its own form, in the one numbering, the findings table whole.
 */
class LargePackageTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** The seed with its project forms repeated to {@code n} forms, each its own label and name. */
  static EvaluationPackage repeated(int n) {
    EvaluationPackage seed = Examples.load(Examples.MILUO_2023);
    List<SelfEvaluationForm> forms = new ArrayList<>(n);
    List<Project> projects = new ArrayList<>(seed.projects());
    for (int k = 1; forms.size() < n; k++) {
      SelfEvaluationForm f = seed.projectEvaluations().get((k - 1) % seed.projectEvaluations().size());
      String id = "p" + k;
      projects.add(new Project(id, f.name() + "（" + k + "）"));
      forms.add(new SelfEvaluationForm("3-" + k, f.title(), id, f.name() + "（" + k + "）", f.supervisingDepartment(),
          f.implementingUnit(), f.funds(), f.goals(), f.indicators(), f.totalWeight(), f.reportedTotal(), f.notes(),
          f.footer()));
    }
    return new EvaluationPackage(seed.formatVersion(), seed.year(), seed.department(), seed.profile(), projects,
        seed.basicData(), seed.departmentEvaluation(), forms, seed.departmentReport(), List.of());
  }

  @Test
  void everyCommentOfALargePackageIsOnItsOwnFormAndTheFindingsTableIsWhole() throws Exception {
    EvaluationPackage pkg = repeated(300);
    PackageEvaluation evaluation = Evaluator.of(Profiles.builtIn().get(Profiles.DEFAULT)).evaluate(pkg);
    List<FindingIndex.Entry> findings = FindingIndex.of(evaluation).all();
    assertThat(findings.size()).as("findings enough for the table to be spooled in several parts").isGreaterThan(600);

    byte[] docx = new DocxRenderer().renderToBytes(RenderRequest.of(pkg, evaluation, RenderMode.REPORTED));
    Map<String, byte[]> parts = parts(docx);
    DocxSchemaTest.assertValid("300 forms, spooled", docx);

    // document.xml: which form (附件3-k label before it) each comment's range starts in
    Map<Integer, String> formOf = new HashMap<>();
    int findingsTableRows = 0;
    XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(parts.get("word/document.xml")));
    String form = null;
    boolean inLabel = false;
    boolean inFindingsTable = false;
    int tableDepth = 0;
    StringBuilder text = new StringBuilder();
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
        switch (x.getLocalName()) {
          case "p" -> text.setLength(0);
          case "pStyle" -> inLabel = "Attachment".equals(x.getAttributeValue(W, "val"));
          case "commentRangeStart" -> formOf.put(Integer.parseInt(x.getAttributeValue(W, "id")), form);
          case "tbl" -> tableDepth++;
          case "tr" -> findingsTableRows += inFindingsTable ? 1 : 0;
          default -> { }
        }
      } else if (ev == XMLStreamConstants.CHARACTERS) {
        text.append(x.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
        if (x.getLocalName().equals("tbl")) {
          tableDepth--;
        } else if (x.getLocalName().equals("p")) {
          if (inLabel) {
            form = text.toString();
            inLabel = false;
          }
          inFindingsTable |= text.toString().equals("审核意见") && tableDepth == 0;
        }
      }
    }
    assertThat(findingsTableRows).as("审核意见: a header row and a row per finding").isEqualTo(findings.size() + 1);
    assertThat(formOf).hasSize(findings.size());
    Pattern project = Pattern.compile("^/projectEvaluations/(\\d+)(/.*)?$");
    int onForms = 0;
    for (FindingIndex.Entry e : findings) {
      Matcher m = project.matcher(e.pointer());
      if (m.matches()) {
        onForms++;
        assertThat(formOf.get(e.number() - 1)).as("finding %d (%s)", e.number(), e.pointer())
            .isEqualTo("附件3-" + (Integer.parseInt(m.group(1)) + 1));
      }
    }
    assertThat(onForms).isGreaterThan(600);

    // comments.xml: one comment per finding, ids 0 … n−1 in order, each saying its number
    XMLStreamReader c = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(parts.get("word/comments.xml")));
    int next = 0;
    StringBuilder head = new StringBuilder();
    boolean inComment = false;
    while (c.hasNext()) {
      int ev = c.next();
      if (ev == XMLStreamConstants.START_ELEMENT && c.getLocalName().equals("comment")) {
        assertThat(c.getAttributeValue(W, "id")).isEqualTo(String.valueOf(next));
        inComment = true;
        head.setLength(0);
      } else if (ev == XMLStreamConstants.CHARACTERS && inComment) {
        head.append(c.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT && c.getLocalName().equals("comment")) {
        assertThat(head.toString()).startsWith("[" + (next + 1) + "] ");
        next++;
        inComment = false;
      }
    }
    assertThat(next).isEqualTo(findings.size());
  }

  @Test
  void aWordDocumentOfAThousandFormsIsWrittenWithinSixtyFourMegabytesOfHeap(@TempDir Path dir) throws Exception {
    Cli.assumeJar();
    Path file = dir.resolve("large.json");
    Files.write(file, PackageJson.create().writeBytes(repeated(1000)));
    Path out = dir.resolve("out");
    // the bound, 8,000 forms in 512 MB, at an eighth: before each part left POI's model
    // as soon as it was written, this ran out of memory (the model of 1,000 forms is some 500 MB)
    Cli.Result r = Cli.run(dir, List.of("-Xmx64m"), "render", file.toString(), "--format", "docx", "--out", out.toString());
    assertThat(r.exit()).as(r.stderr()).isEqualTo(0);
    Map<String, byte[]> parts = parts(Files.readAllBytes(out.resolve("large.docx")));
    String document = new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(document).contains(">附件3-1<", ">附件3-1000<", ">审核意见<").endsWith("</w:body></w:document>");
    assertThat(parts.get("word/comments.xml").length).isGreaterThan(100_000);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"xlsx", "pdf"})
  void aWorkbookOrPdfOfTwoThousandFormsIsWrittenWithin128MegabytesOfHeap(String format, @TempDir Path dir)
      throws Exception {
    Cli.assumeJar();
    Path file = dir.resolve("large.json");
    Files.write(file, PackageJson.create().writeBytes(repeated(2000)));
    Path out = dir.resolve("out");
    // the workbook seals each form's sheet before the next is laid out; the PDF keeps no per-form index
    Cli.Result r = Cli.run(dir, List.of("-Xmx128m"), "render", file.toString(), "--format", format, "--out",
        out.toString());
    assertThat(r.exit()).as(r.stderr()).isEqualTo(0);
    assertThat(Files.size(out.resolve("large." + format))).isGreaterThan(1_000_000);
  }

  private static Map<String, byte[]> parts(byte[] zip) throws Exception {
    Map<String, byte[]> out = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), ((InputStream) in).readAllBytes());
      }
    }
    return out;
  }
}

package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.render.docx.DocxRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * jixiao's own files come back: the seed rendered as a Word document (as submitted and as reported,
 * with its comments) imports to the same forms, and the audit of the import finds what the audit
 * of the seed finds; the workbook round trip is exact.
 */
class OwnFilesTest {
  private static final EvaluationPackage SEED = Examples.miluo2023();
  private static final Evaluator EVALUATOR = Evaluator.of(Profiles.builtIn().get("hunan-2023"));

  @ParameterizedTest
  @EnumSource(value = RenderMode.class, names = {"SUBMISSION", "REPORTED"})
  void theSeedAsJixiaosWordDocumentImportsToTheSameFormsAndTheSameFindings(RenderMode mode) throws Exception {
    PackageEvaluation evaluation = EVALUATOR.evaluate(SEED);
    byte[] docx = new DocxRenderer().renderToBytes(RenderRequest.of(SEED, evaluation, mode));
    Intake.Result r = Intake.create().read(docx, "miluo-2023.docx", null);
    assertThat(r.problems()).isEmpty();
    EvaluationPackage back = r.pkg();
    assertThat(back.year()).isEqualTo(2023);
    assertThat(back.projectEvaluations()).hasSize(14);
    assertThat(r.report().forms()).extracting(ImportReport.Form::layout)
        .containsExactly("hunan-2023-department", "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023",
            "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023", "hunan-2023",
            "hunan-2023", "hunan-2023");
    List<SelfEvaluationForm> expected = SEED.forms().toList();
    List<SelfEvaluationForm> actual = back.forms().toList();
    for (int i = 0; i < expected.size(); i++) {
      assertThat(printed(actual.get(i))).as(expected.get(i).label()).isEqualTo(printed(expected.get(i)));
    }
    // the audit of each form finds the same: every finding's code, severity and place (附件1 基础数据表 is
    // not read from a Word document, so the checks across forms against it are left out)
    int errors = 0;
    for (int i = 0; i < expected.size(); i++) {
      String pointer = i == 0 ? "/departmentEvaluation" : "/projectEvaluations/" + (i - 1);
      List<String> seedFindings = findings(EVALUATOR.evaluate(expected.get(i), pointer).findings());
      assertThat(findings(EVALUATOR.evaluate(actual.get(i), pointer).findings())).as(pointer).isEqualTo(seedFindings);
      errors += (int) seedFindings.stream().filter(f -> f.contains(" ERROR ")).count();
    }
    assertThat(errors).as("the seed's real errors, found again").isPositive();
    // the reports: titles, headings with their numbering as printed, and every paragraph, in order
    assertThat(text(back.departmentReport())).isEqualTo(text(SEED.departmentReport()));
    assertThat(back.projectReports()).hasSameSizeAs(SEED.projectReports());
    for (int i = 0; i < SEED.projectReports().size(); i++) {
      assertThat(text(back.projectReports().get(i))).as("project report %d", i)
          .isEqualTo(text(SEED.projectReports().get(i)));
    }
  }

  /** A report as lines: title, every heading marked with its depth, every paragraph; white space ignored. */
  private static List<String> text(io.github.jixiao.model.Report r) {
    List<String> out = new java.util.ArrayList<>();
    out.add("title " + squash(r.title()));
    r.preamble().forEach(p -> out.add(squash(p)));
    sections(r.sections(), 1, out);
    r.closing().forEach(p -> out.add(squash(p)));
    return out;
  }

  private static void sections(List<io.github.jixiao.model.ReportSection> ss, int depth, List<String> out) {
    for (var s : ss) {
      out.add("h" + depth + " " + squash(s.heading()));
      s.paragraphs().forEach(p -> out.add(squash(p)));
      sections(s.sections(), depth + 1, out);
    }
  }

  private static String squash(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }

  /**
   * What a Word table can hold of a form: white space as printed (the renderer lays a run of spaces
   * out as a line break), no project id, the unit printed (万元 when the package leaves it out), and
   * the 其中： the form prints before its first source of funds.
   */
  private static Map<String, String> printed(SelfEvaluationForm f) {
    Map<String, String> leaves = new java.util.TreeMap<>(ValueCount.leaves(f));
    leaves.remove("/projectId");
    leaves.put("/unit", f.moneyUnit().name());
    leaves.replaceAll((k, v) -> v.replaceAll("\\s+", " ").strip().replaceFirst("^其中：", ""));
    return leaves;
  }

  private static List<String> findings(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.severity() + " " + f.location().pointer()).sorted().toList();
  }

  @org.junit.jupiter.api.Test
  void theSeedAsJixiaosWorkbookImportsExactly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(SEED, EVALUATOR.evaluate(SEED), RenderMode.REPORTED), out);
    Intake.Result r = Intake.create().read(out.toByteArray(), "miluo-2023.xlsx", SEED);
    assertThat(r.problems()).isEmpty();
    assertThat(r.pkg()).isEqualTo(SEED);
    assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).contains("jixiao's own workbook importer"));
  }
}

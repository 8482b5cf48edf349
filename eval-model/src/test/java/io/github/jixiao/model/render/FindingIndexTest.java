package io.github.jixiao.model.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Location;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingIndexTest {
  private static Finding at(String pointer, Severity severity) {
    return new Finding(FindingCode.TOTAL_MISMATCH, severity, new Location(null, null, null, pointer), "中", "en",
        null, null);
  }

  /** Package-level findings come last in the evaluation's list but first or in between in the document. */
  private static final PackageEvaluation EVALUATION = new PackageEvaluation("hunan-2023", List.of(),
      List.of(at("/projectEvaluations/10/reportedTotal", Severity.ERROR), at("/projectEvaluations/2/reportedTotal", Severity.WARNING),
          at("/departmentReport/sections/0", Severity.INFO), at("/projectEvaluations/2/reportedTotal", Severity.ERROR),
          at("/basicData/staffing", Severity.WARNING), at("/projectReports/0", Severity.INFO), at("", Severity.ERROR)));

  @Test
  void numbersFindingsInTheOrderOfThePrintedPackage() {
    FindingIndex index = FindingIndex.of(EVALUATION);
    assertThat(index.all()).extracting(FindingIndex.Entry::pointer).containsExactly("",
        "/departmentReport/sections/0", "/basicData/staffing", "/projectEvaluations/2/reportedTotal",
        "/projectEvaluations/2/reportedTotal", "/projectEvaluations/10/reportedTotal", "/projectReports/0");
    assertThat(index.all()).extracting(FindingIndex.Entry::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(index.all()).extracting(FindingIndex.Entry::position).containsExactly(6, 2, 4, 1, 3, 0, 5);
    // the one numbering lives in the evaluation: the index only carries it
    assertThat(EVALUATION.numbered()).extracting(f -> f.location().pointer())
        .isEqualTo(index.all().stream().map(FindingIndex.Entry::pointer).toList());
  }

  @Test
  void aSubmissionRequestShowsNoFinding() {
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, "部门", null, List.of(), null, null, List.of(), null, List.of());
    RenderRequest submission = RenderRequest.of(pkg, EVALUATION, RenderMode.SUBMISSION);
    assertThat(submission.findings().isEmpty()).isTrue();
    assertThat(submission.showsFindings()).isFalse();
    assertThat(RenderRequest.of(pkg, EVALUATION, RenderMode.REPORTED).findings().size()).isEqualTo(7);
    assertThat(submission.renumbered()).isFalse();
    assertThat(submission.withRenumbering().renumbered()).isTrue();
  }

  @Test
  void findsFindingsAtAPointerAndUnderIt() {
    FindingIndex index = FindingIndex.of(EVALUATION);
    assertThat(index.at("/projectEvaluations/2/reportedTotal")).extracting(FindingIndex.Entry::number).containsExactly(4, 5);
    assertThat(index.at("/projectEvaluations/2")).isEmpty();
    assertThat(index.under("/projectEvaluations/2")).hasSize(2);
    assertThat(index.under("/projectEvaluations/1")).isEmpty();
    assertThat(FindingIndex.worst(index.under("/projectEvaluations/2"))).contains(Severity.ERROR);
    assertThat(FindingIndex.worst(List.of())).isEmpty();
  }

  @Test
  void countsEverySeverity() {
    assertThat(FindingIndex.of(EVALUATION).counts())
        .isEqualTo(Map.of(Severity.ERROR, 3, Severity.WARNING, 2, Severity.INFO, 2));
    assertThat(FindingIndex.of(null).counts()).containsEntry(Severity.ERROR, 0);
    assertThat(FindingIndex.of(null).isEmpty()).isTrue();
  }

  @Test
  void aRequestRejectsUnknownOptionsOfItsRendererOnly() throws Exception {
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, "部门", null, List.of(), null, null, List.of(), null, List.of());
    RenderRequest request = RenderRequest.of(pkg, null, RenderMode.REPORTED)
        .withOption("pdf.font.bdy", "x").withOption("xlsx.whatever", "y");
    assertThatThrownBy(() -> request.rejectUnknownOptions("pdf", Set.of("pdf.font.body")))
        .isInstanceOf(RenderException.class)
        .hasMessage("未知的 PDF 选项 / unknown PDF option(s): pdf.font.bdy; known: pdf.font.body");
    assertThatThrownBy(() -> request.rejectUnknownOptions("xlsx", Set.of()))
        .hasMessage("未知的 XLSX 选项 / unknown XLSX option(s): xlsx.whatever; the XLSX renderer has no options");
    request.rejectUnknownOptions("html", Set.of());
  }

  @Test
  void aComputedRequestNeedsAnEvaluation() throws Exception {
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, "部门", null, List.of(), null, null, List.of(), null, List.of());
    assertThatThrownBy(() -> RenderRequest.of(pkg, null, RenderMode.COMPUTED).requireEvaluationForComputed())
        .isInstanceOf(RenderException.class).hasMessageContaining("COMPUTED mode needs the package's evaluation");
    RenderRequest.of(pkg, null, RenderMode.REPORTED).requireEvaluationForComputed();
    RenderRequest.of(pkg, EVALUATION, RenderMode.COMPUTED).requireEvaluationForComputed();
    assertThat(RenderRequest.of(pkg, EVALUATION, RenderMode.COMPUTED).findings().size()).isEqualTo(7);
  }
}

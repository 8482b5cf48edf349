package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.xlsx.testing.Seed;
import io.github.jixiao.render.xlsx.testing.SheetXml;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4: {@link RenderMode#SUBMISSION}, the workbook a department files — the forms as
 * printed and nothing added. Read from the file's XML.
 */
class SubmissionModeTest {
  static final byte[] SUBMISSION = Seed.SUBMISSION;

  @Test
  void holdsTheFormsOnlyNoSummaryNoFindingsAndNoHiddenDataSheet() {
    SheetXml x = new SheetXml(SUBMISSION);
    List<String> expected = new ArrayList<>(List.of("附件1", "附件2"));
    for (int i = 1; i <= 14; i++) {
      expected.add("附件3-" + i);
    }
    assertThat(x.sheets.keySet()).containsExactlyElementsOf(expected);
    assertThat(x.parts.get("xl/workbook.xml")).doesNotContain("veryHidden").doesNotContain("_FilterDatabase");
  }

  @Test
  void saysNothingOfJixiaoAnywhereInTheFile() {
    SheetXml x = new SheetXml(SUBMISSION);
    x.parts.forEach((part, text) -> assertThat(text.toLowerCase(Locale.ROOT)).as(part).doesNotContain("jixiao"));
    assertThat(x.parts.get("docProps/app.xml")).doesNotContain("<Application>");
    assertThat(x.parts.get("docProps/core.xml")).doesNotContain("creator").doesNotContain("lastModifiedBy")
        .doesNotContain("keywords").contains("<dc:title>2023年度 汨罗市住房和城乡建设局 绩效自评</dc:title>");
    // the reported workbook does name its writer
    assertThat(new SheetXml(Seed.REPORTED).parts.get("docProps/app.xml")).contains("<Application>jixiao</Application>");
  }

  @Test
  void hasNoMarksNoCommentsNoFindingColoursAndNoPrintedFindingsColumn() {
    SheetXml x = new SheetXml(SUBMISSION);
    assertThat(x.parts.keySet()).noneMatch(p -> p.contains("comments") || p.contains("vmlDrawing"));
    String styles = x.parts.get("xl/styles.xml");
    for (String fill : FindingsSheet.SEVERITY_FILLS) {
      assertThat(styles).as("fill %s", fill).doesNotContain(fill);
    }
    assertThat(styles).doesNotContain(FormLayout.DIFF_FILL);
    for (String sheet : x.sheets.keySet()) {
      assertThat(x.cells(sheet).values()).as(sheet).doesNotContain("审核意见")
          .noneMatch(v -> Pattern.compile("^\\[\\d+\\]").matcher(v).find());
      assertThat(x.sheet(sheet)).as(sheet).doesNotContain("<f>"); // no computed values, no formulas
    }
  }

  @Test
  void showsTheFormsExactlyAsTheReportedWorkbookWithoutFindingsDoes() {
    // reported values, laid out and paginated as printed: every form sheet's XML is the one of the
    // reported workbook rendered without an evaluation (which marks nothing)
    SheetXml submission = new SheetXml(SUBMISSION);
    SheetXml plain = new SheetXml(Seed.render(Seed.PKG, null, RenderMode.REPORTED));
    for (String sheet : submission.sheets.keySet()) {
      assertThat(submission.sheet(sheet)).as(sheet).isEqualTo(plain.sheet(sheet));
    }
    assertThat(submission.cells("附件2").values()).doesNotContain("109.69"); // not jixiao's computed total
    assertThat(submission.cells("附件3-13").get("H" + row(submission, "附件3-13", "总分"))).isEmpty(); // blank as printed
  }

  /** The 1-based row of the first cell whose text is {@code text}. */
  static int row(SheetXml x, String sheet, String text) {
    return x.cells(sheet).entrySet().stream().filter(e -> e.getValue().equals(text)).findFirst()
        .map(e -> Integer.parseInt(e.getKey().replaceAll("[A-Z]", ""))).orElseThrow();
  }

  @Test
  void needsNoEvaluationAndGivesTheSameBytesWithOrWithoutOne() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(Seed.PKG, null, RenderMode.SUBMISSION), out);
    assertThat(out.toByteArray()).isEqualTo(SUBMISSION);
    assertThat(Seed.render(Seed.PKG, Seed.EVALUATION, RenderMode.SUBMISSION)).isEqualTo(SUBMISSION);
  }

  @Test
  void aPackageWithoutFormsGivesAValidWorkbookThatSaysSo() throws Exception {
    var pkg = new io.github.jixiao.model.EvaluationPackage("1", 2023, "某部门", null, List.of(), null, null, List.of(),
        null, List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(pkg, null, RenderMode.SUBMISSION), out);
    SheetXml x = new SheetXml(out.toByteArray());
    assertThat(x.sheets.keySet()).containsExactly("说明"); // a workbook must hold a sheet
    assertThat(x.cells("说明").get("A1")).contains("没有自评表");
    assertThat(x.all().toLowerCase(Locale.ROOT)).doesNotContain("jixiao");
  }
}

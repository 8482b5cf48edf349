package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTitlesTest {

  private static SelfEvaluationForm form(String label, String projectId) {
    return new SelfEvaluationForm(label, null, projectId, "项目", null, null, new FundsBlock(null, null, null), null,
        null, null, null, null, null);
  }

  private static EvaluationPackage pkg(List<Report> reports) {
    return new EvaluationPackage("1", 2023, "部门", null, List.of(), null, null,
        List.of(form("3-1", "a"), form("3-7", "b")), null, reports);
  }

  @Test
  void aReportIsLabelledAsPrintedElseByItsProjectsFormElseByItsPlace() {
    Report printed = new Report("5-5", "b", null, "标题", null, null, null);
    Report byForm = new Report(null, "b", null, "标题", null, null, null);
    Report byPlace = new Report(null, "z", null, "标题", null, null, null);
    EvaluationPackage p = pkg(List.of(printed, byForm, byPlace));
    assertThat(ReportTitles.label(p, printed, 0)).isEqualTo("5-5");
    assertThat(ReportTitles.label(p, byForm, 1)).isEqualTo("5-7");
    assertThat(ReportTitles.label(p, byPlace, 2)).isEqualTo("5-3");
  }

  @Test
  void titleLinesJoinWithoutSpacesExceptBetweenLatinWords() {
    assertThat(ReportTitles.oneLine("2023年度汨罗市住建局部门整体支出绩效\n  自 评 报 告 \n")).isEqualTo("2023年度汨罗市住建局部门整体支出绩效自 评 报 告");
    assertThat(ReportTitles.oneLine("Annual\n\nreport")).isEqualTo("Annual report");
  }

  @Test
  void aTooWideTitleLineBreaksBeforeAWordIntoTwoEvenLines() {
    java.util.function.ToDoubleFunction<String> chars = String::length;
    assertThat(ReportTitles.balance("城市黑臭水体检测费项目支出绩效自评报告", 12, chars)).isEqualTo("城市黑臭水体检测费\n项目支出绩效自评报告");
    assertThat(ReportTitles.balance("危房鉴定项目支出绩效自评报告", 20, chars)).isEqualTo("危房鉴定项目支出绩效自评报告");
  }
}

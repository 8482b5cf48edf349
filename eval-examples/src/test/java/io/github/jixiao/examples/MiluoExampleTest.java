package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spot checks of the bundled {@code miluo-2023} example against the source document
 * (the 2023 package as published, a Word document flattened to text; see TRANSCRIPTION.md).
 * Every expected value below was read from the source text, not copied from the JSON; the
 * comments give the source lines. See {@code eval-examples/TRANSCRIPTION.md}.
 */
class MiluoExampleTest {

  private static final EvaluationPackage PKG = Examples.miluo2023();

  private static SelfEvaluationForm form(String label) {
    return PKG.form(label).orElseThrow(() -> new AssertionError("no form " + label));
  }

  private static BasicDataTable basicData() {
    return Objects.requireNonNull(PKG.basicData(), "附件1 missing");
  }

  private static Report departmentReport() {
    return Objects.requireNonNull(PKG.departmentReport(), "department report missing");
  }

  /** Equal by value and printed exactly as {@code text} (so "5.88" stays "5.88", "6.00" stays "6.00"). */
  private static void assertAmount(io.github.jixiao.model.Amount cell, String text) {
    assertThat(cell).isNotNull();
    BigDecimal actual = cell.value();
    assertThat(actual).isNotNull();
    assertThat(actual).isEqualByComparingTo(new BigDecimal(text));
    assertThat(actual.toPlainString()).isEqualTo(text);
  }

  private static void assertOptionalAmount(io.github.jixiao.model.Amount actual, String text) {
    if (text == null) {
      assertThat(actual).isNull();
    } else {
      assertAmount(actual, text);
    }
  }

  // label | projectId | name as printed | 年初预算数 | 全年预算数 | 全年执行数 | 总分 (blank = absent) | level-3 rows | of which blank
  // Source lines: 附件2 216-486, 3-1 489-706, 3-2 707-907, 3-3 908-1108, 3-4 1110-1309, 3-5 1310-1510,
  // 3-6 1512-1712, 3-7 1713-1913, 3-8 1917-2208, 3-9 2210-2500, 3-10 2502-2792, 3-11 2797-3081,
  // 3-12 3084-3314, 3-13 3316-3518, 3-14 3521-3892. Rows counted in the source: one per printed table
  // row of the 绩效指标 block, 无 rows and wholly blank rows included.
  @ParameterizedTest(name = "附件{0} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2    |                        | 汨罗市住建系统                             | 2674.4 | 17477.59 | 17477.59 | 99   | 11 | 0
      3-1  | bangdaiban             | 帮代办工作经费                             | 45     | 45       | 45       | 99   | 12 | 0
      3-2  | gongcheng-shenpi-gaige | 工程建设审批制度改革专项                   | 10     | 10       | 10       | 99   | 11 | 0
      3-3  | xiagang-zhigong-buzhu  | 下岗职工困难补助专项                       | 8      | 8        | 8        | 99   | 11 | 0
      3-4  | wushui-zaixian-jiance  | 乡镇污水处理厂在线监测费用                 | 69     | 69       | 69       | 99   | 11 | 0
      3-5  | shigongtu-shencha      | 施工审查图                                 | 100    | 100      | 100      | 99   | 11 | 0
      3-6  | laojiu-xiaoqu-gaizao   | 老旧小区改造专项经费                       | 5      | 5        | 5        | 97   | 11 | 0
      3-7  | heichou-shuiti-jiance  | 城市黑臭水体检测费                         | 5.88   | 5.88     | 5.88     | 98   | 11 | 0
      3-8  | baozhangfang-jianshe   | 2023年保障房建设项目                       | 5      | 5        | 5        | 98   | 20 | 8
      3-9  | weifang-jianding       | 2023年危房鉴定经费                         | 10     | 10       | 10       | 98   | 20 | 9
      3-10 | baiyi-fangzhi          | 白蚁防治经费                               | 22     | 22       | 22       | 99   | 20 | 9
      3-11 | chengjian-dangan       | 汨罗市城建档案馆电子化库房建设和库房九防费用 | 5      | 5        | 5        | 99   | 20 | 10
      3-12 | zhiliang-anquan-jiandu | 质量安全监督管专项                         | 20     | 20       | 20       | 100  | 14 | 0
      3-13 | zhaotoubiao-jiandu     | 招投标监督管理专项                         | 5      | 5        | 5        |      | 11 | 0
      3-14 | gongzuo-jingfei        | 工作经费                                   | 325    | 334.74   | 334.74   | 99.5 | 28 | 0
      """)
  void everyFormMatchesTheSource(String label, String projectId, String name, String initialBudget,
      String annualBudget, String executed, String reportedTotal, int rows, int blankRows) {
    SelfEvaluationForm form = form(label);

    assertThat(form.projectId()).isEqualTo(projectId);
    assertThat(form.name()).isEqualTo(name);

    FundsRow total = form.totalFunds().orElseThrow(() -> new AssertionError("no 年度资金总额 on " + label));
    assertThat(total.label()).isEqualTo("年度资金总额");
    assertAmount(total.initialBudget(), initialBudget);
    assertAmount(total.annualBudget(), annualBudget);
    assertAmount(total.executed(), executed);

    ScoreCell printedTotal = form.reportedTotal();
    if (reportedTotal == null) {
      assertThat(printedTotal).as("总分 is blank on 附件%s", label).isNull();
    } else {
      assertThat(printedTotal).isNotNull();
      assertAmount(io.github.jixiao.model.Amount.of(Objects.requireNonNull(Objects.requireNonNull(printedTotal).value())),
          reportedTotal);
    }

    List<IndicatorRow> level3 = form.rows().toList();
    assertThat(level3).hasSize(rows);
    assertThat(level3).filteredOn(IndicatorRow::isBlank).hasSize(blankRows);
  }

  @Test
  void formsAreInPrintedOrder() {
    assertThat(form("2").label()).isEqualTo("2");
    assertThat(PKG.projectEvaluations()).extracting(SelfEvaluationForm::label).containsExactly(
        "3-1", "3-2", "3-3", "3-4", "3-5", "3-6", "3-7", "3-8", "3-9", "3-10", "3-11", "3-12", "3-13", "3-14");
  }

  @Test
  void basicDataStaffingMatchesTheSource() {
    // lines 12-14
    var staffing = Objects.requireNonNull(basicData().staffing());
    assertThat(staffing.authorized()).isEqualTo(195);
    assertThat(staffing.actual()).isEqualTo(188);
    assertThat(staffing.controlRate()).isEqualTo("96.41%");
  }

  @Test
  void threePublicExpensesRowMatchesTheSource() {
    // lines 21-24; its child 公车运行维护 prints "6.00" and "3.00" (lines 36-39)
    ControlRow row = basicData().spendingControl().stream()
        .filter(r -> r.kind() == ControlRowKind.THREE_PUBLIC)
        .findFirst().orElseThrow();
    assertThat(row.label()).isEqualTo("三公经费");
    assertAmount(row.previousYearFinal(), "18.1");
    assertAmount(row.currentYearBudget(), "21.8");
    assertAmount(row.currentYearFinal(), "7.9");

    ControlRow operation = row.flatten()
        .filter(r -> r.kind() == ControlRowKind.VEHICLE_OPERATION)
        .findFirst().orElseThrow();
    assertAmount(operation.previousYearFinal(), "6.00");
    assertAmount(operation.currentYearBudget(), "3.00");
    assertAmount(operation.currentYearFinal(), "3.1");
  }

  private static ControlRow countySpecialFunds() {
    return basicData().allRows()
        .filter(r -> r.kind() == ControlRowKind.PROJECT_CATEGORY && r.label().equals("3、县级专项资金"))
        .findFirst().orElseThrow(() -> new AssertionError("no 3、县级专项资金 row"));
  }

  @Test
  void countySpecialFundsRowHoldsItsFifteenProjectsEachDeclaredInTheRegistry() {
    // lines 66-144
    ControlRow category = countySpecialFunds();
    assertAmount(category.previousYearFinal(), "689.51");
    assertAmount(category.currentYearBudget(), "309.88");
    assertAmount(category.currentYearFinal(), "644.62");

    assertThat(category.children()).hasSize(15);
    assertThat(category.children()).allSatisfy(child -> {
      assertThat(child.kind()).isEqualTo(ControlRowKind.PROJECT);
      assertThat(child.projectId()).isNotNull();
      assertThat(PKG.project(Objects.requireNonNull(child.projectId()))).isPresent();
    });
    assertThat(category.children()).extracting(ControlRow::projectId).doesNotHaveDuplicates();
    assertThat(PKG.projects()).extracting(Project::id)
        .containsExactlyInAnyOrderElementsOf(category.children().stream().map(ControlRow::projectId).toList());
  }

  // 附件1 project rows in printed order (lines 71-144): label | projectId | 2022年决算数 | 2023年预算数 | 2023年决算数
  @ParameterizedTest(name = "附件1 {0}")
  @CsvSource(delimiter = '|', textBlock = """
      城建档案数字化管理和库房九防费用 | chengjian-dangan       | 5      | 5     | 5
      质量安全监督管理专项             | zhiliang-anquan-jiandu |        | 5     | 5
      招投标监督管理专项               | zhaotoubiao-jiandu     |        | 20    | 20
      工作经费                         | gongzuo-jingfei        |        |       | 334.74
      智慧平台服务费及专用检测费       | zhihui-pingtai         | 12.52  |       |
      白蚁防治经费                     | baiyi-fangzhi          | 20     | 22    | 22
      危房鉴定经费                     | weifang-jianding       | 10     | 10    | 10
      保障房建设项目                   | baozhangfang-jianshe   | 5      | 5     | 5
      下岗职工困难补助                 | xiagang-zhigong-buzhu  | 8      | 8     | 8
      老旧小区改造专项经费             | laojiu-xiaoqu-gaizao   | 5      | 5     | 5
      施工图审查                       | shigongtu-shencha      | 603.99 | 100   | 100
      工程建设审批制度改革专项         | gongcheng-shenpi-gaige | 10     | 10    | 10
      乡镇污水处理厂在线监测费用       | wushui-zaixian-jiance  | 10     | 69    | 69
      城市黑臭水体验测费               | heichou-shuiti-jiance  |        | 5.88  | 5.88
      帮代办工作经费                   | bangdaiban             |        | 45    | 45
      """)
  void everyCountyProjectRowMatchesTheSource(String label, String projectId, String previousYearFinal,
      String currentYearBudget, String currentYearFinal) {
    ControlRow row = countySpecialFunds().children().stream()
        .filter(r -> r.label().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no 附件1 row " + label));
    assertThat(row.projectId()).isEqualTo(projectId);
    assertOptionalAmount(row.previousYearFinal(), previousYearFinal);
    assertOptionalAmount(row.currentYearBudget(), currentYearBudget);
    assertOptionalAmount(row.currentYearFinal(), currentYearFinal);
    // the registry's canonical name is the 附件1 label
    assertThat(PKG.project(projectId)).map(Project::name).contains(label);
  }

  @Test
  void everyProjectFormsProjectIdResolvesToAProject() {
    assertThat(PKG.projectEvaluations()).hasSize(14).allSatisfy(form -> {
      assertThat(form.projectId()).as("projectId of 附件%s", form.label()).isNotNull();
      assertThat(PKG.project(Objects.requireNonNull(form.projectId()))).isPresent();
    });
    assertThat(PKG.projectEvaluations()).extracting(SelfEvaluationForm::projectId).doesNotHaveDuplicates();
  }

  @Test
  void everyProjectReportsProjectIdResolvesToAProject() {
    assertThat(PKG.projectReports()).hasSize(14).allSatisfy(report -> {
      assertThat(report.projectId()).as("projectId of report %s", report.title()).isNotNull();
      assertThat(PKG.project(Objects.requireNonNull(report.projectId()))).isPresent();
    });
    assertThat(PKG.projectReports()).extracting(Report::projectId).doesNotHaveDuplicates();
  }

  @Test
  void departmentReportHasTenTopLevelSections() {
    // lines 3903-3950: 一 … 十, "八 、下一步改进措施" kept with its stray space
    assertThat(departmentReport().sections()).extracting(ReportSection::heading).containsExactly(
        "一、部门（单位）基本情况",
        "二、一般公共预算支出情况",
        "三、政府性基金预算支出情况",
        "四、国有资本经营预算支出情况",
        "五、社会保险基金预算支出情况",
        "六、部门整体支出绩效情况",
        "七、存在的问题及原因分析",
        "八 、下一步改进措施",
        "九、部门整体支出绩效自评结果拟应用和公开情况",
        "十、其他需要说明的情况");
  }

  @Test
  void bangdaibanReportKeepsTheWrongSpendingFigure() {
    // line 3965: the report says 35万元 were spent while 附件3-1 and the same report say 45万元 (kept on purpose)
    Report report = PKG.projectReports().stream()
        .filter(r -> "bangdaiban".equals(r.projectId()))
        .findFirst().orElseThrow();
    assertThat(report.allParagraphs()).anyMatch(p -> p.contains("共计支出35万元"));
    assertThat(report.allParagraphs()).anyMatch(p -> p.contains("预算为45万元"));
  }
}

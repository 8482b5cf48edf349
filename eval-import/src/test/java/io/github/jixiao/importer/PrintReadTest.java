package io.github.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.OfficeDocument;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form printed in a layout as tables reads back as the same form, without any file in between. */
class PrintReadTest {
  private static final Layouts LAYOUTS = Layouts.builtIn();

  static DocumentReader.Read printAndRead(SelfEvaluationForm form, Layout layout) {
    List<Block> blocks = new ArrayList<>(FormPrinter.of(layout).document(form, "表1"));
    return new DocumentReader(LAYOUTS.with(layout).only(layout.id()).orElseThrow())
        .read(new OfficeDocument("docx", blocks, List.of()), "t.docx", null);
  }

  @Test
  void theSeedsProjectFormsReadBackInTheNationalLayout() {
    Layout national = LAYOUTS.get("national-2020").orElseThrow();
    EvaluationPackage seed = Examples.miluo2023();
    for (SelfEvaluationForm f : seed.projectEvaluations()) {
      DocumentReader.Read r = printAndRead(f, national);
      assertThat(r.problems()).as(f.label()).isEmpty();
      assertThat(r.pkg().projectEvaluations()).as(f.label()).containsExactly(PrintedForms.expected(f, national));
    }
  }

  /** A flat indicator list with every column the issue names: a layout a user adds with --layout-file. */
  private static final String FLAT = """
      {"id": "flat-list", "name": "一张平铺的指标清单", "province": null, "form": "project", "source": "test",
       "title": {"printed": "项目绩效目标完成情况表", "words": ["绩效目标完成情况表"]}, "unit": "万元",
       "header": [[{"field": "name", "labels": ["项目名称"]}]],
       "funds": {"labels": ["项目资金（万元）"], "columns": [
          {"field": "annualBudget", "labels": ["预算数"]}, {"field": "executed", "labels": ["执行数"]}],
          "rows": [{"kind": "TOTAL", "labels": ["合计"]}], "splits": null},
       "goals": null,
       "indicators": {"labels": [], "columns": [
          {"field": "name", "labels": ["指标名称"]}, {"field": "unitOfMeasure", "labels": ["单位"]},
          {"field": "nature", "labels": ["性质"]}, {"field": "target", "labels": ["年初值"]},
          {"field": "adjustedTarget", "labels": ["调整值"]}, {"field": "actual", "labels": ["完成值"]},
          {"field": "scoreCoefficient", "labels": ["得分系数"]}, {"field": "weight", "labels": ["权重"]},
          {"field": "score", "labels": ["得分"]}, {"field": "core", "labels": ["是否核心指标"]}],
          "total": ["合计得分"]},
       "footer": [], "profile": null}
      """;

  @Test
  void aFlatListWithUnitNatureAdjustedTargetCoefficientAndCoreColumnsReadsBack() throws Exception {
    Layout flat = Layouts.parse(FLAT.getBytes(java.nio.charset.StandardCharsets.UTF_8), "flat.json");
    assertThat(flat.indicators().flatList()).isTrue();
    var rows = List.of(
        new io.github.jixiao.model.IndicatorRow("改造户数", "户", "≥", "100", "120", "126", ScoreCell.of("30"), "1.0",
            ScoreCell.of("30"), "是", null),
        new io.github.jixiao.model.IndicatorRow("群众满意度", "%", "≥", "90", null, "95", ScoreCell.of("20"), "0.9",
            ScoreCell.of("18"), "否", null));
    SelfEvaluationForm form = new SelfEvaluationForm("1", "2024年度项目绩效目标完成情况表", null, "老旧小区改造", null, null,
        io.github.jixiao.model.MoneyUnit.WAN_YUAN, false, null,
        new io.github.jixiao.model.FundsBlock(List.of(new io.github.jixiao.model.FundsRow(
            io.github.jixiao.model.FundsRowKind.TOTAL, "合计", null, new java.math.BigDecimal("500"),
            new java.math.BigDecimal("480"), null, null, null)), List.of(), List.of()),
        List.of(), List.of(new io.github.jixiao.model.Level1Group(null, null, null,
            List.of(new io.github.jixiao.model.Level2Group(null, null, rows)))),
        ScoreCell.of("50"), ScoreCell.of("48"), null, List.of(), List.of());
    assertThat(form.isFlatList()).isTrue();
    DocumentReader.Read r = printAndRead(form, flat);
    assertThat(r.problems()).isEmpty();
    SelfEvaluationForm back = r.pkg().projectEvaluations().get(0);
    assertThat(back).isEqualTo(PrintedForms.expected(form, flat));
    assertThat(back.isFlatList()).isTrue();
    assertThat(back.rows().map(io.github.jixiao.model.IndicatorRow::adjustedTarget).toList()).containsExactly("120", null);
    assertThat(back.rows().map(io.github.jixiao.model.IndicatorRow::core).toList()).containsExactly("是", "否");
  }

  @Test
  void aHubeiFormReadsBackWithItsPrintedMistakes() {
    Layout national = LAYOUTS.get("national-2020").orElseThrow();
    SelfEvaluationForm f = Examples.load("hubei-2019-ezhou-disanfang").projectEvaluations().get(0);
    DocumentReader.Read r = printAndRead(f, national);
    assertThat(r.problems()).isEmpty();
    SelfEvaluationForm back = r.pkg().projectEvaluations().get(0);
    assertThat(back).isEqualTo(PrintedForms.expected(f, national));
    assertThat(back.reportedTotal().value()).isEqualByComparingTo("90");
    assertThat(r.pkg().year()).isEqualTo(2019);
    assertThat(r.report().forms().get(0).layout()).isEqualTo("national-2020");
    assertThat(r.report().forms().get(0).confidence()).isEqualTo(100);
  }
}

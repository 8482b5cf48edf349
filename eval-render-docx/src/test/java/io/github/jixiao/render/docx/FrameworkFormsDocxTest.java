package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** A form scored per 二级指标 (issue 21) in Word: its band, and one 分值 and 得分 merged down beside each group's rows. */
class FrameworkFormsDocxTest {
  @Test
  void aGroupScoredFormPrintsItsBandAndMergesEachGroupsWeightAndScoreOverItsRows() {
    EvaluationPackage pkg = Examples.load(Examples.SAMPLE_GROUP_SCORED);
    byte[] docx = Seed.render(RenderRequest.of(pkg, Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null))
        .evaluate(pkg), RenderMode.REPORTED));
    XWPFDocument doc = FormTablesTest.read(docx);
    List<XWPFTable> tables = FormTablesTest.tablesByLabel(doc).get("附件1");
    assertThat(tables.get(0).getRows()).anyMatch(r -> r.getCell(0).getText().equals("年度绩效目标1（80分）"));
    XWPFTable indicators = tables.get(1);
    XWPFTableRow first = row(indicators, "培训人次");
    XWPFTableRow second = row(indicators, "发放宣传资料");
    List<XWPFTableCell> a = first.getTableCells();
    List<XWPFTableCell> b = second.getTableCells();
    int weight = a.size() - 3; // 分值, 得分, 偏差原因
    assertThat(a.get(weight).getText()).isEqualTo("15");
    assertThat(a.get(weight + 1).getText()).isEqualTo("15");
    assertThat(FormTablesTest.vMerge(a.get(weight))).isEqualTo("restart");
    assertThat(FormTablesTest.vMerge(a.get(weight + 1))).isEqualTo("restart");
    assertThat(b).hasSameSizeAs(a);
    assertThat(FormTablesTest.vMerge(b.get(weight))).isEqualTo("continue");
    assertThat(FormTablesTest.vMerge(b.get(weight + 1))).isEqualTo("continue");
    XWPFTableRow single = row(indicators, "培训合格率");
    assertThat(single.getTableCells().get(weight).getText()).isEqualTo("10");
    assertThat(FormTablesTest.vMerge(single.getTableCells().get(weight))).isNull();
  }

  private static XWPFTableRow row(XWPFTable t, String name) {
    return t.getRows().stream().filter(r -> r.getTableCells().stream().anyMatch(c -> c.getText().equals(name)))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
  }
}

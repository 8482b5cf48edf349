package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the indicator table's text columns sized from their content ({@link FormRenderer#share}). */
class FormWidthsTest {

  private static final float[] LEAST = {60, 54, 54, 64};

  private static float[][] row(String... cells) {
    float[][] r = new float[cells.length][];
    for (int i = 0; i < cells.length; i++) {
      r[i] = FormRenderer.runs(cells[i]);
    }
    return r;
  }

  @Test
  void aRowOfLongListsGetsColumnsWideForItsListsNotForTheWholeTablesText() {
    // one row holds a long list in 三级指标; the other rows a sentence in 实际完成值, more text in
    // all, so by amount of text 实际完成值 gets the room
    String list = "1.核发施工许可证核发到位2.商品房预算许可合规到位3.所有下岗职工补到位4.施工图审查到位"
        + "5.完成黑臭水体检测任务12次以上检测6.工程建设监管执法率监督工程竣工验收率100%7.质量安全标准化考评率100%";
    List<float[][]> rows = new ArrayList<>();
    rows.add(row(list, "见附件", "完成", ""));
    for (int i = 0; i < 12; i++) {
      rows.add(row("群众满意度", "95%", "完成全年目标任务，群众满意", ""));
    }
    float[] ink = new float[4];
    for (float[][] r : rows) {
      for (int c = 0; c < 4; c++) {
        for (float run : r[c]) {
          ink[c] += run / 9;
        }
      }
    }
    float room = 301 - 232;
    float all = ink[0] + ink[1] + ink[2] + ink[3];
    float[] byText = LEAST.clone();
    for (int i = 0; i < 4; i++) {
      byText[i] += room * ink[i] / all;
    }
    float[] shared = FormRenderer.share(LEAST, room, ink, rows);

    assertThat(shared[0] + shared[1] + shared[2] + shared[3]).isCloseTo(301f, org.assertj.core.data.Offset.offset(0.01f));
    for (int i = 0; i < 4; i++) {
      assertThat(shared[i]).isGreaterThanOrEqualTo(LEAST[i]);
    }
    assertThat(FormRenderer.height(shared, rows)).isLessThan(FormRenderer.height(byText, rows));
  }

  @Test
  void aTableThatGainsNothingKeepsItsWidthsByText() {
    List<float[][]> rows = List.of(row("群众满意度", "95%", "98%", "无"), row("按计划完成", "2023年", "2023年", "无"));
    float[] ink = {10, 3, 3, 2};
    float[] shared = FormRenderer.share(LEAST, 69, ink, rows);
    for (int i = 0; i < 4; i++) {
      assertThat(shared[i]).isCloseTo(LEAST[i] + 69 * ink[i] / 18, org.assertj.core.data.Offset.offset(0.01f));
    }
  }

  @Test
  void theSeedsFormsAreNoTallerThanWithWidthsByTextAlone() {
    for (SelfEvaluationForm f : Seed.PKG.forms().toList()) {
      FormRenderer.Table t = FormRenderer.indicatorTable(f, 511);
      float[] e = t.block.edges();
      float[] w = {e[4] - e[3], e[5] - e[4], e[6] - e[5], e[9] - e[8]};
      List<float[][]> rows = new ArrayList<>();
      for (IndicatorRow r : f.rows().toList()) {
        rows.add(row(r.name(), r.target(), r.actual(), r.deviationReason()));
      }
      // the widths the forms had: the least widths and the room by amount of text
      float[] ink = new float[4];
      for (IndicatorRow r : f.rows().toList()) {
        ink[0] += FormRenderer.ink(r.name());
        ink[1] += FormRenderer.ink(r.target());
        ink[2] += FormRenderer.ink(r.actual());
        ink[3] += FormRenderer.ink(r.deviationReason());
      }
      float all = ink[0] + ink[1] + ink[2] + ink[3];
      float room = w[0] + w[1] + w[2] + w[3] - 232;
      float[] before = new float[4];
      for (int i = 0; i < 4; i++) {
        before[i] = LEAST[i] + room * ink[i] / all;
      }
      assertThat(FormRenderer.height(w, rows)).as("附件" + f.label()).isLessThanOrEqualTo(FormRenderer.height(before, rows));
    }
  }
}

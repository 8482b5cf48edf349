package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Column widths from content: fixed columns kept, text columns sharing the rest by their overflow. */
class WidthsTest {

  private static Widths.Column text(int least, String... cells) {
    return Widths.Column.text(least, Arrays.asList(cells));
  }

  private static int sum(int[] w) {
    return Arrays.stream(w).sum();
  }

  @Test
  void measuresChineseFullAndAsciiHalf() {
    assertThat(Widths.width("三级指标")).isEqualTo(4 * 180);
    assertThat(Widths.width("98%")).isEqualTo(3 * 90);
    assertThat(Widths.width("≥95%")).isEqualTo(180 + 3 * 90);
    assertThat(Widths.lines("职责                    目标2")).containsExactly("职责", "目标2");
    assertThat(Widths.lines(null)).isEmpty();
  }

  @Test
  void fixedColumnsKeepTheirWidthAndTextColumnsTakeTheRest() {
    int[] w = Widths.of(10226, List.of(Widths.Column.fixed(840), text(1080, "做好公开招投标项目监管"),
        Widths.Column.fixed(600), text(900, "98%")));
    assertThat(w[0]).isEqualTo(840);
    assertThat(w[2]).isEqualTo(600);
    assertThat(sum(w)).isEqualTo(10226);
    assertThat(w[1]).isGreaterThan(w[3]);
  }

  @Test
  void aColumnWithLongerTextGetsMoreRoom() {
    String longText = "根据市场实际情况，全年只有27个项目，已全部办理竣工验收，未能达到年初计划的60个";
    int[] w = Widths.of(6000, List.of(text(900, "无", "良好"), text(900, longText, longText), text(900, "完成")));
    assertThat(w[1]).isGreaterThan(w[0]).isGreaterThan(0);
    assertThat(w[1]).isGreaterThan(w[2]);
    assertThat(sum(w)).isEqualTo(6000);
  }

  @Test
  void aColumnGrowsNoWiderThanItsLongestLineWhileAnotherWantsRoom() {
    // the names need 11 characters; the reasons are long sentences
    Widths.Column names = text(1080, "建筑施工企业信用评价率", "扬尘防治责任公示");
    Widths.Column reasons = text(900, "根据市场实际情况，全年只有27个项目，已全部办理竣工验收。".repeat(4));
    int[] w = Widths.of(12000, List.of(names, reasons));
    assertThat(w[0]).isEqualTo(names.natural());
    assertThat(w[0]).isEqualTo(Widths.width("建筑施工企业信用评价率") + Widths.PADDING);
    assertThat(w[1]).isEqualTo(12000 - w[0]);
    // with less room, both grow by their overflow: the names short of one line each
    int[] narrow = Widths.of(8000, List.of(names, reasons));
    assertThat(narrow[0]).isBetween(1080, names.natural() - 1);
    assertThat(narrow[1]).isGreaterThan(narrow[0]);
  }

  @Test
  void whenEveryLineFitsTheRestGoesByTheLongestLines() {
    int[] w = Widths.of(9000, List.of(text(900, "一二三四五六"), text(900, "一二三"), text(900)));
    assertThat(sum(w)).isEqualTo(9000);
    assertThat(w[0]).isGreaterThan(w[1]).isGreaterThan(w[2]);
    assertThat(w[2]).isEqualTo(900);
  }

  @Test
  void textColumnsShrinkTogetherWhenTheirLeastWidthsDoNotFit() {
    int[] w = Widths.of(3000, List.of(Widths.Column.fixed(1000), text(1500, "甲"), text(2500, "乙")));
    assertThat(w).containsExactly(1000, 750, 1250);
  }

  @Test
  void refusesAFixedColumnWithoutWidth() {
    assertThatThrownBy(() -> Widths.Column.fixed(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("width");
  }

  @Test
  void estimatesLinesOfACellInAColumn() {
    assertThat(Widths.lines("一二三四五", 5 * 180 + Widths.PADDING)).isEqualTo(1);
    assertThat(Widths.lines("一二三四五六", 5 * 180 + Widths.PADDING)).isEqualTo(2);
    assertThat(Widths.lines("一\n二", 2000)).isEqualTo(2);
    assertThat(Widths.lines(null, 2000)).isEqualTo(1);
  }

  /**
   * For 2,000 random tables (seeded): the widths add up to the total, fixed columns keep theirs,
   * text columns keep their least widths when those fit, a column is never wider than its longest
   * line while another is narrower than its own, and the same input gives the same widths.
   */
  @Test
  void randomTablesKeepTheRules() {
    Random random = new Random(20231204L);
    String chars = "产出指标数量质量时效效益满意度成本经济社会生态完成率覆盖ABC0123456789%，。";
    for (int n = 0; n < 2000; n++) {
      int total = 3000 + random.nextInt(9000);
      List<Widths.Column> cols = new ArrayList<>();
      int columns = 1 + random.nextInt(9);
      for (int c = 0; c < columns; c++) {
        if (random.nextInt(3) == 0) {
          cols.add(Widths.Column.fixed(300 + random.nextInt(900)));
        } else {
          List<String> cells = new ArrayList<>();
          int rows = random.nextInt(12);
          for (int r = 0; r < rows; r++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
              s.append(random.nextInt(25) == 0 ? '\n' : chars.charAt(random.nextInt(chars.length())));
            }
            cells.add(random.nextInt(5) == 0 ? null : s.toString());
          }
          cols.add(Widths.Column.text(600 + random.nextInt(900), cells));
        }
      }
      String input = "case " + n + ": total " + total + " " + cols;
      int[] w = Widths.of(total, cols);
      assertThat(w).as(input).isEqualTo(Widths.of(total, cols));
      assertThat(sum(w)).as(input).isEqualTo(total);
      long fixed = cols.stream().mapToLong(Widths.Column::fixed).sum();
      long least = cols.stream().mapToLong(Widths.Column::least).sum();
      boolean fits = fixed + least <= total && cols.stream().anyMatch(c -> !c.isFixed());
      for (int i = 0; i < w.length; i++) {
        Widths.Column c = cols.get(i);
        assertThat(w[i]).as(input).isNotNegative();
        if (fits && c.isFixed()) {
          assertThat(w[i]).as(input + " column " + i).isEqualTo(c.fixed());
        }
        if (fits && !c.isFixed()) {
          assertThat(w[i]).as(input + " column " + i).isGreaterThanOrEqualTo(c.least());
        }
      }
      if (fits) {
        for (int i = 0; i < w.length; i++) {
          for (int j = 0; j < w.length; j++) {
            Widths.Column a = cols.get(i);
            Widths.Column b = cols.get(j);
            if (!a.isFixed() && !b.isFixed() && w[i] > Math.max(a.least(), a.natural()) + 1
                && w[j] < b.natural() - 1) {
              throw new AssertionError(input + ": column " + i + " (" + w[i] + ") is past its longest line while "
                  + "column " + j + " (" + w[j] + ") is short of its own (" + b.natural() + ")");
            }
          }
        }
      }
    }
  }
}

package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Long report titles break into two even lines before a word, never leaving a character alone. */
class TitleBalanceTest {

  @Test
  void aTitleThatFitsStaysOnOneLine() {
    assertThat(ReportWriter.balance("2023年度危房鉴定项目支出绩效自评报告", 20)).isEqualTo("2023年度危房鉴定项目支出绩效自评报告");
  }

  @Test
  void aLongTitleBreaksBeforeAWordIntoTwoEvenLines() {
    // the seed's cover title line: 20 characters, 17 fit on a line at 一号
    assertThat(ReportWriter.balance("2023年度汨罗市住建局部门整体支出绩效\n自 评 报 告", 17))
        .isEqualTo("2023年度汨罗市住建局\n部门整体支出绩效\n自 评 报 告");
    assertThat(ReportWriter.balance("2023年度城市黑臭水体检测费项目支出绩效自评报告", 17))
        .isEqualTo("2023年度城市黑臭水体检测费\n项目支出绩效自评报告");
  }

  @Test
  void latinWordsAreNotBrokenInside() {
    String b = ReportWriter.balance("Performance evaluation report of the housing bureau", 14);
    for (String line : b.split("\n")) {
      assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
    }
    assertThat(b.replace("\n", " ")).isEqualTo("Performance evaluation report of the housing bureau");
  }
}

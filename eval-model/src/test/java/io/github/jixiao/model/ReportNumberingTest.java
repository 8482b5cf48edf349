package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportNumberingTest {

  @Test
  void printedNumbersOfEveryStyleAreStripped() {
    assertThat(ReportNumbering.strip("一 、项目支出基本情况")).isEqualTo("项目支出基本情况");
    assertThat(ReportNumbering.strip("四、 绩效评价指标分析")).isEqualTo("绩效评价指标分析");
    assertThat(ReportNumbering.strip("(一)项目支出概况。")).isEqualTo("项目支出概况。");
    assertThat(ReportNumbering.strip("（二）机构设置")).isEqualTo("机构设置");
    assertThat(ReportNumbering.strip("(2) 项目资金使用管理情况。")).isEqualTo("项目资金使用管理情况。");
    assertThat(ReportNumbering.strip("2、 绩效评价工作情况")).isEqualTo("绩效评价工作情况");
    assertThat(ReportNumbering.strip("1.基本情况")).isEqualTo("基本情况");
    assertThat(ReportNumbering.strip("第一部分 总体情况")).isEqualTo("总体情况");
    assertThat(ReportNumbering.strip("③ 其他")).isEqualTo("其他");
  }

  @Test
  void textThatOnlyLooksLikeANumberIsKept() {
    assertThat(ReportNumbering.strip("2023年度工作情况")).isEqualTo("2023年度工作情况");
    assertThat(ReportNumbering.strip("三公经费控制情况")).isEqualTo("三公经费控制情况");
    assertThat(ReportNumbering.strip("一般公共预算支出情况")).isEqualTo("一般公共预算支出情况");
    assertThat(ReportNumbering.strip("3.5万元专项")).isEqualTo("3.5万元专项");
    assertThat(ReportNumbering.strip("（一）")).isEqualTo("（一）");
  }

  @Test
  void headingsAreNumberedByDepth() {
    assertThat(ReportNumbering.renumber("2、 绩效评价工作情况", 0, 2)).isEqualTo("二、绩效评价工作情况");
    assertThat(ReportNumbering.renumber("(2) 项目执行过程情况", 1, 2)).isEqualTo("（二）项目执行过程情况");
    assertThat(ReportNumbering.renumber("（一）资金到位", 2, 1)).isEqualTo("1.资金到位");
    assertThat(ReportNumbering.renumber("一、明细", 3, 3)).isEqualTo("（3）明细");
  }

  @Test
  void chineseNumeralsUpToNinetyNine() {
    assertThat(List.of(1, 9, 10, 11, 19, 20, 21, 99, 100)).extracting(ReportNumbering::chinese)
        .containsExactly("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "100");
  }

  @Test
  void paragraphsNumberedLikeSubHeadingsAreCounted() {
    assertThat(ReportNumbering.numberedParagraphs(List.of("(一)项目支出概况。为有效推进…", "正文", "（二）另一项")))
        .isEqualTo(2);
    assertThat(ReportNumbering.numberedParagraphs(List.of("(1)不是同一级", "1.也不是"))).isZero();
  }
}

package io.github.jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.scoring.value.ParsedValue.Achievement;
import io.github.jixiao.scoring.value.ParsedValue.Comparison;
import io.github.jixiao.scoring.value.ParsedValue.NeedsReview;
import io.github.jixiao.scoring.value.ParsedValue.NotApplicable;
import io.github.jixiao.scoring.value.ParsedValue.Period;
import io.github.jixiao.scoring.value.ParsedValue.PeriodKind;
import io.github.jixiao.scoring.value.ParsedValue.Qualitative;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

  private static Quantity quantity(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertThat(v).as("parse of %s", text).isInstanceOf(Quantity.class);
    return (Quantity) v;
  }

  private static Period period(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertThat(v).as("parse of %s", text).isInstanceOf(Period.class);
    return (Period) v;
  }

  private static Qualitative qualitative(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertThat(v).as("parse of %s", text).isInstanceOf(Qualitative.class);
    return (Qualitative) v;
  }

  private static NeedsReview review(String text) {
    ParsedValue v = ValueParser.parse(text);
    assertThat(v).as("parse of %s", text).isInstanceOf(NeedsReview.class);
    return (NeedsReview) v;
  }

  @Nested
  class NotApplicableMarks {

    @Test
    void nullIsNotApplicableWithEmptyText() {
      assertThat(ValueParser.parse(null)).isEqualTo(new NotApplicable(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u3000", "\n", "无", " 无 ", "\u3000无", "无。", "不适用", "/", "／", "—", "-",
        "——", "－"})
    void blankAndNotApplicableMarksKeepTheirPrintedText(String text) {
      assertThat(ValueParser.parse(text)).isEqualTo(new NotApplicable(text));
    }

    @Test
    void wordsStartingWithWuAreNotNotApplicable() {
      assertThat(ValueParser.parse("无负面影响")).isInstanceOf(Qualitative.class);
    }
  }

  @Nested
  class Comparisons {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ≥95%    | AT_LEAST
        ≧95%    | AT_LEAST
        ⩾95%    | AT_LEAST
        >=95%   | AT_LEAST
        ＞＝95%  | AT_LEAST
        >95%    | MORE_THAN
        ＞95%    | MORE_THAN
        =95%    | EQUAL
        ＝95%    | EQUAL
        ﹦95%    | EQUAL
        ═95%    | EQUAL
        ≤95%    | AT_MOST
        ≦95%    | AT_MOST
        <=95%   | AT_MOST
        ＜＝95%  | AT_MOST
        <95%    | LESS_THAN
        ＜95%    | LESS_THAN
        95%     | NONE
        """)
    void glyphVariantsAreUnified(String text, Comparison expected) {
      Quantity q = quantity(text);
      assertThat(q.comparison()).isEqualTo(expected);
      assertThat(q.number()).isEqualByComparingTo("95");
      assertThat(q.unit()).isEqualTo("%");
      assertThat(q.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        不低于95%          | AT_LEAST  | 95  | %
        不少于10个         | AT_LEAST  | 10  | 个
        至少3次            | AT_LEAST  | 3   | 次
        达到90%           | AT_LEAST  | 90  | %
        100套以上          | AT_LEAST  | 100 | 套
        12次及以上         | AT_LEAST  | 12  | 次
        达到95%以上        | AT_LEAST  | 95  | %
        超过80%           | MORE_THAN | 80  | %
        高于80%           | MORE_THAN | 80  | %
        不超过5万元         | AT_MOST   | 5   | 万元
        不高于3%           | AT_MOST   | 3   | %
        5%以下            | AT_MOST   | 5   | %
        3天以内            | AT_MOST   | 3   | 天
        控制在20万元以内     | AT_MOST   | 20  | 万元
        控制在20万元内      | AT_MOST   | 20  | 万元
        低于5%            | LESS_THAN | 5   | %
        少于3次            | LESS_THAN | 3   | 次
        100套             | NONE      | 100 | 套
        """)
    void comparisonWordsBeforeAndAfterTheNumber(String text, Comparison comparison, String number, String unit) {
      Quantity q = quantity(text);
      assertThat(q.comparison()).isEqualTo(comparison);
      assertThat(q.number()).isEqualByComparingTo(number);
      assertThat(q.unit()).isEqualTo(unit);
    }

    @Test
    void lowerIsBetterFollowsTheComparison() {
      assertThat(quantity("≤5%").comparison().lowerIsBetter()).isTrue();
      assertThat(quantity("控制在20万元以内").comparison().lowerIsBetter()).isTrue();
      assertThat(quantity("≥95%").comparison().lowerIsBetter()).isFalse();
    }

    @Test
    void conflictingComparisonsNeedReview() {
      assertThat(review("≥95%以下").reason()).isEqualTo("conflicting comparison words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"未达到95%", "没有达到95%", "未达95%"})
    void negatedComparisonWordNeedsReview(String text) {
      assertThat(review(text).reason()).isEqualTo("negated comparison word");
    }

    @Test
    void comparisonSignAwayFromTheNumberNeedsReview() {
      assertThat(review("≥满意度95%").reason()).isEqualTo("comparison sign not next to the number");
    }
  }

  @Nested
  class NumbersAndUnits {

    @Test
    void fullWidthDigitsAndPercentAreRead() {
      Quantity q = quantity("１００％");
      assertThat(q.number()).isEqualByComparingTo("100");
      assertThat(q.unit()).isEqualTo("%");
      assertThat(q.text()).isEqualTo("１００％");
    }

    @Test
    void aLetterGluedToTheNumberIsNotReadAsAPartOfIt() {
      // 宁夏 银川 2021, OCR: "M.8万元" for 14.8万元 — not 8, not 0.8
      assertThat(ValueParser.parse("M.8万元")).isInstanceOf(ParsedValue.NeedsReview.class);
      assertThat(ValueParser.parse("IO")).isInstanceOf(ParsedValue.NeedsReview.class);
    }

    @Test
    void incidentsCountedInQiAreRead() {
      Quantity q = quantity("0起");
      assertThat(q.number()).isEqualByComparingTo("0");
      assertThat(q.unit()).isEqualTo("起");
    }

    @Test
    void fullWidthDecimalPointIsRead() {
      assertThat(quantity("≥９５．５％").number()).isEqualByComparingTo("95.5");
    }

    @Test
    void numberIsKeptAsPrinted() {
      assertThat(quantity("92.96万平方米").number()).isEqualTo(new BigDecimal("92.96"));
    }

    @Test
    void moneyInWanYuanKeepsTheWanUnit() {
      Quantity q = quantity("17477.59万元");
      assertThat(q.number()).isEqualByComparingTo("17477.59");
      assertThat(q.unit()).isEqualTo("万元");
      assertThat(q.baseUnit()).isEqualTo("元");
      assertThat(q.baseNumber()).isEqualByComparingTo("174775900");
    }

    @Test
    void thousandsSeparatorsAreIgnored() {
      assertThat(quantity("17,477.59万元").number()).isEqualByComparingTo("17477.59");
      assertThat(quantity("17，477.59万元").number()).isEqualByComparingTo("17477.59");
    }

    @Test
    void wanSquareMetresAreComparableWithSquareMetres() {
      Quantity target = quantity("55万平方米");
      Quantity actual = quantity("550000平方米");
      assertThat(target.unit()).isEqualTo("万平方米");
      assertThat(target.comparableWith(actual)).isTrue();
      assertThat(actual.ratioTo(target)).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        45万元       | 45    | 万元
        800元       | 800   | 元
        75个        | 75    | 个
        3761栋      | 3761  | 栋
        1223户      | 1223  | 户
        12次        | 12    | 次
        30天        | 30    | 天
        6个月       | 6     | 个月
        12月        | 12    | 月
        95家        | 95    | 家
        200人       | 200   | 人
        5件         | 5     | 件
        3份         | 3     | 份
        3条         | 3     | 条
        8项         | 8     | 项
        2台         | 2     | 台
        4处         | 4     | 处
        500平方米    | 500   | 平方米
        500㎡       | 500   | 平方米
        500m²       | 500   | 平方米
        3万㎡        | 3     | 万平方米
        12公里       | 12    | 公里
        300米       | 300   | 米
        20吨        | 20    | 吨
        1.2万       | 1.2   | 万
        3万人        | 3     | 万人
        5万辆        | 5     | 万辆
        95百分比     | 95    | %
        百分之95     | 95    | %
        百分之百      | 100   | %
        2个百分点     | 2     | 个百分点
        5           | 5     | ''
        """)
    void unitRightAfterTheNumber(String text, String number, String unit) {
      Quantity q = quantity(text);
      assertThat(q.number()).isEqualByComparingTo(number);
      assertThat(q.unit()).isEqualTo(unit);
    }

    @Test
    void numberFollowedByAnUnknownWordNeedsReview() {
      assertThat(review("涉及95审查机构").reason()).isEqualTo("number followed by an unknown word");
    }

    @Test
    void aYearWithOtherWordsNeedsReview() {
      assertThat(review("2023年完成").reason()).isEqualTo("a year with other words");
    }
  }

  @Nested
  class ShortPhrasesAroundOneNumber {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        完成黑臭水体检测任务12次以上检测 | AT_LEAST | 12    | 次
        12次检测                   | NONE     | 12    | 次
        100套以上                  | AT_LEAST | 100   | 套
        覆盖率40%以上               | AT_LEAST | 40    | %
        92.96万平方米以上            | AT_LEAST | 92.96 | 万平方米
        群众满意度100%              | NONE     | 100   | %
        服务对象满意度≥95%           | AT_LEAST | 95    | %
        完成率达到100%              | AT_LEAST | 100   | %
        完成公开招标项目监管16个。      | NONE     | 16    | 个
        """)
    void aShortLabelAroundOneNumberIsAQuantity(String text, Comparison comparison, String number, String unit) {
      Quantity q = quantity(text);
      assertThat(q.comparison()).isEqualTo(comparison);
      assertThat(q.number()).isEqualByComparingTo(number);
      assertThat(q.unit()).isEqualTo(unit);
    }

    @Test
    void numberedListNeedsReview() {
      assertThat(review("1.核发施工许可证75个。\n2.商品房预算许可10个").reason())
          .isEqualTo("numbered list of several values");
    }

    @Test
    void severalNumbersNeedReview() {
      assertThat(review("完成80%，剩余20%").reason()).isEqualTo("several numbers");
    }

    @Test
    void numberInsideALongerStatementNeedsReview() {
      assertThat(review("施工图均审查完成，涉及95家审查机构").reason()).isEqualTo("number inside a longer statement");
    }

    @Test
    void aLongWrapperNeedsReview() {
      assertThat(review("白蚁防治、危房鉴定、老旧小区改造等项目工作完成率100%").reason())
          .isEqualTo("number inside a longer statement");
    }

    @Test
    void countWithAPartialFailureNeedsReview() {
      assertThat(review("1个项目未能按时完成").reason()).isEqualTo("number together with a not-achieved statement");
    }

    @Test
    void countWithAPartlyAchievedWordNeedsReview() {
      assertThat(review("基本完成90%").reason()).isEqualTo("number together with a partly-achieved statement");
    }

    @Test
    void numberedSingleItemNeedsReview() {
      assertThat(review("1.完成").reason()).isEqualTo("numbered item");
    }
  }

  @Nested
  class Periods {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2023年1-12月              | 2023 | 1 | 12
        2023.1-12月              | 2023 | 1 | 12
        2023年1月-12月             | 2023 | 1 | 12
        2023年1月至12月            | 2023 | 1 | 12
        2023年1～12月              | 2023 | 1 | 12
        2023年1—12月              | 2023 | 1 | 12
        ２０２３年１－１２月           | 2023 | 1 | 12
        2023年1月1日-12月31日       | 2023 | 1 | 12
        2023年1月1日至2023年12月31日  | 2023 | 1 | 12
        2023年3-6月               | 2023 | 3 | 6
        """)
    void spanWithYear(String text, int year, int from, int to) {
      assertThat(period(text)).isEqualTo(new Period(text, PeriodKind.SPAN, year, from, to));
    }

    @Test
    void spanWithoutYear() {
      assertThat(period("1-12月")).isEqualTo(new Period("1-12月", PeriodKind.SPAN, null, 1, 12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2023年12月前      | 2023 | 12
        2023年12前       | 2023 | 12
        2023年12月底前     | 2023 | 12
        2023年12月31日前   | 2023 | 12
        2023年6月底前完成   | 2023 | 6
        2023年底前        | 2023 | 12
        2023年年底前       | 2023 | 12
        2023年底         | 2023 | 12
        截至2023年12月底    | 2023 | 12
        """)
    void deadlineWithYear(String text, int year, int month) {
      assertThat(period(text)).isEqualTo(new Period(text, PeriodKind.DEADLINE, year, null, month));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        12月底前 | 12
        6月前   | 6
        年底前   | 12
        """)
    void deadlineWithoutYear(String text, int month) {
      assertThat(period(text)).isEqualTo(new Period(text, PeriodKind.DEADLINE, null, null, month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年", "2023年度", "2023年全年"})
    void wholeYear(String text) {
      assertThat(period(text)).isEqualTo(new Period(text, PeriodKind.YEAR, 2023, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"按计划完成", "按时完成", "按计划时间完成", "按时间要求完成", "按期完成", "已按计划时间完成", "如期完成",
        "按时", "按计划完成。"})
    void onSchedule(String text) {
      assertThat(period(text)).isEqualTo(new Period(text, PeriodKind.ON_SCHEDULE, null, null, null));
    }

    @Test
    void everyPeriodKindIsProduced() {
      assertThat(List.of("2023年1-12月", "2023年12月前", "2023年", "按计划完成"))
          .extracting(t -> period(t).kind())
          .containsExactly(PeriodKind.SPAN, PeriodKind.DEADLINE, PeriodKind.YEAR, PeriodKind.ON_SCHEDULE);
    }

    @Test
    void monthOutOfRangeNeedsReview() {
      assertThat(review("2023年1-13月").reason()).isEqualTo("month out of range");
      assertThat(review("2023年13月前").reason()).isEqualTo("month out of range");
    }

    @Test
    void backwardsSpanNeedsReview() {
      assertThat(review("2023年12-1月").reason()).isEqualTo("span ends before it starts");
    }

    @Test
    void spanAcrossYearsNeedsReview() {
      assertThat(review("2023年10月-2024年3月").reason()).isEqualTo("span across years");
    }

    @Test
    void monthAndYearWithoutDeadlineWordIsTheMonthOfCompletion() {
      // 云南 forms print 完成时间 as "2023年12月" (target) and "2023年10月" (actual)
      assertThat(ValueParser.parse("2023年12月")).isInstanceOfSatisfying(ParsedValue.Period.class, p -> {
        assertThat(p.kind()).isEqualTo(ParsedValue.PeriodKind.DEADLINE);
        assertThat(p.year()).isEqualTo(2023);
        assertThat(p.toMonth()).isEqualTo(12);
      });
    }
  }

  @Nested
  class QualitativeStatements {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        完成            | 完成
        已完成           | 已完成
        超额完成          | 超额完成
        达标            | 达标
        水质均达标         | 均达标
        良好            | 良好
        优秀            | 优秀
        有效            | 有效
        有效改善          | 有效改善
        水质环境明显改善      | 明显改善
        提高            | 提高
        覆盖率全面提升       | 提升
        持续            | 持续
        有持续性          | 有持续性
        持续性进行         | 持续性进行
        可持续发展         | 可持续
        到位            | 到位
        职工困难补助均到位     | 均到位
        稳步进行          | 稳步进行
        有序稳步发展        | 有序稳步发展
        有序进行          | 有序进行
        促进            | 促进
        确保施工图审查合格     | 合格
        满意            | 满意
        全覆盖           | 全覆盖
        老旧小区改造完工      | 完工
        医保社保按时缴纳      | 按时
        居民生活质量与满意度提升  | 提升
        """)
    void achievedWords(String text, String keyword) {
      assertThat(qualitative(text)).isEqualTo(new Qualitative(text, Achievement.ACHIEVED, keyword));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        未发生较大安全生产事故    | 未发生较大安全生产事故
        不发生较大安全生产事故    | 不发生较大安全生产事故
        无较重大及以上质量安全事故  | 无较重大及以上质量安全事故
        无负面影响           | 无负面影响
        不形成负面影响         | 不形成负面影响
        没有形成负面影响        | 没有形成负面影响
        水质无污染           | 无污染
        证件核发不出现错误和退回    | 不出现错误
        没有出现            | 没有出现
        没超预算            | 没超预算
        不超预算            | 不超预算
        控制在财政预算内        | 控制在财政预算内
        不漏一户            | 不漏一户
        做到不漏一户          | 不漏一户
        零事故             | 零事故
        """)
    void negatedBadThingsAreAchieved(String text, String keyword) {
      assertThat(qualitative(text)).isEqualTo(new Qualitative(text, Achievement.ACHIEVED, keyword));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        基本完成       | 基本完成
        基本达标       | 基本达标
        部分完成       | 部分完成
        部分达到       | 部分达到
        效果较好       | 较好
        一般         | 一般
        工作部分未完成    | 部分未完成
        基本满意       | 基本满意
        """)
    void partlyAchievedWords(String text, String keyword) {
      assertThat(qualitative(text)).isEqualTo(new Qualitative(text, Achievement.PARTLY, keyword));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        未完成         | 未完成
        未达标         | 未达标
        未达到         | 未达到
        没有完成        | 没有完成
        未能完成        | 未能完成
        未能按时完成      | 未能按时完成
        不合格         | 不合格
        群众不满意       | 不满意
        进度滞后        | 滞后
        超预算         | 超预算
        """)
    void notAchievedWords(String text, String keyword) {
      assertThat(qualitative(text)).isEqualTo(new Qualitative(text, Achievement.NOT_ACHIEVED, keyword));
    }

    @Test
    void aNegatedWordIsNotReadAsTheWordInsideIt() {
      assertThat(qualitative("未完成").achievement()).isEqualTo(Achievement.NOT_ACHIEVED);
      assertThat(qualitative("基本完成").achievement()).isEqualTo(Achievement.PARTLY);
      assertThat(qualitative("不合格").achievement()).isEqualTo(Achievement.NOT_ACHIEVED);
      assertThat(qualitative("基本满意").achievement()).isEqualTo(Achievement.PARTLY);
    }

    @Test
    void achievedAndNotAchievedTogetherNeedReview() {
      assertThat(review("已完成，但水质未达标").reason()).isEqualTo("mixed achieved and not-achieved words");
      assertThat(review("未完成，无负面影响").reason()).isEqualTo("mixed achieved and not-achieved words");
    }

    @Test
    void achievedAndPartlyTogetherNeedReview() {
      assertThat(review("基本完成，群众满意").reason()).isEqualTo("mixed achieved and partly-achieved words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时与群众沟通协调、解决群众难题", "让质量安全更深入人心", "为企业增效减负", "群众满意度", "完成率"})
    void descriptionWithoutAKeywordNeedsReview(String text) {
      assertThat(review(text).reason()).isEqualTo("no number or known word");
    }

    @Test
    void countInChineseNumeralsNeedsReview() {
      assertThat(review("每月一次以上").reason()).isEqualTo("count or comparison without an Arabic number");
    }
  }

  @Test
  void textIsAlwaysReturnedAsPrinted() {
    for (String text : List.of(" ≧９５％ ", "\u3000良好\u3000", "2023年1-12月 ", "按计划完成。", "不知所云")) {
      assertThat(ValueParser.parse(text).text()).isEqualTo(text);
    }
  }

  @Test
  void parsingFromManyThreadsGivesTheSameResults() throws Exception {
    List<String> texts = List.of("≥95%", "2023年1-12月", "良好", "1个项目未能按时完成", "无", "92.96万平方米以上");
    List<ParsedValue> expected = texts.stream().map(ValueParser::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ParsedValue>>> futures = IntStream.range(0, 64)
          .mapToObj(i -> pool.submit(() -> texts.stream().map(ValueParser::parse).toList()))
          .toList();
      for (Future<List<ParsedValue>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

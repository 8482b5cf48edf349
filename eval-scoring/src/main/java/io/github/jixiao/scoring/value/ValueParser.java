package io.github.jixiao.scoring.value;

import io.github.jixiao.model.io.Limits;
import io.github.jixiao.scoring.internal.Scan;
import io.github.jixiao.scoring.value.ParsedValue.Achievement;
import io.github.jixiao.scoring.value.ParsedValue.Comparison;
import io.github.jixiao.scoring.value.ParsedValue.NeedsReview;
import io.github.jixiao.scoring.value.ParsedValue.NotApplicable;
import io.github.jixiao.scoring.value.ParsedValue.Period;
import io.github.jixiao.scoring.value.ParsedValue.PeriodKind;
import io.github.jixiao.scoring.value.ParsedValue.Qualitative;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the free text of a 年度指标值 (target) or 实际完成值 (actual) into a {@link ParsedValue}.
 *
 * <p>The parser recognises, in this order: not-applicable marks (blank, 无, 不适用, /, dashes);
 * periods (2023年1-12月, 2023年12月前, 2023年底前, 2023年, 按计划完成); a quantity (exactly one
 * Arabic number, with an optional comparison and unit, possibly wrapped in a short phrase:
 * "≥95%", "100套以上", "覆盖率40%以上", "17477.59万元"); a qualitative statement decided by
 * keywords (良好, 完成, 未完成, 基本完成, 不发生较大安全生产事故 …). Anything else, and anything
 * ambiguous (several numbers, achieved and not-achieved words together, a count next to a
 * failure), is returned as {@link NeedsReview} with a short reason: the parser never guesses
 * silently. The returned value always carries the text exactly as printed.
 *
 * <p>Stateless and thread-safe. The rules and their coverage on the bundled example are
 * described in {@code eval-scoring/PARSER.md}.
 */
public final class ValueParser {

  /** Longest wrapper text (words around the number, comparison words removed) for a quantity. */
  static final int MAX_WRAPPER_LENGTH = 20;

  // ---------------------------------------------------------------- not applicable

  private static final String NOT_APPLICABLE_STARTS = "无不/-—–―─Nn";
  private static final Pattern NOT_APPLICABLE =
      Pattern.compile("无|不适用|不涉及|/+|[-—–―─]+|N/?A", Pattern.CASE_INSENSITIVE);

  // ---------------------------------------------------------------- normalisation

  private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final String LEADING_PUNCTUATION = "\n,;:。、";
  private static final String TRAILING_PUNCTUATION = "\n.,;:!?。、";
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

  // ---------------------------------------------------------------- periods

  private static final String SPAN_DASHES = "-~—–―─〜至到";
  private static final String DASH = "[" + SPAN_DASHES + "]";
  private static final String DAY = "(?:\\d{1,2}[日号])?";

  /** 2023年1-12月, 2023.1-12月, 2023年1月-12月, 1-12月, 2023年1月1日至2023年12月31日. */
  private static final Pattern SPAN = Pattern.compile(
      "(?:(?<year>\\d{4})(?:年度?|\\.|/|-))?(?<from>\\d{1,2})(?:月" + DAY + ")?" + DASH
          + "(?:(?<year2>\\d{4})(?:年|\\.|/|-))?(?<to>\\d{1,2})月" + DAY + "份?");

  /** 2023年12月前, 2023年12前, 12月底前, 2023年12月31日前, 截至2023年12月底. */
  private static final Pattern MONTH_DEADLINE = Pattern.compile(
      "(?:截止|截至|于|在)?(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})(?<m>月)?" + DAY
          + "(?<end>底|末)?(?<before>前|之前|以前)?(?:完成|完工|竣工)?");

  /** 2023年底前, 2023年年底前, 年底前, 2023年底. */
  private static final Pattern YEAR_END_DEADLINE = Pattern.compile(
      "(?:截止|截至|于|在)?(?:(?<year>\\d{4})年年?|年)(?:底|末)(?:前|之前|以前)?(?:完成|完工|竣工)?");

  /** 2023年, 2023年度, 2023年全年, 全年. */
  private static final Pattern YEAR = Pattern.compile("(?:(?<year>\\d{4})年度?)?(?:全年)?");

  /** 按计划完成, 按时完成, 按计划时间完成, 按时间要求完成, 按期完成, 已按计划时间完成, 如期完成. */
  private static final Pattern ON_SCHEDULE = Pattern.compile(
      "(?:已经|均已|已|均|全部)?"
          + "(?:按(?:计划时间|时间要求|规定时间|规定时限|合同工期|合同约定时间|序时进度|计划进度|计划|时限|时间|时|期|进度|要求)"
          + "|如期|准时|及时)"
          + "(?:已)?(?:完成|完工|竣工|执行|实施|推进|进行|开展|办结)?(?:任务)?");

  // ---------------------------------------------------------------- quantities

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern NUMBERED_LINE = Pattern.compile("(?m)^\\d+");
  private static final Pattern HAN = Pattern.compile("[\\p{IsHan}A-Za-z]");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;。\\n]");
  private static final Pattern COMPARISON_SIGN = Pattern.compile("[≥>=≤<]");
  private static final Pattern NEGATION_END = Pattern.compile("(?:未|没有|没|不|无|非)$");

  /** Comparison words written before the number, longest first where one ends another. */
  private static final List<Map.Entry<String, Comparison>> WORDS_BEFORE = List.of(
      Map.entry("大于或等于", Comparison.AT_LEAST),
      Map.entry("大于等于", Comparison.AT_LEAST),
      Map.entry("小于或等于", Comparison.AT_MOST),
      Map.entry("小于等于", Comparison.AT_MOST),
      Map.entry("没有超过", Comparison.AT_MOST),
      Map.entry("未超过", Comparison.AT_MOST),
      Map.entry("没超过", Comparison.AT_MOST),
      Map.entry("不超过", Comparison.AT_MOST),
      Map.entry("不超出", Comparison.AT_MOST),
      Map.entry("不高于", Comparison.AT_MOST),
      Map.entry("不多于", Comparison.AT_MOST),
      Map.entry("不大于", Comparison.AT_MOST),
      Map.entry("没有低于", Comparison.AT_LEAST),
      Map.entry("未低于", Comparison.AT_LEAST),
      Map.entry("不低于", Comparison.AT_LEAST),
      Map.entry("不少于", Comparison.AT_LEAST),
      Map.entry("不小于", Comparison.AT_LEAST),
      Map.entry("至少", Comparison.AT_LEAST),
      Map.entry("最少", Comparison.AT_LEAST),
      Map.entry("达到", Comparison.AT_LEAST),
      Map.entry("达", Comparison.AT_LEAST),
      Map.entry("超过", Comparison.MORE_THAN),
      Map.entry("高于", Comparison.MORE_THAN),
      Map.entry("多于", Comparison.MORE_THAN),
      Map.entry("大于", Comparison.MORE_THAN),
      Map.entry("至多", Comparison.AT_MOST),
      Map.entry("最多", Comparison.AT_MOST),
      Map.entry("控制在", Comparison.AT_MOST),
      Map.entry("低于", Comparison.LESS_THAN),
      Map.entry("少于", Comparison.LESS_THAN),
      Map.entry("小于", Comparison.LESS_THAN),
      Map.entry("不足", Comparison.LESS_THAN),
      Map.entry("不到", Comparison.LESS_THAN),
      Map.entry("等于", Comparison.EQUAL));

  /** Comparison words written after the number and its unit. */
  private static final List<Map.Entry<String, Comparison>> WORDS_AFTER = List.of(
      Map.entry("及以上", Comparison.AT_LEAST),
      Map.entry("或以上", Comparison.AT_LEAST),
      Map.entry("以上", Comparison.AT_LEAST),
      Map.entry("及以下", Comparison.AT_MOST),
      Map.entry("或以下", Comparison.AT_MOST),
      Map.entry("以下", Comparison.AT_MOST),
      Map.entry("以内", Comparison.AT_MOST),
      Map.entry("之内", Comparison.AT_MOST),
      Map.entry("内", Comparison.AT_MOST));

  /** Units as printed → unit as returned; matched longest first. */
  private static final List<Map.Entry<String, String>> UNITS = units();

  // ---------------------------------------------------------------- qualitative keywords

  /** Things whose absence is a success: 不发生…事故, 无负面影响, 水质无污染. */
  private static final String BAD_THINGS =
      "事故|负面影响|不良影响|影响|错误|差错|退回|投诉|问题|污染|纠纷|违规|违法|违纪|隐患|事件|案件|上访";

  private static final String NOT_ACHIEVED_WORDS = String.join("|",
      "(?:未能|未曾|尚未|没有|没能|没|未|不能|无法)(?:按时|按期|如期|按计划|全部|全面)?"
          + "(?:完成|完工|竣工|达标|达到|到位|实现|落实|开展|实施|兑现|执行)",
      "不达标", "不合格", "不满意", "不到位", "不及格", "不理想", "不正常", "较差", "很差",
      "滞后", "延期", "延误", "推迟", "逾期", "失败", "超出预算", "超预算", "超支",
      "效果不明显", "不明显", "未达成", "没有达成", "不符合", "未通过", "不通过");

  private static final String PARTLY_WORDS = String.join("|",
      "部分未完成", "大部分完成", "大部分达到", "基本完成", "基本达标", "基本达到", "基本到位", "基本实现",
      "基本满意", "基本落实", "部分完成", "部分达到", "部分达标", "部分实现", "部分到位", "比较满意",
      "较满意", "较好", "一般(?![\\p{IsHan}])");

  private static final String ACHIEVED_WORDS = String.join("|",
      // success stated as the absence of something bad
      "(?:不|未|没有|没|无|杜绝)(?:发生|出现|形成|造成|产生)(?:[^,;。\\n]{0,14}?(?:" + BAD_THINGS + "))?",
      "无(?!法|人机)[^,;。\\n]{0,14}?(?:" + BAD_THINGS + ")",
      "零(?:事故|投诉|差错|污染|上访)",
      "(?:不|没有|没|未|无)(?:超出|超过|超)(?:财政)?预算",
      "(?:不|没有|没|未|无)超支",
      "控制在[^,;。\\n]{0,8}?预算(?:范围)?(?:之内|以内|内)",
      "不漏一户", "无遗漏", "全覆盖",
      // done
      "超额完成", "全部完成", "全面完成", "均已完成", "已完成", "完成(?!率)", "完工", "已竣工",
      "均达标", "已达标", "达标(?!率)", "达到",
      // rated good
      "良好", "优秀", "优良", "很好", "合格(?!率)", "满意(?![度率])",
      // as forms of several provinces state it (安徽: 达成预期指标, 效果明显; 湖北: 通过)
      "达成预期(?:指标|目标)?", "达成(?:目标|指标)?", "效果明显", "效果显著", "成效明显", "成效显著",
      "显著(?![下降低减少])", // 湖南 零陵 2021: a target and actual of just 显著
      "符合(?:相关|有关)?(?:规定|要求|标准|制度)", "严格执行", "合规(?!率)", "已通过", "通过(?!率)",
      // improved
      "有效改善", "明显改善", "显著改善", "改善", "有效(?![期率])", "明显提升", "显著提升", "提高", "提升",
      "促进", "实现",
      // continuing, steady
      "有持续性", "持续性进行", "持续性", "可持续", "持续",
      "有序稳步发展", "有序进行", "有序推进", "有序", "稳步进行", "稳步推进", "稳步发展", "稳步", "平稳",
      "正常",
      // in place
      "均到位", "已到位", "到位(?!率)", "已落实", "落实",
      // on time (inside a longer statement; a bare 按时完成 is a Period)
      "按计划时间完成", "按时间要求完成", "按计划完成", "按时完成", "按期完成", "按计划", "按时", "按期", "如期");

  /** One pattern, so that the leftmost word wins and a longer word hides the words inside it. */
  private static final Pattern KEYWORDS = Pattern.compile(
      "(?<not>" + NOT_ACHIEVED_WORDS + ")|(?<partly>" + PARTLY_WORDS + ")|(?<ok>" + ACHIEVED_WORDS + ")");

  /** KEYWORDS tried only where a keyword can start (all of them start with these characters). */
  static final Scan KEYWORD_SCAN =
      Scan.of(KEYWORDS, "未尚没不无较很滞延推逾失超部大基比一杜零控全均已完达良优合满有明显改提促实持可稳平正到落按如效成符严通");

  /** A count in Chinese numerals (每月一次) or a comparison word with no Arabic number. */
  private static final Pattern COUNT_WITHOUT_DIGITS = Pattern.compile(
      "[一二两三四五六七八九十百千]+(?:个|次|户|套|项|件|家|人|栋|天|月|年|条|台|处)"
          + "|以上|以下|以内|不低于|不少于|不高于|不超过|至少|超过|高于|低于|少于");

  private ValueParser() {}

  /**
   * Reads a printed target or actual.
   *
   * @param text the cell as printed, {@code null} for a blank cell
   * @return what the text says; {@link NeedsReview} when it cannot be read with confidence
   */
  public static ParsedValue parse(@Nullable String text) {
    if (text == null) {
      return new NotApplicable("");
    }
    return read(text);
  }

  private static ParsedValue read(String text) {
    String norm = normalise(text);
    // every not-applicable mark starts with one of these characters
    if (norm.isEmpty() || NOT_APPLICABLE_STARTS.indexOf(norm.charAt(0)) >= 0 && NOT_APPLICABLE.matcher(norm).matches()) {
      return new NotApplicable(text);
    }
    boolean digits = hasDigit(norm);
    ParsedValue period = period(text, norm, digits);
    if (period != null) {
      return period;
    }
    if (!digits) {
      return qualitative(text, norm);
    }
    Matcher numbers = NUMBER.matcher(norm);
    numbers.find();
    MatchResult first = numbers.toMatchResult();
    if (numbers.find()) {
      long numberedLines = NUMBERED_LINE.matcher(norm).results().count();
      return new NeedsReview(text, numberedLines > 1 ? "numbered list of several values" : "several numbers");
    }
    if (!Limits.fitsDigits(first.group())) {
      // 200,000 digits: no form prints such a number, and reading it would cost more than the text is worth
      return new NeedsReview(text, "a number with more digits than a form holds");
    }
    if (first.start() > 0 && gluedBefore(norm.charAt(first.start() - 1))) {
      // "M.8万元" (an OCR'd 14.8): the number is only part of what is printed
      return new NeedsReview(text, "a letter or point glued to the number");
    }
    return quantity(text, norm, first);
  }

  private static boolean gluedBefore(char c) {
    return c == '.' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * The text as matched: full-width forms to ASCII, comparison glyph variants unified, spaces
   * removed (line breaks kept), thousands separators and edge punctuation dropped.
   */
  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      switch (c) {
        case '\r' -> c = '\n';
        case '≧', '⩾' -> c = '≥';
        case '≦', '⩽' -> c = '≤';
        case '﹦', '═' -> c = '=';
        case '﹪' -> c = '%';
        case '\u200B', '\uFEFF' -> {
          continue;
        }
        default -> {
          if (c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            continue;
          }
        }
      }
      sb.append(c);
    }
    String s = sb.toString().replace(">=", "≥").replace("<=", "≤").replace("百分之百", "100%");
    if (s.indexOf(',') >= 0) {
      s = THOUSANDS_SEPARATOR.matcher(s).replaceAll("");
    }
    if (s.contains("\n\n")) {
      s = BLANK_LINES.matcher(s).replaceAll("\n");
    }
    return trimEdges(s);
  }

  /**
   * Drops the punctuation a cell starts ({@code \n , ; : 。 、}) or ends ({@code \n . , ; : ! ? 。 、})
   * with: one pass, which is what repeating {@code ^[\n,;:。、]+|[\n.,;:!?。、]+$} until nothing
   * changes gives (ValueParserNormaliseTest compares the two).
   */
  private static String trimEdges(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && LEADING_PUNCTUATION.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  // ---------------------------------------------------------------- periods

  private static @Nullable ParsedValue period(String text, String norm, boolean digits) {
    // Each pattern is tried only when the characters it cannot match without are there: a span
    // needs a digit and a dash, a deadline 前, 底 or 末, a year 年, on-schedule 按, 如, 准 or 及.
    boolean hasYear = norm.indexOf('年') >= 0;
    boolean deadline = hasAny(norm, "前底末");
    Matcher m;
    if (digits && hasAny(norm, SPAN_DASHES) && (m = SPAN.matcher(norm)).matches()) {
      Integer year = integer(m.group("year"));
      Integer year2 = integer(m.group("year2"));
      int from = Integer.parseInt(m.group("from"));
      int to = Integer.parseInt(m.group("to"));
      if (year2 != null && !year2.equals(year)) {
        return new NeedsReview(text, year == null ? "span with a year only at its end" : "span across years");
      }
      if (!isMonth(from) || !isMonth(to)) {
        return new NeedsReview(text, "month out of range");
      }
      if (from > to) {
        return new NeedsReview(text, "span ends before it starts");
      }
      return new Period(text, PeriodKind.SPAN, year, from, to);
    }
    if (digits && (deadline || hasYear) && (m = MONTH_DEADLINE.matcher(norm)).matches()
        && (m.group("year") != null || m.group("m") != null)
        && (m.group("before") != null || m.group("end") != null || (m.group("year") != null && m.group("m") != null))) {
      // 2023年12月 on its own: the month something is (to be) done by
      int month = Integer.parseInt(m.group("month"));
      if (!isMonth(month)) {
        return new NeedsReview(text, "month out of range");
      }
      return new Period(text, PeriodKind.DEADLINE, integer(m.group("year")), null, month);
    }
    if (deadline && (m = YEAR_END_DEADLINE.matcher(norm)).matches()) {
      return new Period(text, PeriodKind.DEADLINE, integer(m.group("year")), null, 12);
    }
    if (hasYear && (m = YEAR.matcher(norm)).matches()) {
      return new Period(text, PeriodKind.YEAR, integer(m.group("year")), null, null);
    }
    if (hasAny(norm, "按如准及") && ON_SCHEDULE.matcher(norm).matches()) {
      return new Period(text, PeriodKind.ON_SCHEDULE, null, null, null);
    }
    return null;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMonth(int month) {
    return month >= 1 && month <= 12;
  }

  private static @Nullable Integer integer(@Nullable String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }

  // ---------------------------------------------------------------- quantities

  private static ParsedValue quantity(String text, String norm, MatchResult number) {
    String before = norm.substring(0, number.start());
    String after = norm.substring(number.end());
    BigDecimal value = new BigDecimal(number.group());

    // unit
    String unit = "";
    Map.Entry<String, String> printedUnit = startingUnit(after);
    if (printedUnit != null) {
      unit = printedUnit.getValue();
      after = after.substring(printedUnit.getKey().length());
      if (unit.equals("万")) {
        Map.Entry<String, String> next = startingUnit(after);
        if (next != null && !next.getValue().startsWith("万") && !next.getValue().equals("%")) {
          unit = "万" + next.getValue();
          after = after.substring(next.getKey().length());
        }
      }
    }
    if (unit.isEmpty() && before.endsWith("百分之")) {
      unit = "%";
      before = before.substring(0, before.length() - "百分之".length());
    }

    // comparison before the number: a sign, then (or instead) a word
    Comparison signed = Comparison.NONE;
    if (!before.isEmpty()) {
      Comparison sign = sign(before.charAt(before.length() - 1));
      if (sign != null) {
        signed = sign;
        before = before.substring(0, before.length() - 1);
      }
    }
    Comparison worded = Comparison.NONE;
    for (Map.Entry<String, Comparison> w : WORDS_BEFORE) {
      if (before.endsWith(w.getKey())) {
        worded = w.getValue();
        before = before.substring(0, before.length() - w.getKey().length());
        if (NEGATION_END.matcher(before).find()) {
          return new NeedsReview(text, "negated comparison word");
        }
        break;
      }
    }
    // comparison after the number and unit
    Comparison suffixed = Comparison.NONE;
    for (Map.Entry<String, Comparison> w : WORDS_AFTER) {
      if (after.startsWith(w.getKey())) {
        suffixed = w.getValue();
        after = after.substring(w.getKey().length());
        break;
      }
    }
    Comparison comparison = Comparison.NONE;
    for (Comparison c : List.of(signed, worded, suffixed)) {
      if (c == Comparison.NONE) {
        continue;
      }
      if (comparison != Comparison.NONE && comparison != c) {
        return new NeedsReview(text, "conflicting comparison words");
      }
      comparison = c;
    }

    // what is left around the number must be a short label, not a statement
    if (unit.isEmpty() && suffixed == Comparison.NONE && !after.isEmpty()) {
      char next = after.charAt(0);
      if (before.isEmpty() && (next == '.' || next == '、' || next == ')')) {
        return new NeedsReview(text, "numbered item");
      }
      if (HAN.matcher(String.valueOf(next)).matches()) {
        return new NeedsReview(text, "number followed by an unknown word");
      }
    }
    if (unit.equals("年") && value.scale() == 0 && value.intValue() >= 1900 && value.intValue() <= 2100) {
      return new NeedsReview(text, "a year with other words");
    }
    String wrapper = before + after;
    if (COMPARISON_SIGN.matcher(wrapper).find()) {
      return new NeedsReview(text, "comparison sign not next to the number");
    }
    Verdict verdict = verdict(wrapper);
    if (verdict.not() != null) {
      return new NeedsReview(text, "number together with a not-achieved statement");
    }
    if (verdict.partly() != null) {
      return new NeedsReview(text, "number together with a partly-achieved statement");
    }
    if (CLAUSE_BREAK.matcher(wrapper).find() || wrapper.length() > MAX_WRAPPER_LENGTH) {
      return new NeedsReview(text, "number inside a longer statement");
    }
    return new Quantity(text, comparison, value, unit);
  }

  private static @Nullable Comparison sign(char c) {
    return switch (c) {
      case '≥' -> Comparison.AT_LEAST;
      case '>' -> Comparison.MORE_THAN;
      case '=' -> Comparison.EQUAL;
      case '≤' -> Comparison.AT_MOST;
      case '<' -> Comparison.LESS_THAN;
      default -> null;
    };
  }

  private static Map.@Nullable Entry<String, String> startingUnit(String after) {
    for (Map.Entry<String, String> u : UNITS) {
      if (after.startsWith(u.getKey())) {
        return u;
      }
    }
    return null;
  }

  private static List<Map.Entry<String, String>> units() {
    List<Map.Entry<String, String>> units = new ArrayList<>();
    for (String u : List.of("%", "‰", "个百分点", "元", "万元", "亿元", "千元", "万", "亿",
        "平方米", "万平方米", "平方公里", "立方米", "万立方米", "公里", "千米", "米", "公顷", "亩", "万亩",
        "厘米", "毫米", "分米", "公分", "吨", "万吨", "个", "套", "户", "户次", "次", "人次", "万人次", "栋", "幢", "座", "间", "家", "人",
        "万人", "名", "件", "份", "条", "项", "台", "处", "所", "辆", "批", "场", "期", "宗", "株", "棵", "起",
        "篇", "册", "本", "张", "盏", "块", "根", "只", "头", "箱", "分", "天", "日", "个工作日", "工作日",
        "周", "个月", "月", "年", "小时", "分钟")) {
      units.add(Map.entry(u, u));
    }
    units.add(Map.entry("百分比", "%"));
    for (String sq : List.of("㎡", "m²", "m2", "平米")) {
      units.add(Map.entry(sq, "平方米"));
      units.add(Map.entry("万" + sq, "万平方米"));
    }
    units.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    return List.copyOf(units);
  }

  // ---------------------------------------------------------------- qualitative

  /** The first keyword of each kind found in a text, {@code null} when none. */
  record Verdict(@Nullable String ok, @Nullable String partly, @Nullable String not) {}

  static Verdict verdict(String norm) {
    String ok = null;
    String partly = null;
    String not = null;
    Matcher m = KEYWORD_SCAN.matcher(norm);
    int n = norm.length();
    for (int i = 0; KEYWORD_SCAN.next(m, norm, i, n - 1, n); i = m.end()) {
      if (m.group("not") != null) {
        not = not == null ? m.group() : not;
      } else if (m.group("partly") != null) {
        partly = partly == null ? m.group() : partly;
      } else {
        ok = ok == null ? m.group() : ok;
      }
    }
    return new Verdict(ok, partly, not);
  }

  private static ParsedValue qualitative(String text, String norm) {
    Verdict v = verdict(norm);
    if (v.not() != null) {
      if (v.ok() != null || v.partly() != null) {
        return new NeedsReview(text, "mixed achieved and not-achieved words");
      }
      return new Qualitative(text, Achievement.NOT_ACHIEVED, v.not());
    }
    if (v.partly() != null) {
      if (v.ok() != null) {
        return new NeedsReview(text, "mixed achieved and partly-achieved words");
      }
      return new Qualitative(text, Achievement.PARTLY, v.partly());
    }
    if (v.ok() != null) {
      return new Qualitative(text, Achievement.ACHIEVED, v.ok());
    }
    if (COUNT_WITHOUT_DIGITS.matcher(norm).find()) {
      return new NeedsReview(text, "count or comparison without an Arabic number");
    }
    return new NeedsReview(text, "no number or known word");
  }
}

package io.github.jixiao.model.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingMessageTest {
  @Test
  void everyCodeHasAtLeastOneTemplateAndEveryTemplateIsListedUnderItsCode() {
    Set<FindingMessage> listed = EnumSet.noneOf(FindingMessage.class);
    for (FindingCode code : FindingCode.values()) {
      assertThat(code.messages()).as("templates of %s", code).isNotEmpty()
          .allSatisfy(m -> assertThat(m.code()).isEqualTo(code));
      listed.addAll(code.messages());
    }
    assertThat(listed).containsExactlyInAnyOrder(FindingMessage.values());
  }

  @Test
  void everyCodeHasADefaultSeverity() {
    assertThat(FindingCode.values()).allSatisfy(code -> assertThat(code.defaultSeverity()).isNotNull());
    assertThat(FindingCode.VALUE_NEEDS_REVIEW.defaultSeverity()).isEqualTo(Severity.INFO);
    assertThat(FindingCode.DEVIATION_REASON_MISSING.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(FindingCode.TOTAL_MISSING.defaultSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void fillingEveryPlaceholderGivesBothMessages() {
    FindingText text = FindingMessage.TOTAL_MISMATCH.with("total", "99").with("scores", "109");

    assertThat(text.zh()).isEqualTo("总分 99 分与各项得分合计 109 分不符");
    assertThat(text.en()).isEqualTo("the total 99 differs from the sum of the printed scores, 109");
    assertThat(text.code()).isEqualTo(FindingCode.TOTAL_MISMATCH);
    assertThat(text.arguments()).containsExactly(Map.entry("total", "99"), Map.entry("scores", "109"));
  }

  @Test
  void aTemplateWithoutPlaceholdersIsCompleteAsItIs() {
    FindingText text = FindingMessage.DEVIATION_REASON_MISSING.text();

    assertThat(text.zh()).isEqualTo("得分低于分值或未完成目标，但未填写偏差原因分析及改进措施");
    assertThat(text.en()).startsWith("the score is below the weight");
  }

  @Test
  void aPlaceholderLeftWithoutValueFailsNamingIt() {
    FindingText text = FindingMessage.TOTAL_MISMATCH.with("total", "99");

    assertThatThrownBy(text::zh).isInstanceOf(IllegalStateException.class)
        .hasMessage("the finding message TOTAL_MISMATCH needs a value for {scores}");
    assertThatThrownBy(text::en).isInstanceOf(IllegalStateException.class).hasMessageContaining("{scores}");
  }

  @Test
  void aPlaceholderOfTheOtherLanguageIsRequiredToo() {
    FindingText zhOnly = FindingMessage.SCORE_NOT_PER_RULE.with("allowed", "9.38").with("ruleZh", "10 × 15 ÷ 16 = 9.38")
        .with("printed", "10");

    assertThatThrownBy(zhOnly::zh).isInstanceOf(IllegalStateException.class).hasMessageEndingWith("{ruleEn}");
    assertThat(zhOnly.with("ruleEn", "10 x 15 / 16 = 9.38").zh()).isEqualTo("按评分规则应得 9.38 分（10 × 15 ÷ 16 = 9.38），表中为 10 分");
  }

  @Test
  void anArgumentTheTemplateDoesNotHaveFailsListingTheOnesItHas() {
    assertThatThrownBy(() -> FindingMessage.TOTAL_MISMATCH.with("sum", "109"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the finding message TOTAL_MISMATCH has no placeholder {sum}; its placeholders: {total}, {scores}");
    assertThatThrownBy(() -> FindingMessage.DEVIATION_REASON_MISSING.with("reason", "无"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("its placeholders: (none)");
  }

  @Test
  void anArgumentGivenTwiceFails() {
    FindingText text = FindingMessage.TOTAL_MISSING.with("scores", "100");

    assertThatThrownBy(() -> text.with("scores", "99")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the finding message TOTAL_MISSING: {scores} given twice");
  }

  @Test
  void fillingInReturnsANewTextAndLeavesTheOldOneAsItWas() {
    FindingText empty = FindingMessage.TOTAL_MISSING.text();
    FindingText full = empty.with("scores", "100");

    assertThat(empty.arguments()).isEmpty();
    assertThat(full.arguments()).containsExactly(Map.entry("scores", "100"));
    assertThat(full).isEqualTo(FindingMessage.TOTAL_MISSING.with("scores", "100")).isNotEqualTo(empty)
        .hasSameHashCodeAs(FindingMessage.TOTAL_MISSING.with("scores", "100"));
    assertThat(full).hasToString("TOTAL_MISSING{scores=100}");
  }

  @Test
  void valuesAreWrittenAsConcatenationWouldExceptThatNumbersAreNeverInExponentForm() {
    FindingText text = FindingMessage.CONTROL_RATE_MISMATCH.with("actual", 45).with("authorized", 50)
        .with("expected", new BigDecimal("9E+1")).with("printed", null);

    assertThat(text.zh()).isEqualTo("控制率应为 45 ÷ 50 = 90%，表中为 null");
  }

  @Test
  void placeholdersAreListedInOrderOfFirstAppearanceChineseFirst() {
    assertThat(FindingMessage.SCORE_NOT_PER_RULE.placeholders()).containsExactly("allowed", "ruleZh", "printed", "ruleEn");
    assertThat(FindingMessage.REPORT_BUDGET_DIFFERS.placeholders())
        .containsExactly("report", "phrase", "form", "amount", "stated");
    assertThat(FindingMessage.DEVIATION_REASON_MISSING.placeholders()).isEmpty();
  }

  @Test
  void everyPlaceholderOfATemplateAppearsInOneOfItsMessages() {
    for (FindingMessage m : FindingMessage.values()) {
      for (String name : m.placeholders()) {
        assertThat(m.templateZh() + m.templateEn()).as("%s", m).contains("{" + name + "}");
      }
    }
  }

  @Test
  void theTemplatesOfOneCodeAreWordedDifferently() {
    Set<List<String>> wordings = new HashSet<>();
    for (FindingMessage m : FindingMessage.values()) {
      assertThat(wordings.add(List.of(m.templateZh(), m.templateEn()))).as("%s words a finding as another template does", m)
          .isTrue();
      assertThat(m.templateZh()).as("%s (zh)", m).isNotBlank();
      assertThat(m.templateEn()).as("%s (en)", m).isNotBlank();
    }
  }

  @Test
  void aTemplateOnlyTakesNamesInBraces() {
    for (String bad : List.of("总分 {Total} 分", "总分 { total} 分", "总分 {} 分", "总分 {total 分", "总分 total} 分", "{1st}")) {
      assertThatThrownBy(() -> FindingMessage.Template.parse("T", bad, new ArrayList<>()))
          .as(bad).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("T: ");
    }
    List<String> names = new ArrayList<>(List.of("a"));
    FindingMessage.Template t = FindingMessage.Template.parse("T", "{b}{a} and {b}", names);
    assertThat(names).containsExactly("a", "b");
    assertThat(t.format(new String[] {"1", "2"})).isEqualTo("21 and 2");
    assertThat(FindingMessage.Template.parse("T", "plain", names).format(new String[0])).isEqualTo("plain");
  }
}

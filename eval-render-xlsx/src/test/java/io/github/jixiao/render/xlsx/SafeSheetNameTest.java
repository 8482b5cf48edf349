package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, class 3: every sheet name jixiao writes passes the rules Excel applies when it opens a
 * workbook or names a sheet — 1 to 31 characters, none of {@code / \ [ ] * ? :}, no apostrophe at
 * either end, not "History" in any case, unique ignoring case — whatever text a form's label, a
 * template's --label or a department's name holds; and the same texts give the same names.
 */
class SafeSheetNameTest {
  /** Why Excel would refuse {@code name} beside {@code others} (lower-cased), or null. */
  static String excelRefuses(String name, Set<String> others) {
    if (name.isEmpty() || name.length() > 31) {
      return "length " + name.length();
    }
    for (char c : name.toCharArray()) {
      if ("/\\[]*?:".indexOf(c) >= 0 || c < 0x20) {
        return "character " + (int) c;
      }
    }
    if (name.startsWith("'") || name.endsWith("'")) {
      return "apostrophe at an end";
    }
    if (name.equalsIgnoreCase("History")) {
      return "reserved History";
    }
    if (others.contains(name.toLowerCase(Locale.ROOT))) {
      return "taken ignoring case";
    }
    if (name.length() > 0 && Character.isHighSurrogate(name.charAt(name.length() - 1))) {
      return "half a character";
    }
    return null;
  }

  private static List<String> hostile() {
    List<String> texts = new ArrayList<>(List.of("附件3-1", "附件3-1", "附件3/1", "附件3:1", "附件[3-1]", "附件3*1?", "a\\b",
        "'附件3-1'", "''''", "'", "", "   ", "History", "HISTORY", "history", "'History'", "ABC", "abc", "Abc",
        "附件" + "a".repeat(28) + "'b", "附件" + "a".repeat(27) + "''''''", "a".repeat(30) + "😀", "😀".repeat(20),
        "tab\there", "new\nline", "del\u007f", "附件3-1(2)", "附件3-1(2)", "x".repeat(31), "X".repeat(31),
        "x".repeat(40), "x".repeat(40), "x".repeat(40), "汨罗市住房和城乡建设局汨罗市住房和城乡建设局汨罗市住房和城乡建设局"));
    for (int i = 0; i < 15; i++) {
      texts.add("部门" + "长".repeat(35)); // more clashes than one digit of suffix
    }
    return texts;
  }

  @Test
  void everyNameFollowsExcelsRulesWhateverTheText() {
    Set<String> taken = new HashSet<>();
    for (String text : hostile()) {
      Set<String> before = new HashSet<>(taken);
      String name = SheetName.safe(text, taken);
      assertThat(excelRefuses(name, before)).as("'%s' → '%s'", text, name).isNull();
      assertThat(taken).contains(name.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void theSameTextsInTheSameOrderGiveTheSameNames() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Set<String> a = new HashSet<>();
    Set<String> b = new HashSet<>();
    for (String text : hostile()) {
      first.add(SheetName.safe(text, a));
      second.add(SheetName.safe(text, b));
    }
    assertThat(first).isEqualTo(second);
  }

  @Test
  void whatTheTextSaysStaysReadable() {
    Set<String> taken = new HashSet<>();
    assertThat(SheetName.safe("附件3/1", taken)).isEqualTo("附件3_1");
    assertThat(SheetName.safe("'附件3-1'", taken)).isEqualTo("附件3-1");
    assertThat(SheetName.safe("附件" + "a".repeat(28) + "'b", taken)).as("an apostrophe the cut lays bare goes").isEqualTo("附件" + "a".repeat(28));
    assertThat(SheetName.safe("History", taken)).isEqualTo("_History");
  }
}

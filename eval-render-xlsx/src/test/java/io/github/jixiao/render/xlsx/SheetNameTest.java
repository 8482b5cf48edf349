package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.junit.jupiter.api.Test;

/**
 * The writer quotes sheet names in defined names as POI's {@code SheetNameFormatter} did (the
 * writer used it until it stopped depending on POI), for 200,000 seeded names built to reach every
 * rule and for the names jixiao gives its sheets.
 */
class SheetNameTest {
  private static final long SEED = 20250302L;
  private static final int CASES = 200_000;
  /** Pieces names are made of: each rule's letters, digits (also full-width), punctuation, Chinese. */
  private static final String[] PIECES = {"A", "a", "B", "Z", "I", "V", "i", "v", "IV", "IW", "XFD", "R", "r", "C", "c",
    "RC", "T", "t", "F", "f", "TRUE", "true", "FALSE", "False", "0", "1", "9", "00", "65535", "65536", "65537",
    "99999", "100000", "12345678901234567890", ".", "_", " ", "'", "-", "(", ")", "!", "$", ":", "附件", "汇总", "审核意见",
    "３", "Ⅳ", "ſ", "é", "\u00a0", "\u3000", "\t", "\n", "\r", "😀"};

  @Test
  void namesAreQuotedAsPoiQuotedThem() {
    Random random = new Random(SEED);
    List<String> names = new ArrayList<>(List.of("", "附件1", "附件2", "附件3-1", "附件3-14", "汇总", "审核意见", "jixiao",
        "填表说明", "附件3-1(2)", "A1", "a1", "IV65536", "IV65537", "IW1", "AAA1", "A0", "A00001", "TRUE", "tRuE", "FALSE",
        "FALſE", "R", "r", "C", "RC", "RC1", "R1C1", "RCX", "R1", "RX", "C1", "CX", "Sheet1", "1sheet", "x.y", "x_y",
        "x y", "it's", "'", "３a", "a３", "A12345678901234567890"));
    for (int i = 0; i < CASES; i++) {
      StringBuilder name = new StringBuilder();
      int parts = random.nextInt(5);
      for (int k = 0; k < parts; k++) {
        name.append(random.nextInt(50) == 0 ? Character.toString(random.nextInt(0x30000))
            : PIECES[random.nextInt(PIECES.length)]);
      }
      names.add(name.toString());
    }
    int compared = 0;
    int poiRefused = 0;
    for (String name : names) {
      String poi;
      try {
        poi = SheetNameFormatter.format(name);
      } catch (IllegalStateException e) {
        // POI gives up on a tab or line break it meets before any other special character, and on
        // a cell-like name whose row number is too long for a long. The writer quotes the first
        // (like any other special character); the second is no cell reference, so it is quoted
        // exactly when POI quotes the same name with a row number just out of range
        poiRefused++;
        boolean control = name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r');
        boolean expected = control || SheetNameFormatter.format(name.replaceFirst("([0-9])[0-9]*$", "$199999"))
            .startsWith("'");
        assertThat(SheetName.needsQuotes(name)).as("'%s' (POI: %s)", escaped(name), e.getMessage()).isEqualTo(expected);
        continue;
      }
      assertThat(SheetName.inFormula(name)).as("'%s'", escaped(name)).isEqualTo(poi);
      compared++;
    }
    assertThat(compared).isGreaterThan(CASES * 9 / 10);
    assertThat(poiRefused).isPositive();
  }

  private static String escaped(String s) {
    return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}

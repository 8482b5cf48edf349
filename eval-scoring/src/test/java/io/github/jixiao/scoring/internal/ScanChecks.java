package io.github.jixiao.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Checks a {@link Scan}'s start characters against its pattern. */
public final class ScanChecks {
  private ScanChecks() {}

  /**
   * The characters of the Basic Multilingual Plane a match of the pattern can start with but the
   * scan does not name: the pattern matches the character alone, or asks for more input after it.
   */
  public static List<Character> missedStarts(Scan scan) {
    List<Character> missed = new ArrayList<>();
    Matcher m = scan.pattern().matcher("");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (scan.canStartWith((char) c)) {
        continue;
      }
      m.reset(String.valueOf((char) c));
      if (m.lookingAt() || m.hitEnd()) {
        missed.add((char) c);
      }
    }
    return missed;
  }
}

package io.github.jixiao.scoring.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Matcher.find} for patterns that open with a long alternation (keyword lists, lead
 * words): {@code find} tries every branch at every character, which made these patterns the
 * main cost of scoring. Here the pattern is only tried where its first character can occur, a
 * set given with the pattern and checked by a test over every character of the Basic
 * Multilingual Plane ({@code ScanTest}). Not part of the API (the module does not export it).
 */
public final class Scan {
  private final Pattern pattern;
  private final BitSet starts;

  private Scan(Pattern pattern, String startChars) {
    this.pattern = pattern;
    this.starts = new BitSet(Character.MAX_VALUE + 1);
    startChars.chars().forEach(starts::set);
  }

  /** A scan for {@code pattern}, every match of which starts with one of {@code startChars}. */
  public static Scan of(Pattern pattern, String startChars) {
    return new Scan(pattern, startChars);
  }

  /** The pattern scanned for. */
  public Pattern pattern() {
    return pattern;
  }

  /** Whether a match can start with {@code c}. */
  public boolean canStartWith(char c) {
    return starts.get(c);
  }

  /** A matcher for {@link #next}: transparent bounds, so look-arounds see past a region. */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The leftmost match starting at {@code from … last} (inclusive) and ending by {@code end}:
   * what {@code find} in the region {@code [from, end)} gives when it starts by {@code last}.
   * On {@code true} the matcher holds the match.
   */
  public boolean next(Matcher m, CharSequence text, int from, int last, int end) {
    for (int i = from; i <= last && i < end; i++) {
      if (starts.get(text.charAt(i))) {
        m.region(i, end);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}

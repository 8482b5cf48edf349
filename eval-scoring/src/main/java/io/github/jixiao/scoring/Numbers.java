package io.github.jixiao.scoring;

import io.github.jixiao.model.io.Limits;
import io.github.jixiao.model.ScoreCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small arithmetic helpers; every figure stays a BigDecimal. */
final class Numbers {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern PERCENT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]\\s*$");

  private Numbers() {}

  static @Nullable BigDecimal value(@Nullable ScoreCell cell) {
    return cell == null ? null : cell.value();
  }

  static BigDecimal orZero(@Nullable BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  /** a ÷ b with 10 decimals. */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, 10, RoundingMode.HALF_UP);
  }

  /** The number of a printed percentage ("96.41%" → 96.41), or {@code null}. */
  static @Nullable BigDecimal percent(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PERCENT.matcher(text.replace('\u3000', ' ').strip());
    return m.matches() && Limits.fitsDigits(m.group(1)) ? new BigDecimal(m.group(1)) : null;
  }

  private static final Pattern BARE = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*$");

  /**
   * A printed 执行率 in percent: "96.41%" → 96.41, and a bare number as some forms print it ("0",
   * "100", "96.41") → the number; {@code null} for any other text.
   */
  static @Nullable BigDecimal printedRate(@Nullable String text) {
    BigDecimal p = percent(text);
    if (p != null || text == null) {
      return p;
    }
    Matcher m = BARE.matcher(text.replace('\u3000', ' ').strip());
    return m.matches() && Limits.fitsDigits(m.group(1)) ? new BigDecimal(m.group(1)) : null;
  }

  /** {@code value} rounded to the decimals of {@code like} (HALF_UP). */
  static BigDecimal asPrinted(BigDecimal value, BigDecimal like) {
    return value.setScale(Math.max(0, like.scale()), RoundingMode.HALF_UP);
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString();
  }
}

package io.github.jixiao.importer.office;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Excel's doubles as the text a person sees: plain decimal notation, at most 15 significant digits
 * (what Excel shows: 0.1+0.2 is "0.3", not 0.30000000000000004), no trailing zeros.
 */
final class XlsxNumbers {
  private static final MathContext EXCEL = new MathContext(15);

  private XlsxNumbers() {}

  /** The stored double as a decimal of at most 15 significant digits. */
  static BigDecimal decimal(double d) {
    if (d == 0) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(Double.toString(d)).round(EXCEL).stripTrailingZeros();
  }

  /** 287.0 → "287", 0.5 → "0.5", 1e20 → "100000000000000000000". */
  static String plain(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    return decimal(d).toPlainString();
  }

  /** 0.95 → "95%", 0.9575 → "95.75%". */
  static String percent(double d) {
    if (!Double.isFinite(d)) {
      return d + "%";
    }
    BigDecimal p = decimal(d).movePointRight(2).stripTrailingZeros();
    return (p.signum() == 0 ? "0" : p.toPlainString()) + "%";
  }

  /** The double as Java writes it, for {@code raw}: 0.95 → "0.95", 287.0 → "287". */
  static String stored(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString();
  }
}

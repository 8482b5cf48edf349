package io.github.jixiao.render.xlsx;

import java.math.BigInteger;

/**
 * A number as a spreadsheet shows it in a General cell and turns it into text: 15 significant
 * digits, plain from 1E-9-ish up to below 1E+20 and scientific outside ("5.67890123456E-08",
 * "1.23456789012346E+20"), "-0" for negative zero, subnormal numbers as 0, 14 significant digits
 * beyond 1E±98, infinities and NaN as the huge number their bits spell. This is the rule of
 * Apache POI's {@code NumberToTextConverter}, which reproduces Excel; the writer used it until it
 * stopped depending on POI, and this class gives the same text for every double ({@code
 * NumberTextTest} compares them).
 *
 * <p>Same text means the same intermediate value. POI brings the double into [10^14, 10^15) in
 * binary fixed point: a power of ten estimated from the binary exponent, then one decade more or
 * less; 10^n is applied as 5^n cut to its top 68 bits (times 2^n), 10^-n as the reciprocal of 5^n
 * cut to its top 80 bits; after each product whole 32-bit words beyond its top 72 bits are
 * dropped; the result is rounded half-up to 64 significant bits and then half-up to a whole
 * number, the 15 digits. Those cuts matter: rounding exactly would differ where the digits after
 * the 15th are within 2^-14 of one half (about one double in three million), so {@link Wide}
 * computes the same fixed-point value.
 */
final class NumberText {
  private static final long FRACTION_BITS = (1L << 52) - 1;
  private static final long HIDDEN_BIT = 1L << 52;
  private static final int EXPONENT_ALL_ONES = 0x7FF;
  /** 10^15: a 15-digit whole number is below it. */
  private static final long HIGH = 1_000_000_000_000_000L;
  /** Beyond 10^±98 only 14 significant digits are shown. */
  private static final int FEWER_DIGITS_BEYOND = 98;
  /** Longer plain numbers below 1 ("0.000…") are written in scientific notation. */
  private static final int MAX_PLAIN_LENGTH = 20;
  /** From 10^20 up, scientific notation. */
  private static final int MAX_PLAIN_EXPONENT = 19;

  private NumberText() {}

  /** The text of {@code value}: "0.3" for 0.1 + 0.2, "1.23456789012346E+20", "-0". */
  static String of(double value) {
    long bits = Double.doubleToLongBits(value);
    boolean negative = bits < 0;
    bits &= Long.MAX_VALUE;
    int biased = (int) (bits >>> 52);
    if (bits == 0 || biased == 0) {
      return negative ? "-0" : "0"; // zero; subnormal numbers too, which Excel shows as 0
    }
    if (biased == EXPONENT_ALL_ONES) {
      negative = false; // infinities and NaN: the number their bits spell, unsigned
    }
    Wide w = Wide.of((bits & FRACTION_BITS) | HIDDEN_BIT, biased - 1023);
    int exponent = w.normalise();
    w.roundTo64Bits();
    long whole = w.whole();
    if (w.fractionAtLeastHalf()) {
      whole++;
    }
    if (whole >= HIGH) {
      whole /= 10;
      exponent++;
    }
    if (Math.abs(exponent) > FEWER_DIGITS_BEYOND) {
      whole = (whole + 5) / 10 * 10;
      if (whole >= HIGH) {
        whole /= 10;
        exponent++;
      }
    }
    StringBuilder text = new StringBuilder(24);
    if (negative) {
      text.append('-');
    }
    format(text, Long.toString(whole), exponent);
    return text.toString();
  }

  /** The {@code digits} (d.ddd… × 10^exponent) without trailing zeros, plain or scientific. */
  private static void format(StringBuilder text, String digits, int exponent) {
    int significant = digits.length();
    while (digits.charAt(significant - 1) == '0') {
      significant--;
    }
    if (exponent < 0) {
      int zeros = -exponent - 1;
      if ("0.".length() + zeros + significant > MAX_PLAIN_LENGTH) {
        scientific(text, digits, significant, "E-", -exponent);
      } else {
        text.append("0.").append("0".repeat(zeros)).append(digits, 0, significant);
      }
    } else if (exponent > MAX_PLAIN_EXPONENT) {
      scientific(text, digits, significant, "E+", exponent);
    } else {
      int before = exponent + 1;
      if (significant > before) {
        text.append(digits, 0, before).append('.').append(digits, before, significant);
      } else {
        text.append(digits, 0, significant).append("0".repeat(before - significant));
      }
    }
  }

  private static void scientific(StringBuilder text, String digits, int significant, String sign, int exponent) {
    text.append(digits.charAt(0));
    if (significant > 1) {
      text.append('.').append(digits, 1, significant);
    }
    text.append(sign);
    if (exponent < 10) {
      text.append('0');
    }
    text.append(exponent);
  }

  /**
   * A positive number in binary fixed point, {@code bits × 2^(point - 63)}: a double starts with
   * its 53-bit significand in the top of 64 bits and {@code point} its binary exponent, so
   * {@code point} is the exponent of the leading bit while {@code bits} has 64 bits.
   */
  private static final class Wide {
    /** log10(2) × 2^20, rounded: the estimate of the decimal exponent from the binary one. */
    private static final int LOG10_2_Q20 = 315_653;
    /** Bits kept of 5^n and of 1/5^n. */
    private static final int POWER_BITS = 68;
    private static final int RECIPROCAL_BITS = 80;
    /** A product keeps at least this many bits; whole 32-bit words below them are dropped. */
    private static final int KEPT_BITS = 72;
    /** (10^14 - 0.05) × 2^17 rounded down, and (10^15 - 0.5) × 2^14: the bounds of [10^14, 10^15) in 64 bits. */
    private static final BigInteger LOWEST = BigInteger.TEN.pow(15).shiftLeft(17).subtract(BigInteger.ONE.shiftLeft(16))
        .divide(BigInteger.TEN);
    private static final BigInteger HIGHEST = BigInteger.TEN.pow(15).shiftLeft(14).subtract(BigInteger.ONE.shiftLeft(13));
    /** 5^n to 68 bits (with the shift that makes it 10^n), and 10^-n from an 80-bit reciprocal, n = 0 … 340. */
    private static final BigInteger[] POWER = new BigInteger[341];
    private static final int[] POWER_SHIFT = new int[341];
    private static final BigInteger[] RECIPROCAL = new BigInteger[341];
    private static final int[] RECIPROCAL_SHIFT = new int[341];

    static {
      for (int n = 0; n < POWER.length; n++) {
        BigInteger five = BigInteger.valueOf(5).pow(n);
        int cut = Math.max(0, five.bitLength() - POWER_BITS);
        POWER[n] = five.shiftRight(cut);
        POWER_SHIFT[n] = n + cut;
        int fiveBits = five.bitLength();
        BigInteger reciprocal = BigInteger.ONE.shiftLeft(RECIPROCAL_BITS + fiveBits).divide(five);
        int extra = reciprocal.bitLength() - RECIPROCAL_BITS;
        RECIPROCAL[n] = reciprocal.shiftRight(extra);
        RECIPROCAL_SHIFT[n] = -(fiveBits - extra + n + RECIPROCAL_BITS);
      }
    }

    private BigInteger bits;
    private int point;

    private Wide(BigInteger bits, int point) {
      this.bits = bits;
      this.point = point;
    }

    /** {@code significand × 2^(exponent - 52)}, the significand with its leading bit at 2^52. */
    static Wide of(long significand, int exponent) {
      return new Wide(BigInteger.valueOf(significand).shiftLeft(11), exponent);
    }

    /** floor(log2) of the value. */
    private int log2() {
      return point + bits.bitLength() - 64;
    }

    /**
     * Scales the value into about [10^14, 10^15) and returns the decimal exponent of its leading
     * digit: the power of ten estimated from the binary exponent, then one decade more or less.
     */
    int normalise() {
      int power = point >= 46 && point <= 49 ? 0 : Math.floorDiv((15 << 20) - point * LOG10_2_Q20, 1 << 20);
      if (power != 0) {
        scale(power);
      }
      int exponent = 14 - power;
      int log2 = log2();
      int shift = bits.bitLength() - 64;
      if (log2 == 44 || log2 == 45 || log2 == 46 && bits.compareTo(LOWEST.shiftLeft(shift)) <= 0) {
        scale(1);
        exponent--;
      } else if (log2 == 50 || log2 == 49 && bits.compareTo(HIGHEST.shiftLeft(shift)) >= 0) {
        scale(-1);
        exponent++;
      } else if (log2 < 44 || log2 > 50) {
        throw new IllegalStateException("not normalised: 2^" + log2);
      }
      return exponent;
    }

    /** Times 10^power, with the cut constants, dropping words beyond the kept bits. */
    private void scale(int power) {
      if (power > 0) {
        bits = bits.multiply(POWER[power]);
        point += POWER_SHIFT[power];
      } else {
        bits = bits.multiply(RECIPROCAL[-power]);
        point += RECIPROCAL_SHIFT[-power];
      }
      int drop = (bits.bitLength() - KEPT_BITS) & ~31;
      if (drop > 0) {
        bits = bits.shiftRight(drop);
        point += drop;
      }
    }

    /** Rounds half-up to 64 significant bits. */
    void roundTo64Bits() {
      int extra = bits.bitLength() - 64;
      if (extra > 0) {
        bits = bits.add(BigInteger.ONE.shiftLeft(extra - 1)).shiftRight(extra);
        point += extra;
        if (bits.bitLength() > 64) {
          bits = bits.shiftRight(1);
          point++;
        }
      }
    }

    /** The whole part (of 64 bits). */
    long whole() {
      return bits.shiftRight(63 - point).longValueExact();
    }

    /** Whether the first bit after the point is set. */
    boolean fractionAtLeastHalf() {
      return bits.testBit(62 - point);
    }
  }
}

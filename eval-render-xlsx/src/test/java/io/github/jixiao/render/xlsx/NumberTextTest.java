package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

/**
 * The writer's {@link NumberText} gives the text POI's {@code NumberToTextConverter} gives (the
 * writer used it until it stopped depending on POI), for 400,000 seeded doubles of every kind: any
 * bit pattern, decimals of 1 to 17 significant digits from 1E-300 to 1E+300, sums like 0.1 + 0.2,
 * halves at the 15th digit, the neighbours of powers of ten (which round up across them), values
 * exactly halfway at the 64-bit precision of the intermediate value, subnormals, the extremes,
 * negative zero, infinities and NaN. A failure names the double by its bits.
 */
class NumberTextTest {
  static final long SEED = 20250303L;
  static final int PER_KIND = 50_000;

  @Test
  void givesPoisTextForGeneratedDoubles() {
    Random random = new Random(SEED);
    List<Double> values = new ArrayList<>(fixed());
    for (int i = 0; i < PER_KIND; i++) {
      values.add(Double.longBitsToDouble(random.nextLong()));
      values.add(decimal(random, 1 + random.nextInt(17), -300 + random.nextInt(601)));
      values.add(decimal(random, 1 + random.nextInt(17), -12 + random.nextInt(30))); // amounts, scores, rates
      values.add(sum(random));
      values.add(halfAtFifteenthDigit(random));
      values.add(nearPowerOfTen(random));
      values.add(halfwayAt64Bits(random));
      values.add(neighbour(random, values.get(random.nextInt(values.size()))));
    }
    int checked = 0;
    for (double d : values) {
      for (double v : new double[] {d, -d}) {
        String expected = NumberToTextConverter.toText(v);
        assertThat(NumberText.of(v)).as("Double.longBitsToDouble(0x%016XL) = %s", Double.doubleToRawLongBits(v), v)
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(2 * 8 * PER_KIND);
  }

  @Test
  void showsNumbersAsASpreadsheetDoes() {
    assertThat(NumberText.of(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(NumberText.of(123.45678901234568)).isEqualTo("123.456789012346");
    assertThat(NumberText.of(1.2345678901234568E20)).isEqualTo("1.23456789012346E+20");
    assertThat(NumberText.of(1.2345678901234567E19)).isEqualTo("12345678901234600000");
    assertThat(NumberText.of(5.67890123456E-8)).isEqualTo("5.67890123456E-08");
    assertThat(NumberText.of(999999.9999999999)).isEqualTo("1000000");
    assertThat(NumberText.of(1.2345678901234576E100)).isEqualTo("1.2345678901235E+100");
    assertThat(NumberText.of(-0.0)).isEqualTo("-0");
    assertThat(NumberText.of(Double.MIN_VALUE)).isEqualTo("0");
    assertThat(NumberText.of(Double.POSITIVE_INFINITY)).isEqualTo("1.7976931348623E+308");
  }

  /** The extremes and the examples of POI's documentation. */
  private static List<Double> fixed() {
    List<Double> list = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5,
        Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL),
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, 1e300, 1e-99, 1e99,
        9.999999999999999e98, 9.9999999999999e-99, 1e15, 1e15 - 1, 999999999999999.5, 99999999999999.95, 1e20,
        99999999999999999999.0, 123499.9999999999, 1.234999999999999E-8, 9.999999999999999E-20, 2.0E50, 2.0E-50));
    for (long bits : new long[] {0x3FF00068DB8BAC71L, 0x405EDD3C07FB4C99L, 0x3EE9E409302678BAL, 0x3E6E7D05BDAD407EL,
        0x2BCB5733CB32AE6EL, 0x2B617F7D4ED8C59EL, 0x0036319916D67853L, 0x441AC53A7E04BCDAL, 0x54820FE0BA17F46DL,
        0x54B693D8E89DF188L, 0x444B1AE4D6E2EF4FL, 0x412E847FFFFFFFFFL, 0x3C32725DD1D243ABL, 0x3BFD83C94FB6D2ABL,
        0x7FF8000000000000L, 0x7FFF0420003C0000L, 0x7FFFFFFFFFFFFFFFL, 0x000FFFFFFFFFFFFFL}) {
      list.add(Double.longBitsToDouble(bits));
    }
    // where rounding the exact value would differ from POI, whose 68-bit 5^n and 80-bit 1/5^n move
    // a near-tie across the half (found among 50 million random bit patterns)
    for (long bits : new long[] {0x84341C25E1994A62L, 0xB93C0EAA9861A8C2L, 0x35BE781BF35A200DL, 0x332DFBADC46C2ED4L,
        0x3C957A50946ED207L, 0xBADB0626E62A77E7L, 0x315E1E468AABD164L}) {
      list.add(Double.longBitsToDouble(bits));
    }
    for (int e = -308; e <= 308; e++) {
      double p = Double.parseDouble("1e" + e);
      list.add(p);
      list.add(Math.nextUp(p));
      list.add(Math.nextDown(p));
    }
    for (int e = -1074; e <= 1023; e++) {
      list.add(Math.scalb(1.0, e));
    }
    return list;
  }

  /** A decimal of {@code digits} significant digits times 10^exponent, as Java reads it. */
  private static double decimal(Random random, int digits, int exponent) {
    StringBuilder s = new StringBuilder().append(1 + random.nextInt(9));
    for (int i = 1; i < digits; i++) {
      s.append(random.nextInt(10));
    }
    return Double.parseDouble(s + "e" + exponent);
  }

  /** Arithmetic with its binary leftovers: 0.1 + 0.2, 1.1 × 3, 100 ÷ 3. */
  private static double sum(Random random) {
    double a = decimal(random, 1 + random.nextInt(6), -4 + random.nextInt(8));
    double b = decimal(random, 1 + random.nextInt(6), -4 + random.nextInt(8));
    return switch (random.nextInt(4)) {
      case 0 -> a + b;
      case 1 -> a - b;
      case 2 -> a * b;
      default -> a / b;
    };
  }

  /** 15 digits then a 5 (and perhaps more): exactly where rounding to 15 digits decides. */
  private static double halfAtFifteenthDigit(Random random) {
    StringBuilder s = new StringBuilder().append(1 + random.nextInt(9)).append('.');
    for (int i = 1; i < 15; i++) {
      s.append(random.nextInt(10));
    }
    s.append('5');
    if (random.nextBoolean()) {
      s.append(random.nextInt(10));
    }
    return Double.parseDouble(s + "e" + (-300 + random.nextInt(601)));
  }

  /** Just below or above 10^k, the values that round up across a power of ten (9.999999999999999E20 → 1E+21). */
  private static double nearPowerOfTen(Random random) {
    double p = Double.parseDouble("1e" + (-307 + random.nextInt(615)));
    int steps = random.nextInt(40);
    double d = p;
    for (int i = 0; i < steps; i++) {
      d = random.nextBoolean() ? Math.nextDown(d) : Math.nextUp(d);
    }
    return random.nextInt(4) == 0 ? d * (1 - Math.scalb(1.0, -20 - random.nextInt(30))) : d;
  }

  /**
   * A double whose value scaled into [10^14, 10^15) is exactly halfway between two 64-bit
   * numbers, one of which rounds up at the 15th digit and one down: {@code m × 2^-(f + 1 + q)}
   * with {@code m × 5^q ≡ 2^f - 1 (mod 2^(f+1))}.
   */
  private static double halfwayAt64Bits(Random random) {
    while (true) {
      int q = 5 + random.nextInt(25);
      int f = 14 + random.nextInt(4);
      BigInteger five = BigInteger.valueOf(5).pow(q);
      BigInteger modulus = BigInteger.ONE.shiftLeft(f + 1);
      BigInteger residue = BigInteger.ONE.shiftLeft(f).subtract(BigInteger.ONE).multiply(five.modInverse(modulus))
          .mod(modulus);
      // the scaled value M = m × 5^q lies in [2^64, 2^65) and in [10^14, 10^15) × 2^(f+1)
      BigInteger low = BigInteger.ONE.shiftLeft(64).max(BigInteger.TEN.pow(14).shiftLeft(f + 1));
      BigInteger high = BigInteger.ONE.shiftLeft(65).min(BigInteger.TEN.pow(15).shiftLeft(f + 1))
          .min(BigInteger.ONE.shiftLeft(53).multiply(five));
      BigInteger first = low.add(five).subtract(BigInteger.ONE).divide(five); // ceil
      BigInteger last = high.subtract(BigInteger.ONE).divide(five);
      if (first.compareTo(last) > 0) {
        continue;
      }
      BigInteger k0 = first.subtract(residue).add(modulus).subtract(BigInteger.ONE).divide(modulus); // first m ≡ residue
      BigInteger count = last.subtract(residue).divide(modulus).subtract(k0).add(BigInteger.ONE);
      if (count.signum() <= 0) {
        continue;
      }
      BigInteger k = k0.add(new BigInteger(64, random).mod(count));
      long m = residue.add(k.multiply(modulus)).longValueExact();
      return Math.scalb((double) m, -(f + 1 + q));
    }
  }

  /** A few ulps away, or the same digits at another power of ten. */
  private static double neighbour(Random random, double d) {
    if (!Double.isFinite(d) || d == 0) {
      return d;
    }
    return switch (random.nextInt(3)) {
      case 0 -> Math.nextUp(d);
      case 1 -> Math.nextDown(d);
      default -> new BigDecimal(d).scaleByPowerOfTen(-5 + random.nextInt(11)).doubleValue();
    };
  }
}

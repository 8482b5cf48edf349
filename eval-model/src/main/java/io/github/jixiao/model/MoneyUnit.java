package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 金额单位 — the money unit a form prints its amounts in. Amounts stay as printed in their unit;
 * comparisons across forms convert through {@link #toWanYuan(BigDecimal)}.
 */
public enum MoneyUnit implements PrintedValue {
  /** 万元, the unit of most forms and the default. */
  WAN_YUAN("万元", BigDecimal.ONE),
  /** 千元. */
  QIAN_YUAN("千元", new BigDecimal("0.1")),
  /** 元. */
  YUAN("元", new BigDecimal("0.0001"));

  private final String printed;
  private final BigDecimal inWanYuan;

  MoneyUnit(String printed, BigDecimal inWanYuan) {
    this.printed = printed;
    this.inWanYuan = inWanYuan;
  }

  /**
   * The unit as printed and as written in the package JSON.
   *
   * @return "万元", "千元" or "元"
   */
  @Override
  public String printed() {
    return printed;
  }

  /**
   * An amount of this unit in 万元, exactly (no rounding; an amount already in 万元 is returned as
   * it is, others without trailing zeros: 250000 元 is 25 万元).
   *
   * @param amount the amount as printed in this unit
   * @return the same amount in 万元
   */
  public BigDecimal toWanYuan(BigDecimal amount) {
    return this == WAN_YUAN ? amount : amount.multiply(inWanYuan).stripTrailingZeros();
  }

  /**
   * The unit of a form or table: the one printed, or 万元 when none is given.
   *
   * @param unit the unit given, or {@code null}
   * @return the unit in force
   */
  public static MoneyUnit orDefault(@org.jspecify.annotations.Nullable MoneyUnit unit) {
    return unit == null ? WAN_YUAN : unit;
  }

  /**
   * The unit printed as this text.
   *
   * @param printed "万元", "千元" or "元"
   * @return the unit, if the text is one
   */
  public static Optional<MoneyUnit> ofPrinted(String printed) {
    for (MoneyUnit u : values()) {
      if (u.printed.equals(printed)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}

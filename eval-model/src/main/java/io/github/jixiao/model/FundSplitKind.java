package io.github.jixiao.model;

import java.util.Optional;

/** The splits of the department form's funds (按收入性质分 / 按支出性质分). */
public enum FundSplitKind {
  /** 一般公共预算 (by income). */
  GENERAL_PUBLIC_BUDGET("一般公共预算"),
  /** 政府性基金拨款 (by income). */
  GOVERNMENT_FUND("政府性基金拨款"),
  /** 纳入专户管理的非税收入拨款 (by income). */
  SPECIAL_ACCOUNT_NON_TAX("纳入专户管理的非税收入拨款"),
  /** 国有资本经营预算 (by income, some provinces). */
  STATE_CAPITAL("国有资本经营预算"),
  /** 其他资金 (by income). */
  OTHER_FUNDS("其他资金"),
  /** 基本支出 (by expenditure). */
  BASIC("基本支出"),
  /** 项目支出 (by expenditure). */
  PROJECT("项目支出");

  private final String chinese;

  FundSplitKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name as printed on the official forms.
   *
   * @return the name ("一般公共预算")
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The source of funds a printed split label names: "其中：一般公共预算", "政府性基金拨款：" — a
   * leading 其中 and trailing colons aside, the kind it equals, else the longest one it contains.
   *
   * @param squashed the label as printed, white space removed
   * @return the kind, or empty
   */
  public static Optional<FundSplitKind> ofLabel(String squashed) {
    String s = squashed.replaceFirst("^其中[：:]?", "").replaceFirst("[：:]+$", "");
    for (FundSplitKind k : values()) {
      if (s.equals(k.chinese)) {
        return Optional.of(k);
      }
    }
    FundSplitKind best = null;
    for (FundSplitKind k : values()) {
      if (s.contains(k.chinese) && (best == null || k.chinese.length() > best.chinese.length())) {
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }
}

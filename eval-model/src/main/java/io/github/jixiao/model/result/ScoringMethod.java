package io.github.jixiao.model.result;

/** How a level-3 indicator was scored. */
public enum ScoringMethod {
  /** Quantitative, higher is better: full weight when met, else weight × actual ÷ target. */
  QUANTITATIVE,
  /** Quantitative, lower is better (≤, 不超过, 控制在…内). */
  LOWER_IS_BETTER,
  /** A deadline or period: met or not. */
  TIMELINESS,
  /** Qualitative: a band of the weight (e.g. achieved 80–100%); the reported score is checked against it. */
  QUALITATIVE,
  /** The row prints 无/不适用: not scored. */
  NOT_APPLICABLE,
  /** The values could not be read: any score up to the weight is accepted and a person must check. */
  MANUAL_REVIEW
}

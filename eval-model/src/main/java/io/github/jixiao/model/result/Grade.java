package io.github.jixiao.model.result;

/** 评价等级 — the grade of a total score. */
public enum Grade {
  /** 优. */
  EXCELLENT("优"),
  /** 良. */
  GOOD("良"),
  /** 中. */
  FAIR("中"),
  /** 差. */
  POOR("差"),
  /**
   * 无法评级 — the total cannot be graded: it exceeds the form's maximum, the weights do not add up to
   * it, or the form is partial. Never shown as 优; renderers print "—（无法评级）".
   */
  NOT_GRADABLE("—（无法评级）");

  private final String chinese;

  Grade(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese grade as printed on reports (优/良/中/差).
   *
   * @return 优, 良, 中 or 差, or "—（无法评级）" for {@link #NOT_GRADABLE}
   */
  public String chinese() {
    return chinese;
  }
}

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
  POOR("差");

  private final String chinese;

  Grade(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese grade as printed on reports (优/良/中/差).
   *
   * @return one character: 优, 良, 中 or 差
   */
  public String chinese() {
    return chinese;
  }
}

package io.github.jixiao.model.result;

/** How serious a finding is. */
public enum Severity {
  /** 错误 — objectively wrong (arithmetic, a rule broken beyond doubt). */
  ERROR("错误"),
  /** 警告 — needs a person's judgement. */
  WARNING("警告"),
  /** 提示 — for information (e.g. a value that could not be checked automatically). */
  INFO("提示");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese word.
   *
   * @return 错误, 警告 or 提示
   */
  public String chinese() {
    return chinese;
  }
}

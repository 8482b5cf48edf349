package io.github.jixiao.model;

/**
 * 项目 — a spending programme of the package. Projects appear in several places (a 附件1 row, a
 * 附件3 form, a 附件5 report) under names that real packages spell differently; the id ties them
 * together.
 *
 * @param id a lowercase identifier ("shigongtu-shencha"), unique in the package
 * @param name the canonical name (as in 附件1)
 */
public record Project(String id, String name) {
  /**
   * Checks that {@code id} is a lowercase id and {@code name} is not blank.
   *
   * @param id 1 to 64 lowercase letters, digits and '-', not starting with '-'
   * @param name the canonical name, not blank
   * @throws FieldException when {@code id} is missing or malformed, or {@code name} is missing or blank
   */
  public Project {
    Checks.id(id, "id");
    Checks.text(name, "name");
  }
}

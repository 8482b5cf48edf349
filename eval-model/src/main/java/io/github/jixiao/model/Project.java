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
  public Project {
    Checks.id(id, "id");
    Checks.text(name, "name");
  }
}

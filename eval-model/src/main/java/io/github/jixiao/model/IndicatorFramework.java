package io.github.jixiao.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 指标体系 — the tree of level-1 and level-2 indicator types a form's indicator table follows: the
 * self-evaluation tree of 产出/效益/(成本)/满意度 (财预〔2020〕10号, 财预〔2021〕101号), the evaluation
 * framework of 决策/过程/产出/效益 (财预〔2020〕10号 附件1) and provincial variants. Frameworks are data:
 * the scoring module ships them as JSON and a form names its own ({@link SelfEvaluationForm#framework()}).
 * A label the framework does not know keeps no type, as printed.
 *
 * @param id the framework's id ("evaluation-2020")
 * @param name what it is called, with the document that sets it out
 * @param sources where it comes from ([official] …)
 * @param execution the names of the level-3 indicator that is the budget execution (预算执行率), when
 *     the framework puts it among the indicators; empty when execution is the funds block's
 * @param fundsBlockScored whether the framework's table scores budget execution in its funds block (项目资金's
 *     own 分值 and 得分, 10 of the self-evaluation forms' 100): {@code true} for the self-evaluation trees;
 *     {@code false} for the evaluation frameworks, whose 100 points all sit among the indicators (资金到位,
 *     资金管理, 预算执行率) and whose funds block, when printed, gives figures only
 * @param level1 the level-1 types in order, each with its level-2 types
 */
public record IndicatorFramework(
    String id, String name, List<String> sources, List<String> execution, boolean fundsBlockScored,
    List<Type> level1) {

  /**
   * Checks the id and copies the lists.
   *
   * @param id the framework's id, not blank
   * @param name what it is called, not blank
   * @param sources where it comes from; {@code null} for none
   * @param execution the execution indicator's names; {@code null} for none
   * @param fundsBlockScored whether the funds block carries a score of its own
   * @param level1 the level-1 types; {@code null} for none
   * @throws FieldException when the id or name is blank or a list holds {@code null}
   */
  public IndicatorFramework {
    Checks.text(id, "id");
    Checks.text(name, "name");
    sources = Checks.list(sources, "sources");
    execution = Checks.list(execution, "execution");
    level1 = Checks.list(level1, "level1");
  }

  /**
   * One level-1 or level-2 type of a framework.
   *
   * @param type the type's code ("decision", "funds-management"), stable for scripts and profiles
   * @param name the name as the framework prints it ("决策", "资金管理")
   * @param aliases other names forms print for it ("项目决策")
   * @param children the level-2 types under a level-1 type (empty for a level-2 type)
   * @param indicators the common level-3 indicators the framework lists under a level-2 type
   */
  public record Type(String type, String name, List<String> aliases, List<Type> children, List<String> indicators) {
    /**
     * Checks the code and name and copies the lists.
     *
     * @param type the code, not blank
     * @param name the name, not blank
     * @param aliases other names; {@code null} for none
     * @param children the level-2 types; {@code null} for none
     * @param indicators the common level-3 indicators; {@code null} for none
     * @throws FieldException when the code or name is blank or a list holds {@code null}
     */
    public Type {
      Checks.text(type, "type");
      Checks.text(name, "name");
      aliases = Checks.list(aliases, "aliases");
      children = Checks.list(children, "children");
      indicators = Checks.list(indicators, "indicators");
    }

    /** Whether a printed label names this type: its name or an alias, weight and "指标" aside. */
    boolean names(String label) {
      String l = bare(label);
      if (l.isEmpty()) {
        return false;
      }
      if (l.equals(bare(name))) {
        return true;
      }
      for (String a : aliases) {
        if (l.equals(bare(a))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The level-1 type a printed level-1 label names.
   *
   * @param label the label as printed ("决策（20分）", "项目决策")
   * @return the type, or empty when the label names none of this framework's
   */
  public Optional<Type> level1Type(@Nullable String label) {
    if (label == null) {
      return Optional.empty();
    }
    return level1.stream().filter(t -> t.names(label)).findFirst();
  }

  /**
   * The level-2 type a printed level-2 label names, under a level-1 type or, with none, under any.
   *
   * @param level1Type the level-1 type's code, or {@code null} to look under all of them
   * @param label the label as printed ("资金管理（10分）")
   * @return the type, or empty
   */
  public Optional<Type> level2Type(@Nullable String level1Type, @Nullable String label) {
    if (label == null) {
      return Optional.empty();
    }
    return level1.stream().filter(t -> level1Type == null || t.type().equals(level1Type))
        .flatMap(t -> t.children().stream()).filter(t -> t.names(label)).findFirst();
  }

  /**
   * Whether a level-3 row of this name is the budget execution printed as an indicator.
   *
   * @param rowName the row's 三级指标 as printed, or {@code null}
   * @return {@code true} when the framework lists it as its execution indicator
   */
  public boolean isExecution(@Nullable String rowName) {
    if (rowName == null) {
      return false;
    }
    String n = bare(rowName);
    return execution.stream().anyMatch(e -> bare(e).equals(n));
  }

  /** An outline code before a label: a letter with its number ("A", "B2", "C101"), "一、", "（二）", "1.", "1.1", "2、". */
  private static final java.util.regex.Pattern OUTLINE = java.util.regex.Pattern.compile(
      "^(?:[A-Za-z]\\d{0,4}|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+(?:\\.\\d+)+[.．、]?|\\d+[.．、])(?=\\p{IsHan})");

  /**
   * A label without white space, an outline code before it ("A", "B2", "C101", "一、", "（二）", "1."), its
   * weight ("（20分）", "(20)", "15分") and a trailing "指标": what is compared.
   *
   * @param label a printed label
   * @return the bare name ("决策" for "决策指标（20分）" and for "A决策15分", "预算执行率" for "B201预算执行率")
   */
  public static String bare(String label) {
    String s = label.replaceAll("[\\s\\u3000]+", "");
    s = OUTLINE.matcher(s).replaceFirst("");
    s = s.replaceAll("[（(][^（()）]*[）)]$", "");
    s = s.replaceAll("[0-9.]+分$", "");
    if (s.endsWith("指标") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }
}

package io.github.jixiao.render.xlsx.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Machine tags: the hidden column {@link #COLUMN} (K) of every form sheet says, row by row,
 * what the row is ("jx:ind;l1=OUTPUT,30;l2=QUANTITY"). They carry what the printed form does
 * not show — the indicator codes behind the labels, group boundaries, the project id, rows
 * that are blank on purpose — so that a workbook jixiao wrote comes back exactly. Rows without
 * a tag (inserted by a person, or a workbook typed by hand) are read from their text.
 */
public final class Tags {
  /**
   * The hidden column holding each row's tag: K, right of the printed table (further right when a
   * form prints extra indicator columns; readers find it by the first row's {@link #FORM} tag).
   */
  public static final int COLUMN = 10;
  /** What every tag starts with; a cell of {@link #COLUMN} without it is not a tag. */
  public static final String PREFIX = "jx:";
  /** The second and further physical rows of a logical row split because it was too tall. */
  public static final String CONT = "jx:cont";

  // form sheets
  /**
   * The first row of a sheet, with the attachment label: {@code kind} basic, department or project;
   * on forms also {@code id} (the project id, may be empty) and {@code mode} (reported, computed, template).
   */
  public static final String FORM = "form";
  /** The title row. */
  public static final String TITLE = "title";
  /**
   * The line under the title saying that the form as received is incomplete (only on a partial
   * form); the form tag carries the flag and the note, so the reader skips a tagged one.
   */
  public static final String PARTIAL = "partial";
  /** The 项目支出名称 / 预算部门名称 row. */
  public static final String NAME = "name";
  /** The 主管部门 / 实施单位 row. */
  public static final String UNITS = "units";
  /** The header row of the funds block (年初预算数, 全年预算数 …). */
  public static final String FUNDS_HEAD = "funds-head";
  /** A row of the funds block; {@code kind} is its {@code FundsRowKind} name. */
  public static final String FUNDS = "funds";
  /** The 按收入性质分 / 按支出性质分 header row of the department form. */
  public static final String SPLIT_HEAD = "split-head";
  /**
   * A row of the department form's splits; {@code in} and {@code ex} are the {@code FundSplitKind} names of
   * its two halves, empty where that half is blank.
   */
  public static final String SPLIT = "split";
  /** The header row of 年度总体目标. */
  public static final String GOALS_HEAD = "goals-head";
  /** A row of 年度总体目标. */
  public static final String GOAL = "goal";
  /** The header row of the indicator table (一级指标, 二级指标, 三级指标 …). */
  public static final String IND_HEAD = "ind-head";
  /**
   * A level-3 indicator row. {@code l1} ("OUTPUT,30": indicator and printed weight) on the first row of a
   * level-1 group, {@code l2} (the level-2 indicator) on the first row of a level-2 group, {@code e} (1 or 2)
   * on a level-1 or level-2 group printed without rows.
   */
  public static final String IND = "ind";
  /**
   * A band printed above the indicator table ("年度绩效目标1（80分）"); {@code w} its weight (may be empty).
   * The form tag's {@code fw} names the form's indicator framework; an indicator row's {@code t1}, {@code s1}
   * (level-1 type and score), {@code t2}, {@code w2}, {@code s2} (level-2 type, weight and score) and
   * {@code g2} (the level-2 group's 分值 and 得分 printed once for its rows) and {@code x} (the row is the
   * budget execution) carry the fields of other frameworks and of groups scored as a whole.
   */
  public static final String BAND = "band";
  /** The 总分 row. */
  public static final String TOTAL = "total";
  /** A note under the table (备注, 说明). */
  public static final String NOTE = "note";
  /** A footer line (填表人, 填报日期 …). */
  public static final String FOOTER = "footer";
  // template rows: read like a person's rows (blank ones are skipped)
  /** An empty 年度总体目标 row of the template, imported only when a person filled it in. */
  public static final String TPL_GOAL = "tpl-goal";
  /** An empty indicator row of the template, imported only when a person filled it in. */
  public static final String TPL_IND = "tpl-ind";
  /** A note row of the template, imported only when a person filled it in. */
  public static final String TPL_NOTE = "tpl-note";
  /**
   * Instructions printed on the template: never imported. No row carries it today: the template's
   * instructions are on their own 填表说明 sheet, which the importer does not read as a form.
   */
  public static final String HELP = "help";
  // 附件1
  /** 附件1: the header row of 财政供养人员情况. */
  public static final String STAFF_HEAD = "staff-head";
  /** 附件1: the row of 编制数, 实际在职人数 and 控制率. */
  public static final String STAFF = "staff";
  /** 附件1: the header row of 经费控制情况. */
  public static final String CTRL_HEAD = "ctrl-head";
  /**
   * 附件1: a row of 经费控制情况; {@code d} its depth (0 at the top), {@code kind} its {@code ControlRowKind}
   * name, {@code id} the project id (may be empty).
   */
  public static final String CTRL = "ctrl";
  /** 附件1: the header row of 楼堂馆所控制情况. */
  public static final String BLD_HEAD = "bld-head";
  /** 附件1: a building project row. */
  public static final String BLD = "bld";
  /** 附件1: the blank row printed when 楼堂馆所控制情况 lists no building. */
  public static final String BLD_EMPTY = "bld-empty";
  /** 附件1: the 厉行节约保障措施 row. */
  public static final String SAVE = "save";

  private Tags() {}

  /**
   * A parsed tag.
   *
   * @param kind the row kind: the text between {@link #PREFIX} and the first ';', one of the constants
   *     above ({@link #IND})
   * @param attrs the attributes in written order; an attribute written without '=' has the value ""
   */
  public record Tag(String kind, Map<String, String> attrs) {
    /**
     * The value of an attribute, or {@code null} when absent.
     *
     * @param key the attribute's name ("l1")
     * @return its value, possibly empty; {@code null} when the tag does not have it
     */
    public @Nullable String get(String key) {
      return attrs.get(key);
    }

    /**
     * Whether the tag has the attribute (perhaps empty).
     *
     * @param key the attribute's name ("e")
     * @return {@code true} when the tag names it, with or without a value
     */
    public boolean has(String key) {
      return attrs.containsKey(key);
    }
  }

  /**
   * A tag's text: "jx:kind;k=v;…" (values must not contain ';' or '=').
   *
   * @param kind the row kind ({@link #FUNDS})
   * @param keyValues attribute names and values, alternating; an odd last one is ignored
   * @return the text for the hidden column
   */
  public static String of(String kind, String... keyValues) {
    StringBuilder sb = new StringBuilder(PREFIX).append(kind);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      sb.append(';').append(keyValues[i]).append('=').append(escape(keyValues[i + 1]));
    }
    return sb.toString();
  }

  /**
   * The tag in {@code text}, or {@code null} when it is not one.
   *
   * @param text a cell's text from the hidden column, or {@code null}
   * @return the parsed tag; {@code null} when {@code text} is {@code null} or lacks {@link #PREFIX}
   */
  public static @Nullable Tag parse(@Nullable String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      return null;
    }
    String[] parts = text.substring(PREFIX.length()).split(";", -1);
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        attrs.put(parts[i].substring(0, eq), unescape(parts[i].substring(eq + 1)));
      } else if (!parts[i].isEmpty()) {
        attrs.put(parts[i], "");
      }
    }
    return new Tag(parts[0], attrs);
  }

  /** A value with '%', ';' and '=' written as %25, %3B, %3D, so free text (a note) cannot break the tag. */
  private static String escape(String value) {
    if (value.indexOf('%') < 0 && value.indexOf(';') < 0 && value.indexOf('=') < 0) {
      return value;
    }
    return value.replace("%", "%25").replace(";", "%3B").replace("=", "%3D");
  }

  private static String unescape(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    return value.replace("%3B", ";").replace("%3D", "=").replace("%25", "%");
  }

  /**
   * An attribute value for {@link #of}: "" for null, else the text.
   *
   * @param o a value, or {@code null}
   * @return {@code o.toString()}, or "" for {@code null}
   */
  public static String str(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}

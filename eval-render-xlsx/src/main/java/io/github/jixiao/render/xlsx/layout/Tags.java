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
  /** The hidden column holding each row's tag: K, right of the printed table. */
  public static final int COLUMN = 10;
  public static final String PREFIX = "jx:";
  /** The second and further physical rows of a logical row split because it was too tall. */
  public static final String CONT = "jx:cont";

  // form sheets
  public static final String FORM = "form";
  public static final String TITLE = "title";
  public static final String NAME = "name";
  public static final String UNITS = "units";
  public static final String FUNDS_HEAD = "funds-head";
  public static final String FUNDS = "funds";
  public static final String SPLIT_HEAD = "split-head";
  public static final String SPLIT = "split";
  public static final String GOALS_HEAD = "goals-head";
  public static final String GOAL = "goal";
  public static final String IND_HEAD = "ind-head";
  public static final String IND = "ind";
  public static final String TOTAL = "total";
  public static final String NOTE = "note";
  public static final String FOOTER = "footer";
  // template rows: read like a person's rows (blank ones are skipped)
  public static final String TPL_GOAL = "tpl-goal";
  public static final String TPL_IND = "tpl-ind";
  public static final String TPL_NOTE = "tpl-note";
  /** Instructions printed on the template: never imported. */
  public static final String HELP = "help";
  // 附件1
  public static final String STAFF_HEAD = "staff-head";
  public static final String STAFF = "staff";
  public static final String CTRL_HEAD = "ctrl-head";
  public static final String CTRL = "ctrl";
  public static final String BLD_HEAD = "bld-head";
  public static final String BLD = "bld";
  public static final String BLD_EMPTY = "bld-empty";
  public static final String SAVE = "save";

  private Tags() {}

  /** A parsed tag. */
  public record Tag(String kind, Map<String, String> attrs) {
    /** The value of an attribute, or {@code null} when absent. */
    public @Nullable String get(String key) {
      return attrs.get(key);
    }

    /** Whether the tag has the attribute (perhaps empty). */
    public boolean has(String key) {
      return attrs.containsKey(key);
    }
  }

  /** "jx:kind;k=v;…" (values must not contain ';' or '='). */
  public static String of(String kind, String... keyValues) {
    StringBuilder sb = new StringBuilder(PREFIX).append(kind);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      sb.append(';').append(keyValues[i]).append('=').append(keyValues[i + 1]);
    }
    return sb.toString();
  }

  /** The tag in {@code text}, or {@code null} when it is not one. */
  public static @Nullable Tag parse(@Nullable String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      return null;
    }
    String[] parts = text.substring(PREFIX.length()).split(";", -1);
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        attrs.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
      } else if (!parts[i].isEmpty()) {
        attrs.put(parts[i], "");
      }
    }
    return new Tag(parts[0], attrs);
  }

  /** "" for null, else the text. */
  public static String str(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}

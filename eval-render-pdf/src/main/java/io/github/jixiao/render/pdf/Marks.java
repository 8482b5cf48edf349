package io.github.jixiao.render.pdf;

import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.Severity;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit findings of a package with the numbers of the request's {@link FindingIndex} (the
 * package's one numbering, the {@code "id"} of the score JSON), looked up by the JSON pointer of
 * the cell they are about ({@code /projectEvaluations/3/indicators/0/children/1/rows/0/score}).
 * Tables ask for the findings at each cell they draw and mark them (a coloured background and
 * the number in the cell's corner, linked to the entry in 审核意见).
 */
final class Marks {

  /** A finding with its number in 审核意见. */
  record Entry(int number, Finding finding) {
    String anchor() {
      return "jixiao-finding-" + number;
    }
  }

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byPointer = new HashMap<>();
  private final boolean inTables;

  private Marks(List<Entry> entries, boolean inTables) {
    this.entries = List.copyOf(entries);
    this.inTables = inTables;
    for (Entry e : entries) {
      byPointer.computeIfAbsent(e.finding().location().pointer(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The findings of the index, numbered as it numbers them; {@code inTables}: mark them in tables. */
  static Marks of(FindingIndex index, boolean inTables) {
    List<Entry> entries = new ArrayList<>();
    for (FindingIndex.Entry e : index.all()) {
      entries.add(new Entry(e.number(), e.finding()));
    }
    return new Marks(entries, inTables);
  }

  /** Every finding, in the order of their numbers. */
  List<Entry> all() {
    return entries;
  }

  /** Whether findings are marked in the tables (REPORTED mode with an evaluation). */
  boolean inTables() {
    return inTables;
  }

  /** The findings about exactly this pointer, when findings are marked in tables. */
  List<Entry> at(String pointer) {
    if (!inTables) {
      return List.of();
    }
    return byPointer.getOrDefault(pointer, List.of());
  }

  /** The findings about this pointer or anything inside it, when findings are marked in tables. */
  List<Entry> under(String pointer) {
    if (!inTables) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      String p = e.finding().location().pointer();
      if (p.equals(pointer) || p.startsWith(pointer + "/")) {
        out.add(e);
      }
    }
    return out;
  }

  /** Counts per severity, in severity order. */
  Map<Severity, Integer> counts() {
    Map<Severity, Integer> m = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    for (Entry e : entries) {
      m.merge(e.finding().severity(), 1, Integer::sum);
    }
    return m;
  }

  /** The most serious severity among the entries, or {@code null} when there are none. */
  static @Nullable Severity worst(List<Entry> list) {
    Severity worst = null;
    for (Entry e : list) {
      Severity s = e.finding().severity();
      if (worst == null || s.ordinal() < worst.ordinal()) {
        worst = s;
      }
    }
    return worst;
  }

  /** Cell background for a severity. */
  static Color background(Severity s) {
    return switch (s) {
      case ERROR -> new Color(0xF8, 0xCB, 0xCB);
      case WARNING -> new Color(0xFC, 0xE8, 0xB2);
      case INFO -> new Color(0xD6, 0xE6, 0xF5);
    };
  }

  /** Marker (text) colour for a severity. */
  static Color ink(Severity s) {
    return switch (s) {
      case ERROR -> new Color(0xB0, 0x00, 0x00);
      case WARNING -> new Color(0x8A, 0x4B, 0x00);
      case INFO -> new Color(0x1F, 0x4E, 0x79);
    };
  }
}

package io.github.jixiao.model.render;

import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The findings of an evaluation, numbered in document order and looked up by the JSON pointer of
 * the value they are about ({@code /projectEvaluations/3/indicators/0/children/1/rows/0/score}):
 * what a renderer needs to mark a cell and to list 审核意见. The numbers are the package's one
 * numbering, {@link PackageEvaluation#numbered()}: the same finding has the same number in the
 * PDF, the XLSX, the HTML and the score JSON ({@code "id"}). Immutable and thread-safe.
 *
 * <pre>{@code
 * FindingIndex findings = request.findings();
 * for (FindingIndex.Entry e : findings.at(pointer + "/score")) {
 *   mark(cell, e.number(), e.finding().severity());
 * }
 * }</pre>
 */
public final class FindingIndex {
  /**
   * A finding with its place in the index.
   *
   * @param number its id in the package's numbering ({@link PackageEvaluation#numbered()}), from 1
   * @param position its position in {@link PackageEvaluation#allFindings()}, from 0
   * @param finding the finding
   */
  public record Entry(int number, int position, Finding finding) {
    /**
     * The JSON pointer the finding is about.
     *
     * @return the finding's {@link io.github.jixiao.model.result.Location#pointer()}
     */
    public String pointer() {
      return finding.location().pointer();
    }
  }

  private static final FindingIndex EMPTY = new FindingIndex(List.of());

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byPointer = new HashMap<>();
  /** The same, in pointer order: the findings inside a pointer are a range of it. */
  private final java.util.NavigableMap<String, List<Entry>> sorted;

  private FindingIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      byPointer.computeIfAbsent(e.pointer(), k -> new ArrayList<>()).add(e);
    }
    byPointer.replaceAll((k, v) -> List.copyOf(v));
    sorted = new java.util.TreeMap<>(byPointer);
  }

  /**
   * The findings of the evaluation, numbered in document order; none without one.
   *
   * @param evaluation the evaluation, or {@code null}
   * @return the index; {@link #empty()} when {@code evaluation} is {@code null}
   */
  public static FindingIndex of(@Nullable PackageEvaluation evaluation) {
    if (evaluation == null) {
      return EMPTY;
    }
    List<Finding> all = evaluation.allFindings().toList();
    java.util.IdentityHashMap<Finding, Integer> positions = new java.util.IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      positions.putIfAbsent(all.get(i), i);
    }
    List<Entry> entries = new ArrayList<>(all.size());
    for (Finding f : evaluation.numbered()) {
      entries.add(new Entry(entries.size() + 1, positions.get(f), f));
    }
    return new FindingIndex(entries);
  }

  /**
   * An index with no finding, for a request without an evaluation.
   *
   * @return the shared empty index
   */
  public static FindingIndex empty() {
    return EMPTY;
  }

  /**
   * Every finding, in document order.
   *
   * @return the entries, numbered 1, 2, 3 … in this order; immutable
   */
  public List<Entry> all() {
    return entries;
  }

  /**
   * How many findings there are.
   *
   * @return the number of entries (the number of the last one)
   */
  public int size() {
    return entries.size();
  }

  /**
   * Whether there is no finding.
   *
   * @return {@code true} when the index is empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The findings about exactly this pointer, in document order: those to mark on one cell.
   *
   * @param pointer a JSON pointer into the package ({@code /projectEvaluations/3/reportedTotal})
   * @return the entries, empty when there is none; immutable
   */
  public List<Entry> at(String pointer) {
    return byPointer.getOrDefault(pointer, List.of());
  }

  /**
   * The findings about this pointer or anything inside it, in document order: those of one form,
   * one row or one report.
   *
   * @param pointer a JSON pointer into the package ({@code /projectEvaluations/3}); {@code ""} gives
   *     every finding
   * @return the entries, empty when there is none; unmodifiable
   */
  public List<Entry> under(String pointer) {
    // the pointers inside it sort between pointer + "/" and pointer + "0" ('0' follows '/'): a range
    // of the sorted index, not a scan of every finding (a renderer asks once per form)
    List<Entry> out = new ArrayList<>(at(pointer));
    for (List<Entry> inside : sorted.subMap(pointer + "/", true, pointer + "0", false).values()) {
      out.addAll(inside);
    }
    if (out.size() > 1) {
      out.sort(java.util.Comparator.comparingInt(Entry::number));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * How many findings of each severity, every severity present (0 when none), most serious first.
   *
   * @return an unmodifiable map from {@link Severity#ERROR}, {@link Severity#WARNING} and
   *     {@link Severity#INFO} (in this order) to their counts
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    for (Entry e : entries) {
      m.merge(e.finding().severity(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The most serious severity among these entries, if any: how to mark a cell with several findings.
   *
   * @param list entries, usually from {@link #at(String)} or {@link #under(String)}
   * @return the severity nearest {@link Severity#ERROR}, or empty when {@code list} is empty
   */
  public static Optional<Severity> worst(List<Entry> list) {
    Severity worst = null;
    for (Entry e : list) {
      Severity s = e.finding().severity();
      if (worst == null || s.ordinal() < worst.ordinal()) {
        worst = s;
      }
    }
    return Optional.ofNullable(worst);
  }
}

package io.github.jixiao.model.render;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What to render: the package, its evaluation (scores and findings, needed for {@link
 * RenderMode#COMPUTED} and for marking findings), the mode, the timestamp written into document
 * metadata, and renderer-specific options ({@code "pdf.font.body" → "/path/SimSun.ttf"}).
 *
 * <p>The timestamp makes output deterministic: the same request gives the same bytes. By default
 * it is derived from the package: 1 January of the year after the budget year, 00:00 UTC.
 *
 * @param pkg the package
 * @param evaluation its evaluation, or {@code null} (then nothing is marked and COMPUTED is refused)
 * @param mode what to show
 * @param timestamp the creation/modification time written into the document
 * @param options renderer-specific options, sorted by key
 */
public record RenderRequest(
    EvaluationPackage pkg,
    @Nullable PackageEvaluation evaluation,
    RenderMode mode,
    Instant timestamp,
    Map<String, String> options) {

  /**
   * Checks that {@code pkg}, {@code mode} and {@code timestamp} are present; the options are copied,
   * sorted by key ({@code null} means none).
   *
   * @param pkg the package, required
   * @param evaluation its evaluation, or {@code null}
   * @param mode what to show, required
   * @param timestamp the time written into the document, required
   * @param options renderer-specific options, or {@code null} for none
   * @throws IllegalArgumentException when {@code pkg}, {@code mode} or {@code timestamp} is {@code null}
   */
  public RenderRequest {
    if (pkg == null || mode == null || timestamp == null) {
      throw new IllegalArgumentException("pkg, mode and timestamp are required");
    }
    options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /**
   * A request with the default timestamp ({@link #defaultTimestamp(EvaluationPackage)}) and no options.
   *
   * @param pkg the package to render
   * @param evaluation its evaluation, or {@code null} (nothing is marked, COMPUTED is refused)
   * @param mode what to show
   * @return the request
   */
  public static RenderRequest of(EvaluationPackage pkg, @Nullable PackageEvaluation evaluation, RenderMode mode) {
    return new RenderRequest(pkg, evaluation, mode, defaultTimestamp(pkg), Map.of());
  }

  /**
   * The default timestamp: 1 January of the year after the package's budget year, 00:00 UTC, when
   * the year's self-evaluation is done. Never the clock, so output is reproducible.
   *
   * @param pkg the package
   * @return {@code <year + 1>-01-01T00:00:00Z}
   */
  public static Instant defaultTimestamp(EvaluationPackage pkg) {
    return LocalDateTime.of(pkg.year() + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * A copy with one more option, or with this option's value replaced.
   *
   * @param key the option's full key, namespaced by renderer id ({@code "pdf.font.body"})
   * @param value its value ({@code "/path/SimSun.ttf"})
   * @return the new request; this one is unchanged
   */
  public RenderRequest withOption(String key, String value) {
    Map<String, String> copy = new TreeMap<>(options);
    copy.put(key, value);
    return new RenderRequest(pkg, evaluation, mode, timestamp, copy);
  }

  /**
   * A copy with another timestamp.
   *
   * @param at the time to write into the document's metadata
   * @return the new request; this one is unchanged
   */
  public RenderRequest withTimestamp(Instant at) {
    return new RenderRequest(pkg, evaluation, mode, at, options);
  }

  /** The option that asks for report headings renumbered ({@link #renumbered()}). */
  public static final String RENUMBER = "renumber";

  /**
   * The same request asking renderers to renumber report headings 一、（一）1.（1） by depth
   * ({@code jixiao render --renumber}). Without it, every renderer prints headings exactly as
   * written; with it, each changed heading is what {@link io.github.jixiao.model.ReportNumbering}
   * gives, and the audit, asked the same, reports each change as an INFO finding.
   *
   * @return a request with the option {@value #RENUMBER} set to {@code "true"}
   */
  public RenderRequest withRenumbering() {
    return withOption(RENUMBER, "true");
  }

  /**
   * Whether report headings are renumbered; by default they are printed as written.
   *
   * @return {@code true} when the option {@value #RENUMBER} is {@code "true"}
   */
  public boolean renumbered() {
    return "true".equals(options.get(RENUMBER));
  }

  /**
   * Whether findings are shown: marks, colours, 审核意见 and counts. Never in
   * {@link RenderMode#SUBMISSION}, nor without an evaluation.
   *
   * @return {@code true} when the mode is not SUBMISSION and there is an evaluation
   */
  public boolean showsFindings() {
    return mode != RenderMode.SUBMISSION && evaluation != null;
  }

  /**
   * The option's value, if given.
   *
   * @param key the option's full key ({@code "pdf.font.body"})
   * @return the value, or empty when the request has no such option
   */
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /**
   * Refuses the options in a renderer's namespace ({@code "pdf."} for the renderer {@code "pdf"})
   * that it does not know: a misspelt option is a mistake to report, not something to ignore.
   * Options of other namespaces are left alone (one request may serve several renderers).
   *
   * @param rendererId the renderer's id, the namespace of its options
   * @param known the options the renderer knows (full keys, {@code "pdf.font.body"}); empty when it
   *     has none
   * @throws RenderException naming the unknown options and the known ones
   */
  public void rejectUnknownOptions(String rendererId, Set<String> known) throws RenderException {
    String prefix = rendererId + ".";
    TreeSet<String> unknown = new TreeSet<>();
    for (String key : options.keySet()) {
      if (key.startsWith(prefix) && !known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      String name = rendererId.toUpperCase(Locale.ROOT);
      throw new RenderException("未知的 " + name + " 选项 / unknown " + name + " option(s): " + String.join(", ", unknown)
          + (known.isEmpty() ? "; the " + name + " renderer has no options"
              : "; known: " + String.join(", ", new TreeSet<>(known))));
    }
  }

  /**
   * Refuses {@link RenderMode#COMPUTED} without an evaluation: computed scores cannot be shown
   * without the scores.
   *
   * @throws RenderException when the mode is COMPUTED and there is no evaluation
   */
  public void requireEvaluationForComputed() throws RenderException {
    if (mode == RenderMode.COMPUTED && evaluation == null) {
      throw new RenderException("按计算模式需要评分结果：请先评分 / COMPUTED mode needs the package's evaluation "
          + "(scores and findings): evaluate the package and pass the result in the request");
    }
  }

  /**
   * The evaluation's findings in the package's one numbering, found by pointer; none without an
   * evaluation, and none in {@link RenderMode#SUBMISSION}.
   *
   * @return a new index of the evaluation's findings (built on each call: keep it while rendering)
   */
  public FindingIndex findings() {
    return mode == RenderMode.SUBMISSION ? FindingIndex.empty() : FindingIndex.of(evaluation);
  }
}

package io.github.jixiao.model.render;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

  public RenderRequest {
    if (pkg == null || mode == null || timestamp == null) {
      throw new IllegalArgumentException("pkg, mode and timestamp are required");
    }
    options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** A request with the default timestamp and no options. */
  public static RenderRequest of(EvaluationPackage pkg, @Nullable PackageEvaluation evaluation, RenderMode mode) {
    return new RenderRequest(pkg, evaluation, mode, defaultTimestamp(pkg), Map.of());
  }

  /** 1 January of the year after the package's budget year, 00:00 UTC. */
  public static Instant defaultTimestamp(EvaluationPackage pkg) {
    return LocalDateTime.of(pkg.year() + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  }

  /** A copy with one more option. */
  public RenderRequest withOption(String key, String value) {
    Map<String, String> copy = new TreeMap<>(options);
    copy.put(key, value);
    return new RenderRequest(pkg, evaluation, mode, timestamp, copy);
  }

  /** A copy with another timestamp. */
  public RenderRequest withTimestamp(Instant at) {
    return new RenderRequest(pkg, evaluation, mode, at, options);
  }

  /** The option's value, if given. */
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}

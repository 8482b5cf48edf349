package io.github.jixiao.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.model.review.PackageReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code audit.json}: a season's whole result for scripts, and what the county outputs are
 * written again from. Pretty JSON, 2-space indent, {@code \n} line ends, fields in a fixed order,
 * amounts as plain decimals: the same season gives the same bytes.
 *
 * <pre>
 * {"format": "jixiao-audit/1", "settings": "…", "bureau": "…", "date": "2024-04-15",
 *  "replyBy": "2024-04-30", "summary": {…}, "packages": [{"source", "hash", "status", "failure",
 *  "department", "year", "profile", "forms": […], "items": […], "counts": {"TOTAL_MISMATCH": 2, …}}, …]}
 * </pre>
 */
public final class AuditJson {
  /** The format's name and version, the file's first field. */
  public static final String FORMAT = "jixiao-audit/1";

  /** Configured once and never changed: a constant, not state. */
  private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(100).build()).build())
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private AuditJson() {}

  /** The file as written: the season with its summary. */
  private record File(String format, String settings, String bureau, String date, String replyBy,
      Season.Summary summary, List<PackageReview> packages) {}

  /**
   * The season as {@code audit.json}.
   *
   * @param season the season
   * @return UTF-8 JSON ending with a newline
   */
  public static byte[] write(Season season) {
    File f = new File(FORMAT, season.settings(), season.bureau(), season.date().toString(),
        season.replyBy().toString(), season.summary(), season.packages());
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return (MAPPER.writer(printer).writeValueAsString(f) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a season is always writable as JSON", e);
    }
  }

  /** One package's result kept between runs: valid only under the same settings. */
  private record Entry(String format, String settings, PackageReview review) {}

  /**
   * One package's result as kept between runs (an incremental re-run reuses it when the input's
   * hash and the settings are unchanged).
   *
   * @param settings the settings' fingerprint it was audited under
   * @param review the result
   * @return UTF-8 JSON
   */
  public static byte[] writeEntry(String settings, PackageReview review) {
    try {
      return MAPPER.writeValueAsBytes(new Entry(FORMAT, settings, review));
    } catch (IOException e) {
      throw new IllegalStateException("a result is always writable as JSON", e);
    }
  }

  /**
   * Reads a kept result.
   *
   * @param bytes what {@link #writeEntry} wrote
   * @param settings the settings of this run
   * @return the result, or {@code null} when the bytes are not a kept result or were audited under other settings
   */
  public static @org.jspecify.annotations.Nullable PackageReview readEntry(byte[] bytes, String settings) {
    try {
      Entry e = MAPPER.readValue(bytes, Entry.class);
      return e != null && FORMAT.equals(e.format()) && settings.equals(e.settings()) ? e.review() : null;
    } catch (IOException | RuntimeException e) {
      return null; // damaged or from another version: audited again
    }
  }

  /**
   * Reads an {@code audit.json} this class wrote.
   *
   * @param bytes the file
   * @return the season (its summary is computed again, not read)
   * @throws IOException when it is not such a file: the message names the place and what was expected
   */
  public static Season read(byte[] bytes) throws IOException {
    File f;
    try {
      f = MAPPER.readValue(bytes, File.class);
    } catch (JsonMappingException e) {
      throw new IOException("not an audit.json of this version: " + e.getPathReference() + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IOException("not an audit.json (damaged JSON): " + e.getMessage(), e);
    }
    if (f == null || !FORMAT.equals(f.format())) {
      throw new IOException("not an audit.json of this version: /format is "
          + (f == null ? "missing" : f.format()) + ", expected " + FORMAT);
    }
    try {
      return new Season(f.settings(), f.bureau(), LocalDate.parse(f.date()), LocalDate.parse(f.replyBy()),
          f.packages() == null ? List.of() : f.packages());
    } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
      throw new IOException("not a complete audit.json: " + e.getMessage(), e);
    }
  }
}

package io.github.jixiao.model.review;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Grade;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the audit of one package leaves for the county review: one entry of {@code audit.json}.
 * It is a pure function of the package's input bytes and the profile, so a season can be split,
 * audited in parts anywhere, and merged.
 *
 * @param source the package's name in the season's folder: a file name ("住建局.docx") or a
 *     sub-folder's name ("住建局/") for a package of several files
 * @param hash the SHA-256 of the input (of every file of a sub-folder, by name), lowercase hex
 * @param status whether the package was audited
 * @param failure why it was not (the first problem, located), or {@code null} when it was
 * @param department the department as printed, or {@code null} when the package could not be read
 * @param year the year, or {@code null} when the package could not be read
 * @param profile the scoring profile's id, or {@code null} when it was not scored
 * @param forms the forms in package order (附件2 first, then 附件3-n)
 * @param items the ERROR and WARNING findings, in the package's numbering
 * @param counts how many findings of each code, every severity, in code order; codes with none are absent
 */
public record PackageReview(
    String source,
    String hash,
    Status status,
    @Nullable String failure,
    @Nullable String department,
    @Nullable Integer year,
    @Nullable String profile,
    List<ReviewForm> forms,
    List<ReviewItem> items,
    Map<FindingCode, Integer> counts) {

  /** Whether a package was audited. */
  public enum Status {
    /** Read, scored and audited (its findings may include errors). */
    OK,
    /** Not readable as a package: {@link #failure()} says why. */
    FAILED
  }

  /**
   * Checks the entry and copies its lists and counts.
   *
   * @param source the name in the folder
   * @param hash the input's SHA-256
   * @param status audited or failed
   * @param failure why it failed, or null
   * @param department the department, or null
   * @param year the year, or null
   * @param profile the profile, or null
   * @param forms the forms
   * @param items the ERROR and WARNING findings
   * @param counts findings per code
   */
  public PackageReview {
    if (source == null || hash == null || status == null) {
      throw new IllegalArgumentException("source, hash and status are required");
    }
    if ((status == Status.FAILED) != (failure != null)) {
      throw new IllegalArgumentException("a failed package says why, and only a failed one");
    }
    if (status == Status.OK && department == null) {
      throw new IllegalArgumentException("an audited package names its department");
    }
    forms = List.copyOf(forms);
    items = List.copyOf(items);
    EnumMap<FindingCode, Integer> sorted = new EnumMap<>(FindingCode.class);
    counts.forEach((code, n) -> {
      if (n != null && n > 0) {
        sorted.put(code, n);
      }
    });
    counts = Collections.unmodifiableMap(sorted);
  }

  /**
   * A package that could not be audited.
   *
   * @param source its name in the folder
   * @param hash its SHA-256
   * @param failure why, located
   * @return the entry
   */
  public static PackageReview failed(String source, String hash, String failure) {
    return new PackageReview(source, hash, Status.FAILED, failure, null, null, null, List.of(), List.of(), Map.of());
  }

  /**
   * Whether it was audited.
   *
   * @return {@code status() == OK}
   */
  public boolean ok() {
    return status == Status.OK;
  }

  /**
   * The forms whose total cannot be graded.
   *
   * @return those forms, in package order
   */
  public List<ReviewForm> notGradable() {
    return forms.stream().filter(f -> f.grade() == Grade.NOT_GRADABLE).toList();
  }

  /**
   * How many ERROR findings the package has.
   *
   * @return the ERROR items
   */
  public long errors() {
    return items.stream().filter(i -> i.severity() == io.github.jixiao.model.result.Severity.ERROR).count();
  }

  /**
   * How many WARNING findings the package has.
   *
   * @return the WARNING items
   */
  public long warnings() {
    return items.stream().filter(i -> i.severity() == io.github.jixiao.model.result.Severity.WARNING).count();
  }
}

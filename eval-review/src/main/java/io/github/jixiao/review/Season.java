package io.github.jixiao.review;

import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.review.CountyReview;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewForm;
import io.github.jixiao.model.review.ReviewLetter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A season's audit: every package's {@link PackageReview} in source order, and what the letters
 * and the county workbook are written with. Two seasons audited apart with the same settings
 * merge into the season one run would give ({@link #merge}): the county step is a merge of
 * results.
 *
 * @param settings a fingerprint of what decides a package's result besides its bytes (profiles,
 *     layouts, year): results are comparable, and reusable, only under equal settings
 * @param bureau the reviewing bureau as it signs
 * @param date the review's date (the letters' and the workbook's)
 * @param replyBy the date by which corrected forms are asked for
 * @param packages the packages, in source order (code point order of {@link PackageReview#source()}), each source once
 */
public record Season(String settings, String bureau, LocalDate date, LocalDate replyBy, List<PackageReview> packages) {
  /** Orders packages as a folder listing does, by code point. */
  public static final Comparator<PackageReview> SOURCE_ORDER = Comparator.comparing(PackageReview::source);

  /**
   * Checks the season, sorts its packages by source and refuses a source twice.
   *
   * @param settings the settings' fingerprint
   * @param bureau the bureau
   * @param date the date
   * @param replyBy the reply date
   * @param packages the packages, any order
   */
  public Season {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(bureau, "bureau");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(replyBy, "replyBy");
    List<PackageReview> sorted = new ArrayList<>(packages);
    sorted.sort(SOURCE_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).source().equals(sorted.get(i - 1).source())) {
        throw new IllegalArgumentException("the package " + sorted.get(i).source() + " is in the season twice");
      }
    }
    packages = List.copyOf(sorted);
  }

  /**
   * The season of two parts audited apart.
   *
   * @param other the other part
   * @return one season with the packages of both
   * @throws IllegalArgumentException when the parts were audited under other settings, for
   *     another bureau or date, or share a package
   */
  public Season merge(Season other) {
    if (!settings.equals(other.settings)) {
      throw new IllegalArgumentException("the parts were audited with other profiles, layouts or year (settings "
          + settings + " and " + other.settings + "): audit them again with the same options");
    }
    if (!bureau.equals(other.bureau) || !date.equals(other.date) || !replyBy.equals(other.replyBy)) {
      throw new IllegalArgumentException("the parts have other letter settings (--bureau, --date, --reply-by): "
          + bureau + " " + date + " " + replyBy + " and " + other.bureau + " " + other.date + " " + other.replyBy);
    }
    List<PackageReview> all = new ArrayList<>(packages);
    all.addAll(other.packages);
    return new Season(settings, bureau, date, replyBy, all);
  }

  /**
   * The county workbook's input.
   *
   * @return every package, with the bureau and date
   */
  public CountyReview county() {
    return new CountyReview(bureau, date, packages);
  }

  /**
   * One letter per department that has an audited package, departments in name order.
   *
   * @return the letters
   */
  public List<ReviewLetter> letters() {
    List<ReviewLetter> out = new ArrayList<>();
    county().byDepartment().forEach((department, list) ->
        out.add(new ReviewLetter(department, year(list), list, bureau, date, replyBy)));
    return List.copyOf(out);
  }

  private static int year(List<PackageReview> list) {
    return list.stream().map(PackageReview::year).filter(Objects::nonNull).findFirst().orElse(0);
  }

  /**
   * The season in figures.
   *
   * @return the counts
   */
  public Summary summary() {
    int audited = 0;
    int withErrors = 0;
    int forms = 0;
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      grades.put(g, 0);
    }
    Set<String> departments = new HashSet<>();
    for (PackageReview p : packages) {
      if (!p.ok()) {
        continue;
      }
      audited++;
      departments.add(p.department());
      withErrors += p.errors() > 0 ? 1 : 0;
      for (ReviewForm f : p.forms()) {
        forms++;
        grades.merge(f.grade(), 1, Integer::sum);
      }
    }
    // every finding, on a form or not (附件1, reports, the package), from the codes
    long all = packages.stream().filter(PackageReview::ok)
        .mapToLong(p -> p.counts().values().stream().mapToLong(Integer::longValue).sum()).sum();
    long errors = packages.stream().filter(PackageReview::ok).mapToLong(PackageReview::errors).sum();
    long warnings = packages.stream().filter(PackageReview::ok).mapToLong(PackageReview::warnings).sum();
    return new Summary(packages.size(), audited, packages.size() - audited, departments.size(), forms, withErrors,
        errors, warnings, all - errors - warnings, Collections.unmodifiableMap(grades));
  }

  /**
   * A season in figures.
   *
   * @param packages packages received
   * @param audited packages audited
   * @param failed packages that could not be read
   * @param departments departments with an audited package
   * @param forms forms audited
   * @param packagesWithErrors audited packages with at least one ERROR finding
   * @param errors ERROR findings
   * @param warnings WARNING findings
   * @param infos INFO findings
   * @param grades forms per grade of the computed total, every grade listed
   */
  public record Summary(int packages, int audited, int failed, int departments, int forms, int packagesWithErrors,
      long errors, long warnings, long infos, Map<Grade, Integer> grades) {
    /**
     * Copies the grades in grade order.
     *
     * @param packages packages received
     * @param audited packages audited
     * @param failed packages failed
     * @param departments departments
     * @param forms forms
     * @param packagesWithErrors packages with errors
     * @param errors ERROR findings
     * @param warnings WARNING findings
     * @param infos INFO findings
     * @param grades forms per grade
     */
    public Summary {
      EnumMap<Grade, Integer> g = new EnumMap<>(Grade.class);
      g.putAll(grades);
      grades = Collections.unmodifiableMap(g);
    }
  }
}

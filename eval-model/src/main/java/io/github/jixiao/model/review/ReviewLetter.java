package io.github.jixiao.model.review;

import java.time.LocalDate;
import java.util.List;

/**
 * One department's review letter (审核意见书): the packages it sent this season and what the
 * bureau asks it to correct. Written as DOCX (editable) and PDF.
 *
 * <p>What the letter prints: the bureau's heading and the department as addressee; the year and
 * the packages received (their {@link PackageReview#source()} names); per package, a table of its
 * {@link PackageReview#items()} (number, severity, form, the cell as printed, what the rules give,
 * what to correct) and the forms whose totals are not gradable ({@link PackageReview#notGradable()});
 * a closing paragraph asking for corrected forms by {@link #replyBy()}; the bureau's signature
 * block with {@link #date()}.
 *
 * @param department the department as printed on its forms
 * @param year the year of the forms
 * @param packages its audited packages, in folder order (at least one)
 * @param bureau the reviewing bureau as it signs ("汨罗市财政局")
 * @param date the letter's date (also the documents' timestamp, so the bytes are stable)
 * @param replyBy the date by which corrected forms are to be sent
 */
public record ReviewLetter(
    String department, int year, List<PackageReview> packages, String bureau, LocalDate date, LocalDate replyBy) {
  /**
   * Checks the letter and copies its packages.
   *
   * @param department the department
   * @param year the year
   * @param packages the packages, at least one, all audited
   * @param bureau the bureau
   * @param date the date
   * @param replyBy the reply date
   */
  public ReviewLetter {
    if (department == null || packages == null || bureau == null || date == null || replyBy == null) {
      throw new IllegalArgumentException("department, packages, bureau, date and replyBy are required");
    }
    packages = List.copyOf(packages);
    if (packages.isEmpty() || packages.stream().anyMatch(p -> !p.ok())) {
      throw new IllegalArgumentException("a letter is about at least one audited package");
    }
  }

  /**
   * How many ERROR findings the letter lists.
   *
   * @return the sum over its packages
   */
  public long errors() {
    return packages.stream().mapToLong(PackageReview::errors).sum();
  }

  /**
   * How many WARNING findings the letter lists.
   *
   * @return the sum over its packages
   */
  public long warnings() {
    return packages.stream().mapToLong(PackageReview::warnings).sum();
  }
}

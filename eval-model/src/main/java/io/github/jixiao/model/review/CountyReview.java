package io.github.jixiao.model.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A county's season of submissions, audited: the input of the county workbook (县级汇总.xlsx).
 *
 * @param bureau the reviewing bureau ("汨罗市财政局")
 * @param date the review's date (also the workbook's timestamp, so the bytes are stable)
 * @param packages every package of the season, audited or failed, in folder order
 */
public record CountyReview(String bureau, LocalDate date, List<PackageReview> packages) {
  /**
   * Checks the review and copies its packages.
   *
   * @param bureau the bureau
   * @param date the date
   * @param packages the packages
   */
  public CountyReview {
    if (bureau == null || date == null || packages == null) {
      throw new IllegalArgumentException("bureau, date and packages are required");
    }
    packages = List.copyOf(packages);
  }

  /**
   * The audited packages by department, departments in name order (code point order), each
   * department's packages in folder order.
   *
   * @return department → its audited packages; failed packages are in none
   */
  public Map<String, List<PackageReview>> byDepartment() {
    Map<String, List<PackageReview>> m = new TreeMap<>();
    for (PackageReview p : packages) {
      if (p.ok()) {
        m.computeIfAbsent(p.department(), k -> new java.util.ArrayList<>()).add(p);
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The packages that could not be audited.
   *
   * @return them, in folder order
   */
  public List<PackageReview> failed() {
    return packages.stream().filter(p -> !p.ok()).toList();
  }
}

package io.github.jixiao.model.review;

import io.github.jixiao.model.result.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
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

  // ------------------------------------------------------------------ the letter's wording, for every format

  /** The columns of a package's table of findings. */
  public static final List<String> COLUMNS = List.of("序号", "类别", "表格/材料", "位置", "填报值", "按规则应为", "修改意见");

  /**
   * The title.
   *
   * @return "2023年度部门预算绩效自评审核意见书"
   */
  public String title() {
    return year + "年度部门预算绩效自评审核意见书";
  }

  /**
   * The addressee line.
   *
   * @return "{department}："
   */
  public String salutation() {
    return department + "：";
  }

  /**
   * The opening paragraph: what was received and whether anything was found.
   *
   * @return "你单位报送的2023年度预算绩效自评材料（共 2 份：a.docx、b.xlsx）已收悉。经审核，发现以下问题："
   */
  public String opening() {
    List<String> names = packages.stream().map(PackageReview::source).toList();
    return "你单位报送的" + year + "年度预算绩效自评材料（共 " + names.size() + " 份：" + String.join("、", names)
        + "）已收悉。经审核，" + (errors() + warnings() == 0 ? "未发现需要更正的问题。" : "发现以下问题：");
  }

  /**
   * The count of what the tables list.
   *
   * @return "共发现错误 3 处、提示 2 处。"
   */
  public String tally() {
    return "共发现错误 " + errors() + " 处、提示 " + warnings() + " 处。";
  }

  /**
   * A package's heading, printed when the letter covers more than one package.
   *
   * @param p one of the letter's packages
   * @return "（一）a.docx" numbered by the package's place in the letter
   */
  public String heading(PackageReview p) {
    int i = packages.indexOf(p);
    return "（" + chineseNumber(i + 1) + "）" + p.source();
  }

  /**
   * A row of a package's table, in {@link #COLUMNS} order.
   *
   * @param item the finding
   * @return number, 错误/提示, form, place (without the form's 附件 label the form column gives), what was printed ("（未填）" when nothing), what the rules give ("—" when no single value), what to correct
   */
  public static List<String> row(ReviewItem item) {
    List<String> r = new ArrayList<>(7);
    r.add(Integer.toString(item.number()));
    r.add(item.severity() == Severity.ERROR ? "错误" : "提示");
    r.add(item.form());
    // the place without the form's label the column before already gives ("附件2 总分" → "总分")
    String label = item.form().split(" ", 2)[0];
    String place = item.place();
    r.add(place.startsWith(label + " ") && label.startsWith("附件") ? place.substring(label.length() + 1) : place);
    r.add(item.printed() == null || item.printed().isBlank() ? "（未填）" : item.printed());
    r.add(item.expected() == null || item.expected().isBlank() ? "—" : item.expected());
    r.add(item.correction());
    return List.copyOf(r);
  }

  /**
   * What a package's table is replaced by when it has no finding to list.
   *
   * @return "未发现需要更正的错误。"
   */
  public static String nothingFound() {
    return "未发现需要更正的错误。";
  }

  /**
   * The sentence on a package's forms whose totals cannot be graded, or {@code null} when there are none.
   *
   * @param p one of the letter's packages
   * @return "以下表格总分无法评级，请补充完整后重新报送：附件2 XX、附件3-3 YY。"
   */
  public static @org.jspecify.annotations.Nullable String notGradable(PackageReview p) {
    List<String> forms = p.notGradable().stream().map(f -> "附件" + f.form() + " " + f.name()).toList();
    return forms.isEmpty() ? null : "以下表格总分无法评级，请补充完整后重新报送：" + String.join("、", forms) + "。";
  }

  /**
   * The closing paragraph: corrected forms asked for by {@link #replyBy()} when there is an
   * error, else that none was found.
   *
   * @return the paragraph
   */
  public String closing() {
    if (errors() > 0) {
      return "请于" + chineseDate(replyBy) + "前将更正后的自评材料报送我局。逾期未报送的，按原材料认定。";
    }
    return "经审核，你单位自评材料未发现错误" + (warnings() > 0 ? "，以上提示供参考。" : "。");
  }

  /**
   * The date under the bureau's name.
   *
   * @return "2024年4月15日"
   */
  public String signedOn() {
    return chineseDate(date);
  }

  /**
   * A date as official documents print it.
   *
   * @param d the date
   * @return "2024年4月15日" (no leading zeros)
   */
  public static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String chineseNumber(int n) {
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) {
      return digits[n];
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
    if (n < 100) {
      return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
    return Integer.toString(n);
  }
}

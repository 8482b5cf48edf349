package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.review.CountyReview;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewForm;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The county workbook (县级汇总.xlsx) of a season's review, written with the workbook writer of
 * this module:
 *
 * <ul>
 *   <li>{@value #RANKING}: every form of every audited package ranked by its computed total
 *       (ties share a rank; then by department, package and form), with budget, spending,
 *       execution rate, printed and computed totals, grade and its errors and warnings; header
 *       frozen, filter on;
 *   <li>{@value #STATISTICS}: the grade distribution and the findings by code, each with a column
 *       chart; the execution rate distribution; the findings by department; the departments
 *       ranked by errors per form; the packages that could not be audited, with why;
 *   <li>one sheet per department (its name made a valid sheet name, {@link SheetName#safe}): its
 *       packages, its forms as ranked above, and its findings by code.
 * </ul>
 *
 * <p>Amounts in 万元 (as the review gives them), rates as percentages, scores to 2 decimals.
 * Deterministic: the same review gives the same bytes (its date is the workbook's timestamp).
 */
public final class CountyWorkbook {
  /** The ranking sheet's name. */
  public static final String RANKING = "县汇总";
  /** The statistics sheet's name. */
  public static final String STATISTICS = "统计";

  static final String[] HEADS = {"名次", "部门", "材料", "表格", "项目/单位名称", "预算数（万元）", "执行数（万元）",
    "执行率", "填报总分", "计算总分", "等级", "错误", "提示"};
  private static final double[] WIDTHS = {6, 26, 24, 9, 30, 12, 12, 9, 9, 9, 9, 6, 6};
  /** The execution rate bands of the distribution, highest first; rates in fractions. */
  static final String[] BANDS = {"100%及以上", "90%–100%", "80%–90%", "60%–80%", "60%以下", "无法计算"};

  private CountyWorkbook() {}

  /** A form with its package, in ranking order. */
  private record Ranked(int rank, PackageReview pkg, ReviewForm form) {}

  /**
   * Writes the workbook.
   *
   * @param review the season's review
   * @param out where the .xlsx goes; not closed
   * @throws IOException when {@code out} or a temporary file cannot be written
   */
  public static void write(CountyReview review, OutputStream out) throws IOException {
    XmlWorkbook wb = new XmlWorkbook();
    try {
      String title = review.bureau() + " " + years(review) + "部门预算绩效自评审核汇总";
      List<Ranked> ranked = ranked(review.packages());
      ranking(wb.streamingSheet(RANKING), wb.styles, title + "（按计算总分排名）", ranked);
      statistics(wb.sheet(STATISTICS), wb.styles, title + "（统计）", review, ranked);
      Set<String> taken = new HashSet<>();
      taken.add(RANKING.toLowerCase(java.util.Locale.ROOT));
      taken.add(STATISTICS.toLowerCase(java.util.Locale.ROOT));
      // each department's forms in the county's ranking order, with the county's ranks
      Map<String, List<Ranked>> byDepartment = new java.util.HashMap<>();
      ranked.forEach(x -> byDepartment.computeIfAbsent(x.pkg().department(), k -> new ArrayList<>()).add(x));
      for (Map.Entry<String, List<PackageReview>> d : review.byDepartment().entrySet()) {
        department(wb.sheet(SheetName.safe(d.getKey(), taken)), wb.styles, d.getKey(), d.getValue(),
            byDepartment.getOrDefault(d.getKey(), List.of()));
      }
      wb.title(title);
      wb.write(out, review.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    } finally {
      wb.discard();
    }
  }

  /** "2023年度" or "2022—2023年度" (the years of the audited packages), "" when none. */
  private static String years(CountyReview review) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (PackageReview p : review.packages()) {
      if (p.year() != null) {
        min = Math.min(min, p.year());
        max = Math.max(max, p.year());
      }
    }
    return min > max ? "" : min == max ? min + "年度" : min + "—" + max + "年度";
  }

  /** Every form of the audited packages by computed total, highest first; ties share the rank. */
  static List<Ranked> ranked(List<PackageReview> packages) {
    List<Ranked> all = new ArrayList<>();
    for (PackageReview p : packages) {
      if (p.ok()) {
        for (ReviewForm f : p.forms()) {
          all.add(new Ranked(0, p, f));
        }
      }
    }
    // forms whose total cannot be graded (weights not adding up, a total above the maximum) are
    // listed last and not ranked: their computed total is no score to compare
    all.sort(Comparator.comparing((Ranked r) -> r.form().grade() == Grade.NOT_GRADABLE)
        .thenComparing(r -> r.form().computedTotal(), Comparator.reverseOrder())
        .thenComparing(r -> String.valueOf(r.pkg().department()))
        .thenComparing(r -> r.pkg().source())
        .thenComparing(r -> r.form().form(), CountyWorkbook::byLabel));
    List<Ranked> out = new ArrayList<>(all.size());
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < all.size(); i++) {
      Ranked r = all.get(i);
      if (r.form().grade() == Grade.NOT_GRADABLE) {
        out.add(new Ranked(0, r.pkg(), r.form()));
        continue;
      }
      if (previous == null || r.form().computedTotal().compareTo(previous) != 0) {
        rank = i + 1;
        previous = r.form().computedTotal();
      }
      out.add(new Ranked(rank, r.pkg(), r.form()));
    }
    return out;
  }

  /** Form labels in printed order: "2" before "3-2" before "3-10". */
  static int byLabel(String a, String b) {
    String[] x = a.split("-");
    String[] y = b.split("-");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
          ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  // ------------------------------------------------------------------ 县汇总

  private static void ranking(XmlSheet sheet, Styles styles, String title, List<Ranked> ranked) throws IOException {
    titleAndHeads(sheet, styles, title, HEADS);
    int r = 2;
    for (Ranked x : ranked) {
      formRow(sheet.row(r++), styles, x, true);
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, Math.max(1, r - 1));
  }

  private static void titleAndHeads(XmlSheet sheet, Styles styles, String title, String[] heads) throws IOException {
    sheet.row(0).height(30).cell(0).text(title).style(styles.get(Style.TITLE.h(Style.Horizontal.LEFT).wrap(false)));
    XmlSheet.Row h = sheet.row(1).height(30);
    for (int k = 0; k < heads.length; k++) {
      h.cell(k).text(heads[k]).style(styles.get(Style.HEAD));
    }
  }

  /** A form's row in {@link #HEADS} order ({@code rank}: with its rank, else the first column blank). */
  private static void formRow(XmlSheet.Row row, Styles styles, Ranked x, boolean rank) {
    ReviewForm f = x.form();
    double height = Math.max(TextMetrics.height(f.name(), WIDTHS[4], Style.Font.BODY.points, true),
        Math.max(TextMetrics.height(x.pkg().source(), WIDTHS[2], Style.Font.BODY.points, true),
            TextMetrics.height(String.valueOf(x.pkg().department()), WIDTHS[1], Style.Font.BODY.points, true)));
    row.height((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS, height)));
    if (rank && x.rank() > 0) {
      row.cell(0).number(x.rank()).style(styles.get(Style.NUMBER.h(Style.Horizontal.CENTER)));
    } else {
      FindingsSheet.cell(row, 0, rank ? "—" : null, styles.get(Style.TABLE));
    }
    FindingsSheet.cell(row, 1, x.pkg().department(), styles.get(Style.TABLE_LEFT));
    FindingsSheet.cell(row, 2, x.pkg().source(), styles.get(Style.TABLE_LEFT));
    FindingsSheet.cell(row, 3, "附件" + f.form(), styles.get(Style.TABLE));
    FindingsSheet.cell(row, 4, f.name(), styles.get(Style.TABLE_LEFT));
    number(row, 5, f.budget(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
    number(row, 6, f.executed(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
    number(row, 7, f.executionRate(), styles.get(Style.NUMBER.format(FormLayout.PERCENT)));
    String printed = f.reportedTotal();
    BigDecimal printedNumber = printed == null ? null : decimal(printed);
    if (printedNumber != null) {
      number(row, 8, printedNumber, styles.get(Values.numberStyle(Style.NUMBER, printedNumber)));
    } else {
      FindingsSheet.cell(row, 8, printed, styles.get(Style.TABLE));
    }
    number(row, 9, f.computedTotal(), styles.get(Style.NUMBER.format(FormLayout.MONEY)));
    FindingsSheet.cell(row, 10, grade(f.grade()), styles.get(Style.TABLE.fill(XlsxSummary.GRADE_FILLS[f.grade().ordinal()])));
    row.cell(11).number(f.errors()).style(styles.get(f.errors() > 0 ? Style.NUMBER.fill(XlsxSummary.ERROR_FILL)
        : Style.NUMBER));
    row.cell(12).number(f.warnings()).style(styles.get(Style.NUMBER));
  }

  private static @Nullable BigDecimal decimal(String s) {
    try {
      return s.length() > 30 ? null : new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String grade(Grade g) {
    return g == Grade.NOT_GRADABLE ? "无法评级" : g.chinese();
  }

  private static void number(XmlSheet.Row row, int col, @Nullable BigDecimal value, int style) {
    XmlSheet.Cell c = row.cell(col).style(style);
    if (value != null) {
      c.number(value.doubleValue());
    }
  }

  // ------------------------------------------------------------------ 统计

  private static void statistics(XmlSheet sheet, Styles styles, String title, CountyReview review, List<Ranked> ranked)
      throws IOException {
    sheet.row(0).height(30).cell(0).text(title).style(styles.get(Style.TITLE.h(Style.Horizontal.LEFT).wrap(false)));
    int total = ranked.size();
    int r = 2;
    // grade distribution, with its chart beside it
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      grades.put(g, 0);
    }
    ranked.forEach(x -> grades.merge(x.form().grade(), 1, Integer::sum));
    int gradeTop = r;
    r = block(sheet, styles, r, "一、等级分布（按计算总分）", new String[] {"等级", "表格数", "占比"});
    List<String> gradeNames = new ArrayList<>();
    List<Integer> gradeCounts = new ArrayList<>();
    for (Grade g : Grade.values()) {
      gradeNames.add(grade(g));
      gradeCounts.add(grades.get(g));
      share(sheet.row(r++), styles, grade(g), grades.get(g), total);
    }
    sheet.chart(new XmlSheet.Chart("等级分布", "表格数", range(gradeTop + 2, r - 1, 0), range(gradeTop + 2, r - 1, 1),
        gradeNames, gradeCounts, 7, gradeTop, 14, gradeTop + 16));
    r = Math.max(r + 1, gradeTop + 18);
    // execution rate distribution
    int[] bands = new int[BANDS.length];
    ranked.forEach(x -> bands[band(x.form().executionRate())]++);
    r = block(sheet, styles, r, "二、预算执行率分布", new String[] {"执行率", "表格数", "占比"});
    for (int b = 0; b < BANDS.length; b++) {
      share(sheet.row(r++), styles, BANDS[b], bands[b], total);
    }
    r++;
    // findings by code, with its chart
    Map<FindingCode, int[]> codes = new EnumMap<>(FindingCode.class);
    for (PackageReview p : review.packages()) {
      p.counts().forEach((code, n) -> {
        int[] c = codes.computeIfAbsent(code, k -> new int[2]);
        c[0] += n;
        c[1]++;
      });
    }
    List<Map.Entry<FindingCode, int[]>> byCount = new ArrayList<>(codes.entrySet());
    byCount.sort(Comparator.comparing((Map.Entry<FindingCode, int[]> e) -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey));
    int codeTop = r;
    r = block(sheet, styles, r, "三、问题按类型", new String[] {"问题类型", "代码", "次数", "涉及材料数"});
    List<String> codeNames = new ArrayList<>();
    List<Integer> codeCounts = new ArrayList<>();
    for (Map.Entry<FindingCode, int[]> e : byCount) {
      XmlSheet.Row row = sheet.row(r++);
      FindingsSheet.cell(row, 0, e.getKey().nameZh(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 1, e.getKey().name(), styles.get(Style.TABLE_LEFT));
      row.cell(2).number(e.getValue()[0]).style(styles.get(Style.NUMBER));
      row.cell(3).number(e.getValue()[1]).style(styles.get(Style.NUMBER));
      codeNames.add(e.getKey().nameZh());
      codeCounts.add(e.getValue()[0]);
    }
    if (!byCount.isEmpty()) {
      sheet.chart(new XmlSheet.Chart("问题按类型", "次数", range(codeTop + 2, r - 1, 0), range(codeTop + 2, r - 1, 2),
          codeNames, codeCounts, 7, codeTop, 17, codeTop + 20));
    }
    r = Math.max(r + 1, codeTop + 22);
    // findings by department, and departments ranked by errors per form
    r = block(sheet, styles, r, "四、问题按部门", new String[] {"部门", "材料数", "表格数", "错误", "提示", "信息"});
    List<String[]> perForm = new ArrayList<>();
    for (Map.Entry<String, List<PackageReview>> d : review.byDepartment().entrySet()) {
      long[] n = counts(d.getValue());
      XmlSheet.Row row = sheet.row(r++);
      FindingsSheet.cell(row, 0, d.getKey(), styles.get(Style.TABLE_LEFT));
      for (int k = 0; k < 5; k++) {
        row.cell(k + 1).number(n[k]).style(styles.get(Style.NUMBER));
      }
      BigDecimal rate = n[1] == 0 ? BigDecimal.ZERO
          : BigDecimal.valueOf(n[2]).divide(BigDecimal.valueOf(n[1]), 2, RoundingMode.HALF_UP);
      perForm.add(new String[] {d.getKey(), Long.toString(n[0]), Long.toString(n[1]), Long.toString(n[2]),
          rate.toPlainString()});
    }
    r++;
    perForm.sort(Comparator.comparing((String[] a) -> new BigDecimal(a[4]), Comparator.reverseOrder())
        .thenComparing(a -> a[0]));
    r = block(sheet, styles, r, "五、部门按每表错误数排名", new String[] {"名次", "部门", "材料数", "表格数", "错误", "每表错误"});
    int rank = 0;
    String previous = null;
    for (int i = 0; i < perForm.size(); i++) {
      String[] a = perForm.get(i);
      if (!a[4].equals(previous)) {
        rank = i + 1;
        previous = a[4];
      }
      XmlSheet.Row row = sheet.row(r++);
      row.cell(0).number(rank).style(styles.get(Style.NUMBER.h(Style.Horizontal.CENTER)));
      FindingsSheet.cell(row, 1, a[0], styles.get(Style.TABLE_LEFT));
      for (int k = 2; k <= 4; k++) {
        row.cell(k).number(Long.parseLong(a[k - 1])).style(styles.get(Style.NUMBER));
      }
      row.cell(5).number(Double.parseDouble(a[4])).style(styles.get(Style.NUMBER.format(FormLayout.MONEY)));
    }
    List<PackageReview> failed = review.failed();
    if (!failed.isEmpty()) {
      r++;
      r = block(sheet, styles, r, "六、未能审核的材料", new String[] {"材料", "原因"});
      for (PackageReview p : failed) {
        XmlSheet.Row row = sheet.row(r++);
        String why = String.valueOf(p.failure());
        row.height((float) Math.min(409, Math.max(TextMetrics.MIN_ROW_POINTS,
            TextMetrics.height(why, 60, Style.Font.BODY.points, true))));
        FindingsSheet.cell(row, 0, p.source(), styles.get(Style.TABLE_LEFT));
        FindingsSheet.cell(row, 1, why, styles.get(Style.TABLE_LEFT));
        sheet.merge(row.index, row.index, 1, 5);
      }
    }
    double[] widths = {26, 30, 10, 10, 10, 10};
    for (int k = 0; k < widths.length; k++) {
      sheet.columnWidth(k, widths[k]);
    }
    sheet.freezeRows(1);
    GridWriter.printSetup(sheet, 14, Math.max(1, r - 1), 1, true);
  }

  /** A block's heading row and its column heads; the next row. */
  private static int block(XmlSheet sheet, Styles styles, int r, String heading, String[] heads) throws IOException {
    sheet.row(r).height(22).cell(0).text(heading).style(styles.get(Style.LABEL));
    XmlSheet.Row h = sheet.row(r + 1).height(22);
    for (int k = 0; k < heads.length; k++) {
      h.cell(k).text(heads[k]).style(styles.get(Style.HEAD));
    }
    return r + 2;
  }

  private static void share(XmlSheet.Row row, Styles styles, String label, int n, int total) {
    FindingsSheet.cell(row, 0, label, styles.get(Style.TABLE));
    row.cell(1).number(n).style(styles.get(Style.NUMBER));
    BigDecimal share = total == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    row.cell(2).number(share.doubleValue()).style(styles.get(Style.NUMBER.format(FormLayout.PERCENT)));
  }

  /** The band of an execution rate (a fraction), {@link #BANDS} order. */
  static int band(@Nullable BigDecimal rate) {
    if (rate == null) {
      return 5;
    }
    if (rate.compareTo(BigDecimal.ONE) >= 0) {
      return 0;
    }
    if (rate.compareTo(new BigDecimal("0.9")) >= 0) {
      return 1;
    }
    if (rate.compareTo(new BigDecimal("0.8")) >= 0) {
      return 2;
    }
    return rate.compareTo(new BigDecimal("0.6")) >= 0 ? 3 : 4;
  }

  /** Packages, forms, ERROR, WARNING and INFO findings of a department's packages. */
  private static long[] counts(List<PackageReview> packages) {
    long[] n = new long[5];
    for (PackageReview p : packages) {
      n[0]++;
      n[1] += p.forms().size();
      long errors = p.errors();
      long warnings = p.warnings();
      n[2] += errors;
      n[3] += warnings;
      n[4] += p.counts().values().stream().mapToLong(Integer::longValue).sum() - errors - warnings;
    }
    return n;
  }

  /** An absolute range of the statistics sheet's column, rows zero-based: '统计'!$A$4:$A$8. */
  private static String range(int firstRow, int lastRow, int col) {
    String c = XmlWorkbook.column(col);
    return SheetName.inFormula(STATISTICS) + "!$" + c + "$" + (firstRow + 1) + ":$" + c + "$" + (lastRow + 1);
  }

  // ------------------------------------------------------------------ a department's sheet

  private static void department(XmlSheet sheet, Styles styles, String department, List<PackageReview> packages,
      List<Ranked> ranked) throws IOException {
    // ranked: the department's forms, in the county's ranking order with the county's ranks
    titleAndHeads(sheet, styles, department + "（" + packages.size() + " 份材料）", HEADS);
    int r = 2;
    for (Ranked x : ranked) {
      formRow(sheet.row(r++), styles, x, true);
    }
    int last = r - 1;
    long[] n = counts(packages);
    XmlSheet.Row sum = sheet.row(r++).height((float) TextMetrics.MIN_ROW_POINTS);
    sum.cell(0).text(XlsxSummary.TOTAL).style(styles.get(Style.HEAD));
    for (int col = 1; col < 11; col++) {
      sum.cell(col).style(styles.get(Style.HEAD));
    }
    FindingsSheet.cell(sum, 3, n[1] + " 张表", styles.get(Style.HEAD));
    sum.cell(11).number(n[2]).style(styles.get(Style.NUMBER.font(Style.Font.BOLD)));
    sum.cell(12).number(n[3]).style(styles.get(Style.NUMBER.font(Style.Font.BOLD)));
    r++;
    Map<FindingCode, Integer> codes = new TreeMap<>();
    packages.forEach(p -> p.counts().forEach((c, k) -> codes.merge(c, k, Integer::sum)));
    r = block(sheet, styles, r, "问题按类型", new String[] {"问题类型", "代码", "次数"});
    for (Map.Entry<FindingCode, Integer> e : codes.entrySet()) {
      XmlSheet.Row row = sheet.row(r++);
      FindingsSheet.cell(row, 0, e.getKey().nameZh(), styles.get(Style.TABLE_LEFT));
      FindingsSheet.cell(row, 1, e.getKey().name(), styles.get(Style.TABLE_LEFT));
      row.cell(2).number(e.getValue()).style(styles.get(Style.NUMBER));
    }
    GridWriter.finishListing(sheet, WIDTHS, HEADS.length, Math.max(1, last), r - 1);
  }
}

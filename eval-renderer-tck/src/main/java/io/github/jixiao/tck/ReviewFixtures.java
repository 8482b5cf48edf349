package io.github.jixiao.tck;

import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.model.review.CountyReview;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewForm;
import io.github.jixiao.model.review.ReviewItem;
import io.github.jixiao.model.review.ReviewLetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small county season for the tests of the review's writers (letters, county workbook): two
 * departments, one with two packages, real findings of the 2023 汨罗市住房和城乡建设局 package
 * (附件2's total 99 against 109, 附件3-11's score above its weight …), a form whose total cannot be
 * graded, a tie in the ranking and a package that could not be read.
 */
public final class ReviewFixtures {
  /** The letters' and the workbook's date. */
  public static final LocalDate DATE = LocalDate.of(2024, 4, 15);
  /** The reply date. */
  public static final LocalDate REPLY_BY = LocalDate.of(2024, 4, 30);
  /** The bureau. */
  public static final String BUREAU = "汨罗市财政局";

  private ReviewFixtures() {}

  private static ReviewForm form(String label, String name, String total, Grade grade, int errors, int warnings,
      String rate) {
    return new ReviewForm(label, name, label.equals("2"), new BigDecimal("20"), new BigDecimal("18.5"),
        rate == null ? null : new BigDecimal(rate), "99", new BigDecimal(total), grade, errors, warnings, 1);
  }

  /**
   * The season's packages: 住建局.docx (汨罗市住房和城乡建设局), 住建局补充.xlsx (the same department),
   * 水利局.json (平江县水利局, nothing to correct) and 坏.docx (unreadable).
   *
   * @return the packages, in folder order
   */
  public static List<PackageReview> packages() {
    PackageReview housing = new PackageReview("住建局.docx", "a1", PackageReview.Status.OK, null, "汨罗市住房和城乡建设局",
        2023, "hunan-2023",
        List.of(form("2", "汨罗市住建系统", "109.69", Grade.NOT_GRADABLE, 3, 1, "1"),
            form("3-1", "帮代办工作经费", "99.8", Grade.EXCELLENT, 0, 1, "0.95"),
            form("3-11", "汨罗市城建档案馆电子化库房建设和库房九防费用", "88", Grade.GOOD, 4, 2, "0.5")),
        List.of(new ReviewItem(9, Severity.ERROR, FindingCode.TOTAL_MISMATCH, "附件2 汨罗市住建系统", "附件2 总分", "99",
                "109", "总分 99 分与各项得分合计 109 分不符；请将填报值更正为 109"),
            new ReviewItem(10, Severity.WARNING, FindingCode.SCORE_NOT_PER_RULE, "附件3-1 帮代办工作经费",
                "附件3-1 绩效指标 满意度指标 / 服务对象满意度指标 / 企业主和群众满意度高", "9", "9.80",
                "按评分规则应得 9.80 分（10 × 98 ÷ 100 = 9.80），表中为 9 分；请将填报值更正为 9.80"),
            new ReviewItem(34, Severity.ERROR, FindingCode.SCORE_EXCEEDS_WEIGHT,
                "附件3-11 汨罗市城建档案馆电子化库房建设和库房九防费用", "附件3-11 绩效指标 效益指标 / 生态效益指标 / 美化城市环境",
                "10", "9.5", "得分 10 分超过分值 9.5 分；请将填报值更正为 9.5"),
            new ReviewItem(36, Severity.WARNING, FindingCode.DEVIATION_REASON_MISSING,
                "附件3-11 汨罗市城建档案馆电子化库房建设和库房九防费用", "附件3-11 绩效指标 效益指标 / 可持续影响指标 / 档案设备更新",
                null, null, "得分低于分值或未完成目标，但未填写偏差原因分析及改进措施；请补充填写偏差原因分析及改进措施")),
        Map.of(FindingCode.TOTAL_MISMATCH, 1, FindingCode.SCORE_NOT_PER_RULE, 1, FindingCode.SCORE_EXCEEDS_WEIGHT, 1,
            FindingCode.DEVIATION_REASON_MISSING, 1, FindingCode.VALUE_NEEDS_REVIEW, 2));
    PackageReview more = new PackageReview("住建局补充.xlsx", "a2", PackageReview.Status.OK, null, "汨罗市住房和城乡建设局",
        2023, "hunan-2023", List.of(form("3-2", "工程建设审批制度改革专项", "99.8", Grade.EXCELLENT, 1, 0, null)),
        List.of(new ReviewItem(3, Severity.ERROR, FindingCode.TOTAL_MISSING, "附件3-2 工程建设审批制度改革专项",
            "附件3-2 总分", null, "99.8", "总分未填写（各项得分合计 99.8 分）；请填写总分（按各项得分合计应为 99.8 分）")),
        Map.of(FindingCode.TOTAL_MISSING, 1));
    PackageReview water = new PackageReview("水利局.json", "b1", PackageReview.Status.OK, null, "平江县水利局", 2023,
        "hunan-2023", List.of(form("2", "平江县水利局", "75", Grade.FAIR, 0, 0, "0.85")), List.of(), Map.of());
    PackageReview broken = PackageReview.failed("坏.docx", "c1",
        "坏.docx: the file is damaged or cut short, not a readable Word document or Excel workbook (文件已损坏或不完整)");
    return List.of(housing, more, water, broken);
  }

  /**
   * The season as the county workbook takes it.
   *
   * @return the review
   */
  public static CountyReview county() {
    return new CountyReview(BUREAU, DATE, packages());
  }

  /**
   * 汨罗市住房和城乡建设局's letter: two packages, errors and warnings, a form not gradable.
   *
   * @return the letter
   */
  public static ReviewLetter housingLetter() {
    return new ReviewLetter("汨罗市住房和城乡建设局", 2023, packages().subList(0, 2), BUREAU, DATE, REPLY_BY);
  }

  /**
   * 平江县水利局's letter: one package and nothing to correct.
   *
   * @return the letter
   */
  public static ReviewLetter cleanLetter() {
    return new ReviewLetter("平江县水利局", 2023, packages().subList(2, 3), BUREAU, DATE, REPLY_BY);
  }
}

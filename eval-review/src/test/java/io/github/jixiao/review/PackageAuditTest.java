package io.github.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.importer.Intake;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewForm;
import io.github.jixiao.model.review.ReviewItem;
import io.github.jixiao.scoring.profile.Profiles;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackageAuditTest {
  private static final PackageAudit AUDIT = PackageAudit.of(Intake.create(), Profiles.builtIn(), null);
  private static final byte[] SEED = Examples.json(Examples.MILUO_2023).orElseThrow();

  private static SortedMap<String, byte[]> files(Object... nameAndBytes) {
    SortedMap<String, byte[]> m = new TreeMap<>();
    for (int i = 0; i < nameAndBytes.length; i += 2) {
      m.put((String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1]);
    }
    return m;
  }

  @Test
  void theSeedsReviewListsItsErrorsAndWarningsNumberedAsEveryOutputNumbersThem() {
    PackageReview r = AUDIT.audit("汨罗市住建局.json", files("汨罗市住建局.json", SEED));

    assertThat(r.ok()).isTrue();
    assertThat(r.department()).isEqualTo("汨罗市住房和城乡建设局");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.hash()).isEqualTo(PackageAudit.sha256(SEED)).hasSize(64);
    assertThat(r.forms()).hasSize(15);
    ReviewForm dept = r.forms().get(0);
    assertThat(dept.form()).isEqualTo("2");
    assertThat(dept.departmentWide()).isTrue();
    assertThat(dept.reportedTotal()).isEqualTo("99");
    assertThat(dept.computedTotal()).isEqualByComparingTo("109.69");
    // 附件2's total as the score output numbers it: finding 9
    ReviewItem total = r.items().stream().filter(i -> i.number() == 9).findFirst().orElseThrow();
    assertThat(total.code()).isEqualTo(FindingCode.TOTAL_MISMATCH);
    assertThat(total.severity()).isEqualTo(Severity.ERROR);
    assertThat(total.form()).startsWith("附件2 ");
    assertThat(total.place()).isEqualTo("附件2 总分");
    assertThat(total.printed()).isEqualTo("99");
    assertThat(total.expected()).isEqualTo("109");
    assertThat(total.correction()).contains("总分 99 分与各项得分合计 109 分不符").endsWith("请将填报值更正为 109");
    // INFO findings are counted, not listed: the numbers skip them
    assertThat(r.items()).allMatch(i -> i.severity() != Severity.INFO);
    assertThat(r.items()).extracting(ReviewItem::number).isSorted().doesNotHaveDuplicates();
    int all = r.counts().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(all).isEqualTo(60).isGreaterThan(r.items().size());
    assertThat(r.counts().get(FindingCode.TOTAL_MISMATCH)).isEqualTo(3);
    assertThat(r.notGradable()).extracting(ReviewForm::form).containsExactly("2", "3-3", "3-11");
  }

  @Test
  void aFileThatIsNotAPackageIsAFailedEntryNamingItsProblem() {
    byte[] broken = "{\"formatVersion\": \"1\", \"department\": \"某局\", \"year\": 1800}".getBytes(StandardCharsets.UTF_8);

    PackageReview r = AUDIT.audit("坏.json", files("坏.json", broken));

    assertThat(r.ok()).isFalse();
    assertThat(r.failure()).startsWith("坏.json:").contains("/year");
    assertThat(r.forms()).isEmpty();
  }

  @Test
  void theFilesOfASubFolderAreOnePackage() throws Exception {
    EvaluationPackage seed = PackageJson.create().read(SEED);
    int half = 7;
    EvaluationPackage first = new EvaluationPackage(seed.formatVersion(), seed.year(), seed.department(),
        seed.profile(), seed.projects(), seed.basicData(), seed.departmentEvaluation(),
        seed.projectEvaluations().subList(0, half), seed.departmentReport(), seed.projectReports());
    EvaluationPackage second = new EvaluationPackage(seed.formatVersion(), seed.year(), seed.department(), null,
        seed.projects(), null, null, seed.projectEvaluations().subList(half, seed.projectEvaluations().size()), null,
        List.of());

    PackageReview merged = AUDIT.audit("住建局/", files("a.json", PackageJson.create().writeBytes(first),
        "b.json", PackageJson.create().writeBytes(second)));
    PackageReview whole = AUDIT.audit("住建局/", files("whole.json", SEED));

    assertThat(merged.ok()).as(merged.failure()).isTrue();
    assertThat(merged.forms()).isEqualTo(whole.forms());
    assertThat(merged.items()).isEqualTo(whole.items());
    assertThat(merged.hash()).isNotEqualTo(whole.hash());
  }

  @Test
  void aSubFolderMixingDepartmentsIsRefusedNamingBoth() throws Exception {
    EvaluationPackage seed = PackageJson.create().read(SEED);
    EvaluationPackage other = new EvaluationPackage(seed.formatVersion(), seed.year(), "平江县水利局", null,
        seed.projects(), null, null, seed.projectEvaluations().subList(0, 1), null, List.of());

    PackageReview r = AUDIT.audit("混合/", files("a.json", SEED, "b.json", PackageJson.create().writeBytes(other)));

    assertThat(r.ok()).isFalse();
    assertThat(r.failure()).contains("b.json").contains("平江县水利局").contains("汨罗市住房和城乡建设局");
  }

  @Test
  void auditJsonReadsBackToTheSameSeasonAndTheSameBytes() throws Exception {
    Season season = new Season("s1", "汨罗市财政局", LocalDate.of(2024, 4, 15), LocalDate.of(2024, 4, 30),
        List.of(AUDIT.audit("b.json", files("b.json", SEED)),
            PackageReview.failed("a.docx", "00", "a.docx: the file is damaged")));

    byte[] json = AuditJson.write(season);
    Season back = AuditJson.read(json);

    assertThat(back).isEqualTo(season);
    assertThat(AuditJson.write(back)).isEqualTo(json);
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"format\" : \"jixiao-audit/1\"").doesNotContain("\r").doesNotContain("E+");
    assertThat(season.packages()).extracting(PackageReview::source).containsExactly("a.docx", "b.json");
    Season.Summary s = season.summary();
    assertThat(s.packages()).isEqualTo(2);
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.forms()).isEqualTo(15);
    assertThat(s.errors() + s.warnings() + s.infos()).isEqualTo(60);
    assertThat(s.grades().keySet()).containsExactly(Grade.values());
  }

  @Test
  void twoHalvesAuditedApartMergeIntoTheSeasonOfOneRun() {
    List<PackageReview> all = List.of(AUDIT.audit("a.json", files("a.json", SEED)),
        PackageReview.failed("b.xlsx", "01", "b.xlsx: damaged"), AUDIT.audit("c.json", files("c.json", SEED)));
    LocalDate d = LocalDate.of(2024, 4, 15);
    Season one = new Season("s", "财政局", d, d.plusDays(15), all);
    Season left = new Season("s", "财政局", d, d.plusDays(15), List.of(all.get(2)));
    Season right = new Season("s", "财政局", d, d.plusDays(15), all.subList(0, 2));

    assertThat(left.merge(right)).isEqualTo(one);
    assertThat(AuditJson.write(left.merge(right))).isEqualTo(AuditJson.write(one));
    assertThat(one.letters()).hasSize(1);
    assertThat(one.letters().get(0).packages()).extracting(PackageReview::source).containsExactly("a.json", "c.json");
  }

  @Test
  void amountsOfAFormPrintedInYuanAreListedInWanYuan() {
    PackageReview r = AUDIT.audit("x.json", files("x.json", SEED));
    ReviewForm f = r.forms().get(1);
    assertThat(f.budget()).isNotNull();
    assertThat(f.budget().compareTo(BigDecimal.ZERO)).isPositive();
  }
}

package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.ReportSection;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.profile.Profiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3, on the seed: headings are printed as written, and renumbering them is asked
 * for. Asked ({@link Evaluator#withReportNumbering()}), the audit lists every heading whose printed
 * text renumbering changes, one INFO finding each with the heading before and after; not asked,
 * it lists none, and the rest of the audit is the same either way.
 */
class SeedReportNumberingTest {
  /** Headings of the seed's reports whose text renumbering changes, number, spacing or bracket width. */
  static final int CHANGED = 162;
  /** Of these, the ones whose number itself changes, not only its spacing or the width of its brackets. */
  static final int RENUMBERED = 97;

  private static EvaluationPackage pkg;
  private static PackageEvaluation plain;
  private static PackageEvaluation numbering;

  @BeforeAll
  static void evaluate() {
    pkg = Examples.miluo2023();
    Evaluator evaluator = Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null));
    plain = evaluator.evaluate(pkg);
    numbering = evaluator.withReportNumbering().evaluate(pkg);
  }

  private static List<Finding> numberingFindings(PackageEvaluation result) {
    return result.allFindings().filter(f -> f.code() == FindingCode.REPORT_NUMBERING).toList();
  }

  @Test
  void theDefaultEvaluatorReportsNoRenumbering() {
    assertThat(numberingFindings(plain)).isEmpty();
  }

  @Test
  void askedItReportsExactlyTheHeadingsWhoseTextRenumberingChanges() {
    // every heading of every report, walked here independently of ReportNumbering.changes
    Map<String, String> changed = new LinkedHashMap<>();
    if (pkg.departmentReport() != null) {
      walk(pkg.departmentReport(), "/departmentReport", changed);
    }
    for (int i = 0; i < pkg.projectReports().size(); i++) {
      walk(pkg.projectReports().get(i), "/projectReports/" + i, changed);
    }
    List<Finding> findings = numberingFindings(numbering);
    Map<String, String> reported = new LinkedHashMap<>();
    for (Finding f : findings) {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      reported.put(f.location().pointer(), f.found() + " → " + f.expected());
    }
    assertThat(findings).hasSize(CHANGED);
    assertThat(reported).containsExactlyEntriesOf(changed);
    long renumbered = findings.stream().filter(f -> !sameNumber(f.found(), f.expected())).count();
    assertThat(renumbered).isEqualTo(RENUMBERED);
  }

  @Test
  void eachFindingNamesTheHeadingAsWrittenAndAsPrinted() {
    Map<String, Finding> byPointer = new LinkedHashMap<>();
    numberingFindings(numbering).forEach(f -> byPointer.put(f.location().pointer(), f));
    // the example: 附件5-6 (城市黑臭水体检测费) numbers its sub-headings on from the paragraphs
    Finding execution = byPointer.get("/projectReports/6/sections/3/sections/1/heading");
    assertThat(execution.found()).isEqualTo("(5) 项目执行过程情况");
    assertThat(execution.expected()).isEqualTo("（二）项目执行过程情况");
    assertThat(execution.messageZh()).isEqualTo("标题序号按公文层次重排：原文「(5) 项目执行过程情况」，印为「（二）项目执行过程情况」");
    assertThat(execution.location().form()).isEqualTo("5-7");
    // a top-level heading numbered in digits
    Finding advice = byPointer.get("/projectReports/7/sections/5/heading");
    assertThat(advice.found()).isEqualTo("9、 有关建议");
    assertThat(advice.expected()).isEqualTo("六、有关建议");
    // a sub-heading numbered 1、 where its level takes （一）
    Finding summary = byPointer.get("/projectReports/10/sections/3/sections/0/heading");
    assertThat(summary.found()).isEqualTo("1、综合评价情况");
    assertThat(summary.expected()).isEqualTo("（一）综合评价情况");
    // a heading already numbered as its level takes is not reported
    assertThat(byPointer).doesNotContainKey("/departmentReport/sections/0/heading");
    assertThat(pkg.departmentReport().sections().get(0).heading()).isEqualTo("一、部门（单位）基本情况");
  }

  @Test
  void askingForRenumberingAddsOnlyItsOwnFindings() {
    List<Finding> rest = numbering.allFindings().filter(f -> f.code() != FindingCode.REPORT_NUMBERING).toList();
    assertThat(rest).containsExactlyElementsOf(plain.allFindings().toList());
    assertThat(numbering.evaluations()).isEqualTo(plain.evaluations());
  }

  /** Depth first, as printed: each heading whose renumbered text differs, pointer to "before → after". */
  private static void walk(Report report, String pointer, Map<String, String> out) {
    List<ReportSection> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      walk(sections.get(i), pointer + "/sections/" + i, 0, i + 1, out);
    }
  }

  private static void walk(ReportSection s, String pointer, int depth, int index, Map<String, String> out) {
    String after = io.github.jixiao.model.ReportNumbering.heading(s, depth, index);
    if (!after.equals(s.heading())) {
      out.put(pointer + "/heading", s.heading() + " → " + after);
    }
    int offset = io.github.jixiao.model.ReportNumbering.subsectionOffset(s);
    for (int i = 0; i < s.sections().size(); i++) {
      walk(s.sections().get(i), pointer + "/sections/" + i, depth + 1, offset + i + 1, out);
    }
  }

  /** Whether two headings differ only in spacing and the width of their brackets. */
  private static boolean sameNumber(String before, String after) {
    return normal(before).equals(normal(after));
  }

  private static String normal(String heading) {
    return heading.replaceAll("[\\s\u3000]", "").replace('(', '（').replace(')', '）');
  }
}

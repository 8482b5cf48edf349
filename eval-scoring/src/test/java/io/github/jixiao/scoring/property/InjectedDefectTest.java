package io.github.jixiao.scoring.property;

import static io.github.jixiao.scoring.property.Cases.COUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.FindingMessage;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.property.FormGenerator.FormSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link Defect}, injected alone into {@value Cases#COUNT} consistent generated forms, yields
 * its finding code, worded by its template, with its severity, and no error beyond the ones the
 * defect brings with it; every finding code has at least one such defect.
 */
class InjectedDefectTest {
  private static final Evaluator EVALUATOR = Evaluator.of(FormGenerator.PROFILE);
  /** For the defects that show only when renumbering is asked for ({@link Defect#renumbers()}). */
  private static final Evaluator NUMBERING = EVALUATOR.withReportNumbering();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Defect.class)
  void eachInjectedDefectYieldsItsFindingCode(Defect defect) {
    Cases.forAll("eachInjectedDefectYieldsItsFindingCode[" + defect + "]", 100 + defect.ordinal(), COUNT, (r, trace) -> {
      FormSpec spec = FormGenerator.consistent(r, r.nextBoolean());
      defect.inject(spec, r);
      EvaluationPackage pkg = trace.show("package with " + defect, spec.pkg());
      PackageEvaluation result = defect.evaluator(EVALUATOR, NUMBERING).evaluate(pkg);
      List<Finding> findings = result.allFindings().toList();
      trace.note("findings: " + findings.stream().map(f -> f.code() + "/" + f.severity() + " " + f.message()).toList());

      assertThat(findings).as("a finding %s (%s) with severity %s", defect.code, defect.message, defect.severity)
          .anyMatch(f -> f.code() == defect.code && f.severity() == defect.severity && Wording.isInstance(f, defect.message));
      List<FindingCode> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code).toList();
      assertThat(errors).as("errors of a form with only the defect %s", defect).isSubsetOf(defect.allowedErrors());
    });
  }

  @Test
  void everyFindingCodeHasAnInjectedDefect() {
    Set<FindingCode> injected = EnumSet.noneOf(FindingCode.class);
    for (Defect defect : Defect.values()) {
      injected.add(defect.code);
    }
    // hunan-2023 sets no reasonWhenExecutionBelow: ExecutionReasonTest covers that code; the generated forms
    // follow the self-evaluation tree with row weights: FrameworkVariants (FindingTextsTest, FrameworkSamplesTest)
    // covers groups scored as a whole and other frameworks
    assertThat(EnumSet.complementOf(EnumSet.copyOf(injected))).as("finding codes no Defect produces")
        .containsExactly(FindingCode.EXECUTION_REASON_MISSING, FindingCode.GROUP_SUM_MISMATCH,
            FindingCode.FRAMEWORK_NOT_SCORED);
  }

  /**
   * Every wording has a defect, but for those of groups and frameworks (FrameworkVariants) and two no form
   * generated for hunan-2023 can have: a level-1
   * group the profile does not know (the seed under national-2020 has it, see FindingTextsTest), and
   * a missing reason for low execution (hunan-2023 sets no threshold; see ExecutionReasonTest).
   */
  @Test
  void everyTemplateButOneHasAnInjectedDefect() {
    Set<FindingMessage> injected = EnumSet.noneOf(FindingMessage.class);
    for (Defect defect : Defect.values()) {
      injected.add(defect.message);
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(injected))).as("templates no Defect produces")
        .containsExactlyInAnyOrder(FindingMessage.LEVEL1_NOT_IN_PROFILE, FindingMessage.EXECUTION_REASON_MISSING,
            // forms of other frameworks and forms scored per group: FrameworkVariants
            FindingMessage.GROUP_SCORE_EXCEEDS_WEIGHT, FindingMessage.EXECUTION_ROW_SCORE_EXCEEDS_WEIGHT,
            FindingMessage.LEVEL2_WEIGHT_NOT_ITS_ROWS, FindingMessage.LEVEL2_SCORE_NOT_ITS_ROWS,
            FindingMessage.LEVEL1_SCORE_NOT_ITS_GROUPS, FindingMessage.BAND_WEIGHT_NOT_ITS_GROUPS,
            FindingMessage.FRAMEWORK_UNKNOWN, FindingMessage.FRAMEWORK_NOT_IN_PROFILE, FindingMessage.GROUP_NEEDS_REVIEW,
            FindingMessage.EXECUTION_ROW_RATE_UNCOMPUTABLE, FindingMessage.GROUP_NOT_FILLED,
            FindingMessage.ROW_SCORED_BY_CRITERIA);
  }
}

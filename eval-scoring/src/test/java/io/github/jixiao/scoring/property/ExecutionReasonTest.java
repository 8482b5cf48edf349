package io.github.jixiao.scoring.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code reasonWhenExecutionBelow}: execution below the threshold needs a reason on a funds row. */
class ExecutionReasonTest {

  /** hunan-2023 with {@code reasonWhenExecutionBelow} set to {@code threshold}. */
  static ScoringProfile wantsReasonBelow(String threshold) {
    String json = "{\"extends\":\"hunan-2023\",\"id\":\"hunan-2023-reason\",\"reasonWhenExecutionBelow\":" + threshold + "}";
    try {
      return Profiles.builtIn().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProfileException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void executionBelowTheThresholdWithoutAReasonIsAWarning() {
    FormGenerator.FormSpec spec = lowExecution();
    List<Finding> findings = Evaluator.of(wantsReasonBelow("0.9")).evaluate(spec.pkg()).allFindings().toList();
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.EXECUTION_REASON_MISSING).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.messageZh()).contains("低于 90.00%").contains("hunan-2023-reason");
        });
  }

  @Test
  void aReasonOnAFundsRowSatisfiesTheRule() {
    FormGenerator.FormSpec spec = lowExecution();
    spec.funds.reason = "项目尚未完工，余款待验收后支付";
    EvaluationPackage explained = spec.pkg();
    assertThat(Evaluator.of(wantsReasonBelow("0.9")).evaluate(explained).allFindings())
        .noneMatch(f -> f.code() == FindingCode.EXECUTION_REASON_MISSING);
  }

  @Test
  void withoutAThresholdNothingIsAsked() {
    assertThat(Evaluator.of(FormGenerator.PROFILE).evaluate(lowExecution().pkg()).allFindings())
        .noneMatch(f -> f.code() == FindingCode.EXECUTION_REASON_MISSING);
  }

  private static FormGenerator.FormSpec lowExecution() {
    Random r = new Random(7);
    for (int i = 0; ; i++) {
      FormGenerator.FormSpec spec = FormGenerator.consistent(r, false);
      if (spec.funds.rate().compareTo(new BigDecimal("85")) < 0) {
        return spec;
      }
    }
  }
}

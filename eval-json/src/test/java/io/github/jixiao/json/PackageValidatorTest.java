package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageValidatorTest {
  private final PackageValidator validator = PackageValidator.create();

  private static SelfEvaluationForm form(String label, String projectId, BigDecimal executed, ScoreCell weight) {
    FundsRow total = new FundsRow(FundsRowKind.TOTAL, "年度资金总额", BigDecimal.TEN, BigDecimal.TEN, executed,
        ScoreCell.of("10"), "100%", ScoreCell.of("10"));
    IndicatorRow row = new IndicatorRow("群众满意度", "100%", "98%", weight, ScoreCell.of("9"), null);
    Level1Group group = new Level1Group(Level1Indicator.SATISFACTION, "满意度指标", BigDecimal.TEN,
        List.of(new Level2Group(Level2Indicator.SERVICE_SATISFACTION, "服务对象满意度指标", List.of(row))));
    return new SelfEvaluationForm(label, null, projectId, "项目", null, null,
        new FundsBlock(List.of(total), List.of(), List.of()), List.of(), List.of(group), ScoreCell.of("100"),
        ScoreCell.of("99"), List.of(), List.of());
  }

  private static EvaluationPackage pkg(List<Project> projects, List<SelfEvaluationForm> forms) {
    return new EvaluationPackage("1", 2023, "汨罗市住房和城乡建设局", null, projects, null, null, forms, null, List.of());
  }

  @Test
  void aConsistentPackageHasNoProblem() {
    EvaluationPackage p = pkg(List.of(new Project("a", "A")), List.of(form("3-1", "a", BigDecimal.TEN, ScoreCell.of("10"))));
    assertThat(validator.validate(p)).isEmpty();
  }

  @Test
  void constraintViolationsCarryJsonPointers() {
    EvaluationPackage p = pkg(List.of(new Project("a", "A")),
        List.of(form("3-1", "a", new BigDecimal("-5"), ScoreCell.of("120"))));
    assertThat(validator.validate(p)).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/projectEvaluations/0/funds/rows/0/executed",
        "/projectEvaluations/0/indicators/0/children/0/rows/0/weight");
    assertThat(validator.validate(p)).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("金额不能为负数").contains("must not be negative"));
  }

  @Test
  void undeclaredProjectIdsDuplicateIdsAndDuplicateLabelsAreReported() {
    EvaluationPackage p = pkg(List.of(new Project("a", "A"), new Project("a", "A2")),
        List.of(form("3-1", "a", BigDecimal.TEN, ScoreCell.of("10")), form("3-1", "b", BigDecimal.TEN, ScoreCell.of("10"))));
    assertThat(validator.validate(p)).extracting(Problem::pointer).containsExactly(
        "/projects/1/id", "/projectEvaluations/1/label", "/projectEvaluations/1/projectId");
  }

  @Test
  void anUnknownFormatVersionIsReported() {
    EvaluationPackage p = new EvaluationPackage("2", 2023, "部门", null, List.of(), null, null, List.of(), null, List.of());
    assertThat(validator.validate(p)).extracting(Problem::pointer).containsExactly("/formatVersion");
  }
}

package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.scoring.property.FrameworkVariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 评分表 (rows with 评价标准 or 指标说明) prints a 偏差原因 column only when some row fills it, so the
 * audit asks for a deviation reason only then (issue 21): the 2017 Hunan table scores 预算完成率 0 of 5
 * and has no such column.
 */
class ScoringSheetReasonTest {
  private static final String YUHUA = "hunan-2017-yuhua-dianshang-wuliu-bumen";
  private static final String ROWS = "/departmentEvaluation/indicators/1/children/0/rows/";

  private static List<String> reasonFindings(FrameworkVariants.Case c) {
    FormEvaluation e = c.evaluator().evaluate(c.pkg()).evaluations().get(0);
    return e.findings().stream().filter(f -> f.code().name().equals("DEVIATION_REASON_MISSING"))
        .map(f -> f.location().pointer()).toList();
  }

  @Test
  void aScoringSheetWithoutAReasonColumnIsNotAskedForOne() {
    FrameworkVariants.Case c = FrameworkVariants.edited(YUHUA, root -> { });
    assertThat(reasonFindings(c)).isEmpty();
    // the row is still below its weight and still needs review
    assertThat(c.evaluator().evaluate(c.pkg()).evaluations().get(0).findings()).anyMatch(f ->
        f.code().name().equals("VALUE_NEEDS_REVIEW") && f.location().pointer().equals(ROWS + "0"));
  }

  @Test
  void aScoringSheetWhoseRowsFillReasonsIsAskedForTheMissingOne() {
    // another row's reason prints the column: the 0 of 5 on 预算完成率 then lacks one
    FrameworkVariants.Case c = FrameworkVariants.edited(YUHUA,
        root -> ((ObjectNode) root.at(ROWS + "1")).put("deviationReason", "追加预算较多"));
    assertThat(reasonFindings(c)).containsExactly(ROWS + "0/deviationReason");
  }

  @Test
  void theUsualFormIsStillAskedForAReason() {
    // no 评价标准 or 指标说明, and a 年度指标值: the table prints 分值 per level yet is no 评分表
    FrameworkVariants.Case c = FrameworkVariants.edited(YUHUA, root -> {
      for (int r = 0; r < 2; r++) {
        ObjectNode row = (ObjectNode) root.at(ROWS + r);
        row.remove("criteria");
        row.remove("explanation");
        row.put("target", "100%");
      }
      for (int r = 0; r < 2; r++) {
        ObjectNode row = (ObjectNode) root.at("/departmentEvaluation/indicators/0/children/0/rows/" + r);
        row.remove("criteria");
        row.remove("explanation");
      }
    });
    assertThat(reasonFindings(c)).containsExactly(ROWS + "0/deviationReason");
  }
}

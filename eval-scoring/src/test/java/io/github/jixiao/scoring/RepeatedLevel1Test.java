package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.result.FormEvaluation;
import io.github.jixiao.scoring.property.FrameworkVariants;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A level-1 cell printed again after a page break, its label and weight repeated ("效益指标（30分）"
 * above 经济/社会效益 and again above 生态效益/可持续影响), is one group to the audit: its weight is
 * counted once and checked against the rows of both parts (issue 21).
 */
class RepeatedLevel1Test {
  private static final String FORM = "/projectEvaluations/0";

  /** 附件3-1 of the seed with its 效益指标（30分） (the third level-1 group) printed in two parts. */
  private static Consumer<ObjectNode> splitBenefit(boolean dropLastRow) {
    return root -> {
      ArrayNode groups = (ArrayNode) root.at(FORM + "/indicators");
      ObjectNode benefit = (ObjectNode) groups.get(2);
      assertThat(benefit.get("label").asText()).isEqualTo("效益指标（30分）");
      ArrayNode children = (ArrayNode) benefit.get("children");
      ObjectNode again = benefit.deepCopy();
      ArrayNode rest = again.putArray("children");
      while (children.size() > 2) {
        rest.add(children.remove(2));
      }
      if (dropLastRow) { // the second part's last group, 可持续影响指标
        rest.remove(rest.size() - 1);
      }
      groups.insert(3, again);
    };
  }

  private static FormEvaluation form31(FrameworkVariants.Case c) {
    return c.evaluator().evaluate(c.pkg()).evaluations().stream().filter(e -> e.form().equals("3-1")).findFirst()
        .orElseThrow();
  }

  private static List<String> codes(FormEvaluation e) {
    return e.findings().stream().map(f -> f.code() + " " + f.severity()).toList();
  }

  @Test
  void aLevelOneCellPrintedTwiceIsOneGroupToTheAudit() {
    FormEvaluation whole = form31(FrameworkVariants.edited(Examples.MILUO_2023, root -> { }));
    FrameworkVariants.Case split = FrameworkVariants.edited(Examples.MILUO_2023, splitBenefit(false));
    FormEvaluation e = form31(split);
    assertThat(split.pkg().projectEvaluations().get(0).indicators()).hasSize(5);
    assertThat(codes(e)).isEqualTo(codes(whole));
    assertThat(e.computedTotal()).isEqualByComparingTo(whole.computedTotal());
    assertThat(e.findings()).extracting(f -> String.valueOf(f.code())).doesNotContain("LEVEL1_WEIGHT_MISMATCH");
  }

  @Test
  void theRowsOfBothPartsAreCheckedAgainstTheWeightOnce() {
    FrameworkVariants.Case split = FrameworkVariants.edited(Examples.MILUO_2023, splitBenefit(true));
    FormEvaluation e = form31(split);
    assertThat(e.findings()).filteredOn(f -> String.valueOf(f.code()).equals("LEVEL1_WEIGHT_MISMATCH")).singleElement()
        .satisfies(f -> {
          assertThat(f.location().pointer()).isEqualTo(FORM + "/indicators/2/weight");
          assertThat(f.expected()).isEqualTo("30");
          assertThat(f.found()).isEqualTo("20"); // 经济 10 + 社会 10 + 生态 无, the part with 可持续影响 (10) dropped
        });
  }
}

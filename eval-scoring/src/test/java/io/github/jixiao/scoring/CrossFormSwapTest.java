package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.FindingCode;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.scoring.profile.Profiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 2: 附件1 of the seed gives 质量安全监督管理专项 the amounts of 招投标监督管理专项 and
 * the other way round (—/5/5 and —/20/20, where forms 3-12 and 3-13 and their reports show 20 and
 * 5). The swap is stated on 附件1, once on each of the two rows (a renderer marks a cell only for a
 * finding about its pointer), naming both rows, both forms and both figures; each form cell that
 * differs says its own value is 本表's and 附件1's is 附件1's, and with which project 附件1
 * exchanges it. No cross-form finding reads as if the form's value were the wrong one.
 */
class CrossFormSwapTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Evaluator EVALUATOR = Evaluator.of(Profiles.builtIn().get("hunan-2023"));

  /** 附件1's rows of the two projects. */
  private static final String ZHILIANG_ROW = "/basicData/spendingControl/1/children/2/children/1";
  private static final String ZHAOTOUBIAO_ROW = "/basicData/spendingControl/1/children/2/children/2";
  private static final String FORM_3_12 = "/projectEvaluations/11/funds/rows/0";
  private static final String FORM_3_13 = "/projectEvaluations/12/funds/rows/0";

  /** The cross-form findings about {@code under} or anything inside it. */
  private static List<Finding> crossForm(PackageEvaluation result, String under) {
    String prefix = under.endsWith("/") ? under : under + "/";
    return result.allFindings().filter(f -> f.code() == FindingCode.CROSS_FORM_MISMATCH)
        .filter(f -> f.location().pointer().equals(under) || f.location().pointer().startsWith(prefix)).toList();
  }

  @Test
  void theSwapIsStatedOnEachOfTheTwoRowsOf附件1NamingBothRowsBothFormsAndBothFigures() {
    PackageEvaluation result = EVALUATOR.evaluate(Examples.miluo2023());
    List<Finding> onBasicData = crossForm(result, "/basicData");

    assertThat(onBasicData).extracting(f -> f.location().pointer()).containsExactly(ZHILIANG_ROW, ZHAOTOUBIAO_ROW);
    assertThat(onBasicData.get(0).messageZh()).isEqualTo("「质量安全监督管理专项」与「招投标监督管理专项」的本年预算数、本年决算数"
        + "在附件1与项目表之间对调：附件1分别为 5 万元、20 万元，附件3-12、附件3-13分别为 20 万元、5 万元");
    assertThat(onBasicData.get(1).messageZh()).isEqualTo("「招投标监督管理专项」与「质量安全监督管理专项」的本年预算数、本年决算数"
        + "在附件1与项目表之间对调：附件1分别为 20 万元、5 万元，附件3-13、附件3-12分别为 5 万元、20 万元");
    assertThat(onBasicData.get(0).messageEn()).isEqualTo("'质量安全监督管理专项' and '招投标监督管理专项' have their budgets "
        + "and final amounts exchanged between 附件1 and their forms: 附件1 gives 5 and 20, forms 3-12 and 3-13 print 20 and 5");
    assertThat(onBasicData).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().form()).isEqualTo("1");
      assertThat(f.location().section()).isEqualTo("经费控制情况");
      // the figures are in the message; the finding marks a row, not one amount
      assertThat(f.expected()).isNull();
      assertThat(f.found()).isNull();
    });
    assertThat(onBasicData).extracting(f -> f.location().row()).containsExactly("质量安全监督管理专项", "招投标监督管理专项");
  }

  @Test
  void bothRowsOf附件1AreMarkedAndNumberedWith附件1() {
    PackageEvaluation result = EVALUATOR.evaluate(Examples.miluo2023());
    FindingIndex index = FindingIndex.of(result);

    // the PDF and the XLSX mark a row's label cell with the findings about the row's pointer
    assertThat(index.at(ZHILIANG_ROW)).singleElement().satisfies(e -> assertThat(e.finding().messageZh()).startsWith("「质量安全"));
    assertThat(index.at(ZHAOTOUBIAO_ROW)).singleElement().satisfies(e -> assertThat(e.finding().messageZh()).startsWith("「招投标"));
    // numbered with 附件1: after its own arithmetic finding (1), before 附件2
    assertThat(index.at(ZHILIANG_ROW).get(0).number()).isEqualTo(2);
    assertThat(index.at(ZHAOTOUBIAO_ROW).get(0).number()).isEqualTo(3);
    assertThat(index.under("/basicData")).hasSize(3);
  }

  @Test
  void eachFormCellSaysItsOwnValueIs本表AndNamesTheProjectItIsExchangedWith() {
    PackageEvaluation result = EVALUATOR.evaluate(Examples.miluo2023());

    assertThat(crossForm(result, FORM_3_12)).extracting(Finding::messageZh).containsExactly(
        "附件1「质量安全监督管理专项」本年预算数为 5 万元，本表全年预算数为 20 万元：与「招投标监督管理专项」（附件3-13）的金额对调，见附件1",
        "附件1「质量安全监督管理专项」本年决算数为 5 万元，本表全年执行数为 20 万元：与「招投标监督管理专项」（附件3-13）的金额对调，见附件1");
    assertThat(crossForm(result, FORM_3_13)).extracting(Finding::messageZh).containsExactly(
        "附件1「招投标监督管理专项」本年预算数为 20 万元，本表全年预算数为 5 万元：与「质量安全监督管理专项」（附件3-12）的金额对调，见附件1",
        "附件1「招投标监督管理专项」本年决算数为 20 万元，本表全年执行数为 5 万元：与「质量安全监督管理专项」（附件3-12）的金额对调，见附件1");
    // found: the value printed in the marked cell (20 next to a printed 20); expected: 附件1's
    assertThat(crossForm(result, FORM_3_12)).allSatisfy(f -> {
      assertThat(f.found()).isEqualTo("20");
      assertThat(f.expected()).isEqualTo("5");
    });
    assertThat(crossForm(result, FORM_3_13)).allSatisfy(f -> {
      assertThat(f.found()).isEqualTo("5");
      assertThat(f.expected()).isEqualTo("20");
    });
  }

  @Test
  void everyCrossFormFindingOfTheSeedFindsTheValuePrintedWhereItIsAndNeverReadsAsACorrection() throws Exception {
    JsonNode seed = JSON.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    PackageEvaluation result = EVALUATOR.evaluate(Examples.miluo2023());
    List<Finding> onForms = crossForm(result, "/projectEvaluations");

    assertThat(onForms).hasSize(11); // 7 names, 4 amounts
    for (Finding f : onForms) {
      JsonNode printed = seed.at(f.location().pointer());
      assertThat(printed.isMissingNode()).as("the value at %s", f.location().pointer()).isFalse();
      if (printed.isNumber()) {
        assertThat(new BigDecimal(f.found())).as(f.message()).isEqualByComparingTo(printed.decimalValue());
      } else {
        assertThat(f.found()).as(f.message()).isEqualTo(printed.asText());
      }
      assertThat(f.messageZh()).as("the form's own value is 本表's").contains("本表").doesNotContain("应为", "表中为");
    }
    assertThat(result.allFindings().filter(f -> f.code() == FindingCode.CROSS_FORM_MISMATCH))
        .allSatisfy(f -> assertThat(f.messageZh()).doesNotContain("应为"));
    // expected is the other side's value, not what the value should be: renderers are told so
    assertThat(FindingCode.CROSS_FORM_MISMATCH.expectedIsCorrection()).isFalse();
    assertThat(FindingCode.TEXT_CONTRADICTS_TABLE.expectedIsCorrection()).isFalse();
    assertThat(FindingCode.REPORT_NUMBERING.expectedIsCorrection()).isFalse();
    assertThat(FindingCode.TOTAL_MISMATCH.expectedIsCorrection()).isTrue();
  }

  @Test
  void aSwapOfOneColumnNamesOnlyThatColumn() throws Exception {
    // 附件1 given the forms' 本年决算数 (20 and 5): only the budgets stay exchanged
    PackageEvaluation result = EVALUATOR.evaluate(seed(root -> {
      amount(root, ZHILIANG_ROW + "/currentYearFinal", 20);
      amount(root, ZHAOTOUBIAO_ROW + "/currentYearFinal", 5);
    }));

    assertThat(crossForm(result, "/basicData")).extracting(Finding::messageZh).containsExactly(
        "「质量安全监督管理专项」与「招投标监督管理专项」的本年预算数在附件1与项目表之间对调：附件1分别为 5 万元、20 万元，"
            + "附件3-12、附件3-13分别为 20 万元、5 万元",
        "「招投标监督管理专项」与「质量安全监督管理专项」的本年预算数在附件1与项目表之间对调：附件1分别为 20 万元、5 万元，"
            + "附件3-13、附件3-12分别为 5 万元、20 万元");
    assertThat(crossForm(result, "/projectEvaluations").stream().filter(f -> f.location().pointer().contains("/funds/")))
        .extracting(f -> f.location().pointer()).containsExactly(FORM_3_12 + "/annualBudget", FORM_3_13 + "/annualBudget");
  }

  @Test
  void threeAmountsPassedRoundAreNoSwapButThreeDifferences() throws Exception {
    // 附件1 gives 工程建设审批 (form 10) 69, 污水在线监测 (form 69) 22 and 白蚁防治 (form 22) 10
    PackageEvaluation result = EVALUATOR.evaluate(seed(root -> {
      amount(root, "/basicData/spendingControl/1/children/2/children/11/currentYearBudget", 69);
      amount(root, "/basicData/spendingControl/1/children/2/children/12/currentYearBudget", 22);
      amount(root, "/basicData/spendingControl/1/children/2/children/5/currentYearBudget", 10);
    }));

    assertThat(crossForm(result, "/basicData")).extracting(f -> f.location().pointer())
        .containsExactly(ZHILIANG_ROW, ZHAOTOUBIAO_ROW);
    assertThat(crossForm(result, "/projectEvaluations/1/")).extracting(Finding::messageZh)
        .containsExactly("附件1「工程建设审批制度改革专项」本年预算数为 69 万元，本表全年预算数为 10 万元");
    assertThat(crossForm(result, "/projectEvaluations/3/")).extracting(Finding::messageZh)
        .containsExactly("附件1「乡镇污水处理厂在线监测费用」本年预算数为 22 万元，本表全年预算数为 69 万元");
    assertThat(crossForm(result, "/projectEvaluations/9/")).extracting(Finding::messageZh)
        .containsExactly("附件1「白蚁防治经费」本年预算数为 10 万元，本表全年预算数为 22 万元");
  }

  @Test
  void an附件1ThatAgreesWithTheFormsHasNoAmountFinding() throws Exception {
    PackageEvaluation result = EVALUATOR.evaluate(seed(root -> {
      for (String column : List.of("/currentYearBudget", "/currentYearFinal")) {
        amount(root, ZHILIANG_ROW + column, 20);
        amount(root, ZHAOTOUBIAO_ROW + column, 5);
      }
    }));

    assertThat(crossForm(result, "/basicData")).isEmpty();
    assertThat(crossForm(result, "/projectEvaluations").stream().filter(f -> f.location().pointer().contains("/funds/")))
        .isEmpty();
  }

  @Test
  void twoReportsThatExchangeTheirSpendingSayWithWhichProjectOnEachReport() throws Exception {
    // the reports of 3-2 and 3-4 state each other's spending (their forms print 10 and 69)
    PackageEvaluation result = EVALUATOR.evaluate(seed(root -> {
      replaceInText(root.at("/projectReports/1"), "共计支出10万元", "共计支出69万元");
      replaceInText(root.at("/projectReports/3"), "共计支出69万元", "共计支出10万元");
    }));

    assertThat(crossForm(result, "/projectReports/1")).extracting(Finding::messageZh).containsExactly(
        "项目报告（工程建设审批制度改革专项）称「共计支出69万元」，附件3-2为 10 万元；"
            + "项目报告（乡镇污水处理厂在线监测费用）称「共计支出10万元」，附件3-4为 69 万元：两项目的金额在报告与项目表之间对调");
    assertThat(crossForm(result, "/projectReports/3")).extracting(Finding::messageZh).containsExactly(
        "项目报告（乡镇污水处理厂在线监测费用）称「共计支出10万元」，附件3-4为 69 万元；"
            + "项目报告（工程建设审批制度改革专项）称「共计支出69万元」，附件3-2为 10 万元：两项目的金额在报告与项目表之间对调");
    assertThat(crossForm(result, "/projectReports/1")).singleElement().satisfies(f -> {
      assertThat(f.found()).isEqualTo("69");
      assertThat(f.expected()).isEqualTo("10");
      assertThat(f.location().pointer()).isEqualTo("/projectReports/1");
    });
  }

  @Test
  void whenAThirdStatementFitsAsWellNoExchangeIsClaimed() throws Exception {
    // 5-12 and 5-13 state each other's budget (5 and 20), but 5-11 already states 20 for a project of 5:
    // 5-12's "5" fits 3-11 as well as 3-13, so which two reports were exchanged is not clear
    PackageEvaluation result = EVALUATOR.evaluate(seed(root -> {
      replaceInText(root.at("/projectReports/11"), "专项资金20万元", "专项资金5万元");
      replaceInText(root.at("/projectReports/12"), "专项资金5万元", "专项资金20万元");
    }));

    assertThat(crossForm(result, "/projectReports")).extracting(Finding::messageZh)
        .noneMatch(m -> m.contains("对调"))
        .contains("附件5-12称「安排质量安全监督管理专项资金5万元」，附件3-12为 20 万元",
            "附件5-13称「安排招投标监督管理专项资金20万元」，附件3-13为 5 万元",
            "附件5-11称「预算为20万元」，附件3-11为 5 万元");
  }

  // ---------------------------------------------------------------- the seed, edited

  private static EvaluationPackage seed(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(Examples.json(Examples.MILUO_2023).orElseThrow());
    edit.accept(root);
    return PackageJson.create().read(JSON.writeValueAsBytes(root));
  }

  private static void amount(ObjectNode root, String pointer, int value) {
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) root.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
  }

  /** Replaces {@code from} by {@code to} in every string under {@code node} (exactly once in all). */
  private static void replaceInText(JsonNode node, String from, String to) {
    int[] count = {0};
    replace(node, from, to, count);
    assertThat(count[0]).as("occurrences of %s", from).isEqualTo(1);
  }

  private static void replace(JsonNode node, String from, String to, int[] count) {
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> {
        JsonNode child = o.get(name);
        if (child.isTextual() && child.asText().contains(from)) {
          o.set(name, TextNode.valueOf(child.asText().replace(from, to)));
          count[0]++;
        } else {
          replace(child, from, to, count);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode child = node.get(i);
        if (child.isTextual() && child.asText().contains(from)) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(child.asText().replace(from, to)));
          count[0]++;
        } else {
          replace(child, from, to, count);
        }
      }
    }
  }
}

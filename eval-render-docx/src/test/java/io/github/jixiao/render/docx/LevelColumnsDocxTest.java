package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A table that prints its levels' own 分值 (the 2017 Hunan 部门整体 table of the corpus) prints them in
 * Word in columns of their own, merged down beside the group's rows; a level's own 得分 too (issue 21).
 */
class LevelColumnsDocxTest {
  private static final String YUHUA = "hunan-2017-yuhua-dianshang-wuliu-bumen";

  private static XWPFTable indicators(EvaluationPackage pkg) {
    return indicators(pkg, "附件1");
  }

  private static XWPFTable indicators(EvaluationPackage pkg, String label) {
    byte[] docx = Seed.render(RenderRequest.of(pkg, Evaluator.of(Evaluator.chooseProfile(pkg, Profiles.builtIn(), null))
        .evaluate(pkg), RenderMode.REPORTED));
    List<XWPFTable> tables = FormTablesTest.tablesByLabel(FormTablesTest.read(docx)).get(label);
    return tables.stream().filter(t -> texts(t.getRow(0)).contains("三级指标")).findFirst().orElseThrow();
  }

  private static List<String> texts(XWPFTableRow r) {
    return r.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  private static XWPFTableRow row(XWPFTable t, String name) {
    return t.getRows().stream().filter(r -> texts(r).contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name));
  }

  @Test
  void levelWeightsHaveColumnsOfTheirOwnMergedBesideTheirRows() {
    XWPFTable t = indicators(Examples.load(YUHUA));
    assertThat(texts(t.getRow(0)).subList(1, 6)).containsExactly("一级指标", "分值", "二级指标", "分值", "三级指标");
    XWPFTableRow first = row(t, "在职人员控制率");
    assertThat(texts(first).subList(1, 6)).containsExactly("投入", "13", "预算配置", "13", "在职人员控制率");
    assertThat(FormTablesTest.vMerge(first.getCell(2))).isEqualTo("restart");
    assertThat(FormTablesTest.vMerge(first.getCell(4))).isEqualTo("restart");
    XWPFTableRow second = row(t, "“三公经费”变动率");
    assertThat(FormTablesTest.vMerge(second.getCell(2))).isEqualTo("continue");
    assertThat(FormTablesTest.vMerge(second.getCell(4))).isEqualTo("continue");
    assertThat(texts(row(t, "预算完成率")).subList(1, 6)).containsExactly("过程", "61", "预算执行", "20", "预算完成率");
    // the rows keep their own 分值 and 得分
    assertThat(texts(first).subList(6, 8)).containsExactly("5", "5");
  }

  @Test
  void aLevelsOwnScoreFollowsItsWeight() throws Exception {
    String json = new String(Examples.json(YUHUA).orElseThrow(), StandardCharsets.UTF_8)
        .replace("\"label\": \"投入\", \"weight\": 13,", "\"label\": \"投入\", \"weight\": 13, \"score\": 12,")
        .replace("{ \"label\": \"预算配置\", \"weight\": 13, \"rows\"", "{ \"label\": \"预算配置\", \"weight\": 13, \"score\": 11, \"rows\"");
    XWPFTable t = indicators(PackageJson.create().read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(texts(t.getRow(0)).subList(1, 8)).containsExactly("一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标");
    assertThat(texts(row(t, "在职人员控制率")).subList(1, 8)).containsExactly("投入", "13", "12", "预算配置", "13", "11",
        "在职人员控制率");
    assertThat(texts(row(t, "预算完成率")).subList(1, 8)).containsExactly("过程", "61", "", "预算执行", "20", "", "预算完成率");
  }

  @Test
  void aScoringTablesCriteriaAndExplanationAreColumnsAfterTheScore() {
    XWPFTable t = indicators(Examples.load(YUHUA));
    assertThat(texts(t.getRow(0)).subList(6, 10)).containsExactly("分值", "得分", "评价标准", "指标说明");
    List<String> row = texts(row(t, "预算完成率"));
    assertThat(row.get(8)).isEqualTo("100%计满分,每低于5%扣2分,扣完为止。");
    assertThat(row.get(9)).isEqualTo("预算完成率=(上年结转+年初预算+本年追加预算-年末结余/上年结转+年初预算+本年追加预算)×100%。");
  }

  @Test
  void aScoringTablePrintsNoResultColumnItsRowsLeaveBlank() {
    XWPFTable t = indicators(Examples.load(YUHUA));
    assertThat(texts(t.getRow(0))).hasSize(10)
        .noneMatch(h -> h.contains("指标值") || h.contains("完成值") || h.startsWith("偏差原因"));
    // the table ends with 指标说明, and the total row's grade cell spans 评价标准 and 指标说明
    assertThat(texts(t.getRow(0)).get(9)).isEqualTo("指标说明");
  }

  @Test
  void theUsualTableKeepsItsResultColumns() {
    XWPFTable t = indicators(Examples.miluo2023(), "附件2");
    assertThat(String.join("|", texts(t.getRow(0))).replaceAll("\\s", "")).contains("三级指标|年度指标值|实际完成值|分值|得分|偏差原因");
  }
}

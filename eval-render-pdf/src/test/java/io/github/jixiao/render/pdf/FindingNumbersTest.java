package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.model.render.FindingIndex;
import io.github.jixiao.model.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: the PDF numbers findings with the package's one numbering — the number next
 * to a finding (a mark in a table or report, its line in 审核意见) is its {@code "id"} in the score
 * JSON — and counts them from the request's findings.
 */
class FindingNumbersTest {

  /** The score JSON's findings by id. */
  static final Map<Integer, JsonNode> BY_ID = new TreeMap<>();
  static PdfText pdf;

  @BeforeAll
  static void read() throws Exception {
    JsonNode json = new ObjectMapper().readTree(EvaluationJson.write(Seed.EVALUATION));
    collect(json);
    pdf = Seed.reportedText();
  }

  private static void collect(JsonNode node) {
    if (node.isObject() && node.has("id") && node.has("code") && node.has("messageZh")) {
      BY_ID.put(node.get("id").asInt(), node);
    }
    node.forEach(FindingNumbersTest::collect);
  }

  @Test
  void everyLineOf审核意见CarriesItsFindingsIdFromTheScoreJson() {
    assertThat(BY_ID).hasSize(60);
    assertThat(BY_ID.keySet()).containsExactlyElementsOf(range(1, 60));
    int from = pdf.bookmark("审核意见").page();
    String list = pdf.text(from, pdf.pageCount);
    int at = 0;
    for (Map.Entry<Integer, JsonNode> e : BY_ID.entrySet()) {
      JsonNode f = e.getValue();
      // 编号 级别 位置 说明: "14提示附件3-3项目名称项目名称在附件1中为…"
      String row = e.getKey() + Severity.valueOf(f.get("severity").asText()).chinese()
          + PdfText.squeeze(f.get("location").get("text").asText()) + PdfText.squeeze(f.get("messageZh").asText());
      int found = list.indexOf(row, at);
      assertThat(found).as("finding %d: %s", e.getKey(), row).isGreaterThanOrEqualTo(0);
      at = found + row.length();
      // a comparison between forms is not a correction: no 应为 after its message
      if (f.get("code").asText().equals("CROSS_FORM_MISMATCH")) {
        assertThat(list.substring(at, Math.min(list.length(), at + 4))).as("finding %d", e.getKey()).doesNotStartWith("（应为");
      }
    }
  }

  @Test
  void everyMarkInTheFormsAndReportsIsTheIdOfAFindingAboutWhatThatPageShows() {
    Map<Integer, String> partOfPage = parts();
    Map<Integer, Integer> marked = new TreeMap<>();
    Pattern mark = Pattern.compile("\\[(\\d{1,3})\\]");
    int findings = pdf.bookmark("评分汇总").page();
    for (int p = 1; p < findings; p++) {
      Matcher m = mark.matcher(PdfText.squeeze(pdf.pages.get(p - 1)));
      while (m.find()) {
        int id = Integer.parseInt(m.group(1));
        String part = partOfPage.get(p);
        JsonNode f = BY_ID.get(id);
        assertThat(f).as("mark [%d] on page %d", id, p).isNotNull();
        String pointer = f.get("location").get("pointer").asText();
        // a cross-form finding is marked on the form whose cell it points at
        assertThat(pointer).as("mark [%d] on page %d (%s)", id, p, part).startsWith(part);
        marked.merge(id, 1, Integer::sum);
      }
    }
    // every finding is marked somewhere on the part it points at
    assertThat(marked.keySet()).containsExactlyElementsOf(BY_ID.keySet());
  }

  @Test
  void theCountsIn审核意见AreTheRequestsFindingsCounted() {
    FindingIndex index = Seed.reported().findings();
    Map<Severity, Integer> counts = index.counts();
    int from = pdf.bookmark("审核意见").page();
    assertThat(pdf.text(from, from)).contains("共" + index.size() + "条：错误" + counts.get(Severity.ERROR) + "条，警告"
        + counts.get(Severity.WARNING) + "条，提示" + counts.get(Severity.INFO) + "条");
    // and that is every finding of the package, cross-form ones included
    assertThat(index.size()).isEqualTo((int) Seed.EVALUATION.allFindings().count()).isEqualTo(BY_ID.size());
  }

  /** The JSON pointer of the part each page shows, from the bookmarks. */
  private static Map<Integer, String> parts() {
    Map<Integer, String> start = new TreeMap<>();
    for (PdfText.Bookmark b : pdf.bookmarks) {
      switch (b.title()) {
        case "部门整体支出绩效自评报告" -> start.put(b.page(), "/departmentReport");
        case "附件1 部门整体支出绩效评价基础数据表" -> start.put(b.page(), "/basicData");
        case "附件2 部门整体支出绩效自评表" -> start.put(b.page(), "/departmentEvaluation");
        case "附件3 项目支出绩效自评表" -> {
          for (int i = 0; i < b.children().size(); i++) {
            start.put(b.children().get(i).page(), "/projectEvaluations/" + i);
          }
        }
        case "附件5 项目支出绩效自评报告" -> {
          for (int i = 0; i < b.children().size(); i++) {
            start.put(b.children().get(i).page(), "/projectReports/" + i);
          }
        }
        default -> start.put(b.page(), b.title());
      }
    }
    Map<Integer, String> out = new TreeMap<>();
    String part = "";
    for (int p = 1; p <= pdf.pageCount; p++) {
      part = start.getOrDefault(p, part);
      out.put(p, part);
    }
    return out;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }
}

package io.github.jixiao.examples.html;

import static io.github.jixiao.examples.html.Dom.one;
import static io.github.jixiao.examples.html.Dom.text;
import static io.github.jixiao.examples.html.HtmlRendererTest.EVALUATION;
import static io.github.jixiao.examples.html.HtmlRendererTest.SEED;
import static io.github.jixiao.examples.html.HtmlRendererTest.reported;
import static io.github.jixiao.examples.html.HtmlRendererTest.withFindings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 审核意见 on the page (issue 15, points 1 and 9): only with {@code html.findings=true}; numbered
 * with the package's one numbering, the ids of the score JSON; each mark in the part whose cell
 * it is about and beside the value, never inside its text; the summary's counts from the same
 * findings.
 */
class HtmlFindingsTest {
  /** The score JSON's findings by id: pointer and Chinese message. */
  static final Map<Integer, String[]> JSON = new TreeMap<>();
  static Document marked;

  @BeforeAll
  static void renderAndReadTheScoreJson() throws Exception {
    JsonNode root = new ObjectMapper().readTree(EvaluationJson.write(EVALUATION));
    List<JsonNode> all = new ArrayList<>();
    root.get("evaluations").forEach(e -> e.get("findings").forEach(all::add));
    root.get("findings").forEach(all::add);
    for (JsonNode f : all) {
      JSON.put(f.get("id").asInt(), new String[] {f.get("location").get("pointer").asText(), f.get("messageZh").asText()});
    }
    marked = Dom.render(withFindings(reported()));
  }

  /** The id of the page part that shows a pointer's value; {@code null} for the package as a whole. */
  static String partOf(String pointer) {
    String[] seg = pointer.split("/");
    if (seg.length < 2) {
      return null;
    }
    return switch (seg[1]) {
      case "departmentReport" -> "department-report";
      case "basicData" -> "basic-data";
      case "departmentEvaluation" -> "form-" + SEED.departmentEvaluation().label();
      case "projectEvaluations" -> "form-" + SEED.projectEvaluations().get(Integer.parseInt(seg[2])).label();
      case "projectReports" -> "report-" + seg[2];
      default -> throw new AssertionError(pointer);
    };
  }

  @Test
  void theListNumbersEachFindingWithItsIdInTheScoreJson() {
    assertThat(JSON).isNotEmpty();
    Elements items = marked.select("#findings ol.findings > li");
    assertThat(items).hasSize(JSON.size());
    for (int i = 0; i < items.size(); i++) {
      int id = i + 1;
      Element li = items.get(i);
      assertThat(li.id()).isEqualTo("finding-" + id);
      assertThat(li.attr("value")).as("the number the list shows").isEqualTo(String.valueOf(id));
      assertThat(li.text()).as("finding %d", id).contains(JSON.get(id)[1]);
    }
    assertThat(marked.select("ol.findings").text()).as("no empty expected value").doesNotContain("应为 ，", "填报 ）");
    // a cross-form comparison is not a correction: its item says which value is whose, and no 应为
    assertThat(marked.select("ol.findings li").eachText().stream().filter(t -> t.contains("对调")).toList())
        .isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("应为"));
  }

  @Test
  void eachFindingIsMarkedOnceInThePartOfItsCellAndLinksToItsEntry() {
    for (Map.Entry<Integer, String[]> f : JSON.entrySet()) {
      String part = partOf(f.getValue()[0]);
      Elements marks = marked.select("sup.mark a[href='#finding-" + f.getKey() + "']");
      if (part == null) {
        assertThat(marks).as("a finding about the whole package has no cell").isEmpty();
        continue;
      }
      assertThat(marks).as("marks of finding %d (%s)", f.getKey(), f.getValue()[0]).hasSize(1);
      Element section = marks.first().closest("section.part");
      assertThat(section).isNotNull();
      assertThat(section.id()).as("finding %d at %s", f.getKey(), f.getValue()[0]).isEqualTo(part);
      assertThat(marks.first().text()).isEqualTo("[" + f.getKey() + "]");
      assertThat(marks.first().parent().id()).isEqualTo("mark-" + f.getKey());
      assertThat(marked.select("li#finding-" + f.getKey() + " a.back").attr("href")).as("the way back to the cell")
          .isEqualTo("#mark-" + f.getKey());
      Element cell = marks.first().closest("td, th");
      if (cell != null) {
        assertThat(cell.hasClass("finding") || cell.tagName().equals("th")).isTrue();
        assertThat(cell.attr("title")).contains("[" + f.getKey() + "] " + f.getValue()[1]);
      }
    }
  }

  @Test
  void aMarkStandsBesideItsNumberNeverInsideIt() {
    SelfEvaluationForm dept = SEED.departmentEvaluation();
    int id = JSON.entrySet().stream().filter(e -> e.getValue()[0].equals("/departmentEvaluation/reportedTotal"))
        .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    Element total = one(marked, "#form-2 tr.total > td.finding:has(a[href='#finding-" + id + "'])");
    assertThat(text(total)).as("the cell's value without its mark").isEqualTo(dept.reportedTotal().toString());
    assertThat(total.ownText()).isEqualTo(dept.reportedTotal().toString());
    assertThat(total.select("sup.mark")).hasSize(1);
    assertThat(total.hasClass("num")).isTrue();
  }

  @Test
  void theSummaryCountsEachFormsFindingsFromTheSameNumbering() {
    Elements rows = marked.select("#summary tbody tr");
    List<String> pointers = new ArrayList<>();
    pointers.add("/departmentEvaluation");
    for (int i = 0; i < SEED.projectEvaluations().size(); i++) {
      pointers.add("/projectEvaluations/" + i);
    }
    assertThat(rows).hasSize(pointers.size());
    assertThat(one(marked, "#summary thead tr").select("th").last().text()).isEqualTo("审核意见");
    for (int i = 0; i < rows.size(); i++) {
      String p = pointers.get(i);
      long expected = JSON.values().stream().filter(f -> f[0].equals(p) || f[0].startsWith(p + "/")).count();
      assertThat(rows.get(i).select("td").last().text()).as("count of %s", p).isEqualTo(String.valueOf(expected));
    }
    // the cross-form finding about 3-12's funds (checked against 附件1) is counted under 3-12, whose cells it marks
    assertThat(rows.get(12).select("td").last().text()).isEqualTo("5");
  }

  @Test
  void byDefaultThePublishedPageShowsNoFindingsAndNoMarks() throws Exception {
    Document page = Dom.render(reported());
    assertThat(page.select("#findings, sup.mark, .finding, mark")).isEmpty();
    assertThat(page.text()).doesNotContain("审核意见");
    assertThat(one(page, "h1").text()).endsWith("（公开）");
    assertThat(Dom.texts(one(page, "#summary thead tr").select("th"))).containsExactly("附件", "名称", "实施单位", "总分（填报）");
  }

  @Test
  void computedModeListsTheFindingsWhenAskedButMarksNothing() throws Exception {
    Document page = Dom.render(withFindings(RenderRequest.of(SEED, EVALUATION, RenderMode.COMPUTED)));
    assertThat(page.select("#findings ol.findings > li")).hasSize(JSON.size());
    assertThat(page.select("sup.mark, .finding")).isEmpty();
  }

  @Test
  void theFindingsSectionIsInTheTableOfContentsOnlyWhenShown() throws Exception {
    assertThat(marked.select("nav#toc a[href='#findings']")).hasSize(1);
    assertThat(Dom.render(reported()).select("nav#toc a[href='#findings']")).isEmpty();
  }
}

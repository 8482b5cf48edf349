package io.github.jixiao.examples.html;

import static io.github.jixiao.examples.html.Dom.cells;
import static io.github.jixiao.examples.html.Dom.one;
import static io.github.jixiao.examples.html.Dom.squeeze;
import static io.github.jixiao.examples.html.Dom.text;
import static io.github.jixiao.examples.html.HtmlRendererTest.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Report;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms and reports as the official package prints them (issue 15, point 9), read from the
 * DOM of the SUBMISSION page (the package as printed): the labels and blocks of 附件1, 附件2 and
 * 附件3-n as the PDF prints them, 执行率 and 得分 apart, cell text line by line, covers, the
 * table of contents, and every table in a box of its own that scrolls on a phone.
 */
class HtmlFidelityTest {
  static Document page;

  @BeforeAll
  static void render() throws Exception {
    page = Dom.render(RenderRequest.of(SEED, null, RenderMode.SUBMISSION));
  }

  static List<String> headerTexts(Element section) {
    return section.select("th").stream().map(Dom::text).toList();
  }

  @Test
  void theDepartmentFormPrintsItsOwnLabelsNotAProjectForms() {
    Element form = one(page, "#form-" + SEED.departmentEvaluation().label());
    List<String> heads = headerTexts(form);
    assertThat(heads).contains("预算部门名称", "年度预算申请\n（万元）", "年度\n总体\n目标", "预期目标", "实际完成情况", "绩\n效\n指\n标", "总分")
        .doesNotContain("项目名称", "项目支出名称", "项目资金\n（万元）", "资金构成");
    assertThat(text(form.select("p.attachment").first())).isEqualTo("附件2");
    assertThat(text(one(form, "h2"))).isEqualTo(SEED.departmentEvaluation().title());
    // the funds split in two halves, as printed
    Element table = one(form, "table.top");
    assertThat(Dom.texts(table.select("td"))).contains("按收入性质分：", "按支出性质分：", "其中：一般公共预算：15438.43",
        "其中：基本支出：2352.1", "政府性基金拨款：1219.91", "项目支出：15125.49", "纳入专户管理的非税收入拨款：");
  }

  @Test
  void projectFormsPrintTheirProjectLabels() {
    for (SelfEvaluationForm f : SEED.projectEvaluations()) {
      Element form = one(page, "#form-" + f.label());
      List<String> heads = headerTexts(form);
      assertThat(heads.get(0)).isEqualTo("项目支出名称");
      assertThat(heads).contains("主管部门", "实施单位", "项目资金\n（万元）").doesNotContain("项目名称", "预算部门名称");
      assertThat(text(one(form, "table.top tr:eq(0) > td"))).isEqualTo(f.name());
    }
  }

  @Test
  void executionRateAndScoreAreSeparateColumns() {
    List<SelfEvaluationForm> forms = new ArrayList<>(SEED.projectEvaluations());
    forms.add(0, SEED.departmentEvaluation());
    for (SelfEvaluationForm f : forms) {
      Element table = one(page, "#form-" + f.label() + " table.top");
      Element head = table.select("tr:has(th.side)").first();
      assertThat(cells(head)).endsWith("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
      List<Element> rows = new ArrayList<>(table.select("tr"));
      int at = rows.indexOf(head);
      for (int i = 0; i < f.funds().rows().size(); i++) {
        FundsRow r = f.funds().rows().get(i);
        List<String> c = cells(rows.get(at + 1 + i));
        assertThat(c).as("附件%s funds row %d", f.label(), i).hasSize(7);
        assertThat(c.get(5)).isEqualTo(r.executionRate() == null ? "" : r.executionRate());
        assertThat(c.get(6)).isEqualTo(r.score() == null ? "" : r.score().toString());
      }
    }
  }

  @Test
  void basicDataPrintsItsOfficialBlocksEvenTheEmptyBuildingsBlock() {
    BasicDataTable t = SEED.basicData();
    Element s = one(page, "#basic-data");
    assertThat(text(one(s, "p.attachment"))).isEqualTo("附件1");
    assertThat(text(one(s, "h2"))).isEqualTo(t.title());
    assertThat(headerTexts(one(s, "table.staffing"))).containsExactly("财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率");
    assertThat(Dom.texts(one(s, "table.staffing").select("td"))).containsExactly("195", "188", "96.41%");
    Elements control = one(s, "table.control").select("tr");
    assertThat(cells(control.first())).containsExactly("经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数");
    assertThat(control.stream().skip(1).map(r -> text(r.child(0))).toList())
        .isEqualTo(t.allRows().map(ControlRow::label).toList());
    Element buildings = one(s, "table.buildings");
    assertThat(headerTexts(buildings)).containsExactly("楼堂馆所控制情况（2023年完工项目）", "批复规模\n（㎡）", "实际规模\n（㎡）",
        "规模控制率", "预算投资\n（万元）", "实际投资\n（万元）", "投资概算\n控制率", "厉行节约保障措施");
    assertThat(buildings.select("th").first().attr("rowspan")).isEqualTo("2");
    assertThat(one(buildings, "tr.blank").select("td")).hasSize(6);
    assertThat(text(one(buildings, "tr:has(th:contains(厉行节约保障措施)) > td"))).isEqualTo(t.savingMeasures());
    assertThat(one(s, "p.footer").text()).contains("填表人：", "填报日期：", "联系电话：", "单位负责人签字：");
  }

  @Test
  void cellTextKeepsItsLinesSoNumberedListsStayLists() {
    List<SelfEvaluationForm> forms = new ArrayList<>(SEED.projectEvaluations());
    forms.add(0, SEED.departmentEvaluation());
    int multiLine = 0;
    for (SelfEvaluationForm f : forms) {
      Elements names = page.select("#form-" + f.label() + " table.indicators td.name");
      List<IndicatorRow> rows = f.rows().toList();
      assertThat(names).as("附件%s rows", f.label()).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        IndicatorRow r = rows.get(i);
        Element name = names.get(i);
        assertThat(text(name)).isEqualTo(nullToEmpty(r.name()));
        assertThat(text(name.nextElementSibling())).isEqualTo(nullToEmpty(r.target()));
        assertThat(text(name.nextElementSibling().nextElementSibling())).isEqualTo(nullToEmpty(r.actual()));
        multiLine += r.name() != null && r.name().contains("\n") ? 1 : 0;
      }
    }
    assertThat(multiLine).as("rows whose name is a numbered list").isPositive();
    Element first = page.select("#form-2 table.indicators td.name").first();
    assertThat(first.select("br")).hasSize(9);
    assertThat(text(first).lines().toList()).startsWith("1. 核发施工许可证。", "2. 商品房预算许可。").hasSize(10);
    // the goals too
    assertThat(text(page.select("#form-2 table.top tr:has(th:contains(预期目标)) + tr > td").first())).isEqualTo(
        SEED.departmentEvaluation().goals().get(0).expected());
  }

  @Test
  void reportsHaveTheirCoversAsPrinted() {
    List<Report> reports = new ArrayList<>(SEED.projectReports());
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      Element s = one(page, "#report-" + i);
      if (r.cover() == null) {
        assertThat(s.select(".cover")).isEmpty();
        continue;
      }
      Element cover = one(s, ".cover");
      String title = r.cover().title() != null ? r.cover().title() : r.title();
      assertThat(text(one(cover, ".cover-title"))).isEqualTo(title);
      assertThat(cover.select("p.cover-line").stream().map(Dom::text).toList()).isEqualTo(r.cover().lines());
      if (r.label() != null) {
        assertThat(text(one(cover, "p.attachment"))).isEqualTo("附件" + r.label());
      }
      assertThat(text(one(s, "h2.report-title"))).isEqualTo(r.title());
    }
    Element dept = one(page, "#department-report .cover");
    assertThat(text(one(dept, ".cover-title"))).isEqualTo(SEED.departmentReport().title());
    assertThat(Dom.texts(dept.select("p.cover-line"))).hasSize(2);
  }

  @Test
  void theTableOfContentsLinksEveryPartInPageOrder() {
    Elements links = page.select("nav#toc a");
    List<String> targets = links.stream().map(a -> a.attr("href").substring(1)).toList();
    List<String> parts = page.select("section.part").stream().map(Element::id).toList();
    assertThat(targets).isEqualTo(parts);
    assertThat(parts).hasSize(1 + 1 + 1 + SEED.projectEvaluations().size() + SEED.projectReports().size());
    assertThat(Dom.texts(links)).contains("附件1 2023年度部门整体支出绩效评价基础数据表", "附件2 2023年度部门整体支出绩效自评表",
        "附件3-1 帮代办工作经费", "附件5-5 2023年度施工图审查项目项目支出绩效自评报告");
    assertThat(page.select("nav#toc > ul > li > ul")).hasSize(2);
  }

  @Test
  void everyTableScrollsInItsOwnBoxAndTheIndicatorNameColumnSticks() {
    Elements tables = page.select("table");
    assertThat(tables).isNotEmpty();
    assertThat(tables).allSatisfy(t -> assertThat(t.parent().hasClass("scroll")).as(t.className()).isTrue());
    for (Element t : page.select("table.indicators")) {
      assertThat(t.select("th.name")).hasSize(1);
    }
    String css = one(page, "style").data();
    assertThat(css).contains(".scroll{overflow-x:auto", ".indicators .name{position:sticky;left:0",
        "border-collapse:separate", "@media (max-width:640px)");
  }

  @Test
  void numbersAreRightAligned() {
    assertThat(page.select("table.control td.num")).hasSizeGreaterThan(60);
    String css = one(page, "style").data();
    assertThat(css).contains("td.num{text-align:right;white-space:nowrap}");
    assertThat(squeeze(one(page, "#form-2 tr.total").select("td.num").text())).isEqualTo("10099");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.replace("\r\n", "\n");
  }
}

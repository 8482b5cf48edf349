package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.result.FormEvaluation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * The seed's 附件2 and 附件3-n as Word tables, read back with XWPF: a header block and an
 * indicator table per form, the header row repeated, rows kept whole, 一级/二级 and the side
 * label merged over their rows, the seed's values in their cells, the 总分 row, computed scores
 * beside the printed ones, the grid filling the text width.
 */
class FormTablesTest {

  static XWPFDocument reported;
  static XWPFDocument computed;
  static XWPFDocument submission;
  static Map<String, List<XWPFTable>> reportedForms;
  static Map<String, List<XWPFTable>> computedForms;

  @BeforeAll
  static void render() throws IOException {
    byte[] r = Seed.reported();
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/seed-reported.docx"), r); // to look at
    reported = read(r);
    computed = read(Seed.computed());
    submission = read(Seed.submission());
    reportedForms = tablesByLabel(reported);
    computedForms = tablesByLabel(computed);
  }

  // ---------------------------------------------------------------- reading a document back

  static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tables of each part, by its label paragraph ("附件3-1"), in order. */
  static Map<String, List<XWPFTable>> tablesByLabel(XWPFDocument doc) {
    Map<String, List<XWPFTable>> out = new LinkedHashMap<>();
    List<XWPFTable> current = null;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && (StyleSheet.LABEL.equals(p.getStyle())
          || StyleSheet.TOC_HEADING.equals(p.getStyle()) || StyleSheet.TITLE.equals(p.getStyle()))) {
        current = StyleSheet.LABEL.equals(p.getStyle()) ? new ArrayList<>() : null;
        if (current != null) {
          out.put(p.getText(), current);
        }
      } else if (e instanceof XWPFTable t && current != null) {
        current.add(t);
      }
    }
    return out;
  }

  static @Nullable XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (style.equals(p.getStyle()) && p.getText().equals(text)) {
        return p;
      }
    }
    return null;
  }

  static boolean cantSplit(XWPFTableRow r) {
    return r.getCtRow().isSetTrPr() && r.getCtRow().getTrPr().sizeOfCantSplitArray() > 0;
  }

  static boolean header(XWPFTableRow r) {
    return r.getCtRow().isSetTrPr() && r.getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
  }

  /** A cell's vertical merge: null, "restart" or "continue". */
  static @Nullable String vMerge(XWPFTableCell c) {
    CTTcPr pr = c.getCTTc().getTcPr();
    if (pr == null || !pr.isSetVMerge()) {
      return null;
    }
    return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal().toString() : "continue";
  }

  static int span(XWPFTableCell c) {
    CTTcPr pr = c.getCTTc().getTcPr();
    return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
  }

  static int width(XWPFTableCell c) {
    return ((BigInteger) c.getCTTc().getTcPr().getTcW().getW()).intValue();
  }

  static @Nullable String fill(XWPFTableCell c) {
    CTTcPr pr = c.getCTTc().getTcPr();
    return pr != null && pr.isSetShd() ? pr.getShd().xgetFill().getStringValue() : null;
  }

  /** The cell covering grid column {@code col} of the row. */
  static XWPFTableCell at(XWPFTableRow r, int col) {
    int g = 0;
    for (XWPFTableCell c : r.getTableCells()) {
      g += span(c);
      if (g > col) {
        return c;
      }
    }
    throw new AssertionError("no cell at column " + col);
  }

  static List<Integer> gridWidths(XWPFTable t) {
    List<Integer> out = new ArrayList<>();
    for (var c : t.getCTTbl().getTblGrid().getGridColList()) {
      out.add(((BigInteger) c.getW()).intValue());
    }
    return out;
  }

  /** The lengths of the vertical merges in grid column {@code col} over rows {@code from..to}. */
  static List<Integer> merges(XWPFTable t, int col, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String m = vMerge(at(t.getRow(i), col));
      if (m == null || m.equals("restart")) {
        out.add(1);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + 1);
      }
    }
    return out;
  }

  static List<SelfEvaluationForm> seedForms() {
    List<SelfEvaluationForm> forms = new ArrayList<>();
    forms.add(Seed.PKG.departmentEvaluation());
    forms.addAll(Seed.PKG.projectEvaluations());
    return forms;
  }

  static XWPFTable indicators(Map<String, List<XWPFTable>> forms, String label) {
    return forms.get("附件" + label).get(1);
  }

  static XWPFTableRow totalRow(XWPFTable t) {
    return t.getRow(t.getNumberOfRows() - 1);
  }

  // ---------------------------------------------------------------- tests

  @Test
  void everyFormIsAHeaderBlockAndAnIndicatorTable() {
    assertThat(reportedForms.keySet()).containsSubsequence("附件1", "附件2", "附件3-1", "附件3-14");
    for (SelfEvaluationForm f : seedForms()) {
      assertThat(reportedForms.get("附件" + f.label())).as(f.label()).hasSize(2);
    }
    // 附件2 has no 主管部门 row: name, the funds header, its rows and splits, the goals
    XWPFTable top = reportedForms.get("附件2").get(0);
    assertThat(top.getRow(0).getCell(0).getText()).isEqualTo("预算部门名称");
    assertThat(top.getRow(0).getCell(1).getText()).isEqualTo("汨罗市住建系统");
    XWPFTable p1 = reportedForms.get("附件3-1").get(0);
    assertThat(p1.getRow(0).getCell(1).getText()).isEqualTo("帮代办工作经费");
    assertThat(p1.getRow(1).getCell(0).getText()).isEqualTo("主管部门");
  }

  @Test
  void theLabelIsTheOnlyNavigationEntryAndTheTitleCarriesTheFormsFindings() {
    XWPFParagraph label = paragraph(reported, StyleSheet.LABEL, "附件3-1");
    assertThat(label).isNotNull();
    assertThat(label.getCTP().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
    XWPFParagraph title = paragraph(reported, StyleSheet.FORM_TITLE, "2023年度项目支出绩效自评表");
    assertThat(title).isNotNull();
    assertThat(title.getCTP().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(9));
    assertThat(paragraph(reported, StyleSheet.FORM_TITLE, "2023年度部门整体支出绩效自评表")).isNotNull();
  }

  @Test
  void theIndicatorHeaderRowRepeatsOnEveryPage() {
    for (SelfEvaluationForm f : seedForms()) {
      XWPFTable t = indicators(reportedForms, f.label());
      assertThat(header(t.getRow(0))).as(f.label()).isTrue();
      assertThat(t.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
              t.getRow(0).getCell(8).getText());
      assertThat(t.getRow(0).getCell(8).getText()).startsWith("偏差原因");
      for (int i = 1; i < t.getNumberOfRows(); i++) {
        assertThat(header(t.getRow(i))).as("%s row %d", f.label(), i).isFalse();
      }
    }
  }

  @Test
  void rowsAreKeptWholeButTheDepartmentFormsTallFirstIndicatorRow() {
    List<String> split = new ArrayList<>();
    for (Map.Entry<String, List<XWPFTable>> e : reportedForms.entrySet()) {
      for (XWPFTable t : e.getValue()) {
        for (int i = 0; i < t.getNumberOfRows(); i++) {
          if (!cantSplit(t.getRow(i))) {
            split.add(e.getKey() + " " + t.getRow(i).getCell(3).getText().substring(0, 6) + " row " + i);
          }
        }
      }
    }
    // 附件2's first row holds ten-line lists: it may split rather than leave half a page blank
    assertThat(split).containsExactly("附件2 1. 核发施 row 1");
  }

  @Test
  void mergesLevelOneAndLevelTwoCellsOverTheirRows() {
    for (SelfEvaluationForm f : seedForms()) {
      XWPFTable t = indicators(reportedForms, f.label());
      int body = t.getNumberOfRows() - 1;
      List<Integer> level1 = new ArrayList<>();
      List<Integer> level2 = new ArrayList<>();
      for (Level1Group g : f.indicators()) {
        level1.add(FormWriter.rows(g));
        g.children().forEach(c -> level2.add(Math.max(1, c.rows().size())));
      }
      assertThat(merges(t, 1, 1, body)).as("附件%s 一级", f.label()).isEqualTo(level1);
      assertThat(merges(t, 2, 1, body)).as("附件%s 二级", f.label()).isEqualTo(level2);
      assertThat(merges(t, 0, 1, body)).as("附件%s 绩效指标", f.label()).containsExactly(body - 1);
      assertThat(at(t.getRow(1), 0).getText()).isEqualTo("绩\n效\n指\n标");
    }
    // 附件3-14: 产出指标 over 19 rows, its 数量指标 over 10
    XWPFTable t = indicators(reportedForms, "3-14");
    assertThat(merges(t, 1, 1, t.getNumberOfRows() - 1)).containsExactly(19, 5, 1, 3);
    assertThat(at(t.getRow(1), 1).getText()).isEqualTo("产出指标\n(30分)");
  }

  @Test
  void theHeaderBlockMergesItsSideLabelsOverFundsAndGoals() {
    XWPFTable top = reportedForms.get("附件3-1").get(0);
    // name, units, the funds header, four funds rows, the goals header and one goal
    assertThat(top.getNumberOfRows()).isEqualTo(9);
    assertThat(top.getRow(2).getCell(0).getText()).isEqualTo("项目资金\n（万元）");
    assertThat(merges(top, 0, 2, 7)).containsExactly(5);
    assertThat(top.getRow(7).getCell(0).getText()).isEqualTo("年度\n总体\n目标");
    assertThat(merges(top, 0, 7, 9)).containsExactly(2);
    // 附件2: its 按收入性质分/按支出性质分 splits under the funds, in the same merge
    XWPFTable dept = reportedForms.get("附件2").get(0);
    assertThat(dept.getRow(1).getCell(0).getText()).isEqualTo("年度预算\n申请\n（万元）");
    assertThat(dept.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("", "按收入性质分：", "按支出性质分：");
    assertThat(dept.getRow(4).getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("", "其中：一般公共预算：15438.43", "其中：基本支出：2352.1");
  }

  @Test
  void showsTheSeedsPrintedValuesInTheirCells() {
    XWPFTableRow funds = reportedForms.get("附件2").get(0).getRow(2);
    assertThat(funds.getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("", "年度资金总额", "2674.4", "17477.59", "17477.59", "10", "100%", "10");
    assertThat(Docx.paragraph(funds.getCell(2)).getAlignment()).hasToString("RIGHT");
    XWPFTable t = indicators(reportedForms, "3-14");
    XWPFTableRow row = null;
    for (XWPFTableRow r : t.getRows()) {
      if (at(r, 3).getText().equals("办理项目竣工验收率")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(at(row, 4).getText()).isEqualTo("60个");
    assertThat(at(row, 5).getText()).isEqualTo("27个");
    assertThat(at(row, 7).getText()).isEqualTo("0.5");
    assertThat(at(row, 8).getText()).startsWith("根据市场实际情况");
  }

  @Test
  void theTotalRowSpansTheColumnsBeforeTheWeight() {
    for (SelfEvaluationForm f : seedForms()) {
      XWPFTableRow total = totalRow(indicators(reportedForms, f.label()));
      assertThat(total.getTableCells()).as(f.label()).hasSize(4);
      assertThat(span(total.getCell(0))).isEqualTo(6);
      assertThat(total.getCell(0).getText()).isEqualTo("总分");
      assertThat(total.getCell(1).getText()).isEqualTo("100");
      assertThat(total.getCell(2).getText()).isEqualTo(f.reportedTotal() == null ? "" : f.reportedTotal().toString());
      assertThat(span(total.getCell(3))).isEqualTo(1);
      // no grade when the scores are as printed
      assertThat(total.getCell(3).getText()).isEmpty();
    }
  }

  @Test
  void computedShowsJixiaosScoresAndThePrintedOnesWhereTheyDiffer() {
    // 附件3-13 prints no total; jixiao's is 99.38, and its 数量指标 row 9.38 where 10 is printed
    XWPFTableRow total = totalRow(indicators(computedForms, "3-13"));
    assertThat(total.getCell(2).getText()).isEqualTo("99.38\n填报空");
    assertThat(total.getCell(3).getText()).isEqualTo("等级：优");
    XWPFTable t = indicators(computedForms, "3-13");
    assertThat(at(t.getRow(1), 7).getText()).isEqualTo("9.38\n填报10");
    // 附件2: 109.69 against the printed 99, and it cannot be graded
    XWPFTableRow dept = totalRow(indicators(computedForms, "2"));
    assertThat(dept.getCell(2).getText()).isEqualTo("109.69\n填报99");
    assertThat(dept.getCell(3).getText()).startsWith("等级：—");
    // the funds score of the first 年度资金总额 row is the execution score
    FormEvaluation fe = Seed.EVALUATION.evaluations().stream()
        .filter(e -> e.pointer().equals("/projectEvaluations/0")).findFirst().orElseThrow();
    assertThat(reportedForms.get("附件3-1").get(0).getRow(3).getCell(7).getText()).isEqualTo("10");
    assertThat(computedForms.get("附件3-1").get(0).getRow(3).getCell(7).getText())
        .startsWith(Tables.number(fe.executionScore()));
    // where they agree, the value alone; where they differ, "填报" and the cell filled
    int changed = 0;
    for (List<XWPFTable> form : computedForms.values()) {
      for (XWPFTable table : form) {
        for (XWPFTableRow r : table.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            if (Docx.CHANGED.equals(fill(c))) {
              changed++;
              assertThat(c.getText()).contains("\n填报");
            }
          }
        }
      }
    }
    assertThat(changed).isPositive();
    assertThat(paragraph(computed, StyleSheet.NOTE,
        "按计算（jixiao，评分规则 hunan-2023）：得分与总分为计算值，与填报不同处以底色标出并注明填报值")).isNotNull();
    assertThat(paragraph(reported, StyleSheet.NOTE,
        "按计算（jixiao，评分规则 hunan-2023）：得分与总分为计算值，与填报不同处以底色标出并注明填报值")).isNull();
  }

  @Test
  void theGridFillsTheTextWidthAndEveryRowFillsTheGrid() {
    int width = Docx.Layout.FORM.width();
    for (Map.Entry<String, List<XWPFTable>> e : reportedForms.entrySet()) {
      for (XWPFTable t : e.getValue()) {
        List<Integer> grid = gridWidths(t);
        assertThat(grid.stream().mapToInt(Integer::intValue).sum()).as(e.getKey()).isEqualTo(width);
        for (XWPFTableRow r : t.getRows()) {
          int cells = 0;
          int columns = 0;
          for (XWPFTableCell c : r.getTableCells()) {
            cells += width(c);
            columns += span(c);
          }
          assertThat(cells).as(e.getKey()).isEqualTo(width);
          assertThat(columns).as(e.getKey()).isEqualTo(grid.size());
        }
      }
    }
  }

  @Test
  void aColumnWithLongerTextIsWider() {
    // 附件3-14: the names (建筑施工企业信用评价率 …) are longer than the deviation reasons
    List<Integer> w = gridWidths(indicators(reportedForms, "3-14"));
    assertThat(w.subList(0, 3)).containsExactly(FormWriter.SIDE, FormWriter.LEVEL, FormWriter.LEVEL);
    assertThat(w.subList(6, 8)).containsExactly(FormWriter.SCORE, FormWriter.SCORE);
    assertThat(w.get(3)).isGreaterThan(w.get(8));
    assertThat(w.get(3)).isGreaterThanOrEqualTo(Widths.width("建筑施工企业信用评价率") + Widths.PADDING);
    // 附件2: long lists in every text column, all wider than their least widths
    List<Integer> d = gridWidths(indicators(reportedForms, "2"));
    assertThat(d.get(3)).isGreaterThan(FormWriter.TEXT_MIN[0]);
    assertThat(d.get(5)).isGreaterThan(FormWriter.TEXT_MIN[2]);
  }

  @Test
  void submissionHasNoShading() {
    int filled = 0;
    for (List<XWPFTable> form : tablesByLabel(submission).values()) {
      for (XWPFTable t : form) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            filled += fill(c) == null ? 0 : 1;
          }
        }
      }
    }
    assertThat(filled).isZero();
    assertThat(tablesByLabel(submission).get("附件3-14")).hasSize(2);
    // REPORTED fills the cells its findings are about
    assertThat(fill(totalRow(indicators(reportedForms, "2")).getCell(2))).isEqualTo(Docx.background(
        io.github.jixiao.model.result.Severity.ERROR));
  }

  @Test
  void notesAndFooterFollowTheForm() {
    List<String> texts = new ArrayList<>();
    boolean in = false;
    for (IBodyElement e : reported.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        if (StyleSheet.LABEL.equals(p.getStyle())) {
          in = p.getText().equals("附件3-14");
        } else if (in && StyleSheet.NOTE.equals(p.getStyle())) {
          texts.add(p.getText());
        }
      }
    }
    SelfEvaluationForm f = Seed.PKG.projectEvaluations().get(13);
    assertThat(texts).hasSize(f.notes().size() + 1);
    assertThat(texts.get(0)).isEqualTo(f.notes().get(0));
    assertThat(texts.get(1)).startsWith("填表人：").contains("\u3000\u3000\u3000联系电话：");
  }

  static List<String> rowTexts(XWPFTableRow r) {
    return r.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  static boolean anyRow(SelfEvaluationForm f, java.util.function.Predicate<IndicatorRow> p) {
    return f.rows().anyMatch(p);
  }

  // ---------------------------------------------------------------- other provinces (eval-examples corpus)

  static Map<String, List<XWPFTable>> render(EvaluationPackage pkg) {
    return tablesByLabel(read(Seed.render(RenderRequest.of(pkg, null, RenderMode.REPORTED))));
  }

  @Test
  void extraColumnsOfAnotherProvinceArePrintedInItsOrder() {
    // 河北 2020 成安县民政局: 计量单位, 指标性质 before 年度指标值, 得分系数 after 得分; a partial form
    EvaluationPackage pkg = Examples.load("hebei-2020-chengan-gaoling-jintie");
    byte[] bytes = Seed.render(RenderRequest.of(pkg, null, RenderMode.REPORTED));
    try {
      Files.write(Path.of("target/chengan-reported.docx"), bytes); // to look at
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    XWPFDocument doc = read(bytes);
    XWPFTable t = tablesByLabel(doc).get("附件1").get(1);
    assertThat(rowTexts(t.getRow(0))).containsExactly("", "一级指标", "二级指标", "三级指标", "计量\n单位", "指标\n性质",
        "年度\n指标值", "实际\n完成值", "分值", "得分", "得分\n系数", rowTexts(t.getRow(0)).get(11));
    assertThat(rowTexts(t.getRow(1)).subList(3, 11)).containsExactly("符合条件申报对象覆盖率", "%(百分比)", ">=", "98",
        "100%", "25.00", "6.25", "25.00");
    List<Integer> w = gridWidths(t);
    assertThat(w).hasSize(12);
    assertThat(w.stream().mapToInt(Integer::intValue).sum()).isEqualTo(Docx.Layout.FORM.width());
    assertThat(w).allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(FormWriter.NARROW));
    assertThat(header(t.getRow(0))).isTrue();
    SelfEvaluationForm f = pkg.projectEvaluations().get(0);
    assertThat(paragraph(doc, StyleSheet.NOTE, FormWriter.partialLine(f.partialNote()))).isNotNull();
    assertThat(FormWriter.partialLine(f.partialNote())).startsWith("本表不完整：存储的页面文本");
  }

  @Test
  void aFlatListHasNoLevelColumns() {
    // 内蒙古 2024 巴彦淖尔: its rows as one flat list (no 一级/二级), with 计量单位 and 指标性质
    EvaluationPackage source = Examples.load("neimenggu-2024-bayannaoer-ganqimaodu-ziranziyuan");
    SelfEvaluationForm f = source.projectEvaluations().get(0);
    List<IndicatorRow> rows = f.rows().toList();
    SelfEvaluationForm flat = new SelfEvaluationForm(f.label(), f.title(), f.projectId(), f.name(),
        f.supervisingDepartment(), f.implementingUnit(), f.unit(), f.partial(), f.partialNote(), f.funds(), f.goals(),
        List.of(new Level1Group(null, null, null, List.of(new Level2Group(null, null, rows)))), f.totalWeight(),
        f.reportedTotal(), f.reportedGrade(), f.notes(), f.footer());
    assertThat(flat.isFlatList()).isTrue();
    EvaluationPackage pkg = new EvaluationPackage(source.formatVersion(), source.year(), source.department(), null,
        List.of(), null, null, List.of(flat), null, List.of());
    XWPFTable t = render(pkg).get("附件" + f.label()).get(1);
    assertThat(rowTexts(t.getRow(0))).containsExactly("", "指标名称", "计量\n单位", "指标\n性质", "年度\n指标值", "实际\n完成值",
        "分值", "得分", rowTexts(t.getRow(0)).get(8));
    assertThat(rowTexts(t.getRow(1)).subList(1, 8)).containsExactly("指标1:租车次数(次)", "次", "正向", "1", "1", "8", "8");
    assertThat(t.getNumberOfRows()).isEqualTo(1 + rows.size() + 1);
    assertThat(merges(t, 0, 1, t.getNumberOfRows() - 1)).containsExactly(rows.size());
    assertThat(span(totalRow(t).getCell(0))).isEqualTo(6);
    // the unflattened form keeps its 一级/二级 columns (its level-1 group has no label)
    XWPFTable kept = render(source).get("附件" + f.label()).get(1);
    assertThat(rowTexts(kept.getRow(0)).subList(1, 4)).containsExactly("一级指标", "二级指标", "三级指标");
  }

  @Test
  void aPartialFormWithoutIndicatorsKeepsAnEmptyRowAndItsTotal() {
    // 河北 2021 乐亭县: the stored text stops before the indicators
    EvaluationPackage pkg = Examples.load("hebei-2021-laoting-shuangsuiji");
    Map<String, List<XWPFTable>> forms = render(pkg);
    SelfEvaluationForm f = pkg.forms().findFirst().orElseThrow();
    assertThat(f.indicators()).isEmpty();
    XWPFTable t = forms.get("附件" + f.label()).get(1);
    assertThat(t.getNumberOfRows()).isEqualTo(3);
    assertThat(rowTexts(t.getRow(1))).containsOnly("", "绩\n效\n指\n标");
    assertThat(totalRow(t).getCell(0).getText()).isEqualTo("总分");
    XWPFTable top = forms.get("附件" + f.label()).get(0);
    assertThat(top.getRow(0).getCell(1).getText()).isEqualTo("双随机抽查委托审计费");
  }
}

package io.github.jixiao.render.docx;

import static io.github.jixiao.render.docx.FormTablesTest.cantSplit;
import static io.github.jixiao.render.docx.FormTablesTest.gridWidths;
import static io.github.jixiao.render.docx.FormTablesTest.header;
import static io.github.jixiao.render.docx.FormTablesTest.merges;
import static io.github.jixiao.render.docx.FormTablesTest.paragraph;
import static io.github.jixiao.render.docx.FormTablesTest.rowTexts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BasicDataTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's 附件1 as Word tables: staffing, 经费控制情况 indented by depth, 楼堂馆所, notes, footer. */
class BasicDataTablesTest {

  static XWPFDocument doc;
  static List<XWPFTable> tables;

  @BeforeAll
  static void render() {
    doc = FormTablesTest.read(Seed.reported());
    tables = FormTablesTest.tablesByLabel(doc).get("附件1");
  }

  @Test
  void isThreeTablesUnderItsLabelAndTitle() {
    assertThat(tables).hasSize(3);
    XWPFParagraph label = paragraph(doc, StyleSheet.LABEL, "附件1");
    assertThat(label.getCTP().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
    assertThat(paragraph(doc, StyleSheet.FORM_TITLE, "2023年度部门整体支出绩效评价基础数据表")).isNotNull();
    for (XWPFTable t : tables) {
      assertThat(gridWidths(t).stream().mapToInt(Integer::intValue).sum()).isEqualTo(Docx.Layout.FORM.width());
      t.getRows().forEach(r -> assertThat(cantSplit(r)).isTrue());
    }
  }

  @Test
  void showsTheStaffing() {
    XWPFTable staff = tables.get(0);
    assertThat(rowTexts(staff.getRow(0))).containsExactly("财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率");
    assertThat(rowTexts(staff.getRow(1))).containsExactly("", "195", "188", "96.41%");
    assertThat(merges(staff, 0, 0, 2)).containsExactly(2);
  }

  @Test
  void theSpendingControlTreeIsIndentedByDepthUnderARepeatedHeader() {
    XWPFTable control = tables.get(1);
    assertThat(header(control.getRow(0))).isTrue();
    assertThat(rowTexts(control.getRow(0))).containsExactly("经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数");
    BasicDataTable data = Seed.PKG.basicData();
    assertThat(control.getNumberOfRows()).isEqualTo(1 + data.allRows().count());
    assertThat(rowTexts(control.getRow(1))).containsExactly("三公经费", "18.1", "21.8", "7.9");
    List<Integer> indents = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      XWPFTableRow r = control.getRow(i);
      indents.add(Docx.paragraph(r.getCell(0)).getIndentationLeft());
    }
    // 三公经费 / 1、公务用车购置和维护经费 / 其中：公车购置 / 公车运行维护
    assertThat(rowTexts(control.getRow(3)).get(0)).isEqualTo("其中：公车购置");
    assertThat(indents).containsExactly(-1, Widths.CHAR, 2 * Widths.CHAR, 2 * Widths.CHAR);
  }

  @Test
  void buildingsAndSavingMeasuresShareTheLastTable() {
    XWPFTable lower = tables.get(2);
    assertThat(lower.getRow(0).getCell(0).getText()).startsWith("楼堂馆所控制情况");
    assertThat(rowTexts(lower.getRow(0)).subList(1, 7)).containsExactly("批复规模\n（m²）", "实际规模\n（m²）", "规模控制率",
        "预算投资\n（万元）", "实际投资\n（万元）", "投资概算\n控制率");
    XWPFTableRow last = lower.getRow(lower.getNumberOfRows() - 1);
    assertThat(last.getCell(0).getText()).isEqualTo("厉行节约保障措施");
    assertThat(last.getCell(1).getText()).isEqualTo(Seed.PKG.basicData().savingMeasures());
    assertThat(FormTablesTest.span(last.getCell(1))).isEqualTo(gridWidths(lower).size() - 1);
  }

  @Test
  void notesAndFooterFollow() {
    List<String> texts = new ArrayList<>();
    boolean in = false;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        if (StyleSheet.LABEL.equals(p.getStyle())) {
          in = p.getText().equals("附件1");
        } else if (in && StyleSheet.NOTE.equals(p.getStyle())) {
          texts.add(p.getText());
        }
      }
    }
    assertThat(texts.get(0)).startsWith("说明：").contains("“项目支出”需要填报基本支出以外的所有项目支出情况");
    assertThat(texts.get(texts.size() - 1)).startsWith("填表人：").contains("单位负责人签字：");
  }
}

package io.github.jixiao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.tck.ReviewFixtures;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class ReviewLetterDocxTest {
  @Test
  void theLetterIsAnEditableDocumentWithATableOfFindingsPerPackage() throws Exception {
    byte[] bytes = ReviewLetterDocx.create().toBytes(ReviewFixtures.housingLetter());

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("2023年度部门预算绩效自评审核意见书");
      assertThat(doc.getTables()).hasSize(2);
      XWPFTable first = doc.getTables().get(0);
      assertThat(first.getRow(0).getTableCells()).extracting(c -> c.getText())
          .containsExactly("序号", "类别", "表格/材料", "位置", "填报值", "按规则应为", "修改意见");
      assertThat(first.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).as("header repeated on each page").isOne();
      assertThat(first.getRows()).hasSize(5);
      assertThat(first.getRow(3).getTableCells()).extracting(c -> c.getText()).containsExactly("34", "错误",
          "附件3-11 汨罗市城建档案馆电子化库房建设和库房九防费用", "绩效指标 效益指标 / 生态效益指标 / 美化城市环境", "10", "9.5",
          "得分 10 分超过分值 9.5 分；请将填报值更正为 9.5");
      assertThat(first.getRow(4).getCell(4).getText()).isEqualTo("（未填）");
      assertThat(first.getRow(4).getCell(5).getText()).isEqualTo("—");
      String all = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(all).contains("汨罗市住房和城乡建设局：", "（一）住建局.docx", "（二）住建局补充.xlsx",
          "以下表格总分无法评级，请补充完整后重新报送：附件2 汨罗市住建系统。",
          "请于2024年4月30日前将更正后的自评材料报送我局。", "汨罗市财政局", "2024年4月15日");
      assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("汨罗市财政局");
    }
  }

  @Test
  void theSameLetterGivesTheSameBytes() throws Exception {
    assertThat(ReviewLetterDocx.create().toBytes(ReviewFixtures.housingLetter()))
        .isEqualTo(ReviewLetterDocx.create().toBytes(ReviewFixtures.housingLetter()));
  }

  @Test
  void aLetterWithNothingToCorrectHasNoTable() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        ReviewLetterDocx.create().toBytes(ReviewFixtures.cleanLetter())))) {
      assertThat(doc.getTables()).isEmpty();
      String all = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(all).contains("未发现需要更正的错误。", "经审核，你单位自评材料未发现错误。").doesNotContain("请于");
    }
  }
}

package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.review.ReviewLetter;
import io.github.jixiao.tck.ReviewFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewLetterPdfTest {
  private static final ReviewLetterPdf WRITER = create();

  private static ReviewLetterPdf create() {
    try {
      return ReviewLetterPdf.create(Map.of());
    } catch (io.github.jixiao.model.render.RenderException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theLetterListsEveryErrorAndWarningInItsNumbersWithWhatToCorrectAndTheReplyDate() throws Exception {
    ReviewLetter letter = ReviewFixtures.housingLetter();
    String text = PdfText.squeeze(new PdfText(WRITER.toBytes(letter)).all());

    assertThat(text).contains("2023年度部门预算绩效自评审核意见书", "汨罗市住房和城乡建设局：",
        "（共2份：住建局.docx、住建局补充.xlsx）已收悉", "共发现错误3处、提示2处。", "（一）住建局.docx", "（二）住建局补充.xlsx");
    // numbered as every output numbers the findings; the place without the 附件 label the form column gives
    assertThat(text).containsSubsequence("9错误附件2汨罗市住建系统总分99109总分99分与各项得分合计109分不符",
        "10提示", "34错误", "绩效指标效益指标/生态效益指标/美化城市环境109.5得分10分超过分值9.5分", "36提示", "（未填）",
        "3错误附件3-2工程建设审批制度改革专项总分（未填）99.8");
    assertThat(text).contains("以下表格总分无法评级，请补充完整后重新报送：附件2汨罗市住建系统。")
        .contains("请于2024年4月30日前将更正后的自评材料报送我局。")
        .containsSubsequence("汨罗市财政局", "2024年4月15日");
  }

  @Test
  void aLetterWithNothingToCorrectSaysSoAndAsksForNothing() throws Exception {
    String text = PdfText.squeeze(new PdfText(WRITER.toBytes(ReviewFixtures.cleanLetter())).all());

    assertThat(text).contains("平江县水利局：", "经审核，未发现需要更正的问题。", "未发现需要更正的错误。",
        "经审核，你单位自评材料未发现错误。").doesNotContain("请于").doesNotContain("序号");
  }

  @Test
  void theSameLetterGivesTheSameBytes() throws Exception {
    assertThat(WRITER.toBytes(ReviewFixtures.housingLetter())).isEqualTo(WRITER.toBytes(ReviewFixtures.housingLetter()));
  }
}

package io.github.jixiao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableKitTest {

  /** A kit without findings. */
  private static TableKit kit(Typo typo) {
    return new TableKit(typo, Marks.of(io.github.jixiao.model.render.FindingIndex.empty(), false));
  }

  private static float labelHeight(PdfPCell cell, float inner) {
    return ((TableEvents.CentredLabel) cell.getCellEvent()).measure(inner);
  }

  @Test
  void aLabelSetAgainAtTheSameWidthGetsTheHeightOfMeasuringItAfresh() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    TableKit kit = kit(typo);
    PdfPCell first = kit.label("社会效益指标", List.of(), 54, "附件3-1 绩效指标");
    PdfPCell again = kit.label("社会效益指标", List.of(), 54, "附件3-2 绩效指标");
    // 54 − 2 × 3 padding; balanced into two lines of three characters
    float fresh = TableEvents.CentredLabel.height(typo.phrase("社会效\n益指标", kit.text, "test"), 48);

    assertThat(fresh).isGreaterThan(2 * 9f);
    assertThat(labelHeight(first, 48)).isEqualTo(fresh);
    assertThat(labelHeight(again, 48)).isEqualTo(fresh);
    assertThat(again.getMinimumHeight()).isEqualTo(first.getMinimumHeight()).isEqualTo(fresh + 0.5f + 3.8f + 1);
  }

  @Test
  void aLabelSetAtAnotherWidthIsMeasuredAtThatWidth() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    TableKit kit = kit(typo);
    PdfPCell narrow = kit.label("社会效益指标", List.of(), 54, "附件3-1");
    PdfPCell wide = kit.label("社会效益指标", List.of(), 200, "附件3-1");

    assertThat(labelHeight(wide, 194))
        .isEqualTo(TableEvents.CentredLabel.height(typo.phrase("社会效益指标", kit.text, "test"), 194))
        .isLessThan(labelHeight(narrow, 48));
  }

  @Test
  void aBlankCellHoldsNoPhrase() throws Exception {
    TableKit kit = kit(new Typo(Fonts.load(Map.of())));

    assertThat(kit.cell(null, Element.ALIGN_CENTER, "w").getPhrase()).isNull();
    assertThat(kit.cell("", Element.ALIGN_CENTER, "w").getPhrase()).isNull();
    assertThat(kit.cell("分值", Element.ALIGN_CENTER, "w").getPhrase().getContent()).isEqualTo("分值");
  }

  @Test
  void aCellWithAFindingKeepsItsTextAndGetsItsNumberInTheCorner() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    Marks marks = Marks.of(io.github.jixiao.model.render.FindingIndex.of(Seed.EVALUATION), true);
    List<Marks.Entry> found = List.of(marks.all().get(0));
    TableKit kit = new TableKit(typo, marks);
    PdfPCell blank = kit.mark(kit.cell(null, Element.ALIGN_CENTER, "w"), found);
    PdfPCell value = kit.mark(kit.cell("100", Element.ALIGN_RIGHT, "w"), found);

    // (issue 15) the number is not in the value's text: a cell event draws it
    assertThat(blank.getPhrase()).isNull();
    assertThat(value.getPhrase().getContent()).isEqualTo("100");
    assertThat(value.getCellEvent()).isInstanceOf(TableEvents.CornerMarks.class);
    assertThat(((TableEvents.CornerMarks) value.getCellEvent()).phrase.getContent()).isEqualTo("[1]");
    assertThat(blank.getBackgroundColor()).isNotNull().isEqualTo(value.getBackgroundColor());
    // a blank cell is a line of text high
    assertThat(blank.getMinimumHeight()).isEqualTo(TableKit.LINE);
  }

  @Test
  void aRepeatedLabelIsStillCheckedForMissingCharactersWhereItOccurs() throws Exception {
    Typo typo = new Typo(Fonts.load(Map.of()));
    TableKit kit = kit(typo);
    kit.label("指标☃", List.of(), 54, "附件3-1 绩效指标");
    kit.label("指标☃", List.of(), 54, "附件3-2 绩效指标");

    assertThat(typo.missingReport())
        .contains("附件3-1 绩效指标: '☃' U+2603", "附件3-2 绩效指标: '☃' U+2603");
  }
}

package io.github.jixiao.render.docx;

import io.github.jixiao.model.BasicDataTable;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** 附件1 as Word tables (to be completed). */
final class BasicDataWriter {
  private final Docx d;

  BasicDataWriter(Docx d) {
    this.d = d;
  }

  void write(BasicDataTable data) {
    d.begin(Docx.Layout.FORM, false);
    XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
    l.getCTP().getPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
    Docx.text(l, "附件" + data.label(), "附件" + data.label());
    d.anchor(l, "/basicData");
  }
}

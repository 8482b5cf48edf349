package io.github.jixiao.render.docx;

import io.github.jixiao.model.SelfEvaluationForm;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** 附件2 and 附件3-n as Word tables (to be completed). */
final class FormWriter {
  private final Docx d;

  FormWriter(Docx d) {
    this.d = d;
  }

  /** The heading the navigation pane shows for a form: "附件3-1". */
  static String entry(SelfEvaluationForm f) {
    return "附件" + f.label();
  }

  void write(SelfEvaluationForm form, String base, boolean department) {
    d.begin(Docx.Layout.FORM, false);
    XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
    l.getCTP().getPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
    Docx.text(l, entry(form), "附件" + form.label());
    XWPFParagraph t = d.paragraph(StyleSheet.FORM_TITLE);
    Docx.text(t, form.title(), "附件" + form.label() + " 标题");
    d.anchor(t, base);
  }
}

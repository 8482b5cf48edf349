package io.github.jixiao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.jixiao.model.result.Finding;
import io.github.jixiao.model.result.Severity;
import io.github.jixiao.render.pdf.Fonts.Role;
import io.github.jixiao.render.pdf.Typo.Style;
import java.util.List;
import java.util.Map;

/**
 * 审核意见 — the findings of the audit, numbered as they are marked in the tables, each with its
 * severity, location, message and the expected and printed values.
 */
final class FindingsRenderer {

  private final Context cx;
  private final TableKit kit;
  private final Typo typo;

  FindingsRenderer(Context cx, TableKit kit) {
    this.cx = cx;
    this.kit = kit;
    this.typo = cx.typo;
  }

  void render(String profile) throws DocumentException {
    cx.begin(Context.Layout.FORM);
    String where = "审核意见";
    Phrase tp = typo.phrase("审核意见", Typo.style(Role.TITLE, 16).asBold(), where);
    cx.events.anchor(tp, "审核意见", null, null);
    Paragraph t = new Paragraph(tp);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setLeading(0, 1.4f);
    t.setSpacingAfter(6);
    cx.add(t);

    List<Marks.Entry> all = cx.marks.all();
    Map<Severity, Integer> counts = cx.marks.counts();
    StringBuilder intro = new StringBuilder("jixiao 按评分规则 ").append(profile).append(" 审核，共 ")
        .append(all.size()).append(" 条");
    if (!all.isEmpty()) {
      intro.append("：");
      boolean first = true;
      for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
        intro.append(first ? "" : "，").append(e.getKey().chinese()).append(' ').append(e.getValue()).append(" 条");
        first = false;
      }
    }
    intro.append("。");
    if (cx.marks.inTables()) {
      intro.append("表中有问题的单元格以底色标出，方括号内为下列编号（可点击跳转）。");
    } else {
      intro.append("按计算模式：表中显示计算得分，与填报不同处以底色标出。");
    }
    Paragraph ip = new Paragraph(typo.phrase(intro.toString(), Typo.style(Role.BODY, 10), where));
    ip.setLeading(0, 1.5f);
    ip.setSpacingAfter(8);
    cx.add(ip);
    if (all.isEmpty()) {
      return;
    }

    PdfPTable table = new PdfPTable(new float[] {30, 34, 150, 297});
    table.setWidthPercentage(100);
    // written in parts: a package with thousands of findings never holds the whole table
    table.setComplete(false);
    table.setHeaderRows(1);
    table.setSplitLate(true);
    table.setSplitRows(true);
    for (String h : new String[] {"编号", "级别", "位置", "说明"}) {
      table.addCell(kit.cell(h, Element.ALIGN_CENTER, where));
    }
    Style small = new Style(Role.BODY, 7.5f, false, Typo.GREY);
    for (Marks.Entry e : all) {
      Finding f = e.finding();
      Phrase num = new Phrase();
      for (Chunk c : typo.chunks(Integer.toString(e.number()), kit.text, where)) {
        c.setLocalDestination(e.anchor());
        num.add(c);
        break;
      }
      table.addCell(TableKit.cell(num, Element.ALIGN_CENTER));
      PdfPCell sev = kit.cell(f.severity().chinese(), Element.ALIGN_CENTER, where);
      sev.setBackgroundColor(Marks.background(f.severity()));
      table.addCell(sev);
      table.addCell(kit.cell(f.location().toString(), Element.ALIGN_LEFT, where));
      Phrase msg = typo.phrase(f.messageZh(), kit.text, where + " " + e.number());
      // a comparison (附件1 against a form, text against a table) says in its message which value is whose
      if (f.code().expectedIsCorrection() && (f.expected() != null || f.found() != null)) {
        typo.add(msg, "（应为 " + (f.expected() == null ? "—" : f.expected()) + "，表中为 "
            + (f.found() == null ? "空" : f.found()) + "）", kit.text, where);
      }
      typo.add(msg, "\n" + f.code().name(), small, where);
      table.addCell(TableKit.cell(msg, Element.ALIGN_LEFT));
      if (e.number() % 40 == 0) {
        cx.add(table);
      }
    }
    table.setComplete(true);
    cx.add(table);
  }
}

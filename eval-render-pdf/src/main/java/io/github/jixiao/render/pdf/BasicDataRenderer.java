package io.github.jixiao.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.render.pdf.Fonts.Role;
import io.github.jixiao.render.pdf.Grid.Block;
import io.github.jixiao.render.pdf.Typo.Style;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 附件1 部门整体支出绩效评价基础数据表: staffing, the spending-control tree (sub-rows indented
 * by depth), the 楼堂馆所 block, 厉行节约保障措施, the notes and the footer.
 */
final class BasicDataRenderer {

  private static final Block FOUR = new Block(0, 187, 295, 403, 511);
  private static final Block SEVEN = new Block(0, 103, 171, 239, 307, 375, 443, 511);
  private static final Block TWO = new Block(0, 103, 511);
  private static final Grid GRID = new Grid(FOUR);
  private static final Grid LOWER = new Grid(SEVEN, TWO);
  private static final int C = Element.ALIGN_CENTER;
  private static final int L = Element.ALIGN_LEFT;
  /** Numbers are right-aligned in their cells, as in the workbook. */
  private static final int R = Element.ALIGN_RIGHT;
  private static final String BASE = "/basicData";

  private final Context cx;
  private final TableKit kit;
  private final Typo typo;

  BasicDataRenderer(Context cx, TableKit kit) {
    this.cx = cx;
    this.kit = kit;
    this.typo = cx.typo;
  }

  void render(BasicDataTable data, String bookmarkTitle) throws DocumentException {
    cx.begin(Context.Layout.FORM);
    String where = "附件" + data.label();
    int year = cx.pkg.year();
    Paragraph label = new Paragraph(typo.phrase("附件" + data.label(), Typo.style(Role.HEADING, 14).asBold(), where));
    label.setLeading(0, 1.3f);
    cx.add(label);
    String title = data.title() != null ? data.title() : year + "年度部门整体支出绩效评价基础数据表";
    Phrase tp = typo.phrase(title, Typo.style(Role.TITLE, 16).asBold(), where + " 标题");
    cx.events.anchor(tp, bookmarkTitle, null, null);
    tp.addAll(kit.markers(kit.at(BASE), 16));
    Paragraph t = new Paragraph(tp);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setLeading(0, 1.4f);
    t.setSpacingAfter(8);
    cx.add(t);

    Phrase mark = typo.phrase("附件" + data.label() + "（续表）", new Style(Role.BODY, TableKit.SIZE, false, Typo.GREY),
        where);
    PdfPTable staff = GRID.table();
    Staffing st = data.staffing();
    String sp = BASE + "/staffing";
    PdfPCell side = kit.mark(kit.cell("财政供养人员情况（人）", C, where), kit.at(sp));
    side.setRowspan(2);
    staff.addCell(kit.place(GRID, side, FOUR, 0, 0));
    staff.addCell(kit.place(GRID, kit.cell("编制数", C, where), FOUR, 1, 1));
    staff.addCell(kit.place(GRID, kit.cell(year + "年实际在职人数", C, where), FOUR, 2, 2));
    staff.addCell(kit.place(GRID, kit.cell("控制率", C, where), FOUR, 3, 3));
    staff.addCell(kit.place(GRID, kit.mark(kit.cell(st == null || st.authorized() == null ? null
        : st.authorized().toString(), R, where), kit.at(sp + "/authorized")), FOUR, 1, 1));
    staff.addCell(kit.place(GRID, kit.mark(kit.cell(st == null || st.actual() == null ? null
        : st.actual().toString(), R, where), kit.at(sp + "/actual")), FOUR, 2, 2));
    staff.addCell(kit.place(GRID, kit.mark(kit.cell(st == null ? null : st.controlRate(), R, where),
        kit.at(sp + "/controlRate")), FOUR, 3, 3));
    cx.add(staff);

    PdfPTable table = GRID.table();
    table.setHeaderRows(1);
    table.setTableEvent(TableEvents.continued(mark, () -> cx.doc.top()));
    controlHeader(table, data, year, where);
    List<ControlRow> rows = data.spendingControl();
    for (int i = 0; i < rows.size(); i++) {
      control(table, rows.get(i), BASE + "/spendingControl/" + i, 0, where + " 经费控制情况");
    }

    cx.add(table);

    table = LOWER.table();
    table.setTableEvent(TableEvents.continued(mark, () -> cx.doc.top()));
    String bp = BASE + "/buildings";
    List<BuildingRow> buildings = data.buildings() == null ? List.of() : data.buildings().rows();
    String blabel = data.buildings() != null && data.buildings().label() != null ? data.buildings().label()
        : "楼堂馆所控制情况（" + year + "年完工项目）";
    String bw = where + " 楼堂馆所";
    PdfPCell bside = kit.mark(kit.cell(blabel, C, bw), kit.at(bp, bp + "/label"));
    bside.setRowspan(1 + Math.max(1, buildings.size()));
    table.addCell(kit.place(LOWER, bside, SEVEN, 0, 0));
    String unit = data.moneyUnit().printed();
    // layout labels of the official form (NOTES.md: "Text as printed"): the unit as the forms and
    // the workbook print it, m²; 规模控制率 whatever a transcription made of it ("规规模控 制率")
    String[] heads = {"批复规模\n（m²）", "实际规模\n（m²）", "规模控制率", "预算投资\n（" + unit + "）", "实际投资\n（" + unit + "）",
        "投资概算\n控制率"};
    for (int i = 0; i < heads.length; i++) {
      table.addCell(kit.place(LOWER, kit.cell(heads[i], C, bw), SEVEN, i + 1, i + 1));
    }
    if (buildings.isEmpty()) {
      for (int i = 1; i <= 6; i++) {
        table.addCell(kit.place(LOWER, kit.cell(null, C, bw), SEVEN, i, i));
      }
    }
    for (int r = 0; r < buildings.size(); r++) {
      BuildingRow b = buildings.get(r);
      String p = bp + "/rows/" + r;
      String[] values = {TableKit.text(b.approvedScale()), TableKit.text(b.actualScale()), b.scaleControlRate(),
          TableKit.text(b.budgetInvestment()), TableKit.text(b.actualInvestment()), b.investmentControlRate()};
      String[] fields = {"approvedScale", "actualScale", "scaleControlRate", "budgetInvestment", "actualInvestment",
          "investmentControlRate"};
      // the name goes with the first value: the official table has no separate name column
      for (int i = 0; i < values.length; i++) {
        String v = values[i];
        if (i == 0 && b.name() != null) {
          v = b.name() + (v == null ? "" : "\n" + v);
        }
        // numbers right-aligned; the first cell, with the building's name above its number, centred
        int align = i == 0 && b.name() != null ? C : R;
        table.addCell(kit.place(LOWER, kit.mark(kit.cell(v, align, bw), i == 0 ? kit.at(p, p + "/name", p + "/" + fields[i]) : kit.at(p + "/" + fields[i])),
            SEVEN, i + 1, i + 1));
      }
    }
    table.addCell(kit.place(LOWER, kit.cell("厉行节约保障措施", C, where), TWO, 0, 0));
    table.addCell(kit.place(LOWER, kit.mark(kit.cell(data.savingMeasures(), L, where + " 厉行节约保障措施"),
        kit.at(BASE + "/savingMeasures")), TWO, 1, 1));
    cx.add(table);

    cx.add(kit.trailer(data.notes(), data.footer(), BASE, where));
  }

  private void controlHeader(PdfPTable t, BasicDataTable data, int year, String where) {
    t.addCell(kit.place(GRID, kit.cell("经费控制情况（" + data.moneyUnit().printed() + "）", C, where), FOUR, 0, 0));
    t.addCell(kit.place(GRID, kit.cell((year - 1) + "年决算数", C, where), FOUR, 1, 1));
    t.addCell(kit.place(GRID, kit.cell(year + "年预算数", C, where), FOUR, 2, 2));
    t.addCell(kit.place(GRID, kit.cell(year + "年决算数", C, where), FOUR, 3, 3));
  }

  private void control(PdfPTable t, ControlRow row, String p, int depth, String where) {
    PdfPCell label = kit.mark(kit.cell(row.label(), L, where), kit.at(p, p + "/label", p + "/kind"));
    label.setPaddingLeft(3f + depth * TableKit.SIZE);
    t.addCell(kit.place(GRID, label, FOUR, 0, 0));
    t.addCell(kit.place(GRID, amount(row.previousYearFinal(), p + "/previousYearFinal", where), FOUR, 1, 1));
    t.addCell(kit.place(GRID, amount(row.currentYearBudget(), p + "/currentYearBudget", where), FOUR, 2, 2));
    t.addCell(kit.place(GRID, amount(row.currentYearFinal(), p + "/currentYearFinal", where), FOUR, 3, 3));
    for (int i = 0; i < row.children().size(); i++) {
      control(t, row.children().get(i), p + "/children/" + i, depth + 1, where);
    }
  }

  private PdfPCell amount(@Nullable Amount value, String p, String where) {
    return kit.mark(kit.cell(TableKit.text(value), R, where), kit.at(p));
  }
}

package io.github.jixiao.render.docx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.Staffing;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * 附件1 部门整体支出绩效评价基础数据表 as Word tables, as the PDF prints it: 财政供养人员情况; 经费控制
 *情况 (its header row repeated on every page, sub-rows indented by depth); 楼堂馆所控制情况 with
 * 厉行节约保障措施; the notes and the footer line.
 */
final class BasicDataWriter {

  /** Column edges in the PDF's points (511 wide), scaled to the page's text width. */
  private static final int[] FOUR = {0, 187, 295, 403, 511};
  private static final int[] SEVEN = {0, 103, 171, 239, 307, 375, 443, 511};
  private static final int[] TWO = {0, 103, 511};
  private static final int POINTS = 511;
  private static final String BASE = "/basicData";
  /** The indent of a sub-row of 经费控制情况 per level: one character. */
  private static final int INDENT = Widths.CHAR;

  private final Docx d;

  BasicDataWriter(Docx d) {
    this.d = d;
  }

  void write(BasicDataTable data) {
    d.begin(Docx.Layout.FORM, false);
    String where = "附件" + data.label();
    int year = d.pkg.year();
    XWPFParagraph l = d.paragraph(StyleSheet.LABEL);
    Tables.outline(l, 0);
    Docx.text(l, "附件" + data.label(), where);
    XWPFParagraph t = d.paragraph(StyleSheet.FORM_TITLE);
    Tables.outline(t, 9);
    Docx.text(t, data.title() != null ? data.title() : year + "年度部门整体支出绩效评价基础数据表", where + " 标题");
    d.anchor(t, BASE);

    staffing(data.staffing(), year, where);
    Tables.gap(d);
    control(data, year, where);
    Tables.gap(d);
    buildings(data, year, where);
    Tables.trailer(d, data.notes(), data.footer(), BASE, where);
  }

  private Tables.Grid grid(int[]... blocks) {
    java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
    for (int[] b : blocks) {
      for (int e : b) {
        edges.add(scale(e));
      }
    }
    return new Tables.Grid(edges.stream().mapToInt(Integer::intValue).toArray());
  }

  private int scale(int points) {
    return Math.round((float) points * d.layout().width() / POINTS);
  }

  private XWPFTableCell cell(Tables.Grid g, XWPFTableRow r, int[] block, int col, @Nullable String merge) {
    return g.cell(r, g.at(scale(block[col])), g.at(scale(block[col + 1])) - 1, merge);
  }

  private void staffing(@Nullable Staffing st, int year, String where) {
    Tables.Grid g = grid(FOUR);
    XWPFTable t = d.table(g.widths());
    String sp = BASE + "/staffing";
    XWPFTableRow r = Docx.row(t, false);
    d.anchor(Tables.put(cell(g, r, FOUR, 0, "restart"), "财政供养人员情况（人）", Tables.C, where), sp);
    Tables.put(cell(g, r, FOUR, 1, null), "编制数", Tables.C, where);
    Tables.put(cell(g, r, FOUR, 2, null), year + "年实际在职人数", Tables.C, where);
    Tables.put(cell(g, r, FOUR, 3, null), "控制率", Tables.C, where);
    r = Docx.row(t, false);
    cell(g, r, FOUR, 0, "continue");
    d.anchor(Tables.put(cell(g, r, FOUR, 1, null), st == null || st.authorized() == null ? null
        : st.authorized().toString(), Tables.R, where), sp + "/authorized");
    d.anchor(Tables.put(cell(g, r, FOUR, 2, null), st == null || st.actual() == null ? null
        : st.actual().toString(), Tables.R, where), sp + "/actual");
    d.anchor(Tables.put(cell(g, r, FOUR, 3, null), st == null ? null : st.controlRate(), Tables.R, where),
        sp + "/controlRate");
  }

  private void control(BasicDataTable data, int year, String where) {
    Tables.Grid g = grid(FOUR);
    XWPFTable t = d.table(g.widths());
    XWPFTableRow h = Docx.row(t, true);
    Tables.put(cell(g, h, FOUR, 0, null), "经费控制情况（" + data.moneyUnit().printed() + "）", Tables.C, where);
    Tables.put(cell(g, h, FOUR, 1, null), (year - 1) + "年决算数", Tables.C, where);
    Tables.put(cell(g, h, FOUR, 2, null), year + "年预算数", Tables.C, where);
    Tables.put(cell(g, h, FOUR, 3, null), year + "年决算数", Tables.C, where);
    Tables.keepWithNext(h);
    List<ControlRow> rows = data.spendingControl();
    for (int i = 0; i < rows.size(); i++) {
      control(t, g, rows.get(i), BASE + "/spendingControl/" + i, 0, where + " 经费控制情况");
    }
  }

  private void control(XWPFTable t, Tables.Grid g, ControlRow row, String p, int depth, String where) {
    XWPFTableRow r = Docx.row(t, false);
    XWPFTableCell label = Tables.put(cell(g, r, FOUR, 0, null), row.label(), Tables.L, where);
    Tables.indent(label, depth * INDENT);
    d.anchor(label, p, p + "/label", p + "/kind");
    amount(cell(g, r, FOUR, 1, null), row.previousYearFinal(), p + "/previousYearFinal", where);
    amount(cell(g, r, FOUR, 2, null), row.currentYearBudget(), p + "/currentYearBudget", where);
    amount(cell(g, r, FOUR, 3, null), row.currentYearFinal(), p + "/currentYearFinal", where);
    for (int i = 0; i < row.children().size(); i++) {
      control(t, g, row.children().get(i), p + "/children/" + i, depth + 1, where);
    }
  }

  private void amount(XWPFTableCell c, @Nullable Amount value, String p, String where) {
    d.anchor(Tables.put(c, Tables.text(value), Tables.R, where), p);
  }

  private void buildings(BasicDataTable data, int year, String where) {
    Tables.Grid g = grid(SEVEN, TWO);
    XWPFTable t = d.table(g.widths());
    String bp = BASE + "/buildings";
    List<BuildingRow> buildings = data.buildings() == null ? List.of() : data.buildings().rows();
    String label = data.buildings() != null && data.buildings().label() != null ? data.buildings().label()
        : "楼堂馆所控制情况（" + year + "年完工项目）";
    String bw = where + " 楼堂馆所";
    XWPFTableRow r = Docx.row(t, false);
    d.anchor(Tables.put(cell(g, r, SEVEN, 0, "restart"), label, Tables.C, bw), bp, bp + "/label");
    String unit = data.moneyUnit().printed();
    // the official form's labels, the unit as the forms print it (m²)
    String[] heads = {"批复规模\n（m²）", "实际规模\n（m²）", "规模控制率", "预算投资\n（" + unit + "）",
        "实际投资\n（" + unit + "）", "投资概算\n控制率"};
    for (int i = 0; i < heads.length; i++) {
      Tables.put(cell(g, r, SEVEN, i + 1, null), heads[i], Tables.C, bw);
    }
    if (buildings.isEmpty()) {
      r = Docx.row(t, false);
      cell(g, r, SEVEN, 0, "continue");
      for (int i = 1; i <= 6; i++) {
        cell(g, r, SEVEN, i, null);
      }
    }
    String[] fields = {"approvedScale", "actualScale", "scaleControlRate", "budgetInvestment", "actualInvestment",
        "investmentControlRate"};
    for (int k = 0; k < buildings.size(); k++) {
      BuildingRow b = buildings.get(k);
      String p = bp + "/rows/" + k;
      r = Docx.row(t, false);
      cell(g, r, SEVEN, 0, "continue");
      String[] values = {Tables.text(b.approvedScale()), Tables.text(b.actualScale()), b.scaleControlRate(),
          Tables.text(b.budgetInvestment()), Tables.text(b.actualInvestment()), b.investmentControlRate()};
      for (int i = 0; i < values.length; i++) {
        String v = values[i];
        // the name goes with the first value (the official table has no name column), centred
        boolean named = i == 0 && b.name() != null;
        if (named) {
          v = b.name() + (v == null ? "" : "\n" + v);
        }
        XWPFTableCell c = Tables.put(cell(g, r, SEVEN, i + 1, null), v, named ? Tables.C : Tables.R, bw);
        if (i == 0) {
          d.anchor(c, p, p + "/name", p + "/" + fields[i]);
        } else {
          d.anchor(c, p + "/" + fields[i]);
        }
      }
    }
    r = Docx.row(t, false);
    Tables.put(cell(g, r, TWO, 0, null), "厉行节约保障措施", Tables.C, where);
    d.anchor(Tables.put(cell(g, r, TWO, 1, null), data.savingMeasures(), Tables.L, where + " 厉行节约保障措施"),
        BASE + "/savingMeasures");
  }
}

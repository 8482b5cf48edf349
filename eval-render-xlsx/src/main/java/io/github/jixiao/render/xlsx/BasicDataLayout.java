package io.github.jixiao.render.xlsx;

import static io.github.jixiao.render.xlsx.layout.Tags.str;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.BuildingsBlock;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lays out 附件1 部门整体支出绩效评价基础数据表: 财政供养人员情况, 经费控制情况 (the tree of rows,
 * indented by level), 楼堂馆所控制情况, 厉行节约保障措施, the notes and the footer line.
 */
final class BasicDataLayout {
  static final int A = 0;
  static final int B = 1;
  static final int D = 3;
  static final int F = 5;
  static final int G = 6;
  static final double[] WIDTHS = {30, 11, 11, 11, 11, 11, 11};
  static final String BASE = "/basicData";

  private final BasicDataTable table;
  private final int year;
  private final boolean computed;
  private final Grid grid;

  private BasicDataLayout(String sheetName, BasicDataTable table, int year, boolean computed) {
    this.table = table;
    this.year = year;
    this.computed = computed;
    this.grid = new Grid(sheetName, WIDTHS, G);
  }

  static Grid of(String sheetName, BasicDataTable table, int year, boolean computed) {
    BasicDataLayout l = new BasicDataLayout(sheetName, table, year, computed);
    l.build();
    Grid g = l.grid;
    // printing: the 经费控制情况 heads repeat on every page, no page ends on a header; on screen, the
    // heads and the row labels stay in view
    g.paginate = true;
    Grid.Row head = java.util.Objects.requireNonNull(g.header);
    g.freezeBelow = g.rows.get(head.index + 1);
    g.freezeCol = B;
    Pagination.keepTogether(g);
    return g;
  }

  private void build() {
    grid.add(table.unit() == null ? Tags.of(Tags.FORM, "kind", "basic")
        : Tags.of(Tags.FORM, "kind", "basic", "unit", table.unit().name())).minHeight(24)
        .cell(A, Words.ATTACHMENT + table.label(), Style.LABEL).at(BASE, BASE + "/label");
    grid.add(Tags.of(Tags.TITLE)).minHeight(40).cell(A, 7, table.title(), Style.TITLE).at(BASE + "/title");

    Grid.Row sh = grid.add(Tags.of(Tags.STAFF_HEAD));
    grid.tableFirst = sh;
    sh.cell(A, Words.STAFFING, Style.TABLE);
    sh.cell(B, 2, Words.AUTHORIZED, Style.TABLE);
    sh.cell(D, 2, year + "年实际在职人数", Style.TABLE);
    sh.cell(F, 2, Words.CONTROL_RATE, Style.TABLE);
    Staffing s = table.staffing();
    if (s != null) {
      String p = BASE + "/staffing";
      Grid.Row r = grid.add(Tags.of(Tags.STAFF));
      r.cell(A, null, Style.TABLE).at(p);
      BigDecimal authorized = s.authorized() == null ? null : BigDecimal.valueOf(s.authorized());
      BigDecimal actual = s.actual() == null ? null : BigDecimal.valueOf(s.actual());
      Grid.Cell a = r.cell(B, 2, authorized, Values.numberStyle(Style.TABLE, authorized)).at(p + "/authorized");
      Grid.Cell b = r.cell(D, 2, actual, Values.numberStyle(Style.TABLE, actual)).at(p + "/actual");
      Grid.Cell rate = r.cell(F, 2, s.controlRate(), Style.TABLE).at(p + "/controlRate");
      if (computed) {
        Object cached = authorized != null && actual != null && authorized.signum() > 0
            ? actual.divide(authorized, 10, RoundingMode.HALF_UP).doubleValue() : "";
        rate.value = new Grid.Formula(w -> "IF(AND(ISNUMBER(" + w.a1(a) + "),ISNUMBER(" + w.a1(b) + ")," + w.a1(a)
            + ">0)," + w.a1(b) + "/" + w.a1(a) + ",\"\")", cached);
        rate.style = Style.TABLE.format(FormLayout.PERCENT);
      }
    }

    Grid.Row ch = grid.add(Tags.of(Tags.CTRL_HEAD));
    grid.header = ch;
    ch.cell(A, Words.SPENDING.replace("（万元）", "（" + table.moneyUnit().printed() + "）"), Style.TABLE);
    ch.cell(B, 2, (year - 1) + "年决算数", Style.TABLE);
    ch.cell(D, 2, year + "年预算数", Style.TABLE);
    ch.cell(F, 2, year + "年决算数", Style.TABLE);
    List<ControlRow> rows = table.spendingControl();
    for (int i = 0; i < rows.size(); i++) {
      control(rows.get(i), BASE + "/spendingControl/" + i, 0);
    }

    BuildingsBlock blocks = table.buildings();
    if (blocks != null) {
      String p = BASE + "/buildings";
      Grid.Row bh = grid.add(Tags.of(Tags.BLD_HEAD));
      bh.cell(A, blocks.label(), Style.TABLE).at(p, p + "/label");
      for (int k = 0; k < Words.BUILDING_HEADS.size(); k++) {
        bh.cell(B + k, Words.BUILDING_HEADS.get(k).replace("（万元）", "（" + table.moneyUnit().printed() + "）"),
            Style.TABLE);
      }
      if (blocks.rows().isEmpty()) {
        Grid.Row r = grid.add(Tags.of(Tags.BLD_EMPTY));
        for (int col = A; col <= G; col++) {
          r.cell(col, null, Style.TABLE);
        }
      }
      for (int i = 0; i < blocks.rows().size(); i++) {
        BuildingRow b = blocks.rows().get(i);
        String rp = p + "/rows/" + i;
        Grid.Row r = grid.add(Tags.of(Tags.BLD));
        r.cell(A, b.name(), Style.TABLE_LEFT).at(rp, rp + "/name");
        amount(r, B, 1, b.approvedScale(), rp + "/approvedScale");
        amount(r, B + 1, 1, b.actualScale(), rp + "/actualScale");
        r.cell(B + 2, b.scaleControlRate(), Style.TABLE).at(rp + "/scaleControlRate");
        amount(r, B + 3, 1, b.budgetInvestment(), rp + "/budgetInvestment");
        amount(r, B + 4, 1, b.actualInvestment(), rp + "/actualInvestment");
        r.cell(B + 5, b.investmentControlRate(), Style.TABLE).at(rp + "/investmentControlRate");
      }
    }

    Grid.Row save = grid.add(Tags.of(Tags.SAVE));
    grid.tableLast = save;
    save.cell(A, Words.SAVING, Style.TABLE);
    save.cell(B, 6, table.savingMeasures(), Style.TABLE_LEFT).at(BASE + "/savingMeasures");

    for (int i = 0; i < table.notes().size(); i++) {
      grid.add(Tags.of(Tags.NOTE)).cell(A, 7, table.notes().get(i), Style.PLAIN).at(BASE + "/notes/" + i);
    }
    var fields = table.footer();
    for (int from = 0; from < fields.size(); from += 4) {
      int n = Math.min(4, fields.size() - from);
      int[] spans = switch (n) {
        case 1 -> new int[] {7};
        case 2 -> new int[] {1, 6};
        case 3 -> new int[] {1, 3, 3};
        default -> new int[] {1, 2, 2, 2};
      };
      Grid.Row r = grid.add(Tags.of(Tags.FOOTER)).minHeight(26);
      int col = A;
      for (int k = 0; k < n; k++) {
        var f = fields.get(from + k);
        r.cell(col, spans[k], f.label() + "：" + (f.value() == null ? "" : f.value()), Style.PLAIN)
            .at(BASE + "/footer/" + (from + k));
        col += spans[k];
      }
    }
  }

  private void control(ControlRow row, String p, int depth) {
    Grid.Row r = grid.add(Tags.of(Tags.CTRL, "d", Integer.toString(depth), "kind", row.kind().name(),
        "id", str(row.projectId())));
    r.cell(A, row.label(), Style.TABLE_LEFT.indent(Math.min(depth, 6))).at(p, p + "/label");
    amount(r, B, 2, row.previousYearFinal(), p + "/previousYearFinal");
    amount(r, D, 2, row.currentYearBudget(), p + "/currentYearBudget");
    amount(r, F, 2, row.currentYearFinal(), p + "/currentYearFinal");
    for (int i = 0; i < row.children().size(); i++) {
      control(row.children().get(i), p + "/children/" + i, depth + 1);
    }
  }

  private static void amount(Grid.Row r, int col, int span, @Nullable Amount cell, String pointer) {
    if (cell != null && cell.isMark()) {
      r.cell(col, span, cell.mark(), Style.TABLE).at(pointer);
      return;
    }
    BigDecimal v = Amount.number(cell);
    r.cell(col, span, Values.number(v), Values.numberStyle(Style.TABLE, v)).at(pointer);
  }
}

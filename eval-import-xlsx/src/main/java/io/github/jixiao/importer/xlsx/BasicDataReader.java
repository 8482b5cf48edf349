package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.BasicDataTable;
import io.github.jixiao.model.BuildingRow;
import io.github.jixiao.model.BuildingsBlock;
import io.github.jixiao.model.ControlRow;
import io.github.jixiao.model.ControlRowKind;
import io.github.jixiao.model.FieldException;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.MoneyUnit;
import io.github.jixiao.model.Staffing;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads 附件1 部门整体支出绩效评价基础数据表 from a sheet in jixiao's layout. */
final class BasicDataReader {
  /** Where 附件1 sits in a package. */
  static final String BASE = "/basicData";

  private enum Section {
    HEADER,
    STAFF,
    CONTROL,
    BUILDINGS,
    AFTER
  }

  /** A spending-control row being read. */
  private static final class Node {
    final ControlRowKind kind;
    final @Nullable String label;
    final @Nullable String projectId;
    final @Nullable Amount previous;
    final @Nullable Amount budget;
    final @Nullable Amount fin;
    final int depth;
    final String pointer;
    final String cell;
    final List<Node> children = new ArrayList<>();

    Node(ControlRowKind kind, @Nullable String label, @Nullable String projectId, @Nullable Amount previous,
        @Nullable Amount budget, @Nullable Amount fin, int depth, String pointer, String cell) {
      this.kind = kind;
      this.label = label;
      this.projectId = projectId;
      this.previous = previous;
      this.budget = budget;
      this.fin = fin;
      this.depth = depth;
      this.pointer = pointer;
      this.cell = cell;
    }
  }

  private final SheetView v;
  private final Problems problems;
  private String label;
  private @Nullable String title;
  private @Nullable MoneyUnit unit;
  private @Nullable Staffing staffing;
  private final List<Node> roots = new ArrayList<>();
  private final List<Node> stack = new ArrayList<>();
  private boolean buildingsSeen;
  private @Nullable String buildingsLabel;
  private final List<BuildingRow> buildings = new ArrayList<>();
  private @Nullable String saving;
  private final List<String> notes = new ArrayList<>();
  private final List<FooterField> footer = new ArrayList<>();
  private final int[] staffCols = {1, 3, 5};
  private final int[] ctrlCols = {1, 3, 5};

  private BasicDataReader(SheetView v, String fallbackLabel) {
    this.v = v;
    this.problems = v.problems;
    this.label = fallbackLabel;
  }

  static @Nullable BasicDataTable read(SheetView v, String fallbackLabel) {
    BasicDataReader r = new BasicDataReader(v, fallbackLabel);
    r.rows();
    return r.build();
  }

  private void rows() {
    Section section = Section.HEADER;
    for (int row = 0; row <= v.lastRow(); row++) {
      Tags.Tag tag = v.tag(row);
      String kind = tag != null ? tag.kind() : anchor(row);
      if ("cont".equals(kind)) {
        continue;
      }
      if (kind == null) {
        if (v.blankRow(row)) {
          continue;
        }
        kind = switch (section) {
          case HEADER -> title == null ? Tags.TITLE : null;
          case STAFF -> Tags.STAFF;
          case CONTROL -> Tags.CTRL;
          case BUILDINGS -> Tags.BLD;
          case AFTER -> footerLike(row) ? Tags.FOOTER : Tags.TPL_NOTE;
        };
        if (kind == null) {
          continue;
        }
        tag = null;
      }
      switch (kind) {
        case Tags.FORM -> {
          String u = tag == null ? null : tag.get("unit");
          unit = u == null ? null : java.util.Arrays.stream(MoneyUnit.values()).filter(m -> m.name().equals(u))
              .findFirst().orElse(null);
          String t = firstText(row, BASE + "/label");
          if (t != null && Words.squash(t).startsWith(Words.ATTACHMENT) && Words.squash(t).length() > 2) {
            label = Words.squash(t).substring(2);
          }
        }
        case Tags.TITLE -> title = firstText(row, BASE + "/title");
        case Tags.STAFF_HEAD -> {
          int a = v.find(row, s -> s.equals(Words.AUTHORIZED));
          int b = v.find(row, s -> s.contains("实际在职"));
          int c = v.find(row, s -> s.equals(Words.CONTROL_RATE));
          staffCols[0] = a >= 0 ? a : staffCols[0];
          staffCols[1] = b >= 0 ? b : staffCols[1];
          staffCols[2] = c >= 0 ? c : staffCols[2];
          section = Section.STAFF;
        }
        case Tags.STAFF -> {
          String p = BASE + "/staffing";
          problems.source(p, v.ref(row, staffCols[0]));
          staffing = new Staffing(v.integer(row, staffCols[0], Words.AUTHORIZED, p + "/authorized"),
              v.integer(row, staffCols[1], "实际在职人数", p + "/actual"),
              v.text(row, staffCols[2], Words.CONTROL_RATE, p + "/controlRate"));
        }
        case Tags.CTRL_HEAD -> {
          int[] found = new int[3];
          int n = 0;
          for (int c = 1; c < v.tagCol && n < 3; c++) {
            String s = v.label(row, c);
            if (s.endsWith("决算数") || s.endsWith("预算数")) {
              found[n++] = c;
            }
          }
          if (n == 3) {
            System.arraycopy(found, 0, ctrlCols, 0, 3);
          }
          section = Section.CONTROL;
        }
        case Tags.CTRL -> control(row, tag);
        case Tags.BLD_HEAD -> {
          buildingsSeen = true;
          buildingsLabel = v.text(row, 0, "楼堂馆所", BASE + "/buildings/label");
          problems.source(BASE + "/buildings", v.ref(row, 0));
          section = Section.BUILDINGS;
        }
        case Tags.BLD -> building(row);
        case Tags.SAVE -> {
          int c = v.firstFilled(row, 1, v.tagCol);
          saving = c < 0 ? null : v.text(row, c, Words.SAVING, BASE + "/savingMeasures");
          problems.source(BASE + "/savingMeasures", v.ref(row, 1));
          section = Section.AFTER;
        }
        case Tags.NOTE, Tags.TPL_NOTE -> {
          String p = BASE + "/notes/" + notes.size();
          String t = firstText(row, p);
          if (t != null || Tags.NOTE.equals(kind)) {
            notes.add(t == null ? "" : t);
          }
        }
        case Tags.FOOTER -> {
          for (int c = 0; c < v.tagCol; c++) {
            if (!v.blank(row, c)) {
              String t = v.text(row, c, "落款", BASE + "/footer/" + footer.size());
              if (t != null) {
                footer.add(FormReader.footerField(t));
              }
            }
          }
        }
        default -> { }
      }
    }
  }

  private @Nullable String anchor(int row) {
    String a = v.label(row, 0);
    if (a.isEmpty()) {
      return null;
    }
    if (a.matches("附件\\S{1,10}") && title == null) {
      return Tags.FORM;
    }
    if (a.startsWith("财政供养人员情况")) {
      return Tags.STAFF_HEAD;
    }
    if (a.startsWith("经费控制情况")) {
      return Tags.CTRL_HEAD;
    }
    if (a.startsWith("楼堂馆所")) {
      return Tags.BLD_HEAD;
    }
    if (a.startsWith(Words.SAVING)) {
      return Tags.SAVE;
    }
    return null;
  }

  private boolean footerLike(int row) {
    int c = v.firstFilled(row, 0, v.tagCol);
    String t = c < 0 ? "" : v.label(row, c);
    return t.startsWith("填表人") || t.startsWith("填报日期") || t.startsWith("联系电话") || t.startsWith("单位负责人");
  }

  private @Nullable String firstText(int row, String pointer) {
    int c = v.firstFilled(row, 0, v.tagCol);
    return c < 0 ? null : v.text(row, c, "文字", pointer);
  }

  private void control(int row, Tags.@Nullable Tag tag) {
    int depth = 0;
    ControlRowKind kind = null;
    String projectId = null;
    if (tag != null) {
      try {
        depth = Math.max(0, Integer.parseInt(String.valueOf(tag.get("d"))));
      } catch (NumberFormatException e) {
        depth = 0;
      }
      try {
        kind = ControlRowKind.valueOf(String.valueOf(tag.get("kind")));
      } catch (IllegalArgumentException e) {
        kind = null;
      }
      String id = tag.get("id");
      projectId = id == null || id.isEmpty() ? null : id;
    }
    depth = Math.min(depth, stack.size());
    Node parent = depth == 0 ? null : stack.get(depth - 1);
    List<Node> siblings = parent == null ? roots : parent.children;
    String p = (parent == null ? BASE + "/spendingControl/" : parent.pointer + "/children/") + siblings.size();
    String text = v.text(row, 0, "经费项目", p + "/label");
    if (kind == null) {
      kind = guessKind(text);
    }
    Node n = new Node(kind, text, projectId,
        v.amount(row, ctrlCols[0], "上年决算数", p + "/previousYearFinal"),
        v.amount(row, ctrlCols[1], "本年预算数", p + "/currentYearBudget"),
        v.amount(row, ctrlCols[2], "本年决算数", p + "/currentYearFinal"), depth, p, v.ref(row, 0));
    problems.source(p, n.cell);
    siblings.add(n);
    while (stack.size() > depth) {
      stack.remove(stack.size() - 1);
    }
    stack.add(n);
  }

  static ControlRowKind guessKind(@Nullable String label) {
    if (label == null) {
      return ControlRowKind.OTHER;
    }
    String s = Words.squash(label);
    if (s.contains("三公经费")) {
      return ControlRowKind.THREE_PUBLIC;
    }
    if (s.contains("公务用车购置和维护")) {
      return ControlRowKind.VEHICLE;
    }
    if (s.contains("公车购置")) {
      return ControlRowKind.VEHICLE_PURCHASE;
    }
    if (s.contains("公车运行")) {
      return ControlRowKind.VEHICLE_OPERATION;
    }
    if (s.contains("出国")) {
      return ControlRowKind.OVERSEAS_TRAVEL;
    }
    if (s.contains("公务接待")) {
      return ControlRowKind.OFFICIAL_RECEPTION;
    }
    if (s.startsWith("项目支出")) {
      return ControlRowKind.PROJECT_EXPENDITURE;
    }
    if (s.startsWith("公用经费")) {
      return ControlRowKind.PUBLIC_FUNDS;
    }
    if (s.contains("政府采购")) {
      return ControlRowKind.GOVERNMENT_PROCUREMENT;
    }
    if (s.contains("预算调整")) {
      return ControlRowKind.BUDGET_ADJUSTMENT;
    }
    return ControlRowKind.OTHER;
  }

  private void building(int row) {
    String p = BASE + "/buildings/rows/" + buildings.size();
    problems.source(p, v.ref(row, 0));
    buildings.add(new BuildingRow(
        v.text(row, 0, "项目名称", p + "/name"),
        v.amount(row, 1, Words.BUILDING_HEADS.get(0), p + "/approvedScale"),
        v.amount(row, 2, Words.BUILDING_HEADS.get(1), p + "/actualScale"),
        v.text(row, 3, Words.BUILDING_HEADS.get(2), p + "/scaleControlRate"),
        v.amount(row, 4, Words.BUILDING_HEADS.get(3), p + "/budgetInvestment"),
        v.amount(row, 5, Words.BUILDING_HEADS.get(4), p + "/actualInvestment"),
        v.text(row, 6, Words.BUILDING_HEADS.get(5), p + "/investmentControlRate")));
  }

  private @Nullable ControlRow toRow(Node n) {
    List<ControlRow> children = new ArrayList<>();
    for (Node c : n.children) {
      ControlRow r = toRow(c);
      if (r != null) {
        children.add(r);
      }
    }
    if (n.label == null) {
      problems.add(n.cell, n.pointer + "/label", "the row's name (经费项目) is blank (不能为空)");
      return null;
    }
    try {
      return new ControlRow(n.kind, n.label, n.projectId, n.previous, n.budget, n.fin, children);
    } catch (FieldException e) {
      problems.add(n.cell, n.pointer + "/" + e.field(), e.getMessage());
      return null;
    }
  }

  private @Nullable BasicDataTable build() {
    List<ControlRow> rows = new ArrayList<>();
    for (Node n : roots) {
      ControlRow r = toRow(n);
      if (r != null) {
        rows.add(r);
      }
    }
    BuildingsBlock block = buildingsSeen ? new BuildingsBlock(buildingsLabel, buildings) : null;
    try {
      return new BasicDataTable(label, title, unit, staffing, rows, block, saving, notes, footer);
    } catch (FieldException e) {
      problems.add(v.name, BASE + "/" + e.field(), e.getMessage());
      return null;
    }
  }
}

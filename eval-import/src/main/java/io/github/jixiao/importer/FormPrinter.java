package io.github.jixiao.importer;

import io.github.jixiao.importer.office.Block;
import io.github.jixiao.importer.office.Grid;
import io.github.jixiao.importer.office.GridCell;
import io.github.jixiao.importer.office.Paragraph;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundSplit;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints a form in a layout as tables: what a department's Word document or workbook in that
 * province's layout holds. Used for the transcription template ({@code jixiao template
 * --as-printed}: a form without values) and for test data in every shipped layout. Every value is
 * printed as the model holds it (amounts and scores in plain notation, text as written), so that
 * reading the tables back gives the form again.
 */
public final class FormPrinter {
  private final Layout layout;
  /** Whether values are left out: a blank form to fill in, with the layout's labels only. */
  private final boolean blank;
  /** How a number is typed: as the model holds it, or as a department typed it ("１０", "10分"). */
  private final java.util.function.UnaryOperator<String> typed;

  private FormPrinter(Layout layout, boolean blank, java.util.function.UnaryOperator<String> typed) {
    this.layout = layout;
    this.blank = blank;
    this.typed = typed;
  }

  /**
   * The same printer, typing numbers (amounts, weights, scores) the way a department might: the
   * function gets the number in plain notation and returns the text typed into the cell
   * ("１０", "10分", "1,234.5"). A number typed as is stays a number cell in a workbook; anything
   * else becomes text.
   *
   * @param typed how a number is typed
   * @return the printer
   */
  public FormPrinter typingNumbers(java.util.function.UnaryOperator<String> typed) {
    return new FormPrinter(layout, blank, typed);
  }

  /**
   * A printer for one layout.
   *
   * @param layout the layout
   * @return the printer
   */
  public static FormPrinter of(Layout layout) {
    return new FormPrinter(layout, false, java.util.function.UnaryOperator.identity());
  }

  /**
   * A blank form in the layout, for a paper form to be typed in as printed ({@code jixiao template
   * --as-printed}): the labels, the funds rows, the usual level-1 and level-2 indicators with empty
   * rows under each (a flat list: empty rows), the total row; every value cell empty, 执行率, 得分
   * and 总分 included.
   *
   * @param layout the layout
   * @param title the title ("2023年度项目支出绩效自评表")
   * @param label the attachment label ("3-1")
   * @param rows empty rows under each level-2 indicator
   * @return the sheet
   */
  public static Grid blankSheet(Layout layout, String title, String label, int rows) {
    List<FundsRow> funds = layout.funds().rows().stream()
        .map(r -> new FundsRow(r.kind(), r.labels().get(0), null, null, null, null, null, null)).toList();
    List<IndicatorRow> empty = java.util.Collections.nCopies(rows,
        new IndicatorRow(null, null, null, null, null, null, null, null, null, null, null));
    List<Level1Group> groups = new ArrayList<>();
    if (layout.indicators().flatList()) {
      groups.add(new Level1Group(null, null, null, List.of(new Level2Group(null, null, empty))));
    } else {
      for (io.github.jixiao.model.Level1Indicator l1 : List.of(io.github.jixiao.model.Level1Indicator.OUTPUT,
          io.github.jixiao.model.Level1Indicator.BENEFIT, io.github.jixiao.model.Level1Indicator.SATISFACTION)) {
        List<Level2Group> children = new ArrayList<>();
        for (io.github.jixiao.model.Level2Indicator l2 : io.github.jixiao.model.Level2Indicator.values()) {
          if (l2.usualParents().contains(l1) && l2 != io.github.jixiao.model.Level2Indicator.SUSTAINABLE_IMPACT) {
            children.add(new Level2Group(l2, l2.chinese(), empty));
          }
        }
        groups.add(new Level1Group(l1, l1.chinese(), null, children));
      }
    }
    List<io.github.jixiao.model.Goal> goals = List.of(new io.github.jixiao.model.Goal(null, null));
    List<FooterField> footer = layout.footer().stream().map(f -> new FooterField(f, null)).toList();
    SelfEvaluationForm form = new SelfEvaluationForm(label, title, null, "-", null, null,
        io.github.jixiao.model.MoneyUnit.ofPrinted(layout.unit() == null ? "万元" : layout.unit()).orElse(null), false,
        null, new io.github.jixiao.model.FundsBlock(funds, List.of(), List.of()), goals, groups, ScoreCell.of("100"),
        ScoreCell.of("0"), null, List.of(), footer);
    return new FormPrinter(layout, true, java.util.function.UnaryOperator.identity()).table(form, "附件" + label, true);
  }

  /**
   * The form as a Word document prints it: the attachment label and the title as paragraphs, then
   * one table.
   *
   * @param form the form
   * @param sheet the name of the table
   * @return the blocks
   */
  public List<Block> document(SelfEvaluationForm form, String sheet) {
    List<Block> out = new ArrayList<>();
    out.add(new Paragraph(labelLine(form.label()), -1, false, ""));
    if (form.title() != null) {
      out.add(new Paragraph(form.title(), 0, false, ""));
    }
    out.add(table(form, sheet, false));
    return out;
  }

  /**
   * The form as a worksheet prints it: label and title as rows of the same table.
   *
   * @param form the form
   * @param sheet the sheet's name
   * @return the sheet
   */
  public Grid sheet(SelfEvaluationForm form, String sheet) {
    return table(form, sheet, true);
  }

  /** "附件3-1" for a label that is a number ("3-1", "2", "二"), the label itself otherwise ("公开14表"). */
  static String labelLine(String label) {
    return label.matches("[0-9一二三四五六七八九十]+(-[0-9]+)?") ? "附件" + label : label;
  }

  private Grid table(SelfEvaluationForm form, String name, boolean titleRows) {
    Rows t = new Rows(width());
    if (titleRows) {
      t.row().put(0, t.w, labelLine(form.label()));
      if (form.title() != null) {
        t.row().put(0, t.w, form.title());
      }
    }
    header(t, form);
    funds(t, form);
    goals(t, form);
    indicators(t, form);
    trailer(t, form);
    return new Grid(name, t.rows, t.w);
  }

  /** The grid's width: wide enough for the indicator table (with its side label) and the funds block. */
  private int width() {
    int ind = layout.indicators().columns().size() + (layout.indicators().labels().isEmpty() ? 0 : 1);
    int funds = layout.funds().columns().isEmpty() ? 0 : 2 + layout.funds().columns().size();
    int head = layout.header().stream().mapToInt(r -> 2 * r.size()).max().orElse(2);
    return Math.max(Math.max(ind, funds), Math.max(head, 4));
  }

  // ---------------------------------------------------------------- header fields

  private void header(Rows t, SelfEvaluationForm form) {
    for (List<Layout.Field> fields : layout.header()) {
      Row r = t.row();
      int per = t.w / fields.size();
      for (int i = 0; i < fields.size(); i++) {
        Layout.Field f = fields.get(i);
        int start = i * per;
        int end = i == fields.size() - 1 ? t.w : start + per;
        r.put(start, 1, f.labels().get(0));
        String value = switch (f.field()) {
          case "name" -> form.name();
          case "supervisingDepartment" -> form.supervisingDepartment();
          default -> form.implementingUnit();
        };
        r.put(start + 1, end - start - 1, val(value));
      }
    }
  }

  // ---------------------------------------------------------------- funds

  private void funds(Rows t, SelfEvaluationForm form) {
    Layout.Funds f = layout.funds();
    List<Layout.Column> cols = f.columns();
    if (cols.isEmpty()) {
      return; // a 评分表 printed without a funds block
    }
    int first = t.w - cols.size();
    String label = f.labels().get(0);
    String bare = label.replaceFirst("[（(][^（()）]*[)）]$", "");
    String side = form.unit() == null ? bare : bare + "（" + form.unit().printed() + "）";
    Row head = t.row();
    int top = t.rows.size() - 1;
    head.put(0, 1, side);
    head.put(1, first - 1, null);
    for (int i = 0; i < cols.size(); i++) {
      head.put(first + i, 1, cols.get(i).labels().get(0));
    }
    for (FundsRow fr : form.funds().rows()) {
      Row r = t.row();
      r.cont(0, 1, top);
      r.put(1, first - 1, fr.label() != null ? fr.label() : rowLabel(fr));
      for (int i = 0; i < cols.size(); i++) {
        String field = cols.get(i).field();
        String v = val(fundsValue(fr, field));
        if ("executionRate".equals(field)) {
          r.rate(first + i, 1, v);
        } else if ("deviationReason".equals(field)) {
          r.put(first + i, 1, v);
        } else {
          r.num(first + i, 1, v, typed);
        }
      }
    }
    Layout.Splits s = f.splits();
    List<FundSplit> in = form.funds().byIncome();
    List<FundSplit> ex = form.funds().byExpenditure();
    if (s != null && (!in.isEmpty() || !ex.isEmpty())) {
      int half = 1 + (t.w - 1) / 2;
      Row r = t.row();
      r.cont(0, 1, top);
      r.put(1, half - 1, s.income().get(0));
      r.put(half, t.w - half, s.expenditure().get(0));
      for (int i = 0; i < Math.max(in.size(), ex.size()); i++) {
        Row sr = t.row();
        sr.cont(0, 1, top);
        sr.put(1, half - 1, i < in.size() ? split(in.get(i)) : null);
        sr.put(half, t.w - half, i < ex.size() ? split(ex.get(i)) : null);
      }
    }
  }

  private String rowLabel(FundsRow fr) {
    return layout.funds().rows().stream().filter(r -> r.kind() == fr.kind()).map(r -> r.labels().get(0)).findFirst()
        .orElse(fr.kind().chinese());
  }

  /** "一般公共预算：15438.43"; the label as written, then the amount. */
  static String split(FundSplit s) {
    String label = s.label() != null ? s.label() : s.kind().chinese();
    return label + "：" + (s.amount() == null ? "" : s.amount().toString());
  }

  private static @Nullable String fundsValue(FundsRow r, @Nullable String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "initialBudget" -> text(r.initialBudget());
      case "annualBudget" -> text(r.annualBudget());
      case "executed" -> text(r.executed());
      case "weight" -> text(r.weight());
      case "executionRate" -> r.executionRate();
      case "score" -> text(r.score());
      case "deviationReason" -> r.deviationReason();
      default -> null;
    };
  }

  private static @Nullable String text(@Nullable Amount a) {
    return a == null ? null : a.toString();
  }

  private static @Nullable String text(@Nullable ScoreCell s) {
    return s == null ? null : s.toString();
  }

  // ---------------------------------------------------------------- goals

  private void goals(Rows t, SelfEvaluationForm form) {
    Layout.Goals g = layout.goals();
    if (g == null || form.goals().isEmpty()) {
      return;
    }
    int half = 1 + (t.w - 1) / 2;
    Row head = t.row();
    int top = t.rows.size() - 1;
    head.put(0, 1, g.labels().get(0));
    head.put(1, half - 1, g.expected().get(0));
    head.put(half, t.w - half, g.actual().get(0));
    for (Goal goal : form.goals()) {
      Row r = t.row();
      r.cont(0, 1, top);
      r.put(1, half - 1, val(goal.expected()));
      r.put(half, t.w - half, val(goal.actual()));
    }
  }

  // ---------------------------------------------------------------- indicators

  private void indicators(Rows t, SelfEvaluationForm form) {
    Layout.Indicators ind = layout.indicators();
    List<Layout.Column> cols = ind.columns();
    boolean side = !ind.labels().isEmpty();
    int[] start = new int[cols.size()];
    int[] span = new int[cols.size()];
    int spare = t.w - cols.size() - (side ? 1 : 0);
    int nameAt = indexOf(cols, "name");
    int c = side ? 1 : 0;
    for (int i = 0; i < cols.size(); i++) {
      start[i] = c;
      span[i] = 1 + (i == (nameAt >= 0 ? nameAt : cols.size() - 1) ? spare : 0);
      c += span[i];
    }
    boolean twoRows = cols.stream().anyMatch(k -> k.group() != null);
    Row head = t.row();
    int top = t.rows.size() - 1;
    if (side) {
      head.put(0, 1, ind.labels().get(0));
    }
    Row sub = twoRows ? t.row() : null;
    if (sub != null && side) {
      sub.cont(0, 1, top);
    }
    for (int i = 0; i < cols.size(); i++) {
      Layout.Column k = cols.get(i);
      if (sub == null) {
        head.put(start[i], span[i], k.labels().get(0));
      } else if (k.group() == null) {
        head.put(start[i], span[i], k.labels().get(0));
        sub.cont(start[i], span[i], top);
      } else {
        int j = i;
        int w = 0;
        while (j < cols.size() && k.group().equals(cols.get(j).group())) {
          sub.put(start[j], span[j], cols.get(j).labels().get(0));
          w += span[j];
          j++;
        }
        head.put(start[i], w, k.group());
        i = j - 1;
      }
    }
    int l1 = indexOf(cols, "level1");
    int l1w = indexOf(cols, "level1Weight");
    int l1s = indexOf(cols, "level1Score");
    int l2 = indexOf(cols, "level2");
    int l2w = indexOf(cols, "level2Weight");
    int l2s = indexOf(cols, "level2Score");
    for (Level1Group g1 : form.indicators()) {
      int g1Top = -1;
      for (Level2Group g2 : g1.children()) {
        int g2Top = -1;
        List<IndicatorRow> rows = g2.rows().isEmpty() ? java.util.Collections.singletonList(null) : g2.rows();
        for (IndicatorRow row : rows) {
          Row r = t.row();
          int at = t.rows.size() - 1;
          if (side) {
            r.cont(0, 1, top);
          }
          for (int i = 0; i < cols.size(); i++) {
            if (i == l1 || i == l1w || i == l1s) {
              if (g1Top >= 0) {
                r.cont(start[i], span[i], g1Top);
              } else if (i == l1w) {
                r.put(start[i], span[i], val(plain(g1.weight())));
              } else if (i == l1) {
                r.put(start[i], span[i], g1.label());
              } else {
                r.num(start[i], span[i], val(text(g1.score())), typed);
              }
            } else if (i == l2 || i == l2w || i == l2s) {
              if (g2Top >= 0) {
                r.cont(start[i], span[i], g2Top);
              } else if (i == l2) {
                r.put(start[i], span[i], g2.label());
              } else {
                r.num(start[i], span[i], val(text(i == l2w ? g2.weight() : g2.score())), typed);
              }
            } else {
              String field = cols.get(i).field();
              String v = row == null ? null : val(value(row, field));
              if ("weight".equals(field) || "score".equals(field)) {
                r.num(start[i], span[i], v, typed);
              } else {
                r.put(start[i], span[i], v);
              }
            }
          }
          if (g1Top < 0) {
            g1Top = at;
          }
          if (g2Top < 0) {
            g2Top = at;
          }
        }
      }
      if (g1.children().isEmpty()) {
        Row r = t.row();
        if (side) {
          r.cont(0, 1, top);
        }
        for (int i = 0; i < cols.size(); i++) {
          r.put(start[i], span[i], i == l1 ? g1.label() : i == l1w ? val(plain(g1.weight())) : null);
        }
      }
    }
    if (form.totalWeight() != null || form.reportedTotal() != null) {
      int w = indexOf(cols, "weight");
      int s = indexOf(cols, "score");
      int firstValue = Math.min(w < 0 ? cols.size() : w, s < 0 ? cols.size() : s);
      Row r = t.row();
      int labelEnd = firstValue < cols.size() ? start[firstValue] : t.w;
      r.put(0, Math.max(1, labelEnd), ind.total().get(0));
      for (int i = firstValue; i < cols.size(); i++) {
        r.num(start[i], span[i], val(i == w ? text(form.totalWeight()) : i == s ? text(form.reportedTotal()) : null),
            typed);
      }
    }
  }

  private @Nullable String val(@Nullable String value) {
    return blank ? null : value;
  }

  private static @Nullable String plain(java.math.@Nullable BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static int indexOf(List<Layout.Column> cols, String field) {
    for (int i = 0; i < cols.size(); i++) {
      if (field.equals(cols.get(i).field())) {
        return i;
      }
    }
    return -1;
  }

  static @Nullable String value(IndicatorRow r, @Nullable String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "name" -> r.name();
      case "unitOfMeasure" -> r.unitOfMeasure();
      case "nature" -> r.nature();
      case "target" -> r.target();
      case "adjustedTarget" -> r.adjustedTarget();
      case "actual" -> r.actual();
      case "weight" -> text(r.weight());
      case "scoreCoefficient" -> r.scoreCoefficient();
      case "score" -> text(r.score());
      case "core" -> r.core();
      case "criteria" -> r.criteria();
      case "explanation" -> r.explanation();
      case "deviationReason" -> r.deviationReason();
      default -> null;
    };
  }

  // ---------------------------------------------------------------- grade, notes, footer

  private void trailer(Rows t, SelfEvaluationForm form) {
    if (form.reportedGrade() != null) {
      Row r = t.row();
      r.put(0, t.w - 1, "自评等级");
      r.put(t.w - 1, 1, form.reportedGrade());
    }
    for (String note : form.notes()) {
      t.row().put(0, t.w, note.isEmpty() ? null : note);
    }
    List<FooterField> footer = form.footer();
    if (!footer.isEmpty()) {
      Row r = t.row();
      int per = Math.max(1, t.w / footer.size());
      for (int i = 0; i < footer.size() && i < t.w; i++) {
        FooterField f = footer.get(i);
        int end = i == footer.size() - 1 ? t.w : Math.min(t.w, (i + 1) * per);
        r.put(i * per, end - i * per, f.label() + "：" + (f.value() == null ? "" : f.value()));
      }
    }
  }

  // ---------------------------------------------------------------- the table being built

  private static final class Rows {
    final int w;
    final List<List<GridCell>> rows = new ArrayList<>();

    Rows(int w) {
      this.w = w;
    }

    Row row() {
      List<GridCell> cells = new ArrayList<>();
      rows.add(cells);
      return new Row(this, rows.size() - 1, cells);
    }
  }

  /** One row: cells are put left to right; a continuation cell repeats the merged cell's place. */
  private record Row(Rows t, int index, List<GridCell> cells) {
    Row put(int column, int span, @Nullable String text) {
      cells.add(GridCell.text(column, span, text == null ? "" : text, ref(index, column)));
      return this;
    }

    /** A number: a number cell when typed as the model holds it in canonical form, else text as typed. */
    Row num(int column, int span, @Nullable String text, java.util.function.UnaryOperator<String> typed) {
      if (text == null || !text.matches("-?\\d+(\\.\\d+)?")) {
        return put(column, span, text);
      }
      String t = typed.apply(text);
      boolean canonical = t.equals(text) && new java.math.BigDecimal(text).stripTrailingZeros().toPlainString().equals(text);
      cells.add(new GridCell(column, span, t, canonical ? GridCell.Kind.NUMBER : GridCell.Kind.TEXT, null, null,
          ref(index, column)));
      return this;
    }

    /** A rate: a percentage cell when "95%" reads back as printed from 0.95, else text. */
    Row rate(int column, int span, @Nullable String text) {
      if (text == null || !text.matches("\\d+(\\.\\d+)?%")) {
        return put(column, span, text);
      }
      String n = text.substring(0, text.length() - 1);
      boolean canonical = new java.math.BigDecimal(n).stripTrailingZeros().toPlainString().equals(n);
      cells.add(new GridCell(column, span, text, canonical ? GridCell.Kind.PERCENT : GridCell.Kind.TEXT,
          canonical ? new java.math.BigDecimal(n).movePointLeft(2).stripTrailingZeros().toPlainString() + " (0.00%)"
              : null, null, ref(index, column)));
      return this;
    }

    Row cont(int column, int span, int fromRow) {
      cells.add(new GridCell(column, span, "", GridCell.Kind.TEXT, null, ref(fromRow, column), ref(index, column)));
      return this;
    }

    static String ref(int row, int column) {
      return "行" + (row + 1) + " 列" + (column + 1);
    }
  }
}

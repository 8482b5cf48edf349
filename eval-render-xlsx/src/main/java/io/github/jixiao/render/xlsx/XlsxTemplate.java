package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.FooterField;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.render.xlsx.layout.Words;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 空白模板 — the blank 项目支出绩效自评表 a finance bureau sends to departments: the same layout
 * as a rendered form, with 年度资金总额, 执行率, the execution score (分值 × 执行率), the level-1
 * subtotals and 总分 as formulas in locked cells, empty input cells, and drop-down lists for the
 * level-1 and level-2 indicator names (the Hunan 2023 framework: 产出 30, 效益 30, 成本 20, 满意度
 * 10). The sheet is protected without a password (so formulas are not overwritten by
 * accident); rows may be inserted and resized. The importer ({@code XlsxImporter}, module
 * eval-import-xlsx) reads it back once filled in.
 *
 * <p>Immutable; deterministic for a given year, label, size and timestamp.
 */
public final class XlsxTemplate {
  private static final String[] LEVEL1 = {"产出指标（30分）", "效益指标（30分）", "成本指标（20分）", "满意度指标（10分）"};
  private static final Level1Indicator[] LEVEL1_CODES = {Level1Indicator.OUTPUT, Level1Indicator.BENEFIT,
    Level1Indicator.COST, Level1Indicator.SATISFACTION};
  private static final Map<Level1Indicator, List<Level2Indicator>> LEVEL2 = Map.of(
      Level1Indicator.OUTPUT, List.of(Level2Indicator.QUANTITY, Level2Indicator.QUALITY, Level2Indicator.TIMELINESS),
      Level1Indicator.BENEFIT, List.of(Level2Indicator.ECONOMIC_BENEFIT, Level2Indicator.SOCIAL_BENEFIT,
          Level2Indicator.ECOLOGICAL_BENEFIT, Level2Indicator.SUSTAINABLE_IMPACT),
      Level1Indicator.COST, List.of(Level2Indicator.ECONOMIC_COST, Level2Indicator.SOCIAL_COST,
          Level2Indicator.ECOLOGICAL_COST),
      Level1Indicator.SATISFACTION, List.of(Level2Indicator.SERVICE_SATISFACTION));
  static final String NOTE = "备注：一个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金…各一张表。";
  static final String HELP_SHEET = "填表说明";
  static final String[] HELP = {
    "填表说明",
    "1. 白色单元格由单位填写；灰色单元格为公式（年度资金总额、执行率、预算执行得分、一级指标得分小计、总分），自动计算，已锁定。",
    "2. 一级指标、二级指标可从下拉列表选择；三级指标每行一项，可插入行。未用到的行留空即可，导入时忽略空行。",
    "3. 分值、得分填数字；不适用的填“无”。金额单位为万元。",
    "4. 填好后保存为 .xlsx，用 jixiao import 文件.xlsx --out 数据.json 导入，再用 jixiao score 评分审核。",
    "工作表未设密码，如需修改公式可在“审阅 → 撤销工作表保护”中解除保护。"};

  private final int year;
  private final String label;
  private final int rows;
  private final Instant timestamp;

  private XlsxTemplate(int year, String label, int rows, Instant timestamp) {
    if (year < 1990 || year > 2100) {
      throw new IllegalArgumentException("the year must be between 1990 and 2100, got " + year);
    }
    if (label.isBlank() || label.length() > 20) {
      throw new IllegalArgumentException("the label must be 1 to 20 characters (\"3-1\"), got '" + label + "'");
    }
    if (rows < 1 || rows > 50) {
      throw new IllegalArgumentException("rows per level-2 indicator must be 1 to 50, got " + rows);
    }
    this.year = year;
    this.label = label;
    this.rows = rows;
    this.timestamp = timestamp;
  }

  /**
   * The template for a budget year: 附件3-1, two level-3 rows per level-2 indicator (three for 数量指标),
   * dated 1 January of the following year.
   *
   * @param year the budget year, 1990 to 2100, printed in the title ("2023年度项目支出绩效自评表")
   * @return the template
   * @throws IllegalArgumentException when the year is out of range
   */
  public static XlsxTemplate forYear(int year) {
    return new XlsxTemplate(year, "3-1", 2, LocalDateTime.of(Math.min(year + 1, 2100), 1, 1, 0, 0)
        .toInstant(ZoneOffset.UTC));
  }

  /**
   * A copy with another attachment label ("3-2").
   *
   * @param label the label without "附件", 1 to 20 characters, not blank
   * @return the new template; this one is unchanged
   * @throws IllegalArgumentException when the label is blank or longer than 20 characters
   */
  public XlsxTemplate withLabel(String label) {
    return new XlsxTemplate(year, label, rows, timestamp);
  }

  /**
   * A copy with {@code n} empty level-3 rows under each level-2 indicator (1–50).
   *
   * @param n rows per level-2 indicator; 数量指标 gets one more
   * @return the new template; this one is unchanged
   * @throws IllegalArgumentException when {@code n} is not 1 to 50
   */
  public XlsxTemplate withRowsPerIndicator(int n) {
    return new XlsxTemplate(year, label, n, timestamp);
  }

  /**
   * A copy with another document timestamp.
   *
   * @param at the creation time written into the workbook's properties
   * @return the new template; this one is unchanged
   */
  public XlsxTemplate withTimestamp(Instant at) {
    return new XlsxTemplate(year, label, rows, at);
  }

  /**
   * The budget year the template is for.
   *
   * @return the year, 1990 to 2100
   */
  public int year() {
    return year;
  }

  /**
   * The attachment label the form is printed with.
   *
   * @return the label without "附件" ("3-1")
   */
  public String label() {
    return label;
  }

  /** The form the template shows, empty: the skeleton a department fills in. */
  SelfEvaluationForm skeleton() {
    List<FundsRow> funds = List.of(
        new FundsRow(FundsRowKind.TOTAL, "年度资金总额", null, null, null, ScoreCell.of(BigDecimal.TEN), null, null),
        new FundsRow(FundsRowKind.CURRENT_YEAR_APPROPRIATION, "其中：当年财政拨款", null, null, null, null, null, null),
        new FundsRow(FundsRowKind.CARRY_OVER, "上年结转资金", null, null, null, null, null, null),
        new FundsRow(FundsRowKind.OTHER_FUNDS, "其他资金", null, null, null, null, null, null));
    List<Level1Group> groups = new ArrayList<>();
    for (int g = 0; g < LEVEL1.length; g++) {
      List<Level2Group> children = new ArrayList<>();
      for (Level2Indicator l2 : LEVEL2.get(LEVEL1_CODES[g])) {
        int n = l2 == Level2Indicator.QUANTITY ? rows + 1 : rows;
        List<IndicatorRow> blank = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          blank.add(new IndicatorRow(null, null, null, null, null, null));
        }
        children.add(new Level2Group(l2, l2.chinese(), blank));
      }
      groups.add(new Level1Group(LEVEL1_CODES[g], LEVEL1[g], Words.level1Weight(LEVEL1[g]), children));
    }
    return new SelfEvaluationForm(label, year + "年度项目支出绩效自评表", null, "（项目名称）", null, null,
        new FundsBlock(funds, List.of(), List.of()), List.of(new Goal(null, null)), groups,
        ScoreCell.of(BigDecimal.valueOf(100)), null, List.of(NOTE),
        List.of(new FooterField("填表人", null), new FooterField("填报日期", null), new FooterField("联系电话", null),
            new FooterField("单位负责人签字", null)));
  }

  /**
   * Writes the template: the protected form sheet and a 填表说明 sheet of instructions.
   *
   * @param out where the workbook goes; not closed
   * @throws IOException when writing to {@code out} fails
   */
  public void write(OutputStream out) throws IOException {
    String pointer = "/projectEvaluations/0";
    java.util.Set<String> taken = new java.util.HashSet<>(java.util.List.of(HELP_SHEET.toLowerCase(java.util.Locale.ROOT),
        io.github.jixiao.render.xlsx.layout.MetaSheet.NAME.toLowerCase(java.util.Locale.ROOT)));
    FormLayout layout = FormLayout.of(SheetName.safe(Words.ATTACHMENT + label, taken), skeleton(), pointer, false,
        FormLayout.Mode.TEMPLATE, null);
    Grid grid = layout.grid();
    for (Grid.Cell c : grid.cells()) {
      if (c.pointers.contains(pointer + "/name")) {
        c.value = null; // the skeleton needs a name; the template leaves it to the department
      }
    }
    XmlWorkbook wb = new XmlWorkbook();
    XmlSheet sheet = wb.sheet(grid.sheetName);
    GridWriter.Written written = new GridWriter(wb.styles).write(grid, sheet);
    dropDown(sheet, written, layout.level1Cells, LEVEL1, "一级指标");
    dropDown(sheet, written, layout.level2Cells,
        Arrays.stream(Level2Indicator.values()).map(Level2Indicator::chinese).toArray(String[]::new), "二级指标");
    sheet.protect("formatColumns", "formatRows", "insertRows", "selectLockedCells", "selectUnlockedCells");
    help(wb);
    wb.activeSheet(0);
    wb.recalculateOnLoad();
    wb.title(year + "年度项目支出绩效自评表（空白模板）");
    wb.write(out, timestamp);
  }

  /**
   * The template as bytes.
   *
   * @return the whole .xlsx file, what {@link #write(OutputStream)} writes
   */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void dropDown(XmlSheet sheet, GridWriter.Written written, List<Grid.Cell> cells, String[] values,
      String what) {
    List<CellRange> ranges = new ArrayList<>();
    for (Grid.Cell c : cells) {
      CellRef a = written.positions().get(c);
      ranges.add(sheet.mergedRegions().stream().filter(r -> r.contains(a)).findFirst().orElse(CellRange.of(a)));
    }
    sheet.listValidation(ranges, values, what, "请从下拉列表选择" + what + "；如确需其他名称，可点“是”保留。",
        "从下拉列表选择" + what);
  }

  private static void help(XmlWorkbook wb) throws IOException {
    XmlSheet s = wb.sheet(HELP_SHEET);
    s.columnWidth(0, 100);
    for (int i = 0; i < HELP.length; i++) {
      s.row(i).height((float) Math.max(20, TextMetrics.height(HELP[i], 100, Style.Font.BODY.points, true)))
          .cell(0).text(HELP[i]).style(wb.styles.get(i == 0 ? Style.LABEL : Style.PLAIN));
    }
  }
}

package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.render.xlsx.testing.Seed;
import io.github.jixiao.render.xlsx.testing.SheetXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 8: the workbook as printed — the indicator heads repeat on every page, no page
 * ends on a header, merged labels repeat where a page breaks inside them, frozen panes, the
 * printable 审核意见 column as reported, numbers right-aligned. Read from the sheets' XML.
 */
class PrintLayoutTest {
  /** The header rows' tag kinds: a page never ends on one of them. */
  static final Set<String> HEADS = Set.of("form", "title", "partial", "funds-head", "split-head", "goals-head",
      "ind-head", "staff-head", "ctrl-head", "bld-head");
  static final SheetXml REPORTED = new SheetXml(Seed.REPORTED);
  static final SheetXml SUBMISSION = new SheetXml(Seed.SUBMISSION);
  static final SheetXml COMPUTED = new SheetXml(Seed.COMPUTED);

  @Test
  void theIndicatorHeadsRepeatOnEveryPrintedPageNotTheTitleRows() {
    for (SheetXml x : List.of(REPORTED, SUBMISSION, COMPUTED)) {
      for (String sheet : forms(x)) {
        String titles = x.definedName("_xlnm.Print_Titles", sheet);
        Matcher m = Pattern.compile("!\\$(\\d+):\\$(\\d+)$").matcher(titles);
        assertThat(m.find()).as(titles).isTrue();
        int row = Integer.parseInt(m.group(1));
        assertThat(m.group(2)).isEqualTo(m.group(1)); // one row
        Map<String, String> cells = x.cells(sheet);
        if (sheet.equals("附件1")) {
          assertThat(cells.get("A" + row)).isEqualTo("经费控制情况（万元）");
          assertThat(cells.get("B" + row)).isEqualTo("2022年决算数");
        } else {
          assertThat(tag(x, sheet, row)).startsWith("jx:ind-head");
          assertThat(cells.get("A" + row)).isEqualTo("绩效指标");
          assertThat(cells.get("B" + row)).isEqualTo("一级指标");
          assertThat(cells.get("D" + row)).isEqualTo("三级指标");
        }
      }
    }
  }

  @Test
  void noPageEndsOnAHeaderRowAndEveryPageHoldsWhatItsPrintedHeightAllows() {
    int breaks = 0;
    for (SheetXml x : List.of(REPORTED, SUBMISSION, COMPUTED)) {
      for (String sheet : forms(x)) {
        List<Integer> ids = x.rowBreaks(sheet);
        breaks += ids.size();
        for (int id : ids) {
          // id: the 1-based number of the last row on the page; it is neither a header nor the title
          assertThat(HEADS).as("%s: the page ending at row %d ends on %s", sheet, id, logicalTag(x, sheet, id))
              .doesNotContain(kind(logicalTag(x, sheet, id)));
        }
        checkPageHeights(x, sheet, ids);
      }
    }
    assertThat(breaks).isGreaterThan(10);
    // the issue's case: 附件2's goals fill the first page, and its indicator heads used to end it alone;
    // now the second page starts with them
    int head = headerRow(REPORTED, "附件2");
    assertThat(REPORTED.rowBreaks("附件2")).contains(head - 1);
  }

  /** Each page's rows (and the repeated heads above them) fit the page at the scale that fits its width. */
  private static void checkPageHeights(SheetXml x, String sheet, List<Integer> ids) {
    double capacity = printableRowPoints(x, sheet);
    TreeMap<Integer, Double> heights = x.heights(sheet);
    int head = headerRow(x, sheet);
    int last = lastPrintedRow(x, sheet);
    List<Integer> ends = new ArrayList<>(ids);
    ends.add(last);
    int from = 1;
    for (int end : ends) {
      double used = from > head ? heights.get(head) : 0;
      for (int r = from; r <= end; r++) {
        used += heights.getOrDefault(r, 15.0);
      }
      assertThat(used).as("%s rows %d–%d", sheet, from, end).isLessThanOrEqualTo(capacity);
      from = end + 1;
    }
  }

  /**
   * The points of rows an A4 portrait page holds: its printable height (margins 0.75″) divided by
   * the scale, in whole percent, that fits the printed columns on its printable width (margins
   * 0.6″); columns sized as Excel does for a 7-pixel digit.
   */
  static double printableRowPoints(SheetXml x, String sheet) {
    String area = x.definedName("_xlnm.Print_Area", sheet);
    Matcher m = Pattern.compile("\\$A\\$1:\\$([A-Z]+)\\$\\d+$").matcher(area);
    assertThat(m.find()).as(area).isTrue();
    int lastCol = SheetXml.column(m.group(1));
    double width = 0;
    Map<Integer, double[]> cols = x.columns(sheet);
    for (int c = 0; c <= lastCol; c++) {
      double[] w = cols.getOrDefault(c, new double[] {8.43, 0});
      if (w[1] == 0) {
        width += Math.floor((256 * w[0] + 18) / 256 * 7) * 0.75;
      }
    }
    double pageWidth = 595.276 - 72 * 1.2;
    double pageHeight = 841.89 - 72 * 1.5;
    int percent = width <= pageWidth ? 100 : (int) Math.floor(100 * pageWidth / width);
    return pageHeight * 100 / percent;
  }

  @Test
  void mergedLabelsAreSplitWherePagesBreakAndTheirTextRepeatsOnTheNextPage() {
    int inside = 0;
    for (SheetXml x : List.of(REPORTED, SUBMISSION, COMPUTED)) {
      for (String sheet : forms(x)) {
        List<Integer> ids = x.rowBreaks(sheet);
        for (String region : x.merged(sheet)) {
          int[] rows = rows(region);
          for (int id : ids) {
            assertThat(rows[0] <= id && rows[1] > id).as("%s %s crosses the break after row %d", sheet, region, id)
                .isFalse();
          }
        }
        Map<String, String> cells = x.cells(sheet);
        for (int id : ids) {
          int next = id + 1;
          String tag = tag(x, sheet, next);
          if (tag.startsWith("jx:ind;") || tag.equals("jx:ind")) {
            inside++;
            assertThat(cells.get("A" + next)).as("%s row %d", sheet, next).isEqualTo("绩效指标");
            if (!tag.contains("l1=")) { // inside a level-1 group: its label again
              assertThat(cells.get("B" + next)).as("%s B%d", sheet, next).isNotEmpty()
                  .isEqualTo(groupLabel(x, sheet, "B", next));
            }
            if (!tag.contains("l2=")) {
              assertThat(cells.get("C" + next)).as("%s C%d", sheet, next).isNotEmpty()
                  .isEqualTo(groupLabel(x, sheet, "C", next));
            }
          }
        }
      }
    }
    assertThat(inside).as("breaks inside the indicator tables of the seed").isGreaterThan(3);
  }

  /** The label of the group row {@code row} belongs to: column {@code col} of the nearest row above that starts one. */
  private static String groupLabel(SheetXml x, String sheet, String col, int row) {
    Map<String, String> cells = x.cells(sheet);
    String attr = col.equals("B") ? "l1=" : "l2=";
    for (int r = row - 1; r > 0; r--) {
      if (tag(x, sheet, r).contains(attr)) {
        return cells.get(col + r);
      }
    }
    return "";
  }

  @Test
  void formsFreezeTheRowsAboveTheIndicatorTableAndTheColumnsUpToTheIndicatorNames() {
    for (SheetXml x : List.of(REPORTED, SUBMISSION)) {
      String pane = x.pane("附件3-1");
      int head = headerRow(x, "附件3-1");
      assertThat(SheetXml.attribute(pane, "state")).isEqualTo("frozen");
      assertThat(SheetXml.attribute(pane, "xSplit")).isEqualTo("4"); // A:D, up to 三级指标
      assertThat(SheetXml.attribute(pane, "ySplit")).isEqualTo(Integer.toString(head));
      assertThat(SheetXml.attribute(pane, "topLeftCell")).isEqualTo("E" + (head + 1));
      // 附件2's goals make the rows above its table taller than a screen: only the columns are frozen
      String dept = x.pane("附件2");
      assertThat(SheetXml.attribute(dept, "xSplit")).isEqualTo("4");
      assertThat(SheetXml.attribute(dept, "ySplit")).isNull();
      String basic = x.pane("附件1");
      assertThat(SheetXml.attribute(basic, "xSplit")).isEqualTo("1");
      assertThat(SheetXml.attribute(basic, "ySplit")).isEqualTo(Integer.toString(headerRow(x, "附件1")));
    }
  }

  @Test
  void asReportedEachFormPrintsAFindingsColumnExplainingEveryColouredCell() {
    int explained = 0;
    for (String sheet : forms(REPORTED)) {
      int col = FindingNumbersTest.noteColumn(REPORTED, sheet);
      assertThat(col).as(sheet).isEqualTo(11); // L, right of the hidden tag column K
      Map<String, String> cells = REPORTED.cells(sheet);
      String letter = "L";
      assertThat(cells.get(letter + "2")).isEqualTo("审核意见"); // beside the title
      assertThat(cells.get(letter + headerRow(REPORTED, sheet))).isEqualTo("审核意见"); // on the repeated heads
      assertThat(REPORTED.definedName("_xlnm.Print_Area", sheet)).endsWith("$L$" + lastPrintedRow(REPORTED, sheet));
      Map<Integer, double[]> cols = REPORTED.columns(sheet);
      assertThat(cols.get(10)[1]).as("the tag column is hidden").isEqualTo(1);
      if (!sheet.equals("附件1")) {
        assertThat(cols.get(9)[1]).as("J, empty as reported, is hidden").isEqualTo(1);
      }
      Map<Integer, String> notes = FindingNumbersTest.notes(REPORTED, sheet);
      for (Map.Entry<String, String> c : REPORTED.comments(sheet).entrySet()) {
        int row = Integer.parseInt(c.getKey().replaceAll("[A-Z]", ""));
        for (String line : c.getValue().split("\n")) {
          String id = line.substring(0, line.indexOf(']') + 1);
          // the note is on the cell's row, or on the first table row for a cell above the table
          String onRow = notes.getOrDefault(row, "") + "\n" + notes.getOrDefault(row + 1, "")
              + "\n" + notes.getOrDefault(3, "");
          assertThat(onRow).as("%s!%s %s", sheet, c.getKey(), id).contains(id + " ");
          explained++;
        }
      }
      for (String note : notes.values()) {
        if (note.equals("审核意见")) {
          continue;
        }
        for (String line : note.split("\n")) {
          Matcher m = FindingNumbersTest.noteLine().matcher(line);
          assertThat(m.matches()).as("%s: %s", sheet, line).isTrue();
          assertThat(m.group(2)).isIn("错误", "警告", "提示");
          int id = Integer.parseInt(m.group(1));
          assertThat(FindingNumbersTest.sheetOf(FindingNumbersTest.BY_ID.get(id).at("/location/pointer").asText()))
              .isEqualTo(sheet);
        }
      }
    }
    assertThat(explained).isGreaterThan(40);
    // neither computed nor submitted workbooks print it
    for (SheetXml x : List.of(COMPUTED, SUBMISSION)) {
      for (String sheet : forms(x)) {
        assertThat(x.cells(sheet).values()).as(sheet).doesNotContain("审核意见");
      }
    }
  }

  @Test
  void withExtraIndicatorColumnsTheFindingsColumnFollowsTheMovedTagColumnAndTheNamesStayFrozen() throws Exception {
    var pkg = io.github.jixiao.render.xlsx.testing.Packages.otherProvinces();
    SheetXml x = new SheetXml(Seed.render(pkg, Seed.evaluate(pkg), io.github.jixiao.model.render.RenderMode.REPORTED));
    // 附件3-1 prints five extra columns: the table ends at O, the tag column is P, 审核意见 Q
    assertThat(FindingNumbersTest.noteColumn(x, "附件3-1")).isEqualTo(16);
    assertThat(x.columns("附件3-1").get(15)[1]).isEqualTo(1);
    assertThat(x.definedName("_xlnm.Print_Area", "附件3-1")).contains("$A$1:$Q$");
    assertThat(SheetXml.attribute(x.pane("附件3-1"), "xSplit")).isEqualTo("4");
    // 附件2's flat list: the names over B:D, frozen with them
    assertThat(SheetXml.attribute(x.pane("附件2"), "xSplit")).isEqualTo("4");
    assertThat(x.comments("附件3-1")).isNotEmpty();
    assertThat(FindingNumbersTest.notes(x, "附件3-1").values()).anySatisfy(n -> assertThat(n).startsWith("["));
  }

  @Test
  void theIssuesExampleReadsTheSameIdInTheCommentTheNoteAndTheFindingsList() {
    // 附件3-13 招投标监督管理专项: the first 数量指标 score, 10 where the rule gives 9.38
    int id = FindingNumbersTest.BY_ID.entrySet().stream()
        .filter(e -> e.getValue().get("code").asText().equals("SCORE_NOT_PER_RULE")
            && e.getValue().at("/location/form").asText().equals("3-13")).findFirst().orElseThrow().getKey();
    String cell = REPORTED.comments("附件3-13").entrySet().stream().filter(e -> e.getValue().startsWith("[" + id + "]"))
        .findFirst().orElseThrow().getKey();
    assertThat(cell).startsWith("H");
    assertThat(Double.parseDouble(REPORTED.cells("附件3-13").get(cell))).isEqualTo(10.0);
    String note = FindingNumbersTest.notes(REPORTED, "附件3-13").get(Integer.parseInt(cell.substring(1)));
    assertThat(note).contains("[" + id + "] 错误：按评分规则应得 9.38 分，表中为 10 分");
    assertThat(Double.parseDouble(REPORTED.cells("审核意见").get("A" + (id + 2)))).isEqualTo(id);
  }

  @Test
  void numbersAreRightAlignedOnFormsAndInTheSummary() {
    List<String> align = REPORTED.alignments();
    int numbers = 0;
    for (String sheet : forms(REPORTED)) {
      Map<String, Integer> styles = REPORTED.styles(sheet);
      Map<String, String> cells = REPORTED.cells(sheet);
      String xml = REPORTED.sheet(sheet);
      Matcher m = Pattern.compile("<c r=\"([A-Z]+\\d+)\"(?: s=\"\\d+\")?><v>").matcher(xml); // a number cell
      while (m.find()) {
        assertThat(align.get(styles.get(m.group(1)))).as("%s!%s %s", sheet, m.group(1), cells.get(m.group(1)))
            .isEqualTo("right");
        numbers++;
      }
    }
    assertThat(numbers).isGreaterThan(500);
    // a rate printed as text ("100％") too
    Map<String, String> cells = REPORTED.cells("附件3-1");
    String rate = cells.entrySet().stream().filter(e -> e.getValue().equals("100％")).findFirst().orElseThrow().getKey();
    assertThat(align.get(REPORTED.styles("附件3-1").get(rate))).isEqualTo("right");
    Map<String, Integer> summary = REPORTED.styles("汇总");
    assertThat(align.get(summary.get("E4"))).isEqualTo("right");
    assertThat(align.get(summary.get("K4"))).isEqualTo("right");
  }

  // ------------------------------------------------------------------ helpers

  static List<String> forms(SheetXml x) {
    return x.sheets.keySet().stream().filter(s -> s.startsWith("附件")).toList();
  }

  /** The 1-based row repeated on every page (the print titles). */
  static int headerRow(SheetXml x, String sheet) {
    Matcher m = Pattern.compile("!\\$(\\d+):").matcher(x.definedName("_xlnm.Print_Titles", sheet));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  static int lastPrintedRow(SheetXml x, String sheet) {
    String area = x.definedName("_xlnm.Print_Area", sheet);
    return Integer.parseInt(area.substring(area.lastIndexOf('$') + 1));
  }

  /** The machine tag of a 1-based row ("" when none). */
  static String tag(SheetXml x, String sheet, int row) {
    return x.cells(sheet).getOrDefault("K" + row, "");
  }

  /** The tag of the logical row a physical row belongs to (a "jx:cont" row: the row it continues). */
  static String logicalTag(SheetXml x, String sheet, int row) {
    int r = row;
    while (r > 1 && tag(x, sheet, r).equals("jx:cont")) {
      r--;
    }
    return tag(x, sheet, r);
  }

  static String kind(String tag) {
    String k = tag.startsWith("jx:") ? tag.substring(3) : tag;
    int semi = k.indexOf(';');
    return semi < 0 ? k : k.substring(0, semi);
  }

  /** "B13:B15" → {13, 15}. */
  static int[] rows(String region) {
    String[] ends = region.split(":");
    int a = Integer.parseInt(ends[0].replaceAll("[A-Z]", ""));
    int b = Integer.parseInt(ends[ends.length - 1].replaceAll("[A-Z]", ""));
    return new int[] {a, b};
  }
}

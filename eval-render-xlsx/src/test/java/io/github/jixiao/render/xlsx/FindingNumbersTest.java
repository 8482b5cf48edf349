package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.render.xlsx.testing.Seed;
import io.github.jixiao.render.xlsx.testing.SheetXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: the workbook numbers findings with the package's one numbering (the score
 * JSON's {@code "id"}), never by position, and counts them per form from the same findings, the
 * cross-form ones under the form whose cell they mark.
 */
class FindingNumbersTest {
  /** The score JSON's findings by id: what {@code jixiao score --format json} writes for the seed. */
  static final Map<Integer, JsonNode> BY_ID = byId();

  private static Map<Integer, JsonNode> byId() {
    try {
      JsonNode root = new ObjectMapper().readTree(EvaluationJson.write(Seed.EVALUATION));
      Map<Integer, JsonNode> out = new TreeMap<>();
      List<JsonNode> all = new ArrayList<>();
      root.get("evaluations").forEach(e -> e.get("findings").forEach(all::add));
      root.get("findings").forEach(all::add);
      for (JsonNode f : all) {
        assertThat(out.put(f.get("id").asInt(), f)).as("id %s twice", f.get("id")).isNull();
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern COMMENT_LINE = Pattern.compile("^\\[(\\d+)\\]【(\\S+) (\\S+)】(.*)$");
  private static final Pattern NOTE_LINE = Pattern.compile("^\\[(\\d+)\\] (\\S+)：(.*)$");

  @Test
  void findingsSheetRowsCarryTheIdsOfTheScoreJsonInTheirOrder() {
    SheetXml x = new SheetXml(Seed.REPORTED);
    Map<String, String> cells = x.cells("审核意见");
    int n = BY_ID.size();
    assertThat(n).isGreaterThan(50);
    for (int row = 3; row < 3 + n; row++) {
      int id = (int) Double.parseDouble(cells.get("A" + row));
      assertThat(id).as("序号 of row %d", row).isEqualTo(row - 2);
      JsonNode f = BY_ID.get(id);
      assertThat(cells.get("D" + row)).as("code of [%d]", id).isEqualTo(f.get("code").asText());
      assertThat(cells.get("F" + row)).as("message of [%d]", id).isEqualTo(f.get("messageZh").asText());
    }
    assertThat(cells).doesNotContainKey("A" + (3 + n));
    // the example: 附件1's finding is the package's first, [1] in every format
    assertThat(BY_ID.get(1).at("/location/pointer").asText()).startsWith("/basicData");
    assertThat(cells.get("B3")).isEqualTo("附件1");
  }

  @Test
  void everyCommentLineCarriesTheIdOfTheFindingItShowsAndEveryFindingWithACellIsShown() {
    SheetXml x = new SheetXml(Seed.REPORTED);
    List<Integer> seen = new ArrayList<>();
    for (String sheet : x.sheets.keySet()) {
      if (!sheet.startsWith("附件")) {
        continue;
      }
      for (Map.Entry<String, String> c : x.comments(sheet).entrySet()) {
        for (String line : c.getValue().split("\n")) {
          Matcher m = COMMENT_LINE.matcher(line);
          assertThat(m.matches()).as("%s!%s: %s", sheet, c.getKey(), line).isTrue();
          int id = Integer.parseInt(m.group(1));
          JsonNode f = BY_ID.get(id);
          assertThat(f).as("[%d] in the score JSON", id).isNotNull();
          assertThat(m.group(3)).isEqualTo(f.get("code").asText());
          assertThat(m.group(4)).isEqualTo(f.get("messageZh").asText());
          // on the sheet of the form its pointer is about, whichever evaluation reported it
          String pointer = f.at("/location/pointer").asText();
          assertThat(sheetOf(pointer)).as("[%d] %s", id, pointer).isEqualTo(sheet);
          seen.add(id);
        }
      }
    }
    List<Integer> aboutForms = BY_ID.entrySet().stream()
        .filter(e -> !e.getValue().at("/location/pointer").asText().contains("Report"))
        .map(Map.Entry::getKey).toList();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(aboutForms);
  }

  @Test
  void summaryCountsEveryFindingOnceCrossFormFindingsUnderTheFormTheyMarkAndItsTotalRowAddsUp() {
    SheetXml x = new SheetXml(Seed.REPORTED);
    Map<String, String> cells = x.cells("汇总");
    long errors = BY_ID.values().stream().filter(f -> f.get("severity").asText().equals("ERROR")).count();
    long warnings = BY_ID.values().stream().filter(f -> f.get("severity").asText().equals("WARNING")).count();
    int totalRow = -1;
    long sumErrors = 0;
    long sumWarnings = 0;
    for (int r = 3; cells.containsKey("A" + r); r++) {
      if (cells.get("A" + r).equals("合计")) {
        totalRow = r;
        break;
      }
      String label = cells.get("B" + r);
      long e = (long) Double.parseDouble(cells.get("K" + r));
      long w = (long) Double.parseDouble(cells.get("L" + r));
      sumErrors += e;
      sumWarnings += w;
      if (label.equals("附件3-12")) {
        // 附件1 says 5 万元 where 附件3-12 prints 20: two cross-form errors, held by the package, marking 3-12's cells
        assertThat(e).isEqualTo(2);
      }
      if (label.equals("附件1")) {
        assertThat(e).isEqualTo(1);
      }
    }
    assertThat(totalRow).as("a 合计 row").isPositive();
    assertThat(sumErrors).isEqualTo(errors);
    assertThat(sumWarnings).isEqualTo(warnings);
    assertThat(Double.parseDouble(cells.get("K" + totalRow))).isEqualTo(errors);
    assertThat(Double.parseDouble(cells.get("L" + totalRow))).isEqualTo(warnings);
    assertThat(x.sheet("汇总")).doesNotContain("<f>"); // values: a workbook as reported holds no formula
    // the reports' findings have lines of their own (the workbook has no sheet for reports)
    assertThat(cells.values()).contains("附件5-11");
    // and the same counts head 审核意见
    assertThat(x.cells("审核意见").get("A1")).contains("错误 " + errors).contains("警告 " + warnings);
  }

  /** The sheet showing the form a pointer is about. */
  static String sheetOf(String pointer) {
    if (pointer.startsWith("/basicData")) {
      return "附件1";
    }
    if (pointer.startsWith("/departmentEvaluation")) {
      return "附件2";
    }
    Matcher m = Pattern.compile("^/projectEvaluations/(\\d+)").matcher(pointer);
    return m.find() ? "附件3-" + (Integer.parseInt(m.group(1)) + 1) : "?";
  }

  /** The printable 审核意见 column of a form sheet: row number → its text. */
  static Map<Integer, String> notes(SheetXml x, String sheet) {
    Map<Integer, String> out = new TreeMap<>();
    int col = noteColumn(x, sheet);
    x.cells(sheet).forEach((ref, v) -> {
      Matcher m = Pattern.compile("([A-Z]+)(\\d+)").matcher(ref);
      if (m.matches() && SheetXml.column(m.group(1)) == col && !v.isEmpty()) {
        out.put(Integer.parseInt(m.group(2)), v);
      }
    });
    return out;
  }

  /** The column of the printable 审核意见: the one whose heading is 审核意见. */
  static int noteColumn(SheetXml x, String sheet) {
    return x.cells(sheet).entrySet().stream().filter(e -> e.getValue().equals("审核意见"))
        .map(e -> SheetXml.column(e.getKey().replaceAll("\\d", ""))).findFirst().orElse(-1);
  }

  static Pattern noteLine() {
    return NOTE_LINE;
  }
}

package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.tck.ReviewFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CountyWorkbookTest {
  private static byte[] workbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CountyWorkbook.write(ReviewFixtures.county(), out);
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] zip) throws Exception {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  private static List<String> row(Sheet sheet, int r) {
    DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>();
    Row row = sheet.getRow(r);
    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : f.formatCellValue(cell));
    }
    return out;
  }

  @Test
  void everyFormIsRankedByItsComputedTotalTiesShareARankAndUngradableFormsComeLast() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("县汇总");
      assertThat(wb.getSheetName(1)).isEqualTo("统计");
      assertThat(wb.getSheetName(2)).isEqualTo("平江县水利局");
      assertThat(wb.getSheetName(3)).isEqualTo("汨罗市住房和城乡建设局");
      Sheet ranking = wb.getSheet("县汇总");
      assertThat(row(ranking, 1)).containsExactly(CountyWorkbook.HEADS);
      assertThat(row(ranking, 2)).startsWith("1", "汨罗市住房和城乡建设局", "住建局.docx", "附件3-1", "帮代办工作经费");
      assertThat(row(ranking, 3)).startsWith("1", "汨罗市住房和城乡建设局", "住建局补充.xlsx", "附件3-2");
      assertThat(row(ranking, 4)).startsWith("3", "汨罗市住房和城乡建设局", "住建局.docx", "附件3-11");
      assertThat(row(ranking, 5)).startsWith("4", "平江县水利局");
      assertThat(row(ranking, 6)).startsWith("—", "汨罗市住房和城乡建设局", "住建局.docx", "附件2");
      assertThat(row(ranking, 6).get(10)).isEqualTo("无法评级");
      assertThat(ranking.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(0.5); // 执行率 50%
      assertThat(ranking.getRow(7)).isNull();
      Sheet own = wb.getSheet("汨罗市住房和城乡建设局");
      assertThat(row(own, 2)).startsWith("1", "汨罗市住房和城乡建设局", "住建局.docx", "附件3-1");
      assertThat(row(own, 6).get(0)).isEqualTo("合计");
    }
  }

  @Test
  void theStatisticsSheetCountsGradesRatesFindingsAndFailuresWithCharts() throws Exception {
    byte[] bytes = workbook();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet s = wb.getSheet("统计");
      assertThat(row(s, 3)).containsExactly("等级", "表格数", "占比");
      assertThat(row(s, 4)).containsExactly("优", "2", "40.00%");
      assertThat(row(s, 5)).containsExactly("良", "1", "20.00%");
      assertThat(row(s, 6)).containsExactly("中", "1", "20.00%");
      assertThat(row(s, 7)).containsExactly("差", "0", "0.00%");
      assertThat(row(s, 8)).containsExactly("无法评级", "1", "20.00%");
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        rows.add(row(s, r));
      }
      // 执行率: 100% (附件2), 95%, 50%, 85%, and one not computable
      assertThat(rows).contains(List.of("100%及以上", "1", "20.00%"), List.of("90%–100%", "1", "20.00%"),
          List.of("80%–90%", "1", "20.00%"), List.of("60%以下", "1", "20.00%"), List.of("无法计算", "1", "20.00%"));
      assertThat(rows).contains(List.of("需人工复核", "VALUE_NEEDS_REVIEW", "2", "1"),
          List.of("总分未填", "TOTAL_MISSING", "1", "1"));
      assertThat(rows).contains(List.of("汨罗市住房和城乡建设局", "2", "4", "3", "2", "2"));
      assertThat(rows).contains(List.of("1", "汨罗市住房和城乡建设局", "2", "4", "3", "0.75"),
          List.of("2", "平江县水利局", "1", "1", "0", "0.00"));
      assertThat(rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals("坏.docx")).findFirst().orElseThrow().get(1))
          .contains("文件已损坏");
    }
    Map<String, String> parts = parts(bytes);
    assertThat(parts).containsKeys("xl/drawings/drawing2.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml");
    assertThat(parts.get("xl/charts/chart1.xml")).contains("<a:t>等级分布</a:t>", "$A$5:$A$9", "$B$5:$B$9",
        "<c:v>无法评级</c:v>");
    assertThat(parts.get("xl/worksheets/sheet2.xml")).contains("<drawing r:id=\"rId3\"/>");
    assertThat(parts.get("[Content_Types].xml")).contains("/xl/charts/chart2.xml");
    String ranking = parts.get("xl/worksheets/sheet1.xml");
    assertThat(ranking).contains("ySplit=\"2\"", "state=\"frozen\"", "<autoFilter ref=\"A2:M7\"/>");
  }

  @Test
  void theSameReviewGivesTheSameBytes() throws Exception {
    assertThat(workbook()).isEqualTo(workbook());
  }

  @Test
  void departmentsBecomeSheetNamesExcelAcceptsUniqueAndNeverReserved() {
    Set<String> taken = new HashSet<>(List.of("县汇总"));
    assertThat(SheetName.safe("财政局/审核:科[一]*?", taken)).isEqualTo("财政局_审核_科_一___");
    assertThat(SheetName.safe("'引号'", taken)).isEqualTo("引号");
    assertThat(SheetName.safe("History", taken)).isEqualTo("_History");
    String longName = "湖南省岳阳市汨罗市住房和城乡建设局机关事务服务中心下属单位及其他附属机构";
    String first = SheetName.safe(longName, taken);
    String second = SheetName.safe(longName, taken);
    assertThat(first).hasSize(31).isEqualTo(longName.substring(0, 31));
    assertThat(second).hasSize(31).endsWith("(2)");
    assertThat(SheetName.safe("县汇总", taken)).isEqualTo("县汇总(2)");
    assertThat(SheetName.safe("HISTORY", taken)).as("taken, ignoring case").isEqualTo("_HISTORY(2)");
    assertThat(SheetName.safe("附件3-1", taken)).isEqualTo("附件3-1");
    assertThat(SheetName.safe("附件3-1", taken)).isEqualTo("附件3-1(2)");
  }
}

package io.github.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Dumps everything a reader sees in a workbook, through POI, as text: every sheet, its
 * visibility, merged regions, defined names, frozen pane, widths, print set-up, protection,
 * validations, every row's height and every cell's type, value, formula, look, comment and
 * link; and the document properties. Two workbooks with the same dump show the same content,
 * whatever their XML and zip bytes. Usage: {@code WorkbookDump in.xlsx out.txt}.
 */
public final class WorkbookDump {
  private WorkbookDump() {}

  public static void main(String[] args) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      dump(new XSSFWorkbook(in), out);
    }
  }

  static void dump(XSSFWorkbook wb, PrintWriter out) {
    var core = wb.getProperties().getCoreProperties();
    out.println("core creator=" + core.getCreator() + " title=" + core.getTitle() + " created=" + core.getCreated()
        + " modified=" + core.getModified() + " lastModifiedBy=" + core.getLastModifiedByUser());
    out.println("app " + wb.getProperties().getExtendedProperties().getApplication());
    out.println("active=" + wb.getActiveSheetIndex() + " recalc=" + wb.getForceFormulaRecalculation()
        + " sheets=" + wb.getNumberOfSheets());
    List<String> names = new ArrayList<>();
    for (Name n : wb.getAllNames()) {
      names.add(n.getNameName() + "@" + n.getSheetIndex() + "=" + n.getRefersToFormula());
    }
    names.sort(Comparator.naturalOrder());
    names.forEach(n -> out.println("name " + n));
    XSSFFont f0 = wb.getFontAt(0);
    out.println("defaultFont " + f0.getFontName() + " " + f0.getFontHeightInPoints() + " charset=" + f0.getCharSet());
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      out.println("== sheet " + i + " " + s.getSheetName() + " visibility=" + wb.getSheetVisibility(i));
      var pane = s.getPaneInformation();
      out.println("pane " + (pane == null ? "-" : pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition()
          + " frozen=" + pane.isFreezePane()));
      var ps = s.getPrintSetup();
      out.println("print paper=" + ps.getPaperSize() + " landscape=" + ps.getLandscape() + " fit=" + s.getFitToPage()
          + " " + ps.getFitWidth() + "x" + ps.getFitHeight() + " autobreaks=" + s.getAutobreaks() + " hcenter="
          + s.getHorizontallyCenter() + " margins=" + s.getMargin(PageMargin.LEFT) + "," + s.getMargin(PageMargin.RIGHT)
          + "," + s.getMargin(PageMargin.TOP) + "," + s.getMargin(PageMargin.BOTTOM) + "," + s.getMargin(PageMargin.HEADER)
          + "," + s.getMargin(PageMargin.FOOTER) + " footer=" + s.getFooter().getCenter() + " repeat="
          + s.getRepeatingRows());
      out.println("protect=" + s.getProtect() + " formatRows=" + s.isFormatRowsLocked() + " formatCols="
          + s.isFormatColumnsLocked() + " insertRows=" + s.isInsertRowsLocked() + " selLocked="
          + s.isSelectLockedCellsLocked() + " selUnlocked=" + s.isSelectUnlockedCellsLocked()
          + " autofilter=" + (s.getCTWorksheet().isSetAutoFilter() ? s.getCTWorksheet().getAutoFilter().getRef() : "-"));
      for (DataValidation dv : s.getDataValidations()) {
        var c = dv.getValidationConstraint();
        out.println("validation " + java.util.Arrays.toString(dv.getRegions().getCellRangeAddresses()) + " type="
            + c.getValidationType() + " list=" + java.util.Arrays.toString(c.getExplicitListValues()) + " f1="
            + c.getFormula1() + " errorStyle=" + dv.getErrorStyle() + " arrow=" + dv.getSuppressDropDownArrow()
            + " showError=" + dv.getShowErrorBox() + " " + dv.getErrorBoxTitle() + "/" + dv.getErrorBoxText()
            + " showPrompt=" + dv.getShowPromptBox() + " " + dv.getPromptBoxTitle() + "/" + dv.getPromptBoxText()
            + " emptyOk=" + dv.getEmptyCellAllowed());
      }
      List<String> merged = new ArrayList<>();
      for (CellRangeAddress r : s.getMergedRegions()) {
        merged.add(r.formatAsString());
      }
      merged.sort(Comparator.naturalOrder());
      out.println("merged " + merged);
      for (int c = 0; c <= 12; c++) {
        out.println("col " + c + " width=" + s.getColumnWidth(c) + " hidden=" + s.isColumnHidden(c));
      }
      for (Row row : s) {
        out.println("row " + row.getRowNum() + " height=" + row.getHeightInPoints() + " zero=" + row.getZeroHeight()
            + " custom=" + ((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight());
        for (Cell cell : row) {
          StringBuilder sb = new StringBuilder("  ").append(cell.getAddress()).append(' ').append(cell.getCellType());
          switch (cell.getCellType()) {
            case STRING -> sb.append(" '").append(cell.getStringCellValue()).append('\'');
            case NUMERIC -> sb.append(' ').append(cell.getNumericCellValue());
            case BOOLEAN -> sb.append(' ').append(cell.getBooleanCellValue());
            case FORMULA -> {
              sb.append(" =").append(cell.getCellFormula()).append(" cached ").append(cell.getCachedFormulaResultType());
              switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> sb.append(' ').append(cell.getNumericCellValue());
                case STRING -> sb.append(" '").append(cell.getStringCellValue()).append('\'');
                default -> { }
              }
            }
            default -> { }
          }
          sb.append(" | ").append(style(wb, (XSSFCellStyle) cell.getCellStyle()));
          Comment cm = cell.getCellComment();
          if (cm != null) {
            sb.append(" | comment ").append(cm.getAuthor()).append(": ").append(cm.getString().getString());
          }
          Hyperlink hl = cell.getHyperlink();
          if (hl != null) {
            sb.append(" | link ").append(hl.getType()).append(' ').append(hl.getAddress());
          }
          out.println(sb);
        }
      }
    }
  }

  private static String style(XSSFWorkbook wb, XSSFCellStyle cs) {
    XSSFFont f = cs.getFont();
    XSSFColor fc = f.getXSSFColor();
    XSSFColor fill = cs.getFillForegroundXSSFColor();
    return "font " + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "")
        + (f.getUnderline() != 0 ? " u" + f.getUnderline() : "") + (fc == null ? "" : " " + fc.getARGBHex())
        + "; " + cs.getAlignment() + "/" + cs.getVerticalAlignment() + (cs.getWrapText() ? " wrap" : "")
        + (cs.getIndention() != 0 ? " indent" + cs.getIndention() : "") + "; border " + cs.getBorderTop() + ","
        + cs.getBorderBottom() + "," + cs.getBorderLeft() + "," + cs.getBorderRight() + "; fill "
        + cs.getFillPattern() + (fill == null ? "" : " " + fill.getARGBHex()) + "; format " + cs.getDataFormatString()
        + "; locked=" + cs.getLocked() + " hidden=" + cs.getHidden();
  }
}

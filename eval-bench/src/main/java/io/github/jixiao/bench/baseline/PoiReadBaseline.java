package io.github.jixiao.bench.baseline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The least any reader of a submitted form must do, with raw POI, for the intake ratio: open the
 * file from its bytes and get every cell's text. No layout, no labels, no values, no report.
 *
 * <ul>
 *   <li>DOCX: {@code XWPFDocument} from a {@code ByteArrayInputStream}; every body paragraph's text
 *       (the title is a paragraph) and every table cell's text ({@code XWPFTableCell.getText}, its
 *       paragraphs and nested tables), row by row.
 *   <li>XLSX: {@code XSSFWorkbook} from a {@code ByteArrayInputStream}; every sheet's merged
 *       regions and every cell's value as text (a string as it is, a number or a formula's saved
 *       number by {@code Double.toString}, a boolean), row by row.
 * </ul>
 *
 * Each returns the number of characters seen, so that the JIT cannot drop the work.
 */
public final class PoiReadBaseline {
  private PoiReadBaseline() {}

  /**
   * Reads a Word document's paragraphs and table cells.
   *
   * @param docx the file
   * @return the characters of text seen
   * @throws IOException when POI cannot open it
   */
  public static long docx(byte[] docx) throws IOException {
    long chars = 0;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          chars += p.getText().length();
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              chars += cell.getText().length();
            }
          }
        }
      }
    }
    return chars;
  }

  /**
   * Reads a workbook's cells and merged regions.
   *
   * @param xlsx the file
   * @return the characters of text seen (plus one per merged region)
   * @throws IOException when POI cannot open it
   */
  public static long xlsx(byte[] xlsx) throws IOException {
    long chars = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sheet = wb.getSheetAt(i);
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
          chars += merged.getFirstRow() >= 0 ? 1 : 0;
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            chars += text(cell).length();
          }
        }
      }
    }
    return chars;
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> Double.toString(cell.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }
}

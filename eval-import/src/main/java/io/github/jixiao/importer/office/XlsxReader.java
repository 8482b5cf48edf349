package io.github.jixiao.importer.office;

import io.github.jixiao.importer.office.GridCell.Kind;
import io.github.jixiao.model.io.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Reads an Excel workbook (XLSX) as printed tables: one {@link Grid} per visible sheet, in sheet
 * order, each cell with its text as Excel shows it and what the file held ({@link GridCell.Kind}).
 *
 * <p>Formulas are never evaluated: a formula's text is the result saved in the file, and a formula
 * without a saved result (a workbook written by a script and never opened in Excel) is {@link
 * Kind#FORMULA_NO_VALUE} with empty text. External links are never followed. Hidden sheets, text
 * boxes and comments are not read; each is named in the document's notes.
 *
 * <p>A grid's row index is the sheet's row index (blank rows are kept as empty rows), so that a
 * cell's {@code ref} ({@code 附件3-4!F12}) is where a person finds it in Excel. A merged region is
 * its top-left cell with a span over the region's width; each further row of the region has one
 * continuation cell at the region's first column ({@code mergedFrom} the top-left cell's ref).
 */
public final class XlsxReader {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]");

  private final OfficeLimits limits;

  private XlsxReader(OfficeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader that refuses workbooks beyond the limits.
   *
   * @param limits the file size, zip, sheet, row, column and cell limits
   * @return the reader
   */
  public static XlsxReader create(OfficeLimits limits) {
    return new XlsxReader(limits);
  }

  /**
   * Reads a workbook.
   *
   * @param bytes the XLSX file
   * @return one grid per visible sheet, and notes on what was not read
   * @throws OfficeRejectedException when the file is not a readable XLSX workbook or is beyond the
   *     limits; the message names the sheet where a sheet is at fault
   */
  public OfficeDocument read(byte[] bytes) throws OfficeRejectedException {
    Objects.requireNonNull(bytes, "bytes");
    java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    OfficeZip.Contents checked = OfficeZip.check(bytes, limits, parts);
    if (!checked.format().equals("xlsx")) {
      throw new OfficeRejectedException("the file is a Word document (.docx), not an Excel workbook (不是 XLSX 工作簿)");
    }
    List<String> notes = new ArrayList<>(checked.notes());
    long worksheets = parts.keySet().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
        .filter(n -> n.startsWith("xl/worksheets/") && n.endsWith(".xml")).count();
    if (worksheets > limits.maxSheets()) {
      throw new OfficeRejectedException(tooManySheets(worksheets, limits.maxSheets()));
    }
    boolean asidesRead = parts.size() <= org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount();
    if (!asidesRead) {
      // more parts than the spreadsheet library opens (its own limit, read, never changed): the parts
      // nothing is read from (comments, drawings) are left out, and said so
      parts.keySet().removeIf(n -> UNREAD.matcher(n).matches());
      notes.add("批注和文本框未检查 (comments and text boxes not checked: the workbook has more parts than are opened "
          + "at once)");
    }
    XSSFWorkbook wb = open(parts);
    try (wb) {
      int sheets = wb.getNumberOfSheets();
      if (sheets > limits.maxSheets()) {
        throw new OfficeRejectedException(tooManySheets(sheets, limits.maxSheets()));
      }
      List<Block> blocks = new ArrayList<>();
      long[] cells = {0};
      for (int i = 0; i < sheets; i++) {
        XSSFSheet sheet = wb.getSheetAt(i);
        String name = sheet.getSheetName();
        if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
          notes.add("隐藏的工作表未读取 (hidden sheet not read): " + name);
          continue;
        }
        if (sheet instanceof XSSFChartSheet) {
          notes.add("图表工作表未读取 (chart sheet not read): " + name);
          continue;
        }
        try {
          blocks.add(new SheetReader(sheet, wb.isDate1904(), cells).grid());
        } catch (RuntimeException e) {
          throw new OfficeRejectedException("sheet " + name + " cannot be read (工作表无法读取): " + detail(e), e);
        }
        if (asidesRead) {
          notes.addAll(asides(sheet));
        }
      }
      return new OfficeDocument("xlsx", blocks, notes);
    } catch (IOException e) {
      throw new OfficeRejectedException("the workbook cannot be read (无法读取工作簿): " + detail(e), e);
    }
  }

  /** Parts nothing is read from: left out when the workbook has more parts than POI opens. */
  private static final Pattern UNREAD = Pattern.compile("(?i)(?:xl/(?:comments[^/]*|threadedcomments/.*|persons/.*"
      + "|drawings/.*|charts/.*|media/.*|printersettings/.*|embeddings/.*|activex/.*|ctrlprops/.*|calcchain\\.xml"
      + "|worksheets/_rels/.*|richdata/.*)|docprops/.*|customxml/.*)");

  /** A workbook with more sheets than read, with the limit, the figure and the batch size it is for. */
  static String tooManySheets(long sheets, int max) {
    return "the workbook has " + Limits.count(sheets) + " sheets, more than the " + Limits.count(max) + " this tool reads "
        + "(a package of up to " + Limits.count(Limits.ROUND_TRIP_FORMS) + " project forms is written in at most "
        + Limits.count(Limits.ROUND_TRIP_FORMS + 5) + "; 工作表过多)";
  }

  private static XSSFWorkbook open(java.util.Map<String, byte[]> parts) throws OfficeRejectedException {
    try {
      // the parts the check inflated, not the file inflated again
      return new XSSFWorkbook(OfficeZip.open(parts));
    } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new OfficeRejectedException("the file is not a readable XLSX workbook (无法读取 Excel 工作簿): "
          + detail(e), e);
    }
  }

  private static String detail(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Text boxes and comments, which are not read: a note each, naming the sheet. */
  private static List<String> asides(XSSFSheet sheet) {
    List<String> notes = new ArrayList<>();
    try {
      XSSFDrawing drawing = sheet.getDrawingPatriarch();
      if (drawing != null && holdsText(drawing.getShapes())) {
        notes.add("文本框中的文字未读取 (text in text boxes or shapes not read): " + sheet.getSheetName());
      }
    } catch (RuntimeException e) {
      notes.add("绘图未读取 (drawing not read): " + sheet.getSheetName());
    }
    try {
      if (!sheet.getCellComments().isEmpty()) {
        notes.add("批注未读取 (comments not read): " + sheet.getSheetName());
      }
    } catch (RuntimeException e) {
      notes.add("批注未读取 (comments not read): " + sheet.getSheetName());
    }
    return notes;
  }

  private static boolean holdsText(Iterable<XSSFShape> shapes) {
    for (XSSFShape s : shapes) {
      if (s instanceof XSSFSimpleShape simple && simple.getText() != null && !simple.getText().isBlank()) {
        return true;
      }
      if (s instanceof XSSFShapeGroup group && holdsText(group)) {
        return true;
      }
    }
    return false;
  }

  /** One sheet read into a grid. */
  private final class SheetReader {
    private final XSSFSheet sheet;
    private final String name;
    private final boolean date1904;
    private final long[] cells;
    /** The merged regions by each row they cover. */
    private final Map<Integer, List<CellRangeAddress>> mergesByRow = new HashMap<>();

    SheetReader(XSSFSheet sheet, boolean date1904, long[] cells) {
      this.sheet = sheet;
      this.name = sheet.getSheetName();
      this.date1904 = date1904;
      this.cells = cells;
    }

    Grid grid() throws OfficeRejectedException {
      TreeMap<Integer, TreeMap<Integer, GridCell>> byRow = new TreeMap<>();
      int lastContent = -1;
      for (Row row : sheet) {
        int r = row.getRowNum();
        for (Cell c : row) {
          if (c.getColumnIndex() < 0) { // a reference that names no column (r=""): POI's column is -1
            throw new OfficeRejectedException("sheet " + name + " has a cell in row " + (r + 1) + " whose reference \""
                + ((XSSFCell) c).getCTCell().getR() + "\" names no column: the file is damaged (单元格位置无效，文件已损坏): "
                + name);
          }
          GridCell cell = cell((XSSFCell) c);
          if (cell != null) {
            if (r >= limits.maxRows()) {
              throw new OfficeRejectedException("sheet " + name + " has text in row " + Limits.count(r + 1L)
                  + ", more than the " + Limits.count(limits.maxRows()) + " rows this tool reads (工作表行数过多): " + name);
            }
            byRow.computeIfAbsent(r, k -> new TreeMap<>()).put(c.getColumnIndex(), cell);
            lastContent = Math.max(lastContent, r);
          }
        }
      }
      List<CellRangeAddress> merges = sheet.getMergedRegions();
      if (merges.size() > limits.maxCells()) {
        throw new OfficeRejectedException("sheet " + name + " has " + merges.size() + " merged regions, more than the "
            + limits.maxCells() + " cells this tool reads (合并单元格过多): " + name);
      }
      int lastRow = lastContent;
      for (CellRangeAddress m : merges) {
        if (m.getFirstRow() < limits.maxRows()) {
          lastRow = Math.max(lastRow, m.getLastRow() < limits.maxRows() ? m.getLastRow() : m.getFirstRow());
        }
      }
      for (CellRangeAddress m : merges) {
        if (m.getFirstRow() > lastRow || m.getNumberOfCells() < 2) {
          continue;
        }
        for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), lastRow); r++) {
          mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
        }
      }
      List<List<GridCell>> rows = new ArrayList<>();
      int columns = 0;
      for (int r = 0; r <= lastRow; r++) {
        TreeMap<Integer, GridCell> row = merged(r, byRow.getOrDefault(r, new TreeMap<>()));
        for (GridCell c : row.values()) {
          if (c.end() > limits.maxColumns()) {
            throw new OfficeRejectedException("sheet " + name + " has text in column " + column(c.end() - 1)
                + ", more than the " + limits.maxColumns() + " columns this tool reads (工作表列数过多): " + name);
          }
          columns = Math.max(columns, c.end());
        }
        cells[0] += row.size();
        if (cells[0] > limits.maxCells()) {
          throw new OfficeRejectedException("the workbook has more than " + Limits.count(limits.maxCells())
              + " cells, the most this tool reads (工作簿过大), at sheet " + name);
        }
        rows.add(List.copyOf(row.values()));
      }
      return new Grid(name, rows, columns);
    }

    /** The row's cells with merged regions applied: spans, covered cells left out, continuations. */
    private TreeMap<Integer, GridCell> merged(int r, TreeMap<Integer, GridCell> physical) {
      List<CellRangeAddress> here = mergesByRow.get(r);
      if (here == null) {
        return physical;
      }
      TreeMap<Integer, GridCell> out = new TreeMap<>(physical);
      for (CellRangeAddress m : here) {
        int first = m.getFirstColumn();
        int width = m.getLastColumn() - first + 1;
        out.subMap(first, true, m.getLastColumn(), true).clear();
        if (r == m.getFirstRow()) {
          GridCell top = physical.get(first);
          out.put(first, top == null
              ? GridCell.text(first, width, "", ref(r, first))
              : new GridCell(first, width, top.text(), top.kind(), top.raw(), null, top.ref()));
        } else {
          out.put(first, new GridCell(first, width, "", Kind.TEXT, null, ref(m.getFirstRow(), first), ref(r, first)));
        }
      }
      return out;
    }

    /** The cell as read, or null when it holds nothing. */
    private @Nullable GridCell cell(XSSFCell c) {
      int col = c.getColumnIndex();
      String ref = ref(c.getRowIndex(), col);
      return switch (c.getCellType()) {
        case STRING -> {
          String damaged = damagedSharedText(c);
          if (damaged != null) {
            yield new GridCell(col, 1, "", Kind.DAMAGED, damaged, null, ref);
          }
          String s = c.getRichStringCellValue().getString();
          yield s == null || s.isEmpty() ? null : GridCell.text(col, 1, s, ref);
        }
        case BOOLEAN -> GridCell.text(col, 1, c.getBooleanCellValue() ? "TRUE" : "FALSE", ref);
        case NUMERIC -> {
          Double d = numeric(c);
          yield d == null ? damagedNumber(c, ref) : number(c, d, Kind.NUMBER, ref);
        }
        case ERROR -> GridCell.text(col, 1, error(c), ref);
        case FORMULA -> formula(c, ref);
        default -> null;
      };
    }

    /**
     * Why a text cell is damaged, or {@code null}: it refers to the workbook's table of shared texts by a
     * number past its end (a damaged or forged file), which POI reads as an empty cell, silently.
     */
    private @Nullable String damagedSharedText(XSSFCell c) {
      CTCell ct = c.getCTCell();
      if (ct.getT() != STCellType.S) {
        return null;
      }
      var table = c.getSheet().getWorkbook().getSharedStringSource();
      long size = table == null ? 0 : table.getUniqueCount();
      String v = ct.isSetV() ? ct.getV().strip() : "";
      long index;
      try {
        index = Long.parseLong(v);
      } catch (NumberFormatException e) {
        index = -1;
      }
      if (index >= 0 && index < size) {
        return null;
      }
      return "the cell refers to shared text No. " + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + ", but the "
          + "workbook has " + size + " shared texts: the file is damaged, the cell's text is lost (文件已损坏，单元格文字缺失)";
    }

    /** A number cell's value, or {@code null} when the file's text for it is no number ({@code <v>INF</v>}). */
    private static @Nullable Double numeric(XSSFCell c) {
      try {
        double d = c.getNumericCellValue();
        return Double.isFinite(d) ? d : null;
      } catch (RuntimeException e) {
        return null;
      }
    }

    private static GridCell damagedNumber(XSSFCell c, String ref) {
      String v = c.getCTCell().isSetV() ? c.getCTCell().getV() : "";
      return new GridCell(c.getColumnIndex(), 1, "", Kind.DAMAGED, "the number cell holds '"
          + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "', which is no number: the file is damaged (文件已损坏，"
          + "数字无效)", null, ref);
    }

    private GridCell formula(XSSFCell c, String ref) {
      int col = c.getColumnIndex();
      String formula = "=" + formulaText(c);
      if (!hasSavedResult(c.getCTCell())) {
        return new GridCell(col, 1, "", Kind.FORMULA_NO_VALUE, formula, null, ref);
      }
      CellType result = c.getCachedFormulaResultType();
      return switch (result) {
        case NUMERIC -> {
          Double d = numeric(c);
          if (d == null) {
            yield damagedNumber(c, ref);
          }
          GridCell n = number(c, d, Kind.FORMULA, ref);
          yield new GridCell(col, 1, n.text(), Kind.FORMULA, formula, null, ref);
        }
        case STRING -> new GridCell(col, 1, c.getRichStringCellValue().getString(), Kind.FORMULA, formula, null, ref);
        case BOOLEAN -> new GridCell(col, 1, c.getBooleanCellValue() ? "TRUE" : "FALSE", Kind.FORMULA, formula, null,
            ref);
        case ERROR -> new GridCell(col, 1, error(c), Kind.TEXT, formula, null, ref);
        default -> new GridCell(col, 1, "", Kind.FORMULA_NO_VALUE, formula, null, ref);
      };
    }

    /**
     * Whether the file holds the formula's result. POI answers 0 for a formula without one, so the
     * cell's XML is asked: no {@code <v>} at all, or an empty {@code <v/>} (what openpyxl writes) on a
     * cell whose result is not text.
     */
    private static boolean hasSavedResult(CTCell ct) {
      if (!ct.isSetV()) {
        return false;
      }
      String v = ct.getV();
      return (v != null && !v.isEmpty()) || ct.getT() == STCellType.STR || ct.getT() == STCellType.INLINE_STR;
    }

    /** The formula as written; a shared formula POI cannot rewrite for this cell is given as stored. */
    private String formulaText(XSSFCell c) {
      try {
        return c.getCellFormula();
      } catch (RuntimeException e) {
        CTCell ct = c.getCTCell();
        return ct.isSetF() ? ct.getF().getStringValue() : "";
      }
    }

    private String error(XSSFCell c) {
      try {
        return c.getErrorCellString();
      } catch (RuntimeException e) {
        CTCell ct = c.getCTCell();
        return ct.isSetV() ? ct.getV() : FormulaError.NA.getString();
      }
    }

    /** A number by its format: a percentage, a date (as yyyy-MM-dd) or a plain number. */
    private GridCell number(XSSFCell c, double v, Kind kind, String ref) {
      int col = c.getColumnIndex();
      XSSFCellStyle style = c.getCellStyle();
      String format = style == null ? null : style.getDataFormatString();
      if (format != null && isPercent(format)) {
        return new GridCell(col, 1, XlsxNumbers.percent(v), kind == Kind.NUMBER ? Kind.PERCENT : kind,
            XlsxNumbers.stored(v) + " (" + format + ")", null, ref);
      }
      if (format != null && DateUtil.isADateFormat(style.getDataFormat(), format) && DateUtil.isValidExcelDate(v)) {
        LocalDateTime t = DateUtil.getLocalDateTime(v, date1904);
        String text;
        if (v < 1 && v >= 0) {
          text = t.format(TIME);
        } else if (t.toLocalTime().toSecondOfDay() == 0) {
          text = t.format(DATE);
        } else {
          text = t.format(DATE_TIME);
        }
        return new GridCell(col, 1, text, kind == Kind.NUMBER ? Kind.TEXT : kind,
            XlsxNumbers.stored(v) + " (" + format + ")", null, ref);
      }
      String text = XlsxNumbers.plain(v);
      String stored = XlsxNumbers.stored(v);
      return new GridCell(col, 1, text, kind, stored.equals(text) ? null : stored, null, ref);
    }

    private String ref(int row, int col) {
      return name + "!" + column(col) + (row + 1);
    }
  }

  /** Whether a number format shows a percentage: a {@code %} outside quoted text and escapes. */
  static boolean isPercent(String format) {
    return LITERALS.matcher(format).replaceAll("").indexOf('%') >= 0;
  }

  private static String column(int index) {
    return CellReference.convertNumToColString(index);
  }
}

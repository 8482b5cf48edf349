package io.github.jixiao.importer.office;

import io.github.jixiao.importer.office.GridCell.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes grids as an Excel workbook (XLSX), one sheet per grid, as {@link XlsxReader} reads them
 * back: the same texts, kinds, spans and merges. For test data and for a form printed as its
 * province prints it ({@code jixiao template --as-printed}).
 *
 * <p>Cells by kind: text as a string; a number as a number; a percentage as the number (95.75% →
 * 0.9575) in its format (the one in {@code raw}, else {@code 0.00%}); a formula as the formula
 * with its text as the saved result, so that Excel and LibreOffice show it without recalculating;
 * a formula without a saved result as the formula alone (no {@code <v>}, as a script writes it).
 * Spans and continuations become merged regions. Columns are as wide as their longest text (a
 * Chinese character counts two), text wraps, cells of the table have thin borders, and the rows
 * above the table holding one cell across its width (the title) are bold 16pt, centred.
 *
 * <p>The same grids give the same bytes: the zip's entry times and the workbook's created and
 * modified dates are fixed.
 */
public final class XlsxWriter {
  /** The time stamped on every zip entry and on the workbook's properties. */
  private static final LocalDateTime FIXED = LocalDateTime.of(2020, 1, 1, 0, 0);
  private static final Pattern PERCENT_RAW = Pattern.compile(".* \\((.*%.*)\\)");
  private static final int MAX_WIDTH = 60;

  private XlsxWriter() {}

  /**
   * How to write.
   *
   * @param inputCellsUnlocked whether the blank cells (the ones a person fills in) are unlocked and
   *     the sheets protected (without a password), so that only they can be typed in
   */
  public record Options(boolean inputCellsUnlocked) {
    /**
     * Nothing unlocked, nothing protected.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(false);
    }
  }

  /**
   * Writes the grids as a workbook.
   *
   * @param sheets the grids, one sheet each in this order (a sheet is named after its grid: at most
   *     31 characters, without {@code []:*?/\}, made unique)
   * @param options how to write
   * @return the XLSX file
   * @throws IllegalArgumentException when there are no grids or a grid's merged cells overlap
   */
  public static byte[] write(List<Grid> sheets, Options options) {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("a workbook needs at least one sheet: no grids given");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Set<String> used = new HashSet<>();
      for (Grid g : sheets) {
        XSSFSheet sheet = wb.createSheet(sheetName(g.name(), used));
        writeSheet(sheet, g, styles, options);
      }
      Date fixed = Date.from(FIXED.toInstant(ZoneOffset.UTC));
      wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
      wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return XlsxRepack.repack(out.toByteArray(), FIXED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeSheet(XSSFSheet sheet, Grid g, Styles styles, Options options) {
    int titles = titleRows(g);
    Map<String, int[]> regions = new LinkedHashMap<>();
    Map<String, int[]> origins = new HashMap<>();
    int columns = g.columns();
    for (int r = 0; r < g.rows().size(); r++) {
      XSSFRow row = sheet.createRow(r);
      for (GridCell c : g.rows().get(r)) {
        columns = Math.max(columns, c.end());
        boolean title = r < titles;
        boolean input = options.inputCellsUnlocked() && !title && c.isBlank() && !c.isContinuation();
        XSSFCell cell = row.createCell(c.column());
        cell.setCellStyle(styles.get(title, format(c), input));
        value(cell, c);
        int[] box = {r, c.column(), r, c.end() - 1};
        if (c.isContinuation()) {
          int[] origin = origins.get(c.mergedFrom());
          if (origin != null) {
            origin[2] = Math.max(origin[2], r);
            origin[3] = Math.max(origin[3], c.end() - 1);
            continue;
          }
        }
        origins.put(c.ref(), box);
        regions.put(c.ref(), box);
      }
    }
    for (int[] box : regions.values()) {
      if (box[0] == box[2] && box[1] == box[3]) {
        continue;
      }
      // every cell of a merged region carries the border, or Excel draws only the first one's
      XSSFCell first = sheet.getRow(box[0]).getCell(box[1]);
      for (int r = box[0]; r <= box[2]; r++) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = box[1]; c <= box[3]; c++) {
          if (row.getCell(c) == null) {
            row.createCell(c).setCellStyle(first.getCellStyle());
          }
        }
      }
      try {
        sheet.addMergedRegion(new CellRangeAddress(box[0], box[2], box[1], box[3]));
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new IllegalArgumentException("grid " + g.name() + ": the merged cell at " + sheet.getRow(box[0])
            .getCell(box[1]).getAddress() + " overlaps another: " + e.getMessage(), e);
      }
    }
    widths(sheet, g, columns, titles);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    if (options.inputCellsUnlocked()) {
      sheet.enableLocking(); // protected without a password (protectSheet(null) would remove protection)
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
    }
  }

  /** The rows above the table that hold one cell across the whole width: the title lines. */
  private static int titleRows(Grid g) {
    int n = 0;
    for (List<GridCell> row : g.rows()) {
      if (row.size() == 1 && !row.get(0).isContinuation() && row.get(0).column() == 0
          && row.get(0).span() >= Math.max(2, g.columns())) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  private static void value(XSSFCell cell, GridCell c) {
    if (c.isContinuation()) {
      return;
    }
    String text = c.text();
    switch (c.kind()) {
      case NUMBER -> {
        BigDecimal n = decimal(text);
        if (n != null) {
          cell.setCellValue(n.doubleValue());
        } else {
          string(cell, text);
        }
      }
      case PERCENT -> {
        BigDecimal n = percent(text);
        if (n != null) {
          cell.setCellValue(n.doubleValue());
        } else {
          string(cell, text);
        }
      }
      case FORMULA -> {
        if (c.raw() == null || formula(c.raw()).isEmpty()) {
          string(cell, text);
        } else {
          formula(cell, formula(c.raw()), text);
        }
      }
      case DAMAGED -> string(cell, text);
      case FORMULA_NO_VALUE -> {
        if (c.raw() == null || formula(c.raw()).isEmpty()) {
          string(cell, text);
        } else {
          cell.getCTCell().addNewF().setStringValue(formula(c.raw()));
        }
      }
      case TEXT -> {
        if (c.raw() != null && c.raw().startsWith("=") && isError(text)) {
          // a formula whose saved result is an error, as the reader gives it
          CTCell ct = cell.getCTCell();
          ct.addNewF().setStringValue(formula(c.raw()));
          ct.setT(STCellType.E);
          ct.setV(text);
        } else {
          string(cell, text);
        }
      }
      default -> string(cell, text);
    }
  }

  private static void string(XSSFCell cell, String text) {
    if (!text.isEmpty()) {
      cell.setCellValue(text);
    }
  }

  /** The formula with its saved result written as the cell's XML: POI is asked neither to parse nor to evaluate it. */
  private static void formula(XSSFCell cell, String formula, String text) {
    CTCell ct = cell.getCTCell();
    ct.addNewF().setStringValue(formula);
    BigDecimal n = text.endsWith("%") ? percent(text) : decimal(text);
    if (n != null) {
      ct.setV(n.toPlainString());
    } else {
      ct.setT(STCellType.STR);
      ct.setV(text);
    }
  }

  private static String formula(String raw) {
    return raw.startsWith("=") ? raw.substring(1) : raw;
  }

  private static boolean isError(String text) {
    try {
      FormulaError.forString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static @Nullable BigDecimal decimal(String text) {
    String t = text.strip();
    if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    return new BigDecimal(t);
  }

  private static @Nullable BigDecimal percent(String text) {
    String t = text.strip();
    if (!t.endsWith("%")) {
      return null;
    }
    BigDecimal n = decimal(t.substring(0, t.length() - 1));
    return n == null ? null : n.movePointLeft(2);
  }

  /** The cell's number format: a percentage's own (from raw) or {@code 0.00%}; none for the rest. */
  private static @Nullable String format(GridCell c) {
    boolean percent = c.kind() == Kind.PERCENT || (c.kind() == Kind.FORMULA && c.text().strip().endsWith("%")
        && percent(c.text()) != null);
    if (!percent) {
      return null;
    }
    if (c.raw() != null) {
      Matcher m = PERCENT_RAW.matcher(c.raw());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return "0.00%";
  }

  private static void widths(XSSFSheet sheet, Grid g, int columns, int titles) {
    int[] widest = new int[columns];
    for (int r = titles; r < g.rows().size(); r++) {
      for (GridCell c : g.rows().get(r)) {
        if (c.span() == 1 && c.column() < columns) {
          widest[c.column()] = Math.max(widest[c.column()], width(c.text()));
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      int chars = Math.min(MAX_WIDTH, Math.max(8, widest[c] + 2));
      sheet.setColumnWidth(c, chars * 256);
    }
  }

  /** The longest line's width in Excel's character units: a Chinese (wide) character counts two. */
  static int width(String text) {
    int widest = 0;
    for (String line : text.split("\n", -1)) {
      int w = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        w += wide(cp) ? 2 : 1;
        i += Character.charCount(cp);
      }
      widest = Math.max(widest, w);
    }
    return widest;
  }

  private static boolean wide(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
        || b == Character.UnicodeBlock.HANGUL_SYLLABLES;
  }

  /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, not quoted, unique. */
  static String sheetName(String name, Set<String> used) {
    String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "").strip();
    if (s.isEmpty()) {
      s = "Sheet" + (used.size() + 1);
    }
    s = cut(s, 31);
    String candidate = s;
    for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      candidate = cut(s, 31 - suffix.length()) + suffix;
    }
    used.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The few cell styles a workbook needs, made once each. */
  private static final class Styles {
    private final XSSFWorkbook wb;
    private final XSSFFont body;
    private final XSSFFont title;
    private final Map<String, XSSFCellStyle> made = new HashMap<>();

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      body = wb.createFont();
      body.setFontName("宋体");
      body.setFontHeightInPoints((short) 11);
      title = wb.createFont();
      title.setFontName("宋体");
      title.setFontHeightInPoints((short) 16);
      title.setBold(true);
    }

    XSSFCellStyle get(boolean isTitle, @Nullable String format, boolean unlocked) {
      String key = isTitle + "|" + format + "|" + unlocked;
      return made.computeIfAbsent(key, k -> {
        XSSFCellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (isTitle) {
          s.setFont(title);
          s.setAlignment(HorizontalAlignment.CENTER);
        } else {
          s.setFont(body);
          s.setBorderTop(BorderStyle.THIN);
          s.setBorderBottom(BorderStyle.THIN);
          s.setBorderLeft(BorderStyle.THIN);
          s.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
          s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        s.setLocked(!unlocked);
        return s;
      });
    }
  }
}

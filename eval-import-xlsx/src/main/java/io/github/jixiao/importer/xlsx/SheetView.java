package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.render.xlsx.layout.Tags;
import io.github.jixiao.render.xlsx.layout.Words;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.jspecify.annotations.Nullable;

/**
 * Reads cells of one sheet of an untrusted workbook as a person sees them: formulas by their
 * cached result (never evaluated), numbers typed as text accepted, full-width digits and
 * thousands separators tolerated, whitespace at the ends trimmed. Every value that cannot be
 * read becomes a problem naming its cell.
 */
final class SheetView {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  final Sheet sheet;
  final String name;
  final Problems problems;
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  /**
   * The column of the machine tags (found, not assumed: a person may have inserted a column, extra
   * indicator columns move it); in a sheet without tags, the column right of the last one used.
   */
  int tagCol = Tags.COLUMN;

  SheetView(Sheet sheet, Problems problems) {
    this.sheet = sheet;
    this.name = sheet.getSheetName();
    this.problems = problems;
    findTagColumn();
    findDamagedCells();
  }

  /**
   * A text cell refers to the workbook's table of shared texts by number; a number past the table's
   * end (a damaged or forged file) reads as an empty cell, silently. Each such cell is a problem.
   */
  private void findDamagedCells() {
    if (!(sheet.getWorkbook() instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook wb)) {
      return;
    }
    var table = wb.getSharedStringSource();
    long size = table == null ? 0 : table.getUniqueCount();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c instanceof XSSFCell x && x.getCTCell().getT() == STCellType.S) {
          String v = x.getCTCell().isSetV() ? x.getCTCell().getV().strip() : "";
          long index;
          try {
            index = Long.parseLong(v);
          } catch (NumberFormatException e) {
            index = -1;
          }
          if (index < 0 || index >= size) {
            problems.add(ref(c.getRowIndex(), c.getColumnIndex()), "", "the cell refers to shared text No. "
                + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + ", but the workbook has " + size
                + " shared texts: the file is damaged, the cell's text is lost (文件已损坏，单元格文字缺失)");
          }
        }
      }
    }
  }

  private void findTagColumn() {
    for (int r = 0; r <= Math.min(5, sheet.getLastRowNum()); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(Tags.PREFIX + Tags.FORM)) {
          tagCol = c.getColumnIndex();
          return;
        }
      }
    }
    // no tags (a workbook typed by hand, or tags removed): every column is the table's, also those
    // right of K (extra indicator columns push 偏差原因 beyond it)
    int width = Tags.COLUMN;
    for (Row row : sheet) {
      width = Math.max(width, row.getLastCellNum());
    }
    tagCol = width;
  }

  int lastRow() {
    return sheet.getLastRowNum();
  }

  /** "附件3-4!G12". */
  String ref(int row, int col) {
    return name + "!" + new CellReference(row, col).formatAsString();
  }

  @Nullable Cell cell(int row, int col) {
    Row r = sheet.getRow(row);
    return r == null || col < 0 ? null : r.getCell(col);
  }

  /** The machine tag of the row, or {@code null}. */
  Tags.@Nullable Tag tag(int row) {
    Cell c = cell(row, tagCol);
    return c != null && c.getCellType() == CellType.STRING ? Tags.parse(c.getStringCellValue()) : null;
  }

  /** Whether every cell of the row left of the tag column is blank. */
  boolean blankRow(int row) {
    Row r = sheet.getRow(row);
    if (r == null) {
      return true;
    }
    for (Cell c : r) {
      if (c.getColumnIndex() != tagCol && c.getColumnIndex() < tagCol && !blank(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(Cell c) {
    return switch (c.getCellType()) {
      case BLANK -> true;
      case STRING -> clean(c.getStringCellValue()) == null;
      default -> false;
    };
  }

  boolean blank(int row, int col) {
    Cell c = cell(row, col);
    return c == null || blank(c);
  }

  /** The first column at or after {@code from} (and before the tag column) holding something. */
  int firstFilled(int row, int from, int to) {
    for (int c = Math.max(0, from); c < Math.min(to, tagCol); c++) {
      if (!blank(row, c)) {
        return c;
      }
    }
    return -1;
  }

  /** The column of the first cell in the row whose text, without whitespace, satisfies the test. */
  int find(int row, java.util.function.Predicate<String> test) {
    return find(row, test, 0);
  }

  /** The first column at or after {@code from} of {@code row} whose text passes {@code test}, or -1. */
  int find(int row, java.util.function.Predicate<String> test, int from) {
    Row r = sheet.getRow(row);
    if (r == null) {
      return -1;
    }
    for (Cell c : r) {
      if (c.getColumnIndex() >= from && c.getColumnIndex() < tagCol && c.getCellType() == CellType.STRING
          && test.test(Words.squash(c.getStringCellValue()))) {
        return c.getColumnIndex();
      }
    }
    return -1;
  }

  /** Text without whitespace, for recognising labels ("" when blank or not text). */
  String label(int row, int col) {
    Cell c = cell(row, col);
    return c != null && c.getCellType() == CellType.STRING ? Words.squash(c.getStringCellValue()) : "";
  }

  /** Trims both ends (also U+3000); {@code null} when nothing is left. */
  static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The type of the cell's value: its own type, or for a formula the type of its cached result
   * (formulas are never evaluated); {@code null} when a formula has no cached result (reported).
   */
  private @Nullable CellType valueType(Cell c, int row, int col, String field, String pointer) {
    problems.source(pointer, ref(row, col));
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      if (!hasCachedValue(c, row, col, field, pointer)) {
        return null;
      }
      type = c.getCachedFormulaResultType();
    }
    return type;
  }

  /** The text the cell shows (a number as formatted), or {@code null} when blank. */
  @Nullable String text(int row, int col, String field, String pointer) {
    Cell c = cell(row, col);
    if (c == null) {
      return null;
    }
    CellType type = valueType(c, row, col, field, pointer);
    if (type == null) {
      return null;
    }
    if (c.getCellType() == CellType.FORMULA && type == CellType.NUMERIC && !isPercent(formatOf(c))) {
      // "=100%" typed as a target is a formula whose result is the number 1: reading 1 would change what
      // the department meant to print, so the cell is a problem, never a silent 1
      problems.add(ref(row, col), pointer, field + " holds the formula =" + c.getCellFormula() + " whose result is the "
          + "number " + clean(shown(c)) + ", not the text the form prints (指标值等文字请按原样输入，不要以公式输入，如 100%)");
      return null;
    }
    return switch (type) {
      case STRING -> clean(c.getStringCellValue());
      case NUMERIC -> clean(shown(c));
      case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> {
        error(c, row, col, field, pointer);
        yield null;
      }
      default -> null;
    };
  }

  /**
   * A number cell's value; NaN when the file's text for it is no number at all ({@code <v>INF</v>}, a
   * damaged or forged file), which the spreadsheet library would throw on.
   */
  private static double numeric(Cell c) {
    try {
      return c.getNumericCellValue();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Whether a number cell is formatted as a date or time (Excel stores dates as day counts). */
  private static boolean isDate(Cell c) {
    org.apache.poi.ss.usermodel.CellStyle style = c.getCellStyle();
    if (style == null) {
      return false;
    }
    String format = style.getDataFormatString();
    return format != null && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(style.getDataFormat(), format);
  }

  private static boolean isPercent(@Nullable String format) {
    return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
  }

  /** A number as the cell shows it: by its format, and in full (never "1.2E+11") when the format is General. */
  private String shown(Cell c) {
    double d = numeric(c);
    if (!Double.isFinite(d)) {
      return "";
    }
    String format = formatOf(c);
    if (format == null || format.equalsIgnoreCase("General")) {
      return new BigDecimal(NumberToTextConverter.toText(d)).toPlainString();
    }
    return formatter.formatRawCellContents(d, c.getCellStyle() == null ? 0 : c.getCellStyle().getDataFormat(), format);
  }

  /** A decimal (万元, 分值): a number cell, or a number typed as text; {@code null} when blank. */
  /**
   * An amount cell: a number as {@link #decimal}, or the not-applicable mark a form prints instead
   * ("—", "/", "无").
   */
  @Nullable Amount amount(int row, int col, String field, String pointer) {
    Cell c = cell(row, col);
    if (c != null && c.getCellType() == CellType.STRING) {
      String text = clean(c.getStringCellValue());
      if (text != null && Amount.MARKS.contains(text)) {
        return Amount.mark(text);
      }
    }
    return Amount.ofNullable(decimal(row, col, field, pointer));
  }

  @Nullable BigDecimal decimal(int row, int col, String field, String pointer) {
    Cell c = cell(row, col);
    if (c == null) {
      return null;
    }
    CellType type = valueType(c, row, col, field, pointer);
    if (type == null) {
      return null;
    }
    switch (type) {
      case NUMERIC -> {
        double d = numeric(c);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          problems.add(ref(row, col), pointer, field + " is not a number (不是数字)");
          return null;
        }
        if (isDate(c)) {
          // a date typed into an amount or score cell is stored as a day count (45047): never read as one
          problems.add(ref(row, col), pointer, field + " holds a date, " + clean(shown(c)) + ", not a number: type "
              + "the figure (日期不是数字)");
          return null;
        }
        BigDecimal b = new BigDecimal(NumberToTextConverter.toText(d));
        int decimals = minDecimals(formatOf(c));
        if (decimals > 0 && b.scale() < decimals) {
          b = b.setScale(decimals);
        }
        return b;
      }
      case STRING -> {
        String text = clean(c.getStringCellValue());
        if (text == null) {
          return null;
        }
        BigDecimal b = parse(text);
        if (b == null && ISO_DATE.matcher(text).matches()) {
          problems.add(ref(row, col), pointer, field + " holds a date, " + text.replace('T', ' ') + ", not a number: "
              + "type the figure (日期不是数字)");
        } else if (b == null && digitsOnly(text) > io.github.jixiao.model.io.Limits.INTEGER_DIGITS) {
          long digits = digitsOnly(text);
          problems.add(ref(row, col), pointer, field + " is a number of " + io.github.jixiao.model.io.Limits.count(digits)
              + " digits, more than a form holds (at most " + io.github.jixiao.model.io.Limits.INTEGER_DIGITS
              + " before the decimal point and " + io.github.jixiao.model.io.Limits.FRACTION_DIGITS
              + " after; 数字位数过多)");
        } else if (b == null) {
          problems.add(ref(row, col), pointer, field + " is not a number: '" + abbreviate(text) + "' (不是数字)");
        }
        return b;
      }
      case BOOLEAN -> {
        problems.add(ref(row, col), pointer, field + " is not a number: '" + c.getBooleanCellValue() + "' (不是数字)");
        return null;
      }
      case ERROR -> {
        error(c, row, col, field, pointer);
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** A score cell: a number, or a not-applicable mark (无, 不适用, /, —, -). */
  @Nullable ScoreCell score(int row, int col, String field, String pointer) {
    Cell c = cell(row, col);
    if (c == null) {
      return null;
    }
    CellType type = c.getCellType() == CellType.FORMULA && hasCachedValueQuiet(c) ? c.getCachedFormulaResultType()
        : c.getCellType();
    if (type == CellType.STRING) {
      String text = clean(c.getStringCellValue());
      if (text != null && ScoreCell.MARKS.contains(text)) {
        problems.source(pointer, ref(row, col));
        return ScoreCell.mark(text);
      }
    }
    BigDecimal v = decimal(row, col, field, pointer);
    return v == null ? null : ScoreCell.of(v);
  }

  /** A whole number (人数). */
  @Nullable Integer integer(int row, int col, String field, String pointer) {
    BigDecimal v = decimal(row, col, field, pointer);
    if (v == null) {
      return null;
    }
    String beyond = io.github.jixiao.model.io.Limits.numberProblem(v);
    if (beyond != null) {
      problems.add(ref(row, col), pointer, field + ": " + beyond);
      return null;
    }
    try {
      return v.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      problems.add(ref(row, col), pointer, field + " is not a whole number: " + v.toPlainString() + " (不是整数)");
      return null;
    }
  }

  /**
   * The digits of a text that is a number but for its length (digits, a sign, one point, separators and
   * spaces), or 0 for any other text. One pass, whatever the length.
   */
  static long digitsOnly(String text) {
    long digits = 0;
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        if (++points > 1) {
          return 0;
        }
      } else if (!(c == ',' || c == ' ' || (i == 0 && (c == '+' || c == '-')))) {
        return 0;
      }
    }
    return digits;
  }

  /** A cell's text as a message quotes it: at most 40 characters and the length. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + io.github.jixiao.model.io.Limits.count(
        text.length()) + " characters)";
  }

  /** Parses a number typed as text: full-width digits, spaces and thousands separators allowed. */
  static @Nullable BigDecimal parse(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace(" ", "").replace("　", "");
    if (t.length() > 40 || !NUMBER.matcher(t).matches()) {
      return null;
    }
    try {
      return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The number of decimals a number format always shows ("0.00" → 2, "General" → 0). */
  static int minDecimals(@Nullable String format) {
    if (format == null) {
      return 0;
    }
    String f = format.split(";", -1)[0].replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
    int dot = f.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    for (int i = dot + 1; i < f.length() && (f.charAt(i) == '0' || f.charAt(i) == '#'); i++) {
      if (f.charAt(i) == '0') {
        n++;
      }
    }
    return n;
  }

  private boolean hasCachedValue(Cell c, int row, int col, String field, String pointer) {
    if (hasCachedValueQuiet(c)) {
      return true;
    }
    problems.add(ref(row, col), pointer, field + ": 公式没有保存的计算结果，请在 Excel/WPS 中打开并保存后再导入 (the formula has "
        + "no saved result: open the workbook in Excel or WPS and save it, then import it again, or type the value; "
        + "formulas are never evaluated on import)");
    return false;
  }

  /**
   * Whether the formula's result was saved. A formula of string type ({@code t="str"}) without a
   * value holds an empty result: streaming writers (POI's SXSSF) leave out an empty {@code <v>}.
   * openpyxl writes every formula it saves with an empty {@code <v/>} (3.1.5): no result either,
   * although POI reads it as 0.
   */
  private static boolean hasCachedValueQuiet(Cell c) {
    if (!(c instanceof XSSFCell x)) {
      return true;
    }
    var ct = x.getCTCell();
    if (ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR) {
      return true;
    }
    return ct.isSetV() && !ct.getV().isEmpty();
  }

  private void error(Cell c, int row, int col, String field, String pointer) {
    String code;
    try {
      code = FormulaError.forInt(c.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      code = "#ERROR";
    }
    problems.add(ref(row, col), pointer, field + " shows an error " + code + " (单元格显示错误值)");
  }

  /**
   * The cell's number format, "General" when it has no style: a damaged workbook can point a cell
   * at a style index that does not exist, and POI then gives no style at all.
   */
  private static String formatOf(Cell c) {
    org.apache.poi.ss.usermodel.CellStyle style = c.getCellStyle();
    String f = style == null ? null : style.getDataFormatString();
    return f == null ? "General" : f;
  }
}

package io.github.jixiao.render.xlsx;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The pool of cell styles and fonts of one workbook: one POI style per distinct {@link Style},
 * created on first use (so the pool's order, and the file's bytes, follow the rendering order).
 */
final class Styles {
  /** The font of the official forms. */
  static final String FONT_NAME = "宋体";

  private final Workbook wb;
  private final DataFormat formats;
  private final Map<Style, CellStyle> styles = new HashMap<>();
  private final Map<Style.Font, Font> fonts = new EnumMap<>(Style.Font.class);

  Styles(Workbook wb) {
    this.wb = wb;
    this.formats = wb.createDataFormat();
    // the workbook's default font sets Excel's column-width unit: make it the forms' font
    Font normal = wb.getFontAt(0);
    normal.setFontName(FONT_NAME);
    if (normal instanceof XSSFFont x) {
      x.setFontHeight(Style.Font.BODY.points);
      x.setCharSet(org.apache.poi.common.usermodel.fonts.FontCharset.GB2312.getNativeId());
      x.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    }
  }

  /** The POI style for {@code s}. */
  CellStyle get(Style s) {
    CellStyle cs = styles.get(s);
    if (cs == null) {
      cs = create(s);
      styles.put(s, cs);
    }
    return cs;
  }

  private CellStyle create(Style s) {
    CellStyle cs = wb.createCellStyle();
    cs.setFont(font(s.font()));
    cs.setAlignment(s.h());
    cs.setVerticalAlignment(s.v());
    cs.setWrapText(s.wrap());
    if (s.border()) {
      cs.setBorderTop(BorderStyle.THIN);
      cs.setBorderBottom(BorderStyle.THIN);
      cs.setBorderLeft(BorderStyle.THIN);
      cs.setBorderRight(BorderStyle.THIN);
    }
    if (s.fill() != null) {
      ((XSSFCellStyle) cs).setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(s.fill())));
      cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (s.format() != null) {
      cs.setDataFormat(formats.getFormat(s.format()));
    }
    cs.setLocked(s.locked());
    if (s.indent() > 0) {
      cs.setIndention((short) s.indent());
    }
    return cs;
  }

  private Font font(Style.Font f) {
    Font font = fonts.get(f);
    if (font == null) {
      font = wb.createFont();
      font.setFontName(FONT_NAME);
      ((XSSFFont) font).setFontHeight(f.points);
      font.setBold(f.bold);
      if (f.link) {
        font.setUnderline(Font.U_SINGLE);
        ((XSSFFont) font).setColor(new XSSFColor(HexFormat.of().parseHex("0563C1")));
      }
      fonts.put(f, font);
    }
    return font;
  }
}

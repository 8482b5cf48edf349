package io.github.jixiao.render.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool of cell formats of one workbook: one {@code xf} per distinct {@link Style}, numbered
 * on first use (so the pool's order, and the file's bytes, follow the rendering order), and the
 * fonts, fills, borders and number formats they use; written as {@code xl/styles.xml}.
 */
final class Styles {
  /** The font of the official forms. */
  static final String FONT_NAME = "宋体";
  /** GB2312, the character set Excel gives 宋体. */
  private static final int GB2312 = 134;
  private static final int FIRST_CUSTOM_FORMAT = 164;
  /**
   * The built-in number formats among those the writer uses (ECMA-376 Part 1, 18.8.30): a cell
   * format refers to them by number, with no {@code numFmt} of their own. Every other format
   * ("0.0", "0.000" …) is written as a custom format numbered from {@link #FIRST_CUSTOM_FORMAT}.
   */
  private static final Map<String, Integer> BUILT_IN_FORMATS = Map.of("General", 0, "0", 1, "0.00", 2, "0.00%", 10);

  private final Map<Style, Integer> xfs = new HashMap<>();
  private final List<Style> order = new ArrayList<>();
  private final Map<Style.Font, Integer> fonts = new EnumMap<>(Style.Font.class);
  private final Map<String, Integer> fills = new LinkedHashMap<>();
  private final Map<String, Integer> formats = new LinkedHashMap<>();

  /** The format index of {@code s} (cell attribute {@code s}); 0 is the workbook's default. */
  int get(Style s) {
    Integer i = xfs.get(s);
    if (i == null) {
      order.add(s);
      i = order.size(); // xf 0 is the default format
      xfs.put(s, i);
      fonts.computeIfAbsent(s.font(), f -> fonts.size() + 1); // font 0 is the default font
      if (s.fill() != null) {
        fills.computeIfAbsent(s.fill(), f -> fills.size() + 2); // fills 0 and 1 are reserved
      }
      if (s.format() != null && builtInFormat(s.format()) < 0) {
        formats.computeIfAbsent(s.format(), f -> FIRST_CUSTOM_FORMAT + formats.size());
      }
    }
    return i;
  }

  /** {@code xl/styles.xml}. */
  CharSequence xml() {
    StringBuilder x = new StringBuilder(4096 + order.size() * 256);
    x.append(XmlWorkbook.XML_HEAD).append("<styleSheet xmlns=\"").append(XmlWorkbook.MAIN_NS).append("\">");
    if (!formats.isEmpty()) {
      x.append("<numFmts count=\"").append(formats.size()).append("\">");
      formats.forEach((code, id) -> {
        x.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
        XmlWorkbook.escape(code, x, true);
        x.append("\"/>");
      });
      x.append("</numFmts>");
    }
    x.append("<fonts count=\"").append(fonts.size() + 1).append("\">");
    // the default font sets Excel's column-width unit: the forms' font
    x.append("<font><sz val=\"").append(points(Style.Font.BODY.points)).append("\"/><color indexed=\"8\"/><name val=\"")
        .append(FONT_NAME).append("\"/><family val=\"2\"/><charset val=\"").append(GB2312).append("\"/><scheme val=\"none\"/></font>");
    fonts.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
      Style.Font f = e.getKey();
      x.append("<font>");
      if (f.bold) {
        x.append("<b/>");
      }
      if (f.link) {
        x.append("<u/>");
      }
      x.append("<sz val=\"").append(points(f.points)).append("\"/>");
      if (f.link) {
        x.append("<color rgb=\"FF0563C1\"/>");
      }
      x.append("<name val=\"").append(FONT_NAME).append("\"/></font>");
    });
    x.append("</fonts><fills count=\"").append(fills.size() + 2)
        .append("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
    fills.keySet().forEach(rgb -> x.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(rgb)
        .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>"));
    x.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
        .append("<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/>")
        .append("<diagonal/></border></borders>")
        .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        .append("<cellXfs count=\"").append(order.size() + 1)
        .append("\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
    for (Style s : order) {
      int format = s.format() == null ? 0 : builtInFormat(s.format());
      if (format < 0) {
        format = formats.get(s.format());
      }
      int fill = s.fill() == null ? 0 : fills.get(s.fill());
      x.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(fonts.get(s.font()))
          .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(s.border() ? 1 : 0)
          .append("\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"");
      if (s.border()) {
        x.append(" applyBorder=\"1\"");
      }
      if (fill != 0) {
        x.append(" applyFill=\"1\"");
      }
      if (format != 0) {
        x.append(" applyNumberFormat=\"1\"");
      }
      if (!s.locked()) {
        x.append(" applyProtection=\"1\"");
      }
      x.append("><alignment horizontal=\"").append(s.h().xml).append("\" vertical=\"").append(s.v().xml)
          .append('"');
      if (s.wrap()) {
        x.append(" wrapText=\"1\"");
      }
      if (s.indent() > 0) {
        x.append(" indent=\"").append(s.indent()).append('"');
      }
      x.append("/>");
      if (!s.locked()) {
        x.append("<protection locked=\"0\"/>");
      }
      x.append("</xf>");
    }
    x.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        .append("<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
    return x;
  }

  /** The number of a built-in number format, or -1 when {@code code} is not one (the writer's formats only). */
  static int builtInFormat(String code) {
    return BUILT_IN_FORMATS.getOrDefault(code, -1);
  }

  private static String points(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }
}

package io.github.jixiao.reliability;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of one cell of a workbook's XML, as another program (or an attacker) would leave it. */
final class CellSurgery {
  private CellSurgery() {}

  /** The part name of a sheet, found through workbook.xml and its relationships. */
  static String sheetPart(Map<String, byte[]> parts, String sheet) {
    String workbook = text(parts, "xl/workbook.xml");
    Matcher m = Pattern.compile("<sheet\\b[^>]*name=\"" + Pattern.quote(sheet) + "\"[^>]*r:id=\"([^\"]+)\"")
        .matcher(workbook);
    if (!m.find()) {
      throw new IllegalArgumentException("no sheet " + sheet);
    }
    String rels = text(parts, "xl/_rels/workbook.xml.rels");
    Matcher r = Pattern.compile("<Relationship\\b[^>]*Id=\"" + Pattern.quote(m.group(1)) + "\"[^>]*Target=\"([^\"]+)\"")
        .matcher(rels);
    if (!r.find()) {
      r = Pattern.compile("<Relationship\\b[^>]*Target=\"([^\"]+)\"[^>]*Id=\"" + Pattern.quote(m.group(1)) + "\"")
          .matcher(rels);
      if (!r.find()) {
        throw new IllegalArgumentException("no relationship " + m.group(1));
      }
    }
    String target = r.group(1);
    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
  }

  /**
   * The workbook with one cell replaced: {@code attributes} are added to the cell's own reference and
   * style, {@code content} is what goes between {@code <c>} and {@code </c>}.
   */
  static byte[] cell(byte[] xlsx, String sheet, String ref, String attributes, String content) {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(xlsx));
    String part = sheetPart(parts, sheet);
    String xml = text(parts, part);
    Matcher m = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)(/>|>.*?</c>)").matcher(xml);
    if (!m.find()) {
      throw new IllegalArgumentException("no cell " + sheet + "!" + ref);
    }
    String own = m.group(1).replaceAll("\\s*t=\"\\w+\"", "");
    if (attributes.contains(" s=\"")) {
      own = own.replaceAll("\\s*s=\"\\d+\"", "");
    }
    String replaced = "<c r=\"" + ref + "\"" + own + attributes + ">" + content + "</c>";
    parts.put(part, (xml.substring(0, m.start()) + replaced + xml.substring(m.end())).getBytes(StandardCharsets.UTF_8));
    return Workbooks.zip(parts);
  }

  /** The workbook with a cell format of this number format id added; returns the zip and the style index. */
  static Styled withNumberFormat(byte[] xlsx, int numFmtId) {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(xlsx));
    String styles = text(parts, "xl/styles.xml");
    Matcher m = Pattern.compile("<cellXfs count=\"(\\d+)\">").matcher(styles);
    if (!m.find()) {
      throw new IllegalStateException("no cellXfs");
    }
    int index = Integer.parseInt(m.group(1));
    styles = styles.substring(0, m.start()) + "<cellXfs count=\"" + (index + 1) + "\">" + styles.substring(m.end());
    styles = styles.replace("</cellXfs>", "<xf numFmtId=\"" + numFmtId + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
        + "applyNumberFormat=\"1\"/></cellXfs>");
    parts.put("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
    return new Styled(Workbooks.zip(parts), index);
  }

  /** A workbook and the index of a cell format added to it. */
  record Styled(byte[] xlsx, int style) {}

  /** The workbook with a sheet removed from workbook.xml, its relationships and the zip (汇总 still lists it). */
  static byte[] withoutSheet(byte[] xlsx, String sheet) {
    Map<String, byte[]> parts = new LinkedHashMap<>(Workbooks.entries(xlsx));
    String part = sheetPart(parts, sheet);
    String workbook = text(parts, "xl/workbook.xml")
        .replaceAll("<sheet\\b[^>]*name=\"" + Pattern.quote(sheet) + "\"[^>]*/>", "")
        .replaceAll("<definedName[^>]*>'?" + Pattern.quote(sheet) + "'?![^<]*</definedName>", "");
    parts.put("xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
    String target = part.substring("xl/".length());
    parts.put("xl/_rels/workbook.xml.rels", text(parts, "xl/_rels/workbook.xml.rels")
        .replaceAll("<Relationship\\b[^>]*Target=\"/?(?:xl/)?" + Pattern.quote(target) + "\"[^>]*/>", "")
        .getBytes(StandardCharsets.UTF_8));
    parts.remove(part);
    String rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels";
    parts.remove(rels);
    return Workbooks.zip(parts);
  }

  static String text(Map<String, byte[]> parts, String name) {
    byte[] b = parts.get(name);
    if (b == null) {
      throw new IllegalArgumentException("no part " + name);
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}

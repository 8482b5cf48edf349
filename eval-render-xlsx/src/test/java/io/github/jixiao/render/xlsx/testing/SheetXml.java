package io.github.jixiao.render.xlsx.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A written workbook read as its XML parts, without a spreadsheet library: what a test checks of
 * the file itself (defined names, row breaks, panes, merged cells, the cells' text and styles).
 */
public final class SheetXml {
  private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]*)\" sheetId=\"\\d+\"[^>]*r:id=\"rId(\\d+)\"/>");
  private static final Pattern SI = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
  private static final Pattern T = Pattern.compile("<t(?: [^>]*)?>(.*?)</t>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"([^>]*)>");

  /** Every part of the zip, by name, as text. */
  public final Map<String, String> parts = new LinkedHashMap<>();
  /** The sheets in order: name → part ("xl/worksheets/sheet3.xml"). */
  public final Map<String, String> sheets = new LinkedHashMap<>();
  private final List<String> strings = new ArrayList<>();
  private final Map<String, Map<String, String>> cellCache = new java.util.HashMap<>();

  public SheetXml(byte[] xlsx) {
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        parts.put(e.getName(), new String(zin.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = SHEET.matcher(parts.get("xl/workbook.xml"));
    while (m.find()) {
      sheets.put(unescape(m.group(1)), "xl/worksheets/sheet" + (Integer.parseInt(m.group(2)) - 2) + ".xml");
    }
    String sst = parts.getOrDefault("xl/sharedStrings.xml", "");
    Matcher si = SI.matcher(sst);
    while (si.find()) {
      StringBuilder sb = new StringBuilder();
      Matcher t = T.matcher(si.group(1));
      while (t.find()) {
        sb.append(unescape(t.group(1)));
      }
      strings.add(sb.toString());
    }
  }

  /** Every part's text joined: to look for a word anywhere in the file. */
  public String all() {
    return String.join("\n", parts.values());
  }

  /** The XML of the sheet named {@code name}. */
  public String sheet(String name) {
    String part = sheets.get(name);
    if (part == null) {
      throw new IllegalArgumentException("no sheet " + name + " in " + sheets.keySet());
    }
    return parts.get(part);
  }

  /** The zero-based position of the sheet among the workbook's sheets (a defined name's localSheetId). */
  public int index(String name) {
    return new ArrayList<>(sheets.keySet()).indexOf(name);
  }

  /** The defined name {@code name} of the sheet (its formula), or {@code null}. */
  public @Nullable String definedName(String name, String sheet) {
    Matcher m = Pattern.compile("<definedName name=\"" + Pattern.quote(name) + "\" localSheetId=\"" + index(sheet)
        + "\"[^>]*>([^<]*)</definedName>").matcher(parts.get("xl/workbook.xml"));
    return m.find() ? unescape(m.group(1)) : null;
  }

  /** The cells of a sheet: "B12" → the text (shared or inline string), the number or formula result, "" when blank. */
  public synchronized Map<String, String> cells(String sheet) {
    return cellCache.computeIfAbsent(sheet, this::readCells);
  }

  private Map<String, String> readCells(String sheet) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = CELL.matcher(sheet(sheet));
    while (m.find()) {
      out.put(m.group(1) + m.group(2), value(m.group(3), m.group(4)));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The style index of each cell of a sheet ("B12" → 5; 0 when none is given). */
  public Map<String, Integer> styles(String sheet) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher m = CELL.matcher(sheet(sheet));
    while (m.find()) {
      Matcher s = Pattern.compile(" s=\"(\\d+)\"").matcher(m.group(3));
      out.put(m.group(1) + m.group(2), s.find() ? Integer.parseInt(s.group(1)) : 0);
    }
    return out;
  }

  /** The horizontal alignment of each cell format ({@code cellXfs}), by style index ("right", "center" …; "" when none). */
  public List<String> alignments() {
    String styles = parts.get("xl/styles.xml");
    String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<xf [^>]*?(?:/>|>(.*?)</xf>)", Pattern.DOTALL).matcher(xfs);
    while (m.find()) {
      String body = m.group(1) == null ? "" : m.group(1);
      Matcher h = Pattern.compile("horizontal=\"([a-z]+)\"").matcher(body);
      out.add(h.find() ? h.group(1) : "");
    }
    return out;
  }

  /** The widths of the columns of a sheet (zero-based index → width), and which are hidden. */
  public Map<Integer, double[]> columns(String sheet) {
    Map<Integer, double[]> out = new TreeMap<>();
    Matcher m = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([\\d.]+)\"([^>]*)/>").matcher(sheet(sheet));
    while (m.find()) {
      for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)); c++) {
        out.put(c - 1, new double[] {Double.parseDouble(m.group(3)), m.group(4).contains("hidden=\"1\"") ? 1 : 0});
      }
    }
    return out;
  }

  /** The row heights of a sheet, by 1-based row number, in points. */
  public TreeMap<Integer, Double> heights(String sheet) {
    TreeMap<Integer, Double> out = new TreeMap<>();
    Matcher m = ROW.matcher(sheet(sheet));
    while (m.find()) {
      Matcher h = Pattern.compile(" ht=\"([\\d.]+)\"").matcher(m.group(2));
      out.put(Integer.parseInt(m.group(1)), h.find() ? Double.parseDouble(h.group(1)) : 15.0);
    }
    return out;
  }

  /** The comments of a sheet: cell ("H25") → text; empty when it has none. */
  public Map<String, String> comments(String sheet) {
    String part = sheets.get(sheet).replace("worksheets/sheet", "comments");
    Map<String, String> out = new LinkedHashMap<>();
    String xml = parts.get(part);
    if (xml == null) {
      return out;
    }
    Matcher m = Pattern.compile("<comment ref=\"([A-Z]+\\d+)\"[^>]*><text>(.*?)</text></comment>", Pattern.DOTALL)
        .matcher(xml);
    while (m.find()) {
      StringBuilder sb = new StringBuilder();
      Matcher t = T.matcher(m.group(2));
      while (t.find()) {
        sb.append(unescape(t.group(1)));
      }
      out.put(m.group(1), sb.toString());
    }
    return out;
  }

  /** The merged regions of a sheet ("B13:B15"). */
  public List<String> merged(String sheet) {
    return all(sheet, "<mergeCell ref=\"([^\"]+)\"/>");
  }

  /** The 1-based row numbers after which a page break is set (the {@code id} of each {@code <brk>}). */
  public List<Integer> rowBreaks(String sheet) {
    String xml = sheet(sheet);
    int from = xml.indexOf("<rowBreaks");
    if (from < 0) {
      return List.of();
    }
    String part = xml.substring(from, xml.indexOf("</rowBreaks>", from));
    return all(part, "<brk id=\"(\\d+)\"", true).stream().map(Integer::parseInt).toList();
  }

  /** The {@code <pane …/>} element of a sheet, or {@code null}. */
  public @Nullable String pane(String sheet) {
    Matcher m = Pattern.compile("<pane [^>]*/>").matcher(sheet(sheet));
    return m.find() ? m.group() : null;
  }

  /** An attribute of an element's text ({@code attribute("<pane xSplit=\"4\"/>", "xSplit")} → "4"), or {@code null}. */
  public static @Nullable String attribute(@Nullable String element, String name) {
    if (element == null) {
      return null;
    }
    Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? unescape(m.group(1)) : null;
  }

  /** The column letters' zero-based index ("A" → 0, "L" → 11). */
  public static int column(String letters) {
    int c = 0;
    for (char ch : letters.toCharArray()) {
      c = c * 26 + (ch - 'A' + 1);
    }
    return c - 1;
  }

  private List<String> all(String sheet, String regex) {
    return all(sheet(sheet), regex, true);
  }

  private static List<String> all(String xml, String regex, boolean raw) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(xml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private String value(String attributes, @Nullable String body) {
    if (body == null) {
      return "";
    }
    if (attributes.contains("t=\"s\"")) {
      Matcher v = Pattern.compile("<v>(\\d+)</v>").matcher(body);
      return v.find() ? strings.get(Integer.parseInt(v.group(1))) : "";
    }
    if (attributes.contains("t=\"inlineStr\"")) {
      StringBuilder sb = new StringBuilder();
      Matcher t = T.matcher(body);
      while (t.find()) {
        sb.append(unescape(t.group(1)));
      }
      return sb.toString();
    }
    Matcher v = Pattern.compile("<v>([^<]*)</v>").matcher(body);
    return v.find() ? unescape(v.group(1)) : "";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#10;", "\n")
        .replace("&#13;", "\r").replace("&#9;", "\t").replace("&amp;", "&");
  }
}

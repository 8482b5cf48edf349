package io.github.jixiao.importer.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Cells of type {@code t="d"} in a worksheet part: a date written as ISO 8601 text, which some
 * programs write and the spreadsheet library cannot parse (the whole sheet would fail). Both the
 * workbook importer and the intake of any province's workbook turn them into text cells first.
 */
public final class IsoDateCells {
  private static final Pattern ISO_DATE_CELL = Pattern.compile("(<c\\b[^>]*?\\st\\s*=\\s*)([\"'])d\\2");

  private IsoDateCells() {}

  /**
   * The worksheet part with every {@code t="d"} cell made a text cell with the same text, so that the
   * sheet is read and the date, where an amount belongs, is a problem at its cell.
   *
   * @param xml a worksheet part as stored
   * @return the same array when it has no such cell, else the rewritten part
   */
  public static byte[] asText(byte[] xml) {
    String s = new String(xml, StandardCharsets.ISO_8859_1); // byte for byte: UTF-8 sequences pass untouched
    if (!ISO_DATE_CELL.matcher(s).find()) {
      return xml;
    }
    return ISO_DATE_CELL.matcher(s).replaceAll("$1$2str$2").getBytes(StandardCharsets.ISO_8859_1);
  }
}

package io.github.jixiao.render.docx;

/**
 * The document's styles ({@code word/styles.xml}) and font table ({@code word/fontTable.xml}) as
 * XML text: GB/T 9704 conventions for reports (title 小标宋 二号, body 仿宋_GB2312 三号 on a grid
 * of 28 characters × 22 lines, 一级 headings 黑体, 二级 楷体_GB2312), 宋体 小五 in the forms'
 * tables. Headings are Word's built-in "heading 1…4" styles (style ids Heading1…), so the
 * navigation pane and the table of contents find them.
 */
final class StyleSheet {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Style ids used by the writers. */
  static final String TITLE = "Heading1";
  static final String H1 = "Heading2";
  static final String H2 = "Heading3";
  static final String H3 = "Heading4";
  static final String BODY = "BodyText";
  static final String CELL = "FormCell";
  static final String LABEL = "Attachment";
  static final String COVER_TITLE = "CoverTitle";
  static final String COVER_LINE = "CoverLine";
  static final String FORM_TITLE = "FormTitle";
  static final String NOTE = "FormNote";
  static final String FOOTER = "Footer";
  static final String COMMENT = "CommentText";
  static final String TOC_HEADING = "TOCHeading";
  static final String TABLE = "FormTable";

  /** Half-points: 二号 22 pt, 一号 26 pt, 三号 16 pt, 四号 14 pt, 小五 9 pt. */
  static final int ERHAO = 44;
  static final int YIHAO = 52;
  static final int SANHAO = 32;
  static final int SIHAO = 28;
  static final int XIAOWU = 18;

  /**
   * The report text's character spacing in twentieths of a point: 三号 (16 pt) characters 0.25 pt
   * closer give 28 to the 156 mm line (442 pt), as GB/T 9704 has it.
   */
  static final String PITCH = "<w:spacing w:val=\"-5\"/>";

  /** Twips: the report body's line pitch (225 mm / 22 lines) and a two-character indent. */
  static final int LINE = 579;
  /** The report text's width in twips (156 mm). */
  static final int REPORT_WIDTH = 8844;
  static final int INDENT = 640;

  private StyleSheet() {}

  private static String fonts(Face face) {
    return "<w:rFonts w:ascii=\"" + Face.LATIN + "\" w:hAnsi=\"" + Face.LATIN + "\" w:eastAsia=\"" + face.name
        + "\" w:cs=\"" + Face.LATIN + "\" w:hint=\"eastAsia\"/>";
  }

  private static String size(int halfPoints) {
    return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
  }

  private static String paragraphStyle(String id, String name, String basedOn, String next, boolean builtIn,
      String pPr, String rPr) {
    return "<w:style w:type=\"paragraph\"" + (builtIn ? "" : " w:customStyle=\"1\"") + " w:styleId=\"" + id + "\">"
        + "<w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
        + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>") + "<w:qFormat/>"
        + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
        + "</w:style>";
  }

  private static String exact(int twips) {
    return "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + twips + "\" w:lineRule=\"exact\"/>";
  }

  /** The styles part. */
  static String styles() {
    StringBuilder s = new StringBuilder(8192);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"").append(W)
        .append("\">");
    s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(Face.BODY)).append(size(SANHAO))
        .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
        .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>");
    s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + "<w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:style>");
    s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
    s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
        + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    // reports: the title (heading 1), 一级 黑体, 二级 楷体, 三级 仿宋 bold, body 仿宋 with the indent
    s.append(paragraphStyle(TITLE, "heading 1", "Normal", BODY, true,
        "<w:keepNext/><w:keepLines/>" + "<w:spacing w:before=\"0\" w:after=\"" + LINE + "\" w:line=\"" + 760
            + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
        fonts(Face.TITLE) + "<w:b/><w:bCs/>" + size(ERHAO)));
    s.append(paragraphStyle(H1, "heading 2", "Normal", BODY, true,
        "<w:keepNext/><w:keepLines/>" + exact(LINE) + "<w:ind w:firstLine=\"" + INDENT + "\"/><w:outlineLvl w:val=\"1\"/>",
        fonts(Face.HEI) + PITCH + size(SANHAO)));
    s.append(paragraphStyle(H2, "heading 3", "Normal", BODY, true,
        "<w:keepNext/><w:keepLines/>" + exact(LINE) + "<w:ind w:firstLine=\"" + INDENT + "\"/><w:outlineLvl w:val=\"2\"/>",
        fonts(Face.KAI) + PITCH + size(SANHAO)));
    s.append(paragraphStyle(H3, "heading 4", "Normal", BODY, true,
        "<w:keepNext/><w:keepLines/>" + exact(LINE) + "<w:ind w:firstLine=\"" + INDENT + "\"/><w:outlineLvl w:val=\"3\"/>",
        fonts(Face.BODY) + "<w:b/><w:bCs/>" + PITCH + size(SANHAO)));
    s.append(paragraphStyle(BODY, "Body Text", "Normal", null, true,
        exact(LINE) + "<w:ind w:firstLine=\"" + INDENT + "\"/><w:jc w:val=\"both\"/>", fonts(Face.BODY) + PITCH + size(SANHAO)));
    s.append(paragraphStyle(LABEL, "附件标号", "Normal", null, false,
        exact(LINE) + "<w:jc w:val=\"left\"/>", fonts(Face.HEI) + size(SANHAO)));
    s.append(paragraphStyle(COVER_TITLE, "封面标题", "Normal", null, false,
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"900\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
        fonts(Face.TITLE) + "<w:b/><w:bCs/>" + size(YIHAO)));
    s.append(paragraphStyle(COVER_LINE, "封面文字", "Normal", null, false,
        exact(LINE + 160) + "<w:jc w:val=\"center\"/>", fonts(Face.BODY) + size(SANHAO)));
    // forms: the title (an outline level for the navigation pane), 宋体 小五 in cells, notes
    s.append(paragraphStyle(FORM_TITLE, "表格标题", "Normal", null, false,
        "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"160\" w:line=\"440\" w:lineRule=\"exact\"/>"
            + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
        fonts(Face.TITLE) + "<w:b/><w:bCs/>" + size(SANHAO)));
    s.append(paragraphStyle(CELL, "表格文字", "Normal", null, false,
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        fonts(Face.SONG) + size(XIAOWU)));
    s.append(paragraphStyle(NOTE, "表注", "Normal", null, false,
        "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        fonts(Face.SONG) + size(XIAOWU)));
    s.append(paragraphStyle(FOOTER, "footer", "Normal", null, true,
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
        fonts(Face.SONG) + size(SIHAO)));
    s.append(paragraphStyle(COMMENT, "annotation text", "Normal", null, true,
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
        fonts(Face.SONG) + size(20)));
    s.append("<w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/>"
        + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>");
    // the table of contents
    s.append(paragraphStyle(TOC_HEADING, "TOC Heading", "Normal", null, true,
        "<w:spacing w:before=\"0\" w:after=\"" + LINE + "\" w:line=\"760\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
        fonts(Face.HEI) + size(ERHAO)));
    for (int level = 1; level <= 3; level++) {
      s.append(paragraphStyle("TOC" + level, "toc " + level, "Normal", null, true,
          "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/></w:tabs>" + exact(440)
              + "<w:ind w:left=\"" + (level - 1) * INDENT + "\"/><w:jc w:val=\"left\"/>",
          fonts(Face.BODY) + size(SIHAO)));
    }
    s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"").append(TABLE)
        .append("\"><w:name w:val=\"绩效自评表\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>")
        .append(border("top")).append(border("left")).append(border("bottom")).append(border("right"))
        .append(border("insideH")).append(border("insideV"))
        .append("</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>");
    s.append("</w:styles>");
    return s.toString();
  }

  private static String border(String side) {
    return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  }

  /** The font table: each face by its East Asian name, with the name to fall back to. */
  static String fontTable() {
    StringBuilder s = new StringBuilder(2048);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"").append(W)
        .append("\">");
    s.append("<w:font w:name=\"").append(Face.LATIN).append("\"><w:panose1 w:val=\"02020603050405020304\"/>"
        + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
    for (Face f : Face.values()) {
      s.append("<w:font w:name=\"").append(f.name).append("\"><w:altName w:val=\"").append(f.altName)
          .append("\"/><w:panose1 w:val=\"").append(f.panose).append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
          .append(f.family == 2 ? "modern" : "roman").append("\"/><w:pitch w:val=\"")
          .append(f == Face.TITLE ? "variable" : "fixed").append("\"/></w:font>");
    }
    s.append("</w:fonts>");
    return s.toString();
  }
}

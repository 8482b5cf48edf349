package io.github.jixiao.render.xlsx;

import java.util.List;

/**
 * DrawingML for {@link XmlSheet.Chart}: the sheet's drawing part (one anchored frame per chart)
 * and each chart's part, a clustered column chart of one series with its values shown on the
 * columns, the fonts 宋体 as the cells'. Written by hand like the rest of the workbook.
 */
final class Charts {
  private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
  /** The columns' colour: the 汇总's header blue. */
  private static final String FILL = "4472C4";

  private Charts() {}

  /** {@code xl/drawings/drawingN.xml}: a frame per chart, its relationship {@code rIdK} the K-th chart. */
  static CharSequence drawing(List<XmlSheet.Chart> charts) {
    StringBuilder x = new StringBuilder(XmlWorkbook.XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"").append(XDR)
        .append("\" xmlns:a=\"").append(A).append("\">");
    for (int k = 0; k < charts.size(); k++) {
      XmlSheet.Chart c = charts.get(k);
      x.append("<xdr:twoCellAnchor editAs=\"oneCell\">");
      anchor(x, "from", c.col1(), c.row1());
      anchor(x, "to", c.col2(), c.row2());
      x.append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(k + 2)
          .append("\" name=\"");
      XmlWorkbook.escape("图表 " + (k + 1), x, true);
      x.append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/>"
          + "<a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"").append(C)
          .append("\"><c:chart xmlns:c=\"").append(C).append("\" xmlns:r=\"").append(XmlWorkbook.REL_NS)
          .append("\" r:id=\"rId").append(k + 1).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>"
              + "<xdr:clientData/></xdr:twoCellAnchor>");
    }
    return x.append("</xdr:wsDr>");
  }

  private static void anchor(StringBuilder x, String end, int col, int row) {
    x.append("<xdr:").append(end).append("><xdr:col>").append(col).append("</xdr:col><xdr:colOff>0</xdr:colOff>"
        + "<xdr:row>").append(row).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:").append(end).append('>');
  }

  /** {@code xl/charts/chartK.xml}. */
  static CharSequence chart(XmlSheet.Chart c) {
    StringBuilder x = new StringBuilder(XmlWorkbook.XML_HEAD).append("<c:chartSpace xmlns:c=\"").append(C)
        .append("\" xmlns:a=\"").append(A).append("\" xmlns:r=\"").append(XmlWorkbook.REL_NS).append("\">")
        .append("<c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich>"
            + "<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r>");
    run(x, 1200, true);
    x.append("<a:t>");
    XmlWorkbook.escape(c.title(), x, false);
    x.append("</a:t>");
    x.append("</a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>"
        + "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>");
    XmlWorkbook.escape(c.series(), x, false);
    x.append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"").append(FILL).append("\"/></a:solidFill></c:spPr>"
        + "<c:invertIfNegative val=\"0\"/><c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
        + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls><c:cat><c:strRef><c:f>");
    XmlWorkbook.escape(c.categoriesRef(), x, false);
    x.append("</c:f><c:strCache><c:ptCount val=\"").append(c.categories().size()).append("\"/>");
    for (int i = 0; i < c.categories().size(); i++) {
      x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
      XmlWorkbook.escape(c.categories().get(i), x, false);
      x.append("</c:v></c:pt>");
    }
    x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
    XmlWorkbook.escape(c.valuesRef(), x, false);
    x.append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(c.values().size())
        .append("\"/>");
    for (int i = 0; i < c.values().size(); i++) {
      x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(c.values().get(i)).append("</c:v></c:pt>");
    }
    x.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"60\"/><c:axId val=\"1001\"/>"
        + "<c:axId val=\"1002\"/></c:barChart><c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"minMax\"/>"
        + "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
        + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
    textProperties(x);
    x.append("<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
        + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx><c:valAx><c:axId val=\"1002\"/><c:scaling>"
        + "<c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>"
        + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
        + "<c:tickLblPos val=\"nextTo\"/>");
    textProperties(x);
    return x.append("<c:crossAx val=\"1001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
        + "</c:valAx></c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\"><a:latin typeface=\"" + Styles.FONT_NAME
        + "\"/><a:ea typeface=\"" + Styles.FONT_NAME + "\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p>"
        + "</c:txPr></c:chartSpace>");
  }

  private static void run(StringBuilder x, int size, boolean bold) {
    x.append("<a:rPr lang=\"zh-CN\" sz=\"").append(size).append("\" b=\"").append(bold ? 1 : 0)
        .append("\"><a:latin typeface=\"").append(Styles.FONT_NAME).append("\"/><a:ea typeface=\"")
        .append(Styles.FONT_NAME).append("\"/></a:rPr>");
  }

  private static void textProperties(StringBuilder x) {
    x.append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\"><a:latin typeface=\"")
        .append(Styles.FONT_NAME).append("\"/><a:ea typeface=\"").append(Styles.FONT_NAME)
        .append("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
  }
}

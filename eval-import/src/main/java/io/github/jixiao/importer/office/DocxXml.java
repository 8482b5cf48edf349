package io.github.jixiao.importer.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;

/** WordprocessingML read element by element (through XMLBeans cursors): the few look-ups the DOCX reader needs. */
final class DocxXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private DocxXml() {}

  /** An element: its name and its XML. */
  record El(String ns, String local, XmlObject xml) {
    static El of(XmlObject xml) {
      try (XmlCursor c = xml.newCursor()) {
        return c.isStart() ? new El(c.getName().getNamespaceURI(), c.getName().getLocalPart(), xml) : new El("", "", xml);
      }
    }

    boolean is(String namespace, String name) {
      return namespace.equals(ns) && name.equals(local);
    }
  }

  /** The child elements, in order. */
  static List<El> children(El parent) {
    List<El> out = new ArrayList<>();
    try (XmlCursor c = parent.xml().newCursor()) {
      if (c.toFirstChild()) {
        do {
          out.add(new El(c.getName().getNamespaceURI(), c.getName().getLocalPart(), c.getObject()));
        } while (c.toNextSibling());
      }
    }
    return out;
  }

  /** Whether an element is {@code w:<local>}. */
  static boolean isW(El e, String local) {
    return e.is(W, local);
  }

  /** The first child {@code w:<local>}, or null. */
  static @Nullable El child(@Nullable El parent, String local) {
    if (parent == null) {
      return null;
    }
    try (XmlCursor c = parent.xml().newCursor()) {
      if (c.toFirstChild()) {
        do {
          if (W.equals(c.getName().getNamespaceURI()) && local.equals(c.getName().getLocalPart())) {
            return new El(W, local, c.getObject());
          }
        } while (c.toNextSibling());
      }
    }
    return null;
  }

  /** A {@code w:} attribute's value (or the unqualified attribute's), or null when absent. */
  static @Nullable String attr(@Nullable El e, String local) {
    if (e == null) {
      return null;
    }
    XmlObject a = e.xml().selectAttribute(W, local);
    if (a == null) {
      a = e.xml().selectAttribute("", local);
    }
    if (a == null) {
      return null;
    }
    try (XmlCursor c = a.newCursor()) {
      return c.getTextValue();
    }
  }

  /** The {@code w:val} of a child, or null. */
  static @Nullable String val(@Nullable El parent, String local) {
    return attr(child(parent, local), "val");
  }

  /** An integer {@code w:val} of a child, or the fallback when absent or not a number. */
  static int intVal(@Nullable El parent, String local, int fallback) {
    String v = val(parent, local);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Whether a toggle property ({@code <w:vanish/>}, {@code <w:pageBreakBefore w:val="1"/>}) is on. */
  static boolean on(@Nullable El parent, String local) {
    El e = child(parent, local);
    if (e == null) {
      return false;
    }
    String v = attr(e, "val");
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  /** The text of an element (a {@code w:t}). */
  static String text(El e) {
    try (XmlCursor c = e.xml().newCursor()) {
      return c.getTextValue();
    }
  }
}

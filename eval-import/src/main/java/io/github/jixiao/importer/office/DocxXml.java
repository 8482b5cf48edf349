package io.github.jixiao.importer.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;

/**
 * WordprocessingML read element by element: the few look-ups the DOCX reader needs, on a light
 * copy of the XML made in one pass of one XMLBeans cursor (a cursor per look-up, and the typed
 * objects it makes, cost more than the document's parse).
 */
final class DocxXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private DocxXml() {}

  /** An element: its name, its attributes, its child elements in order, and its own text. */
  static final class El {
    private final String ns;
    private final String local;
    private final Map<String, String> attrs;
    private final List<El> children;
    private final String text;

    private El(String ns, String local, Map<String, String> attrs, List<El> children, String text) {
      this.ns = ns;
      this.local = local;
      this.attrs = attrs;
      this.children = children;
      this.text = text;
    }

    /** The element the XML object is, copied with everything below it. */
    static El of(XmlObject xml) {
      try (XmlCursor c = xml.newCursor()) {
        if (!c.isStart()) {
          c.toFirstContentToken();
          if (!c.isStart()) {
            return new El("", "", Map.of(), List.of(), "");
          }
        }
        return copy(c, 0);
      }
    }

    /** How deep the copy goes before the document is refused (64 nested tables are about 300 levels). */
    private static final int MAX_DEPTH = 1_000;

    /** The element at the cursor (at its start), and the cursor back there after. */
    private static El copy(XmlCursor c, int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("its XML nests more than " + MAX_DEPTH + " levels deep (嵌套过深)");
      }
      String ns = c.getName().getNamespaceURI();
      String local = c.getName().getLocalPart();
      Map<String, String> attrs = Map.of();
      if (c.toFirstAttribute()) {
        attrs = new HashMap<>();
        do {
          attrs.put(c.getName().getNamespaceURI() + "|" + c.getName().getLocalPart(), c.getTextValue());
        } while (c.toNextAttribute());
        c.toParent();
      }
      List<El> children = List.of();
      String text = "";
      if (c.toFirstChild()) {
        children = new ArrayList<>();
        do {
          children.add(copy(c, depth + 1));
        } while (c.toNextSibling());
        c.toParent();
      } else {
        text = c.getTextValue();
      }
      return new El(ns, local, attrs, children, text);
    }

    String ns() {
      return ns;
    }

    String local() {
      return local;
    }

    boolean is(String namespace, String name) {
      return namespace.equals(ns) && name.equals(local);
    }

    /** Every text below the element, in order (an element's text is its children's, a leaf's its own). */
    String textValue() {
      if (children.isEmpty()) {
        return text;
      }
      StringBuilder b = new StringBuilder();
      for (El e : children) {
        b.append(e.textValue());
      }
      return b.toString();
    }
  }

  /** The child elements, in order. */
  static List<El> children(El parent) {
    return parent.children;
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
    for (El e : parent.children) {
      if (e.is(W, local)) {
        return e;
      }
    }
    return null;
  }

  /** A {@code w:} attribute's value (or the unqualified attribute's), or null when absent. */
  static @Nullable String attr(@Nullable El e, String local) {
    if (e == null) {
      return null;
    }
    String v = e.attrs.get(W + "|" + local);
    return v != null ? v : e.attrs.get("|" + local);
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
    return e.textValue();
  }
}

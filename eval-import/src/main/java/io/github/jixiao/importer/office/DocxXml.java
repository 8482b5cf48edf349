package io.github.jixiao.importer.office;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * WordprocessingML read element by element: the few look-ups the DOCX reader needs, on a light
 * tree of the XML read in one StAX pass (POI's typed objects, and a cursor per look-up, cost more
 * than the reading itself).
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

    /** How deep an element may sit before the document is refused (64 nested tables are about 300 levels). */
    private static final int MAX_DEPTH = 1_000;

    /**
     * The root element of a part, read in one StAX pass (no typed objects, no DOM).
     *
     * @param xml the part's bytes
     * @param factory a factory that reads no DTD and no external entity
     * @return the root element with everything below it
     * @throws XMLStreamException when the part is not well-formed XML
     * @throws IllegalArgumentException when it nests more than 1,000 levels deep
     */
    static El parse(byte[] xml, XMLInputFactory factory) throws XMLStreamException {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        List<Builder> open = new ArrayList<>();
        El root = null;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            if (open.size() > MAX_DEPTH) {
              throw new IllegalArgumentException("its XML nests more than " + MAX_DEPTH + " levels deep (嵌套过深)");
            }
            Builder b = new Builder(r);
            if (!open.isEmpty()) {
              open.get(open.size() - 1).leaf = false;
            }
            open.add(b);
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            El e = open.remove(open.size() - 1).build();
            if (open.isEmpty()) {
              root = e;
            } else {
              open.get(open.size() - 1).children.add(e);
            }
          } else if (!open.isEmpty() && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
            Builder b = open.get(open.size() - 1);
            if (b.leaf) {
              b.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
        }
        return root == null ? new El("", "", Map.of(), List.of(), "") : root;
      } finally {
        r.close();
      }
    }

    /** An element being read: its text is kept only while it has no child element. */
    private static final class Builder {
      private final String ns;
      private final String local;
      private final Map<String, String> attrs;
      private final List<El> children = new ArrayList<>();
      private final StringBuilder text = new StringBuilder();
      private boolean leaf = true;

      Builder(XMLStreamReader r) {
        String uri = r.getNamespaceURI();
        ns = uri == null ? "" : uri;
        local = r.getLocalName();
        int n = r.getAttributeCount();
        if (n == 0) {
          attrs = Map.of();
        } else {
          attrs = new HashMap<>(n * 2);
          for (int i = 0; i < n; i++) {
            String a = r.getAttributeNamespace(i);
            attrs.put((a == null ? "" : a) + "|" + r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
        }
      }

      El build() {
        return leaf ? new El(ns, local, attrs, List.of(), text.toString()) : new El(ns, local, attrs, children, "");
      }
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

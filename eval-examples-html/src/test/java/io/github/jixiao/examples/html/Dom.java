package io.github.jixiao.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.render.RenderRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/** The rendered page as a browser's DOM (jsoup), and what the tests read from it. */
final class Dom {
  private Dom() {}

  /** The page's HTML for the request. */
  static String html(RenderRequest request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer().render(request, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The page for the request, parsed as a browser parses it. */
  static Document render(RenderRequest request) throws Exception {
    return Jsoup.parse(html(request));
  }

  /** The one element the selector finds. */
  static Element one(Element root, String css) {
    Elements found = root.select(css);
    assertThat(found).as("elements matching %s", css).hasSize(1);
    return found.first();
  }

  /**
   * The text of an element as a reader sees its lines: {@code <br>} is a line break, the marks
   * ({@code sup.mark}) and the noted reported values ({@code small.reported}) are left out.
   */
  static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    append(e, sb);
    return sb.toString();
  }

  private static void append(Node n, StringBuilder sb) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (c instanceof Element el) {
        if (el.tagName().equals("br")) {
          sb.append('\n');
        } else if (!(el.tagName().equals("sup") && el.hasClass("mark")) && !el.hasClass("reported")) {
          append(el, sb);
        }
      }
    }
  }

  /** The normalised text of each element, empty ones included (unlike jsoup's eachText). */
  static List<String> texts(Elements elements) {
    return elements.stream().map(Element::text).toList();
  }

  /** The texts of the cells (th and td) of a row, in order. */
  static List<String> cells(Element row) {
    return row.select("> th, > td").stream().map(Dom::text).toList();
  }

  /** White space dropped: for text compared across line wrapping and indentation. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }
}

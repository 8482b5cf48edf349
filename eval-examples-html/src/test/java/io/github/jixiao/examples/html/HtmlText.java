package io.github.jixiao.examples.html;

import java.nio.charset.StandardCharsets;

/** The text of a rendered page, as a reader sees it: tags dropped, entities decoded. */
final class HtmlText {
  private HtmlText() {}

  static String of(byte[] html) {
    String s = new String(html, StandardCharsets.UTF_8);
    s = s.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<title>.*?</title>", "");
    s = s.replaceAll("<sup class=\"mark\">.*?</sup>", "").replaceAll("<[^>]*>", " ");
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}

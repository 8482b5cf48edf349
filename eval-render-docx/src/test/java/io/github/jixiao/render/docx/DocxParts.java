package io.github.jixiao.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A written .docx as its zip entries in order: names, times and the parts' XML text. */
final class DocxParts {
  final Map<String, String> parts = new LinkedHashMap<>();
  final List<Long> times = new ArrayList<>();

  DocxParts(byte[] docx) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        times.add(e.getTime());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String part(String name) {
    String s = parts.get(name);
    if (s == null) {
      throw new AssertionError("no part " + name + " in " + parts.keySet());
    }
    return s;
  }

  String document() {
    return part("word/document.xml");
  }

  /** How often a regular expression matches in a part. */
  static int count(String xml, String regex) {
    Matcher m = Pattern.compile(regex).matcher(xml);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Every match's first group, in order. */
  static List<String> groups(String xml, String regex) {
    Matcher m = Pattern.compile(regex).matcher(xml);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The visible text of an XML fragment: the w:t elements' content joined. */
  static String text(String xml) {
    StringBuilder sb = new StringBuilder();
    for (String t : groups(xml, "<w:t(?: [^>]*)?>([^<]*)</w:t>")) {
      sb.append(t);
    }
    return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}

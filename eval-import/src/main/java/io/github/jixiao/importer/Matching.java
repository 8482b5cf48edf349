package io.github.jixiao.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Labels#matches} for one document: every printed text squashed once and every label list
 * squashed once, however many layouts try the document's forms. Not thread-safe; one per read.
 */
final class Matching {
  private final Map<String, String> squashed = new HashMap<>();
  private final Map<List<String>, Compiled> sets = new HashMap<>();

  private record Compiled(Set<String> exact, Set<String> bare) {}

  /** The same answer as {@link Labels#matches(String, java.util.Collection)}. */
  boolean matches(String printed, List<String> labels) {
    String p = squashed.computeIfAbsent(printed, Labels::squash);
    if (p.isEmpty()) {
      return false;
    }
    Compiled s = sets.computeIfAbsent(labels, Matching::compile);
    if (s.exact().contains(p)) {
      return true;
    }
    String bare = bare(p);
    return !bare.isEmpty() && s.bare().contains(bare);
  }

  String squash(String printed) {
    return squashed.computeIfAbsent(printed, Labels::squash);
  }

  private final Map<String, String> bares = new HashMap<>();

  /** The bare form (a trailing bracketed part and colons taken off) of a squashed text, once per text. */
  String bare(String squashedText) {
    return bares.computeIfAbsent(squashedText, Labels::bare);
  }

  private static Compiled compile(List<String> labels) {
    Set<String> exact = new HashSet<>();
    Set<String> bare = new HashSet<>();
    for (String l : labels) {
      String q = Labels.squash(l);
      exact.add(q);
      bare.add(Labels.bare(q));
    }
    return new Compiled(exact, bare);
  }
}

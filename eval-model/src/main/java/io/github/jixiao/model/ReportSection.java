package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.stream.Stream;

/**
 * A section of a report: its heading as written (numbering included, even when inconsistent),
 * its paragraphs and its sub-sections.
 *
 * @param heading the heading as written ("一、部门（单位）基本情况")
 * @param paragraphs the paragraphs, text as written
 * @param sections the sub-sections
 */
public record ReportSection(String heading, List<String> paragraphs, List<@Valid ReportSection> sections) {
  public ReportSection {
    Checks.text(heading, "heading");
    paragraphs = Checks.list(paragraphs, "paragraphs");
    sections = Checks.list(sections, "sections");
  }

  /** This section's paragraphs followed by those of its sub-sections, depth first. */
  public Stream<String> allParagraphs() {
    return Stream.concat(paragraphs.stream(), sections.stream().flatMap(ReportSection::allParagraphs));
  }
}

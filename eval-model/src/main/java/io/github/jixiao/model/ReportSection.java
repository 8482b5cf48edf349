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
  /**
   * Checks that {@code heading} is not blank; a {@code null} list becomes empty, lists are copied.
   *
   * @param heading the heading as written, not blank
   * @param paragraphs the paragraphs; {@code null} for none
   * @param sections the sub-sections; {@code null} for none
   * @throws FieldException when {@code heading} is missing or blank or a list holds {@code null}
   */
  public ReportSection {
    Checks.text(heading, "heading");
    paragraphs = Checks.list(paragraphs, "paragraphs");
    sections = Checks.list(sections, "sections");
  }

  /**
   * This section's paragraphs followed by those of its sub-sections, depth first.
   *
   * @return the paragraphs' text as written; the headings are not included
   */
  public Stream<String> allParagraphs() {
    return Stream.concat(paragraphs.stream(), sections.stream().flatMap(ReportSection::allParagraphs));
  }
}

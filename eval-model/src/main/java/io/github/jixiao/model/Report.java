package io.github.jixiao.model;

import io.github.jixiao.model.constraint.Valid;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 绩效自评报告 — the department self-evaluation report or a project report (附件5-n), as an
 * ordered tree of sections with the text as written.
 *
 * @param label the attachment label ("5-5"), or {@code null} when not printed
 * @param projectId the project of a project report
 * @param cover the cover page, or {@code null}
 * @param title the title above the text
 * @param preamble paragraphs before the first heading
 * @param sections the sections in printed order
 * @param closing lines after the last section that do not belong to it
 */
public record Report(
    @Nullable String label,
    @Nullable String projectId,
    @Valid @Nullable ReportCover cover,
    @Nullable String title,
    List<String> preamble,
    List<@Valid ReportSection> sections,
    List<String> closing) {
  /**
   * Checks that {@code projectId} (if given) is a lowercase id; a {@code null} list becomes empty,
   * lists are copied.
   *
   * @param label the attachment label, or {@code null}
   * @param projectId the project of a project report, or {@code null} (the department report)
   * @param cover the cover page, or {@code null}
   * @param title the title above the text, or {@code null}
   * @param preamble paragraphs before the first heading; {@code null} for none
   * @param sections the sections; {@code null} for none
   * @param closing lines after the last section; {@code null} for none
   * @throws FieldException when the project id is malformed or a list holds {@code null}
   */
  public Report {
    Checks.optionalId(projectId, "projectId");
    preamble = Checks.list(preamble, "preamble");
    sections = Checks.list(sections, "sections");
    closing = Checks.list(closing, "closing");
  }

  /**
   * Every paragraph of the report in reading order (preamble, sections depth first, closing).
   *
   * @return the paragraphs' text as written; headings and the cover are not included
   */
  public Stream<String> allParagraphs() {
    return Stream.of(preamble.stream(), sections.stream().flatMap(ReportSection::allParagraphs), closing.stream())
        .flatMap(s -> s);
  }
}

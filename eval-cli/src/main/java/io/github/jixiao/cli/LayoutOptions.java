package io.github.jixiao.cli;

import io.github.jixiao.importer.Intake;
import io.github.jixiao.review.PackageAudit;
import io.github.jixiao.importer.Layout;
import io.github.jixiao.importer.Layouts;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The layout options of every command that reads a Word document or a workbook ({@code import},
 * {@code validate}, {@code score}, {@code render}): {@code --layout ID} reads every form with one
 * layout, {@code --layout-file FILE} (repeatable) adds a layout tried before the shipped ones.
 */
final class LayoutOptions {
  @Option(names = "--layout", paramLabel = "ID", completionCandidates = Completions.LayoutIds.class,
      description = "read every form of a .docx/.xlsx with this layout only (default: the best match); see 'jixiao layouts'")
  private @Nullable String layout;

  private final List<String> files = new ArrayList<>();

  @Option(names = "--layout-file", paramLabel = "FILE",
      description = "a layout in JSON (docs/LAYOUTS.md), tried before the shipped ones; repeatable")
  private void layoutFile(File f) {
    files.add(f.getPath());
  }

  @Option(names = "--year", paramLabel = "YEAR",
      description = "the budget year of a .docx/.xlsx whose forms print none in their titles (1990-2100)")
  private @Nullable Integer year;

  /** The digests of the layout files read by {@link #apply}, in order. */
  private final List<String> digests = new ArrayList<>();

  /**
   * What the options decide about reading a document, for telling whether results read under
   * other options can be reused ({@code jixiao audit}): the layout, the year and each layout file's digest.
   *
   * @return a line of text; equal for equal options and equal layout files
   */
  String fingerprint() {
    return "layout=" + layout + ";year=" + year + ";files=" + String.join(",", digests);
  }

  /**
   * Sets the invocation's intake from the options.
   *
   * @return an error message for the user, or {@code null}
   */
  @Nullable String apply(Io io) {
    if (year != null && (year < 1990 || year > 2100)) {
      return "--year must be 1990-2100, got " + year;
    }
    if (layout == null && files.isEmpty()) {
      if (year != null) {
        io.intake(Intake.create().withYear(year));
      }
      return null;
    }
    Layouts layouts = Layouts.builtIn();
    for (String f : files) {
      try {
        byte[] bytes = io.read(f);
        digests.add(PackageAudit.sha256(bytes));
        Layout l = Layouts.parse(bytes, f);
        layouts = layouts.with(l);
      } catch (Io.FileProblem | Layouts.LayoutException e) {
        return e.getMessage();
      }
    }
    if (layout != null) {
      var only = layouts.only(layout);
      if (only.isEmpty()) {
        return "unknown layout '" + layout + "' (未知版式); known: "
            + String.join(", ", layouts.all().stream().map(Layout::id).toList()) + " (see 'jixiao layouts')";
      }
      layouts = only.get();
    }
    io.intake(Intake.create().withLayouts(layouts).withYear(year));
    return null;
  }
}

package io.github.jixiao.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.jixiao.model.io.AtomicFiles;
import io.github.jixiao.model.result.Grade;
import io.github.jixiao.model.review.CountyReview;
import io.github.jixiao.model.review.PackageReview;
import io.github.jixiao.model.review.ReviewLetter;
import io.github.jixiao.render.docx.ReviewLetterDocx;
import io.github.jixiao.render.pdf.ReviewLetterPdf;
import io.github.jixiao.render.xlsx.CountyWorkbook;
import io.github.jixiao.review.Season;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What {@code jixiao audit} writes: the letters, the county workbook, and its summary. */
final class AuditOutputs {
  private final ReviewLetterPdf pdf;

  private AuditOutputs(ReviewLetterPdf pdf) {
    this.pdf = pdf;
  }

  /** The writers of one run (the PDF letters' font is found and read once). */
  static AuditOutputs create() throws IOException {
    try {
      return new AuditOutputs(ReviewLetterPdf.create(Map.of()));
    } catch (io.github.jixiao.model.render.RenderException e) {
      throw new IOException("cannot make the PDF letters: " + e.getMessage(), e);
    }
  }

  /**
   * A department's file name for its letter: its name with the characters file systems refuse
   * replaced by "_", at most 80 characters; a name two departments would share gets "-2", "-3"….
   */
  static Map<String, String> letterFileNames(List<ReviewLetter> letters) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (ReviewLetter l : letters) {
      StringBuilder b = new StringBuilder();
      l.department().codePoints().forEach(c -> b.appendCodePoint(
          c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
      String stem = b.toString().strip();
      if (stem.isEmpty() || stem.startsWith(".")) {
        stem = "_" + stem;
      }
      if (stem.codePointCount(0, stem.length()) > 80) {
        stem = stem.substring(0, stem.offsetByCodePoints(0, 80));
      }
      String name = stem;
      for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = stem + "-" + k;
      }
      out.put(l.department(), name);
    }
    return out;
  }

  /** Writes one letter as DOCX and PDF (each atomically); the problem, or null. */
  @Nullable String letter(ReviewLetter letter, Path dir, String stem) {
    try {
      AtomicFiles.write(dir.resolve(stem + ".docx"), o -> ReviewLetterDocx.create().write(letter, o));
      AtomicFiles.write(dir.resolve(stem + ".pdf"), o -> {
        try {
          pdf.write(letter, o);
        } catch (io.github.jixiao.model.render.RenderException e) {
          throw new IOException(e.getMessage(), e);
        }
      });
      return null;
    } catch (IOException | RuntimeException e) {
      return letter.department() + ": " + Batch.message(e);
    }
  }

  /** Removes the letters of departments the last run wrote and this one has not. */
  static void removeGoneLetters(Path dir, List<ReviewLetter> before, List<ReviewLetter> now) {
    Map<String, String> old = letterFileNames(before);
    Set<String> live = new HashSet<>(letterFileNames(now).values());
    for (String stem : old.values()) {
      if (!live.contains(stem)) {
        try {
          Files.deleteIfExists(dir.resolve(stem + ".docx"));
          Files.deleteIfExists(dir.resolve(stem + ".pdf"));
        } catch (IOException e) {
          // left in place
        }
      }
    }
  }

  /** Writes the county workbook atomically. */
  void county(CountyReview review, Path target) throws IOException {
    AtomicFiles.write(target, o -> CountyWorkbook.write(review, o));
  }

  /** The summary for people: counts, grades, failed packages and what was written. */
  static String summaryText(Season season, Path outDir, int redone, int letters, List<String> letterFailures,
      long millis) {
    Season.Summary s = season.summary();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d packages: %d audited, %d failed (%d read this run, %d unchanged since the last); "
        + "%d departments, %d forms%n", s.packages(), s.audited(), s.failed(), Math.min(redone, s.packages()),
        s.packages() - Math.min(redone, s.packages()), s.departments(), s.forms()));
    b.append(String.format(Locale.ROOT, "findings: %d errors, %d warnings, %d infos; %d packages with errors%n",
        s.errors(), s.warnings(), s.infos(), s.packagesWithErrors()));
    b.append("grades:");
    for (Map.Entry<Grade, Integer> g : s.grades().entrySet()) {
      b.append(' ').append(g.getKey() == Grade.NOT_GRADABLE ? "无法评级" : g.getKey().chinese()).append(' ').append(g.getValue());
    }
    b.append('\n');
    for (PackageReview p : season.packages()) {
      if (!p.ok()) {
        b.append("FAIL ").append(p.source()).append(": ").append(p.failure()).append('\n');
      }
    }
    b.append(String.format(Locale.ROOT, "wrote %s (%d letters written, %d kept), %s, %s in %s; %.1f s%n",
        LETTERS_DIR, letters - letterFailures.size(), season.letters().size() - letters, AuditCommand.COUNTY,
        AuditCommand.AUDIT_JSON, outDir, millis / 1000.0));
    return b.toString();
  }

  private static final String LETTERS_DIR = AuditCommand.LETTERS + "/";

  /** The summary for scripts: audit.json's summary with what this run did, and the failed packages. */
  static String summaryJson(Season season, int redone, int letters, List<String> letterFailures) {
    Season.Summary s = season.summary();
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"packages\": ").append(s.packages()).append(",\n");
    b.append("  \"audited\": ").append(s.audited()).append(",\n");
    b.append("  \"auditedAgain\": ").append(redone).append(",\n");
    b.append("  \"failed\": ").append(s.failed()).append(",\n");
    b.append("  \"departments\": ").append(s.departments()).append(",\n");
    b.append("  \"forms\": ").append(s.forms()).append(",\n");
    b.append("  \"packagesWithErrors\": ").append(s.packagesWithErrors()).append(",\n");
    b.append("  \"errors\": ").append(s.errors()).append(",\n");
    b.append("  \"warnings\": ").append(s.warnings()).append(",\n");
    b.append("  \"infos\": ").append(s.infos()).append(",\n");
    b.append("  \"grades\": {");
    int i = 0;
    for (Map.Entry<Grade, Integer> g : s.grades().entrySet()) {
      b.append(i++ == 0 ? "" : ", ").append('"').append(g.getKey().name()).append("\": ").append(g.getValue());
    }
    b.append("},\n");
    b.append("  \"lettersWritten\": ").append(letters - letterFailures.size()).append(",\n");
    b.append("  \"failures\": [");
    i = 0;
    for (PackageReview p : season.packages()) {
      if (!p.ok()) {
        b.append(i++ == 0 ? "\n" : ",\n").append("    {\"source\": ").append(string(p.source()))
            .append(", \"problem\": ").append(string(String.valueOf(p.failure()))).append('}');
      }
    }
    b.append(i == 0 ? "]\n" : "\n  ]\n").append("}\n");
    return b.toString();
  }

  private static String string(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}

package io.github.jixiao.render.pdf;

import org.jspecify.annotations.Nullable;

/**
 * Which fonts a PDF render uses ({@link PdfRenderer#fonts}), for the caller to tell its user: the
 * renderer itself prints nothing. The command line prints {@link #summary()} after the file it
 * wrote and the {@link #warning()} on standard error.
 *
 * @param body how body text is set: the font, its file, whether it is embedded
 * @param headings how headings are set
 * @param titles how titles are set
 * @param embedded whether every font is embedded (the look travels with the file)
 * @param warning one line when no installed font could be embedded and the PDF falls back to
 *     the not-embedded STSong-Light, else {@code null}
 */
public record FontReport(String body, String headings, String titles, boolean embedded, @Nullable String warning) {

  /**
   * One line for a person: {@code "fonts: NotoSerifCJKsc-Regular (/usr/share/fonts/…/NotoSerifCJK-Regular.ttc,
   * face 2), found installed, embedded as a subset"} when one font sets all text (headings in
   * simulated bold), else naming the fonts of body, headings and titles.
   *
   * @return the line, starting with "fonts: "
   */
  public String summary() {
    if (headings.equals(body) && titles.equals(body)) {
      return "fonts: " + body;
    }
    return "fonts: body " + body + "; headings " + headings + "; titles " + titles;
  }
}

package io.github.jixiao.render.pdf;

import java.util.Set;

/**
 * PDF 渲染选项 — the option keys {@link PdfRenderer} reads from {@link
 * io.github.jixiao.model.render.RenderRequest#options()}. Every key starts with {@value #PREFIX};
 * keys of other renderers (not starting with it) are ignored, an unknown {@code pdf.} key is an
 * error that lists the known ones.
 *
 * <h2>Fonts (字体)</h2>
 *
 * <p>By default the PDF embeds a subset of a serif (宋体-style) CJK font installed on the machine,
 * so it looks the same in every viewer and can be archived. The font is the first of this list
 * that is installed: Noto Serif CJK SC, Source Han Serif SC, SimSun (宋体), FangSong (仿宋), AR PL
 * UMing, AR PL SungtiL GB, Songti SC, STSong (华文宋体) — looked for by file name under the usual
 * font directories ({@code /usr/share/fonts}, {@code /usr/local/share/fonts}, {@code
 * ~/.local/share/fonts}, {@code ~/.fonts}, {@code %WINDIR%\Fonts}, {@code /System/Library/Fonts},
 * {@code /Library/Fonts}, {@code ~/Library/Fonts}, in that order), so a machine always gets the
 * same font. Headings and titles use it too (in simulated bold). {@link PdfRenderer#fonts} says
 * which font a request gets. When none is installed the PDF uses the Adobe CJK font
 * <b>STSong-Light</b> (UniGB-UCS2-H) that PDF viewers supply, with the standard Times fonts for
 * ASCII, embedding nothing, and {@link PdfRenderer#fonts} carries a one-line warning.
 *
 * <ul>
 *   <li>{@link #FONT_BODY}, {@link #FONT_HEADING}, {@link #FONT_TITLE}: a path to a TrueType or
 *       OpenType font ({@code .ttf}, {@code .otf}) or a collection ({@code .ttc}, {@code .otc}).
 *       For a collection, {@code "path,index"} picks a face; without an index the Simplified
 *       Chinese face is chosen when its name says so (…SC, …CN, …GB), else face 0. The heading
 *       and title fonts default to the body font (then drawn with simulated bold).
 *   <li>{@link #FONT_BODY_INDEX} (and the heading and title variants): the face index, as an
 *       alternative to {@code "path,index"}.
 *   <li>{@link #FONT_DISCOVER}: {@code "true"} to look for installed CJK fonts (Windows
 *       FangSong/SimSun/SimHei/方正小标宋, Linux Noto Serif/Sans CJK, WenQuanYi, AR PL, macOS
 *       Songti/STHeiti) for the heading and title roles too (黑体 for headings, 小标宋 or a bold
 *       serif for titles), when not given explicitly.
 *   <li>{@link #FONT_EMBED}: {@code "false"} embeds no font: STSong-Light and Times as above,
 *       the smallest file, whose look depends on the viewer. Cannot be combined with a font file
 *       or with {@link #ARCHIVAL}.
 * </ul>
 *
 * <p>A font file that does not exist or cannot be read, a bad index and a font that forbids
 * embedding are a {@link io.github.jixiao.model.render.RenderException}. A character that the
 * chosen font cannot show is never dropped silently: the render fails with a RenderException
 * listing each such character (with its code point) and where it occurs.
 *
 * <h2>Archiving (PDF/A)</h2>
 *
 * <ul>
 *   <li>{@link #ARCHIVAL}: {@code "pdfa-1b"} writes a PDF/A-1b file (ISO 19005-1, level B: the
 *       look is preserved): every font embedded (a render that would use STSong-Light fails
 *       with a RenderException), an sRGB output intent, XMP metadata matching the document
 *       information, PDF 1.4 without object streams, no transparency, every annotation printable.
 *       Default {@code "none"}.
 * </ul>
 *
 * <h2>Content</h2>
 *
 * <ul>
 *   <li>{@link #SUMMARY}: {@code "false"} leaves out the summary pages with the charts (评分汇总);
 *       default {@code "true"}.
 * </ul>
 */
public final class PdfOptions {

  /** Every PDF option key starts with this. */
  public static final String PREFIX = "pdf.";

  /** Body font file (正文字体): {@code .ttf}, {@code .otf}, {@code .ttc} ({@code "path,index"}). */
  public static final String FONT_BODY = "pdf.font.body";

  /** Face index in the body font collection (alternative to {@code "path,index"}). */
  public static final String FONT_BODY_INDEX = "pdf.font.body.index";

  /** Heading font file (标题字体, e.g. 黑体); defaults to the body font with simulated bold. */
  public static final String FONT_HEADING = "pdf.font.heading";

  /** Face index in the heading font collection. */
  public static final String FONT_HEADING_INDEX = "pdf.font.heading.index";

  /** Title font file (大标题字体, e.g. 小标宋); defaults to the heading font. */
  public static final String FONT_TITLE = "pdf.font.title";

  /** Face index in the title font collection. */
  public static final String FONT_TITLE_INDEX = "pdf.font.title.index";

  /** {@code "true"}: look for installed CJK fonts for the roles not given explicitly. */
  public static final String FONT_DISCOVER = "pdf.font.discover";

  /** {@code "false"}: embed no font, use STSong-Light and Times (not embedded). Default {@code "true"}. */
  public static final String FONT_EMBED = "pdf.font.embed";

  /** {@code "pdfa-1b"}: an archival PDF/A-1b file. Default {@code "none"}. */
  public static final String ARCHIVAL = "pdf.archival";

  /** {@code "false"}: no summary pages with charts. Default {@code "true"}. */
  public static final String SUMMARY = "pdf.summary";

  /** Every key the PDF renderer understands. */
  public static final Set<String> KEYS =
      Set.of(
          FONT_BODY,
          FONT_BODY_INDEX,
          FONT_HEADING,
          FONT_HEADING_INDEX,
          FONT_TITLE,
          FONT_TITLE_INDEX,
          FONT_DISCOVER,
          FONT_EMBED,
          ARCHIVAL,
          SUMMARY);

  private PdfOptions() {}
}

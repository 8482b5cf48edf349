package io.github.jixiao.render.docx;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Set;

/**
 * DOCX 渲染器 — renders the whole package as one Word document a clerk opens in Word or WPS and
 * keeps editing: the department report, 附件1, 附件2, every 附件3 form and every 附件5 report, in
 * printed order.
 *
 * <p>Forms are real Word tables: 一级/二级 cells merged over their rows, header rows repeated on
 * every page, rows never split across pages, column widths from the text, A4 portrait with the
 * seed's margins. Reports follow the official document style (GB/T 9704): title in
 * 方正小标宋简体 二号, body 仿宋_GB2312 三号 on a grid of 28 characters × 22 lines with a
 * two-character indent, 一级 headings 黑体, 二级 楷体_GB2312, page numbers "— N —" at the outer
 * edges, each report's cover on its own page; fonts are declared by their East Asian names with
 * the face to use where they are missing. Headings use Word's heading styles, so the navigation
 * pane lists them, and a table of contents field at the front is updated when Word opens the file.
 *
 * <p>{@link io.github.jixiao.model.render.RenderMode#REPORTED} shows what the department printed
 * and every finding as a Word comment (author "{@value Comments#AUTHOR}", the finding's id in the
 * package's one numbering, its code and message) on the cell or phrase it is about, the cell
 * filled in the severity's colour; {@link io.github.jixiao.model.render.RenderMode#COMPUTED}
 * shows jixiao's scores with the printed value noted where it differs; {@link
 * io.github.jixiao.model.render.RenderMode#SUBMISSION} is the package as printed and nothing else
 * (no comments, no contents page, no tool name).
 *
 * <p>Deterministic (fixed zip entry times and order, document properties from {@link
 * RenderRequest#timestamp()}, no random ids) and thread-safe: it has no state.
 */
public final class DocxRenderer implements Renderer {
  /** The renderer's id. */
  public static final String ID = "docx";

  /** A renderer; it has no state. */
  public DocxRenderer() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(request, "request");
    request.rejectUnknownOptions(ID, Set.of());   // no options yet: any "docx." key is a mistake
    request.requireEvaluationForComputed();
    try {
      // straight to the stream: the document of a package of thousands of forms is tens of MB
      PackageDocument.write(request, out);
    } catch (Docx.Refused e) {
      throw new RenderException(e.getMessage());
    }
  }

  /**
   * Renders the request to the bytes of a .docx file.
   *
   * @param request what to render
   * @return the whole file; the same request gives the same bytes
   * @throws RenderException when an option is unknown, COMPUTED is asked for without an
   *     evaluation, or the package holds text Word cannot hold (the message names the place)
   * @throws IOException when the document cannot be assembled
   */
  public byte[] renderToBytes(RenderRequest request) throws RenderException, IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 17);
    render(request, out);
    return out.toByteArray();
  }
}

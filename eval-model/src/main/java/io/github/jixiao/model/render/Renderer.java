package io.github.jixiao.model.render;

import io.github.jixiao.model.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * 渲染器 — turns a package into a document (PDF, XLSX, HTML …). Implementations are plain
 * classes users construct and call; they must be deterministic (the same request gives the
 * same bytes), thread-safe, and reject what they cannot render with a {@link RenderException}
 * that says what and where, before writing anything.
 */
public interface Renderer {

  /**
   * A short lowercase id, also the usual file extension's stem: "pdf", "xlsx". It follows
   * {@link Renderers#ID_RULE} (lowercase letters, digits and "-", starting with a letter, at most
   * 32 characters); {@link Renderers} refuses a renderer whose id does not.
   *
   * @return the id, the same as the {@link RendererProvider#id()} that creates this renderer
   */
  String id();

  /**
   * The file extension of the output, without a dot: "pdf". It follows
   * {@link Renderers#EXTENSION_RULE} (lowercase letters and digits with "-" or "." between them,
   * at most 32 characters: no separator, "..", space or comma), so that a file named with it stays
   * in its folder; {@link Renderers} refuses a renderer whose extension does not.
   *
   * @return the extension; {@link #id()} unless overridden
   */
  default String fileExtension() {
    return id();
  }

  /**
   * Writes the document to {@code out} (not closed).
   *
   * @param request what to render; check it ({@link RenderRequest#rejectUnknownOptions},
   *     {@link RenderRequest#requireEvaluationForComputed()}) before writing anything
   * @param out where the document goes; left open
   * @throws RenderException when the request cannot be rendered (nothing useful was written)
   * @throws IOException when writing fails
   */
  void render(RenderRequest request, OutputStream out) throws RenderException, IOException;

  /**
   * Renders to a file atomically: a reader never sees a half-written file. The document is built in
   * memory, then written with {@link AtomicFiles#write(Path, byte[])}.
   *
   * @param request what to render
   * @param file the file to create or replace; its directory must exist
   * @throws RenderException when the request cannot be rendered; the file is not touched
   * @throws IOException when writing fails; the file is left as it was
   */
  default void render(RenderRequest request, Path file) throws RenderException, IOException {
    byte[] bytes;
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    render(request, buffer);
    bytes = buffer.toByteArray();
    AtomicFiles.write(file, bytes);
  }
}

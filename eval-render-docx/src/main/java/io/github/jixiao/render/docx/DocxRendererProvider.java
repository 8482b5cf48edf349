package io.github.jixiao.render.docx;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.RendererProvider;

/** Registers {@link DocxRenderer} for discovery under the id "docx". */
public final class DocxRendererProvider implements RendererProvider {
  /** A provider; found by {@link java.util.ServiceLoader}. */
  public DocxRendererProvider() {}

  @Override
  public String id() {
    return DocxRenderer.ID;
  }

  @Override
  public String description() {
    return "DOCX (Apache POI): the whole package as one editable Word document in the official style, findings as comments";
  }

  @Override
  public Renderer create() {
    return new DocxRenderer();
  }
}

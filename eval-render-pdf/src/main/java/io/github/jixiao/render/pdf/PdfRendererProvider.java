package io.github.jixiao.render.pdf;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.RendererProvider;

/** Registers {@link PdfRenderer} for discovery under the id "pdf". */
public final class PdfRendererProvider implements RendererProvider {
  /** A provider; ServiceLoader needs the public no-argument constructor. */
  public PdfRendererProvider() {}

  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String description() {
    return "PDF (OpenPDF): reports and forms, bookmarks, charts; A4, Chinese fonts";
  }

  @Override
  public Renderer create() {
    return new PdfRenderer();
  }
}

package io.github.jixiao.examples.html;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.RendererProvider;

/** Registers {@link HtmlRenderer} for discovery under the id "html". */
public final class HtmlRendererProvider implements RendererProvider {
  /** A provider; ServiceLoader needs the public no-argument constructor. */
  public HtmlRendererProvider() {}

  @Override
  public String id() {
    return HtmlRenderer.ID;
  }

  @Override
  public String description() {
    return "HTML (example plug-in): one self-contained page for publication (公开), forms, reports, grades, findings";
  }

  @Override
  public Renderer create() {
    return new HtmlRenderer();
  }
}

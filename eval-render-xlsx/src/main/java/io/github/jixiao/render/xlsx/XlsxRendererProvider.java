package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.RendererProvider;

/** Registers {@link XlsxRenderer} for discovery under the id "xlsx". */
public final class XlsxRendererProvider implements RendererProvider {
  /** A provider; found by {@link java.util.ServiceLoader}. */
  public XlsxRendererProvider() {}

  @Override
  public String id() {
    return XlsxRenderer.ID;
  }

  @Override
  public String description() {
    return "XLSX (Apache POI): the forms as live workbooks, 汇总 and 审核意见; reads back with 'jixiao import'";
  }

  @Override
  public Renderer create() {
    return new XlsxRenderer();
  }
}

package io.github.jixiao.examples.html;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.tck.RendererContract;

/** The HTML renderer passes the renderer contract, like the PDF and XLSX renderers. */
class HtmlRendererContractTest implements RendererContract {

  @Override
  public Renderer renderer() {
    return new HtmlRenderer();
  }

  @Override
  public String text(byte[] output) {
    return HtmlText.of(output);
  }
}

package io.github.jixiao.render.pdf;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.tck.RendererContract;

/** The PDF renderer passes the renderer contract (text read back with PDFBox). */
class PdfRendererContractTest implements RendererContract {

  @Override
  public Renderer renderer() {
    return new PdfRenderer();
  }

  @Override
  public String text(byte[] output) {
    return new PdfText(output).all();
  }

  @Override
  public String normalize(String text) {
    return PdfText.squeeze(text).replace('\u22ef', '\u2026');
  }
}

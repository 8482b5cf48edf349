package io.github.jixiao.render.docx;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.tck.RendererContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The Word renderer passes the renderer contract (text read back with POI's extractor). */
class DocxRendererContractTest implements RendererContract {

  @Override
  public Renderer renderer() {
    return new DocxRenderer();
  }

  @Override
  public String text(byte[] output) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(output));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

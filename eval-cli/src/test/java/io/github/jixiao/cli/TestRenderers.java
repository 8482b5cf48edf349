package io.github.jixiao.cli;

import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.RendererProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Renderer providers the tests register through plug-in jars (public: ServiceLoader needs it). */
public final class TestRenderers {
  private TestRenderers() {}

  /** A plug-in renderer with a new id, "echo". */
  public static final class Echo implements RendererProvider {
    /** For ServiceLoader. */
    public Echo() {}

    @Override
    public String id() {
      return "echo";
    }

    @Override
    public String description() {
      return "echo: the department's name as text (test plug-in)";
    }

    @Override
    public Renderer create() {
      return new Renderer() {
        @Override
        public String id() {
          return "echo";
        }

        @Override
        public void render(RenderRequest request, OutputStream out) throws IOException {
          out.write(request.pkg().department().getBytes(StandardCharsets.UTF_8));
        }
      };
    }
  }

  /** A plug-in that claims the id of the built-in PDF renderer. */
  public static final class SecondPdf implements RendererProvider {
    /** For ServiceLoader. */
    public SecondPdf() {}

    @Override
    public String id() {
      return "pdf";
    }

    @Override
    public Renderer create() {
      throw new UnsupportedOperationException("never created: its id clashes");
    }
  }
}

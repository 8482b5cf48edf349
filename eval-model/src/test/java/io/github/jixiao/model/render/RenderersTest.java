package io.github.jixiao.model.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

  private record Fake(String id) implements RendererProvider {
    @Override
    public Renderer create() {
      return new Renderer() {
        @Override
        public String id() {
          return Fake.this.id;
        }

        @Override
        public void render(RenderRequest request, OutputStream out) {}
      };
    }
  }

  private static final class Other implements RendererProvider {
    @Override
    public String id() {
      return "pdf";
    }

    @Override
    public Renderer create() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void selectsByIdAndListsIdsSorted() {
    Renderers r = Renderers.of(List.of(new Fake("xlsx"), new Fake("pdf")));
    assertThat(r.ids()).containsExactly("pdf", "xlsx");
    assertThat(r.get("xlsx").id()).isEqualTo("xlsx");
  }

  @Test
  void anUnknownIdListsTheKnownOnes() {
    Renderers r = Renderers.of(List.of(new Fake("xlsx"), new Fake("pdf")));
    assertThatThrownBy(() -> r.get("html")).hasMessageContaining("'html'").hasMessageContaining("pdf, xlsx");
  }

  @Test
  void twoProvidersWithOneIdAreRejectedNamingBoth() {
    assertThatThrownBy(() -> Renderers.of(List.of(new Fake("pdf"), new Other())))
        .hasMessageContaining("'pdf'").hasMessageContaining("Fake").hasMessageContaining("Other");
  }

  @Test
  void discoveryInAClassLoaderWithoutProvidersFindsNothing() {
    assertThat(Renderers.discover(new ClassLoader(null) {}).ids()).isEmpty();
  }
}

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

  // ---- issue 19 classes 2 and 3: ids and extensions that name files, providers that misbehave ----

  /** A provider with this id whose renderer says {@code rendererId} and gives {@code extension}. */
  private record Odd(String id, String rendererId, String extension) implements RendererProvider {
    @Override
    public Renderer create() {
      return new Renderer() {
        @Override
        public String id() {
          return rendererId;
        }

        @Override
        public String fileExtension() {
          return extension;
        }

        @Override
        public void render(RenderRequest request, OutputStream out) {}
      };
    }
  }

  @Test
  void aProviderWithANullIdIsRefusedNamingItsClass() {
    RendererProvider nullId = new RendererProvider() {
      @Override
      public String id() {
        return null;
      }

      @Override
      public Renderer create() {
        return null;
      }
    };
    assertThatThrownBy(() -> Renderers.of(List.of(nullId)))
        .isInstanceOf(Renderers.InvalidRendererException.class).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(nullId.getClass().getName()).hasMessageContaining("no id");
  }

  @Test
  void idsThatCouldNameAFileElsewhereAreRefusedWhenProvidersAreLoaded() {
    for (String bad : List.of("../x", "a/b", "a\\b", "x y", "a,b", "PDF", "", ".", "-x", "a".repeat(33), "p\u0000")) {
      assertThatThrownBy(() -> Renderers.of(List.of(new Fake(bad)))).as("id '%s'", bad)
          .isInstanceOf(Renderers.InvalidRendererException.class).hasMessageContaining("not a renderer id");
    }
    assertThat(Renderers.of(List.of(new Fake("a".repeat(32)), new Fake("x-2"))).ids()).hasSize(2);
  }

  @Test
  void fileExtensionsThatCouldNameAFileElsewhereAreRefusedBeforeRendering() {
    for (String bad : List.of("../../etc/x", "a/b", "..", ".pdf", "pdf.", "a..b", "p df", "a,b", "PDF", "")) {
      Renderers r = Renderers.of(List.of(new Odd("odd", "odd", bad)));
      assertThatThrownBy(() -> r.get("odd")).as("extension '%s'", bad)
          .isInstanceOf(Renderers.InvalidRendererException.class).hasMessageContaining("outside the output folder");
    }
    assertThat(Renderers.of(List.of(new Odd("odd", "odd", "tar.gz"))).get("odd").fileExtension()).isEqualTo("tar.gz");
    assertThat(Renderers.isExtension(null)).isFalse();
  }

  @Test
  void aRendererWithAnotherIdThanItsProviderIsRefused() {
    Renderers r = Renderers.of(List.of(new Odd("odd", "../x", "txt")));
    assertThatThrownBy(() -> r.get("odd")).isInstanceOf(Renderers.InvalidRendererException.class)
        .hasMessageContaining("'odd'").hasMessageContaining("'../x'");
  }

  @Test
  void aProviderThatThrowsOrMakesNothingIsRefusedNamingIt() {
    RendererProvider throwing = new RendererProvider() {
      @Override
      public String id() {
        return "boom";
      }

      @Override
      public Renderer create() {
        throw new IllegalStateException("no licence key");
      }
    };
    assertThatThrownBy(() -> Renderers.of(List.of(throwing)).get("boom"))
        .isInstanceOf(Renderers.InvalidRendererException.class).hasMessageContaining(throwing.getClass().getName())
        .hasMessageContaining("no licence key");
    RendererProvider idThrows = new RendererProvider() {
      @Override
      public String id() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Renderer create() {
        return null;
      }
    };
    assertThatThrownBy(() -> Renderers.of(List.of(idThrows))).isInstanceOf(Renderers.InvalidRendererException.class)
        .hasMessageContaining("id() failed").hasMessageContaining("UnsupportedOperationException");
  }

  @Test
  void theOriginOfAClassIsItsJarOrFolder() {
    assertThat(Renderers.where(RenderersTest.class)).startsWith(" from ").contains("test-classes");
    assertThat(Renderers.where(String.class)).isEmpty();
  }
}

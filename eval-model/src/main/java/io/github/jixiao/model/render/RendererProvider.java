package io.github.jixiao.model.render;

/**
 * Discovery side of the renderer SPI: a tiny factory found with {@link java.util.ServiceLoader}
 * (register the implementation in {@code META-INF/services/io.github.jixiao.model.render.RendererProvider}).
 * The real extension point is {@link Renderer}, which users can also construct and call directly.
 */
public interface RendererProvider {

  /**
   * The id users select the renderer by ("pdf", "xlsx", "html"): unique, and following
   * {@link Renderers#ID_RULE} (lowercase letters, digits and "-", starting with a letter, at most
   * 32 characters), or {@link Renderers} refuses the provider.
   *
   * @return the id, the same as the created renderer's {@link Renderer#id()}
   */
  String id();

  /**
   * One line for {@code jixiao renderers}: what the renderer produces.
   *
   * @return the description; the id unless overridden
   */
  default String description() {
    return id();
  }

  /**
   * A new renderer.
   *
   * @return a renderer ready to use, with the provider's id
   */
  Renderer create();
}

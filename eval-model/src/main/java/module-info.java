/**
 * The jixiao API: the domain model of the package of forms and reports, the result types
 * (scores, findings) and the renderer SPI. Depends on no other jixiao module and needs only
 * JSpecify at run time; the JSON format lives in {@code io.github.jixiao.json}.
 *
 * <p>Renderers are found with {@link java.util.ServiceLoader}: a renderer module declares
 * {@code provides io.github.jixiao.model.render.RendererProvider with ...}; on the class path
 * the same provider is listed in {@code META-INF/services}.
 */
module io.github.jixiao.model {
  requires transitive org.jspecify;

  exports io.github.jixiao.model;
  exports io.github.jixiao.model.constraint;
  exports io.github.jixiao.model.io;
  exports io.github.jixiao.model.render;
  exports io.github.jixiao.model.result;
  exports io.github.jixiao.model.review;

  uses io.github.jixiao.model.render.RendererProvider;
}

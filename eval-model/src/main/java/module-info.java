/**
 * The jixiao domain model: the package of forms and reports, its JSON reader and writer, the
 * result types (scores, findings) and the renderer SPI. Depends on no other jixiao module.
 *
 * <p>Renderers are found with {@link java.util.ServiceLoader}: a renderer module declares
 * {@code provides io.github.jixiao.model.render.RendererProvider with ...}; on the class path
 * the same provider is listed in {@code META-INF/services}.
 */
module io.github.jixiao.model {
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.databind;
  requires org.hibernate.validator;
  // Hibernate Validator is an automatic module: it cannot declare that it needs classmate, an
  // explicit module that is then never resolved. Requiring it here puts it in the graph.
  requires com.fasterxml.classmate;
  requires transitive org.jspecify;

  exports io.github.jixiao.model;
  exports io.github.jixiao.model.io;
  exports io.github.jixiao.model.json;
  exports io.github.jixiao.model.render;
  exports io.github.jixiao.model.result;

  // Hibernate Validator reads the records' components and builds the constraint validators.
  opens io.github.jixiao.model to org.hibernate.validator;

  uses io.github.jixiao.model.render.RendererProvider;
}

/**
 * The renderer SPI: a plain {@link io.github.jixiao.model.render.Renderer} that turns a package
 * (and, optionally, its evaluation) into a document. Renderers depend on the model only; scores
 * and findings reach them as data in the {@link io.github.jixiao.model.render.RenderRequest}.
 */
@NullMarked
package io.github.jixiao.model.render;

import org.jspecify.annotations.NullMarked;

/**
 * An HTML renderer built only on jixiao's public model and renderer SPI, the way a user writes
 * one: {@link io.github.jixiao.examples.html.HtmlRenderer} and its provider, registered in
 * {@code META-INF/services}.
 */
@NullMarked
package io.github.jixiao.examples.html;

import org.jspecify.annotations.NullMarked;

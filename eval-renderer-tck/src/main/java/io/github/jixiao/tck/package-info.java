/**
 * Renderer contract test kit: implement {@link io.github.jixiao.tck.RendererContract} in a JUnit 5
 * test class of your renderer's module and the contract's tests run against your renderer.
 */
@NullMarked
package io.github.jixiao.tck;

import org.jspecify.annotations.NullMarked;

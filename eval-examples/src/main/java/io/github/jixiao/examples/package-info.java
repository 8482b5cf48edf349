/**
 * Example packages shipped with jixiao, starting with the real 2023 package of
 * 汨罗市住房和城乡建设局 (errors included, for the audit to find), and the README's code snippets.
 */
@NullMarked
package io.github.jixiao.examples;

import org.jspecify.annotations.NullMarked;

/** File helpers shared by the modules that write output: atomic replacement of a file. */
@NullMarked
package io.github.jixiao.model.io;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code jixiao} command line. Exit codes are a contract for scripts: 0 success / valid,
 * 1 the input has problems, 2 usage error or unreadable file, 3 internal error.
 */
@NullMarked
package io.github.jixiao.cli;

import org.jspecify.annotations.NullMarked;

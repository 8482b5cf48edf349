/**
 * XLSX renderer and importer (eval-render-xlsx, Apache POI). Placeholder until the XLSX issue.
 */
@NullMarked
package io.github.jixiao.render.xlsx;

import org.jspecify.annotations.NullMarked;

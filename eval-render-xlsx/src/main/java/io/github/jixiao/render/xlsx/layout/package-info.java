/**
 * Internal, not API: what a workbook written by jixiao looks like, as far as its reader needs to
 * know — the machine tags of the hidden column ({@link io.github.jixiao.render.xlsx.layout.Tags}),
 * the fixed words printed on the forms ({@link io.github.jixiao.render.xlsx.layout.Words}), the
 * columns of the form grid ({@link io.github.jixiao.render.xlsx.layout.FormColumns}) and the hidden
 * sheet ({@link io.github.jixiao.render.xlsx.layout.MetaSheet}). The writer in {@code
 * io.github.jixiao.render.xlsx} and the importer (module {@code io.github.jixiao.importer.xlsx})
 * share it so that what one writes the other reads. Exported to the importer module only; it may
 * change in any release without notice.
 */
@NullMarked
package io.github.jixiao.render.xlsx.layout;

import org.jspecify.annotations.NullMarked;

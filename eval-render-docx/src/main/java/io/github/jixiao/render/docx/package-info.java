/**
 * The Word renderer: {@link io.github.jixiao.render.docx.DocxRenderer}, registered as {@code docx}.
 */
package io.github.jixiao.render.docx;

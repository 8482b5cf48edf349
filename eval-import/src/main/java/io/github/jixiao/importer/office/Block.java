package io.github.jixiao.importer.office;

/** A part of a document in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Grid {}

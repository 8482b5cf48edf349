package io.github.jixiao.importer.office;

import java.util.List;

/**
 * A Word document or an Excel workbook read into blocks: paragraphs and tables in reading order
 * (a workbook: one table per visible sheet, in sheet order), and what was left aside with a reason.
 *
 * @param format {@code docx} or {@code xlsx}
 * @param blocks the paragraphs and tables
 * @param notes what was not read, each naming its place: text boxes, external links, OLE objects,
 *     hidden sheets ("文本框中的文字未读取: 段落3 …")
 */
public record OfficeDocument(String format, List<Block> blocks, List<String> notes) {
    /**
   * Copies the lists.
   *
   * @param format see the record
   * @param blocks see the record
   * @param notes see the record
   */
  public OfficeDocument {
    blocks = List.copyOf(blocks);
    notes = List.copyOf(notes);
  }
}

package io.github.jixiao.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import read and where: per form the layout it matched and how well, every cell read into
 * a field (with its place in the file and its JSON pointer in the package), every value that was
 * normalised on the way ("１０" → 10), and every printed cell left unread; for the whole file what
 * was left aside (text boxes, hidden sheets, report text).
 *
 * @param file the file's name as given
 * @param format {@code docx}, {@code xlsx} or {@code json}
 * @param forms the forms found, in file order
 * @param notes what was left aside in the file as a whole, each naming its place
 */
public record ImportReport(String file, String format, List<Form> forms, List<String> notes) {
  /**
   * Copies the lists.
   *
   * @param file see the record
   * @param format see the record
   * @param forms see the record
   * @param notes see the record
   */
  public ImportReport {
    forms = List.copyOf(forms);
    notes = List.copyOf(notes);
  }

  /** @return how many cells were read into fields, over all forms */
  public int cellsRead() {
    return forms.stream().mapToInt(f -> f.read().size()).sum();
  }

  /**
   * One form.
   *
   * @param pointer the form's JSON pointer in the package ({@code /projectEvaluations/0})
   * @param label its attachment label as read ("3-1")
   * @param title its title as printed, or {@code null}
   * @param where where it starts in the file ({@code 表2 行1}, {@code 附件3-1!A1})
   * @param layout the id of the layout it was read with
   * @param confidence the share of that layout's labels found on the form, in per cent (0–100)
   * @param candidates the other layouts that matched as well, best first ("hubei 100"), empty when
   *     none did
   * @param read every cell read into a field
   * @param unread every printed cell no field took
   */
  public record Form(String pointer, String label, @Nullable String title, String where, String layout, int confidence,
      List<String> candidates, List<Cell> read, List<Unread> unread) {
    /**
     * Copies the lists.
     *
     * @param pointer see the record
     * @param label see the record
     * @param title see the record
     * @param where see the record
     * @param layout see the record
     * @param confidence see the record
     * @param candidates see the record
     * @param read see the record
     * @param unread see the record
     */
    public Form {
      candidates = List.copyOf(candidates);
      read = List.copyOf(read);
      unread = List.copyOf(unread);
    }

    /** @return the cells whose value was normalised */
    public List<Cell> normalised() {
      return read.stream().filter(c -> c.normalised() != null).toList();
    }
  }

  /**
   * A cell read into a field.
   *
   * @param ref where it is ({@code 附件3-4!F12}, {@code 表3 行5 列2})
   * @param pointer the field's JSON pointer in the package
   * @param printed the text as printed (for a workbook formula: its saved result)
   * @param value the value imported, as the package JSON writes it
   * @param normalised what was changed, or {@code null}: "全角数字 １０ → 10", "百分比格式 0.95 → 95%"
   */
  public record Cell(String ref, String pointer, String printed, String value, @Nullable String normalised) {}

  /**
   * A printed cell no field took.
   *
   * @param ref where it is
   * @param text its text
   * @param why why it was left ("a column the layout keeps no field for: 评价标准")
   */
  public record Unread(String ref, String text, String why) {}
}

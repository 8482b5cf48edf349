package io.github.jixiao.importer.xlsx;

import io.github.jixiao.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while importing a workbook, each with the cell it is about ("附件3-4!G12")
 * at the start of its message and the JSON pointer of the value it would have become; and where
 * each value came from, so that problems found later in the package (by the validator) can
 * name their cell too.
 */
final class Problems {
  private final List<Problem> list = new ArrayList<>();
  private final Map<String, String> cellOf = new HashMap<>();

  /** A problem at a cell. */
  void add(String cell, String pointer, String message) {
    list.add(Problem.at(pointer, cell + ": " + message));
  }

  /** A problem of the whole workbook or a sheet. */
  void add(String message) {
    list.add(Problem.at("", message));
  }

  /** Records that the value at {@code pointer} was read from {@code cell}. */
  void source(String pointer, String cell) {
    cellOf.putIfAbsent(pointer, cell);
  }

  /** The cell the value at {@code pointer} (or the nearest enclosing one) came from. */
  @Nullable String cell(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      String c = cellOf.get(p);
      if (c != null) {
        return c;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
    return null;
  }

  /** Adds a problem the validator found in the built package, naming its cell. */
  void fromValidator(Problem p) {
    String cell = cell(p.pointer());
    list.add(Problem.at(p.pointer(), (cell == null ? "" : cell + ": ") + p.message()));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(list);
  }
}

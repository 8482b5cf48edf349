package io.github.jixiao.model;

/**
 * A closed vocabulary whose values are written in the package JSON as they are printed on the
 * form ({@code "unit": "万元"}) rather than by their constant names.
 */
public interface PrintedValue {
  /**
   * The value as printed on the form and written in the JSON.
   *
   * @return the printed text
   */
  String printed();
}

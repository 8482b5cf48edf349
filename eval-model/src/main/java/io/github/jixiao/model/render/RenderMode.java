package io.github.jixiao.model.render;

/** What a rendered document shows. */
public enum RenderMode {
  /** 按填报 — exactly what the department printed; cells with findings are marked. */
  REPORTED,
  /** 按计算 — jixiao's computed scores and totals (live formulas where the format allows). */
  COMPUTED,
  /**
   * 报送稿 — the package exactly as printed, for filing: no marks, no colours, no findings pages,
   * no charts, no tool name; headings and text as written. Needs no evaluation.
   */
  SUBMISSION
}

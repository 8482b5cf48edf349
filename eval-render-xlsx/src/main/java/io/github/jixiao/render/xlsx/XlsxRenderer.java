package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * XLSX 渲染器 — renders a package as one workbook that looks like the official forms: a sheet
 * per form named by its attachment (附件1, 附件2, 附件3-1 …), then 汇总 (one row per form) and
 * 审核意见 (every finding, linked to its cell).
 *
 * <p>{@link io.github.jixiao.model.render.RenderMode#REPORTED} shows exactly what the department
 * printed, cells with findings filled in colour with the finding as a comment; {@link
 * io.github.jixiao.model.render.RenderMode#COMPUTED} (which needs the evaluation) shows jixiao's
 * scores with 年度资金总额, 执行率, the level-1 subtotals and 总分 as live formulas, so the sheet
 * recalculates when someone edits it. {@link io.github.jixiao.model.render.RenderMode#SUBMISSION}
 * is the copy a department files: the form sheets as printed, nothing of jixiao's (no marks,
 * comments, 汇总, 审核意见 or tool name). Findings carry the package's one numbering ({@link
 * RenderRequest#findings()}), the same ids as the PDF and the score JSON.
 *
 * <p>Sheets print on A4 portrait, one page wide, the indicator table's heads repeated on every
 * page, with page breaks set so that no page ends on a header and merged labels repeated where a
 * page breaks inside them; as reported, a printed 审核意见 column explains each coloured cell.
 *
 * <p>Deterministic (the same request gives the same bytes: fixed document properties and zip
 * entry times from {@link RenderRequest#timestamp()}) and thread-safe. A workbook rendered as
 * reported reads back with the importer ({@code XlsxImporter}, module eval-import-xlsx) into the
 * same forms.
 */
public final class XlsxRenderer implements Renderer {
  /** The renderer's id. */
  public static final String ID = "xlsx";

  /** A renderer; it has no state. */
  public XlsxRenderer() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {
    request.rejectUnknownOptions(ID, Set.of());   // no options yet: any "xlsx." key is a mistake
    request.requireEvaluationForComputed();
    PackageWorkbook.render(request, out);
  }
}

package io.github.jixiao.render.docx;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document's properties: title, author (the department), subject and keywords as the PDF has
 * them, created and modified at the request's timestamp (never the clock). In SUBMISSION mode
 * nothing names jixiao or the mode: the file is the department's.
 */
final class DocProperties {

  private DocProperties() {}

  static void set(XWPFDocument doc, RenderRequest request) {
    EvaluationPackage pkg = request.pkg();
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(pkg.year() + "年度" + pkg.department() + "预算绩效自评材料");
    core.setCreator(pkg.department());
    core.setLastModifiedByUser(pkg.department());
    core.setKeywords("预算绩效自评, 绩效自评表, " + pkg.year());
    Date at = Date.from(request.timestamp());
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    POIXMLProperties.ExtendedProperties app = doc.getProperties().getExtendedProperties();
    if (request.mode() == RenderMode.SUBMISSION) {
      core.setSubjectProperty("预算绩效自评");
      app.setApplication("Apache POI");
    } else {
      String mode = request.mode() == RenderMode.COMPUTED ? "按计算" : "按填报";
      core.setSubjectProperty("预算绩效自评（" + mode
          + (request.evaluation() == null ? "" : "，评分规则 " + request.evaluation().profile()) + "）");
      app.setApplication("jixiao (Apache POI)");
    }
  }
}

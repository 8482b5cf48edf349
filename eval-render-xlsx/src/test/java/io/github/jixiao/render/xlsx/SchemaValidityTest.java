package io.github.jixiao.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.render.xlsx.testing.Seed;
import io.github.jixiao.render.xlsx.testing.SheetXml;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * The written sheets and workbook part are valid SpreadsheetML (the ECMA-376 schema as compiled
 * into POI's XMLBeans classes): the print setup added for issue 15 — row breaks, print titles,
 * panes with frozen columns, the 审核意见 column — in the order the schema wants.
 */
class SchemaValidityTest {

  @Test
  void everySheetAndTheWorkbookPartOfEachModeAreSchemaValid() throws Exception {
    for (byte[] bytes : List.of(Seed.REPORTED, Seed.COMPUTED, Seed.SUBMISSION)) {
      SheetXml x = new SheetXml(bytes);
      for (String sheet : x.sheets.keySet()) {
        assertValid(WorksheetDocument.Factory.parse(x.sheet(sheet)), sheet);
      }
      assertValid(WorkbookDocument.Factory.parse(x.parts.get("xl/workbook.xml")), "workbook.xml");
    }
  }

  private static void assertValid(XmlObject doc, String what) {
    List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
    boolean valid = doc.validate(new XmlOptions().setErrorListener(errors));
    assertThat(errors).as(what).isEmpty();
    assertThat(valid).as(what).isTrue();
  }
}

package io.github.jixiao.render.xlsx;

import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.tck.RendererContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The XLSX renderer passes the renderer contract (text: sheet names and string cells, via POI). */
class XlsxRendererContractTest implements RendererContract {

  @Override
  public Renderer renderer() {
    return new XlsxRenderer();
  }

  @Override
  public boolean rendersReports() {
    return false;
  }

  @Override
  public String text(byte[] output) {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(output))) {
      for (Sheet s : wb) {
        sb.append(s.getSheetName()).append('\n');
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING) {
              sb.append(c.getStringCellValue()).append('\n');
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }
}

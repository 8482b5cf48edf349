package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.PrintedValue;
import io.github.jixiao.model.ScoreCell;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the model's records as JSON in component order, the mirror of {@link RecordBinder}:
 * {@code null} components are left out, lists are always written, decimals exactly as held.
 */
final class RecordWriter {
  private RecordWriter() {}

  static void write(JsonGenerator out, Object value) throws IOException {
    if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof BigDecimal d) {
      // as written, whatever the generator's settings (a host's may not write decimals plain)
      out.writeNumber(d.toPlainString());
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof ScoreCell cell) {
      if (cell.value() != null) {
        out.writeNumber(cell.value().toPlainString());
      } else {
        out.writeString(cell.mark());
      }
    } else if (value instanceof Amount amount) {
      if (amount.value() != null) {
        out.writeNumber(amount.value().toPlainString());
      } else {
        out.writeString(amount.mark());
      }
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof PrintedValue p) {
      out.writeString(p.printed());
    } else if (value instanceof Enum<?> e) {
      out.writeString(e.name());
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof Record record) {
      out.writeStartObject();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object v;
        try {
          v = c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
        if (v != null && !Boolean.FALSE.equals(v)) {   // a false flag is not written
          out.writeFieldName(c.getName());
          write(out, v);
        }
      }
      out.writeEndObject();
    } else {
      throw new IllegalStateException("unsupported value " + value.getClass());
    }
  }
}

package io.github.jixiao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.json.JixiaoModule;
import io.github.jixiao.model.SelfEvaluationForm;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts a form's printed values (every non-null leaf of its JSON) and how many came back equal. */
final class ValueCount {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

  private ValueCount() {}

  /** Every leaf value by its JSON pointer; numbers in plain notation without trailing zeros. */
  static Map<String, String> leaves(SelfEvaluationForm f) {
    Map<String, String> out = new LinkedHashMap<>();
    walk(MAPPER.valueToTree(f), "", out);
    return out;
  }

  private static void walk(JsonNode n, String p, Map<String, String> out) {
    if (n.isObject()) {
      n.properties().forEach(e -> walk(e.getValue(), p + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), p + "/" + i, out);
      }
    } else if (n.isNumber()) {
      out.put(p, new BigDecimal(n.asText()).stripTrailingZeros().toPlainString());
    } else if (!n.isNull()) {
      out.put(p, n.asText());
    }
  }

  /** {expected values, equal ones}. */
  static int[] compare(SelfEvaluationForm expected, SelfEvaluationForm actual) {
    Map<String, String> e = leaves(expected);
    Map<String, String> a = leaves(actual);
    int equal = 0;
    for (Map.Entry<String, String> x : e.entrySet()) {
      if (x.getValue().equals(a.get(x.getKey()))) {
        equal++;
      }
    }
    return new int[] {e.size(), equal};
  }
}

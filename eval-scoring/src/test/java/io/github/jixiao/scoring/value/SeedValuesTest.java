package io.github.jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.scoring.value.ParsedValue.NeedsReview;
import io.github.jixiao.scoring.value.ParsedValue.NotApplicable;
import io.github.jixiao.scoring.value.ParsedValue.Period;
import io.github.jixiao.scoring.value.ParsedValue.Qualitative;
import io.github.jixiao.scoring.value.ParsedValue.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every 年度指标值 and 实际完成值 of the bundled miluo-2023 package against a table of expected
 * parses written by reading each value ({@code src/test/resources/seed-values.tsv}).
 */
class SeedValuesTest {

  /** How a blank cell is written in the table. */
  private static final String NULL_MARK = "(null)";

  enum Kind { QUANTITY, PERIOD, QUALITATIVE, NOT_APPLICABLE, NEEDS_REVIEW }

  /** One table row: the value (null for a blank cell), its expected kind and details. */
  record Row(String value, Kind kind, String details) {}

  private static final EvaluationPackage PKG = Examples.miluo2023();

  private static List<IndicatorRow> rows() {
    return PKG.forms().flatMap(f -> f.rows()).toList();
  }

  private static List<String> targets() {
    return rows().stream().map(r -> key(r.target())).toList();
  }

  private static List<String> actuals() {
    return rows().stream().map(r -> key(r.actual())).toList();
  }

  /** The table key of a cell: the text, or {@link #NULL_MARK} for a blank cell. */
  private static String key(String cell) {
    return cell == null ? NULL_MARK : cell;
  }

  private static String cell(String key) {
    return key.equals(NULL_MARK) ? null : key;
  }

  static Map<String, Row> table() {
    Map<String, Row> table = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(SeedValuesTest.class.getResourceAsStream("/seed-values.tsv"),
            "seed-values.tsv missing");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          assertThat(line).startsWith("value\tkind\tdetails");
          header = false;
          continue;
        }
        String[] cols = line.split("\t", -1);
        assertThat(cols.length).as("columns of %s", line).isBetween(3, 4);
        String value = unescape(cols[0]);
        Row previous = table.put(value, new Row(value, Kind.valueOf(cols[1]), cols[2]));
        assertThat(previous).as("duplicate row %s", cols[0]).isNull();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return table;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case '\\' -> '\\';
          default -> throw new AssertionError("unknown escape \\" + n + " in " + s);
        });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static Kind kind(ParsedValue v) {
    if (v instanceof Quantity) {
      return Kind.QUANTITY;
    } else if (v instanceof Period) {
      return Kind.PERIOD;
    } else if (v instanceof Qualitative) {
      return Kind.QUALITATIVE;
    } else if (v instanceof NotApplicable) {
      return Kind.NOT_APPLICABLE;
    }
    return Kind.NEEDS_REVIEW;
  }

  /** The details column for a parse, in the table's format. */
  static String details(ParsedValue v) {
    if (v instanceof Quantity q) {
      return q.comparison() + "|" + q.number().toPlainString() + "|" + q.unit();
    } else if (v instanceof Period p) {
      return p.kind() + "|" + text(p.year()) + "|" + text(p.fromMonth()) + "|" + text(p.toMonth());
    } else if (v instanceof Qualitative q) {
      return q.achievement() + "|" + q.keyword();
    } else if (v instanceof NeedsReview r) {
      return r.reason();
    }
    return "";
  }

  private static String text(Integer i) {
    return i == null ? "" : i.toString();
  }

  @Test
  void everyDistinctSeedValueHasARow() {
    Set<String> seed = new LinkedHashSet<>(targets());
    seed.addAll(actuals());
    assertThat(table().keySet()).as("values in seed-values.tsv").containsAll(seed);
  }

  @Test
  void everyRowIsASeedValue() {
    Set<String> seed = new LinkedHashSet<>(targets());
    seed.addAll(actuals());
    assertThat(seed).as("distinct seed values").containsAll(table().keySet());
    assertThat(seed).hasSize(113);
  }

  @Test
  void parserAgreesWithEveryRow() {
    List<String> mismatches = new ArrayList<>();
    for (Row row : table().values()) {
      ParsedValue parsed = ValueParser.parse(cell(row.value()));
      String expected = row.kind() + " " + row.details();
      String actual = kind(parsed) + " " + details(parsed);
      if (!expected.equals(actual)) {
        mismatches.add(row.value().replace("\n", "\\n") + ": expected " + expected + ", parsed " + actual);
      }
      assertThat(parsed.text()).isEqualTo(row.value().equals(NULL_MARK) ? "" : row.value());
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void coverageFigures() {
    Map<Kind, Long> targets = count(targets());
    Map<Kind, Long> actuals = count(actuals());
    Map<Kind, Long> total = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      total.put(k, targets.get(k) + actuals.get(k));
    }
    System.out.printf("ValueParser coverage on %s (%d indicator rows):%n", Examples.MILUO_2023, rows().size());
    System.out.printf("  %-15s %8s %8s %8s%n", "", "targets", "actuals", "total");
    for (Kind k : Kind.values()) {
      System.out.printf("  %-15s %8d %8d %8d%n", k, targets.get(k), actuals.get(k), total.get(k));
    }

    assertThat(rows()).hasSize(222);
    assertThat(targets).containsExactlyEntriesOf(figures(67, 12, 56, 74, 13));
    assertThat(actuals).containsExactlyEntriesOf(figures(75, 10, 53, 74, 10));
    assertThat(total).containsExactlyEntriesOf(figures(142, 22, 109, 148, 23));
  }

  private static Map<Kind, Long> figures(long quantity, long period, long qualitative, long notApplicable,
      long needsReview) {
    Map<Kind, Long> m = new EnumMap<>(Kind.class);
    m.put(Kind.QUANTITY, quantity);
    m.put(Kind.PERIOD, period);
    m.put(Kind.QUALITATIVE, qualitative);
    m.put(Kind.NOT_APPLICABLE, notApplicable);
    m.put(Kind.NEEDS_REVIEW, needsReview);
    return m;
  }

  private static Map<Kind, Long> count(List<String> values) {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      counts.put(k, 0L);
    }
    for (String v : values) {
      counts.merge(kind(ValueParser.parse(cell(v))), 1L, Long::sum);
    }
    return counts;
  }
}

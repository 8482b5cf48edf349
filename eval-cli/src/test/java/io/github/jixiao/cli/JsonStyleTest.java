package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON document the command line prints has one style, the one of the package JSON and of
 * {@code score --format json}: {@code "key": value} (one space after the colon, none before), two
 * spaces of indent per level, one value per line, {@code []}/{@code {}} when empty, {@code \n}
 * line ends and a final newline.
 */
class JsonStyleTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final String STRING = "\"(?:[^\"\\\\\\x00-\\x1f]++|\\\\.)*+\"";
  private static final String SCALAR = STRING + "|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null";
  /** One line of the style: an optional key, then a scalar, an empty or opening container; or a closing one. */
  private static final Pattern LINE = Pattern.compile(
      "( *)((?:" + STRING + ": )?(?:" + SCALAR + "|\\[\\]|\\{\\}|\\[|\\{)|[\\]}]),?");
  private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("^\\s*" + STRING + "\\s+:", Pattern.MULTILINE);
  private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("^\\s*" + STRING + ":\\S", Pattern.MULTILINE);

  @TempDir static Path dir;
  private static Path seed;
  private static Path folder;
  private static Path workbook;

  @BeforeAll
  static void inputs() throws IOException {
    seed = Files.write(dir.resolve("miluo-2023.json"), Examples.json(Examples.MILUO_2023).orElseThrow());
    folder = Files.createDirectory(dir.resolve("folder"));
    Files.copy(seed, folder.resolve("a-miluo.json"));
    Files.writeString(folder.resolve("b-broken.json"), "{ \"year\": 2023, ", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("c-invalid.json"), "{\"year\": \"x\"}", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("empty"));
    CliRun render = CliRun.run("render", seed.toString(), "--format", "xlsx", "--out", dir.resolve("xlsx").toString());
    assertThat(render.exit()).as(render.all()).isZero();
    workbook = dir.resolve("xlsx").resolve("miluo-2023.xlsx");
  }

  /** Every command that prints JSON, with inputs that give every shape of its output. */
  static Stream<Arguments> jsonCommands() {
    List<String[]> commands = new ArrayList<>(List.of(
        new String[] {"example", "miluo-2023"},
        new String[] {"score", "SEED", "--format", "json"},
        new String[] {"score", "FOLDER", "--format", "json"},
        new String[] {"score", "EMPTY", "--format", "json"},
        new String[] {"validate", "SEED", "--format", "json"},
        new String[] {"validate", "FOLDER/c-invalid.json", "--format", "json"},
        new String[] {"validate", "FOLDER/b-broken.json", "--format", "json"},
        new String[] {"import", "WORKBOOK"},
        new String[] {"import", "WORKBOOK", "--base", "SEED"}));
    for (String id : Profiles.builtIn().ids()) {
      commands.add(new String[] {"profiles", "--show", id});
    }
    return commands.stream().map(c -> Arguments.of(Named.of(String.join(" ", c), c)));
  }

  private static CliRun run(String[] command) {
    String[] args = new String[command.length];
    for (int i = 0; i < command.length; i++) {
      args[i] = command[i].replace("SEED", seed.toString()).replace("FOLDER", folder.toString())
          .replace("EMPTY", dir.resolve("empty").toString()).replace("WORKBOOK", workbook.toString());
    }
    return CliRun.run(args);
  }

  @ParameterizedTest(name = "jixiao {0}")
  @MethodSource("jsonCommands")
  void printsJsonInTheOneStyle(String[] command) throws IOException {
    CliRun run = run(command);
    String text = run.out();

    assertThat(run.exit()).as(run.err()).isBetween(0, 1);
    assertThat(text).startsWith("{").endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(text).doesNotContainPattern(SPACE_BEFORE_COLON).doesNotContainPattern(NO_SPACE_AFTER_COLON);
    int depth = 0;
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      var m = LINE.matcher(line);
      assertThat(m.matches()).as("line %d is not in the style: %s", i + 1, line).isTrue();
      String content = m.group(2);
      if (content.equals("]") || content.equals("}")) {
        depth--;
      }
      assertThat(m.group(1).length()).as("indent of line %d: %s", i + 1, line).isEqualTo(2 * depth);
      if (content.endsWith("[") || content.endsWith("{")) {
        depth++;
      }
    }
    assertThat(depth).isZero();
    JsonNode parsed = JSON.readTree(text);
    assertThat(parsed.isObject()).isTrue();
  }

  @Test
  void scoreJsonIsTheScoringLibrarysJsonUnchanged() throws Exception {
    String expected = EvaluationJson.write(Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(Examples.miluo2023()));

    assertThat(CliRun.run("score", seed.toString(), "--format", "json").out()).isEqualTo(expected);
  }

  @Test
  void profilesShowKeepsEveryKeyAndValueOfTheProfileInOrder() throws IOException {
    for (String id : Profiles.builtIn().ids()) {
      JsonNode printed = JSON.readTree(CliRun.run("profiles", "--show", id).out());
      JsonNode library = JSON.readTree(Profiles.write(Profiles.builtIn().get(id)));

      assertThat(printed).as(id).isEqualTo(library);
      assertThat(tokens(CliRun.run("profiles", "--show", id).out())).as(id + ", key order and number text")
          .isEqualTo(tokens(Profiles.write(Profiles.builtIn().get(id))));
    }
  }

  /** The tokens of a JSON text with their text as written: keys, strings, numbers ("0.80" is not "0.8"). */
  private static List<String> tokens(String json) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens.add(t + " " + p.getText());
      }
    }
    return tokens;
  }

  @Test
  void restyleKeepsNumbersAsWrittenAndEmptyContainersCompact() {
    assertThat(CliJson.restyle("{\"a\" : 0.80, \"b\" : [ ], \"c\" : { }, \"d\" : [ 1E+2, -3 ], \"e\" : \"x : y\"}"))
        .isEqualTo("""
            {
              "a": 0.80,
              "b": [],
              "c": {},
              "d": [
                1E+2,
                -3
              ],
              "e": "x : y"
            }
            """);
  }
}

/**
 * The package's JSON format: {@code PackageJson} (reader and canonical writer), {@code
 * PackageValidator} (the model's constraints and references), {@code PackageSchema}, {@code
 * EvaluationJson} (the score JSON) and {@code JixiaoModule} for a host's own Jackson {@code
 * ObjectMapper}. Needs Jackson and the model only: no Bean Validation provider, no Expression
 * Language.
 */
module io.github.jixiao.json {
  requires transitive io.github.jixiao.model;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  exports io.github.jixiao.json;
}

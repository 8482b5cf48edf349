/** Scoring rules, profiles, the value parser and the audit of a filled-in package. */
module io.github.jixiao.scoring {
  requires transitive io.github.jixiao.model;
  requires com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  exports io.github.jixiao.scoring;
  exports io.github.jixiao.scoring.profile;
  exports io.github.jixiao.scoring.value;

  // Profiles are JSON bound to records by Jackson.
  opens io.github.jixiao.scoring.profile to com.fasterxml.jackson.databind;
}

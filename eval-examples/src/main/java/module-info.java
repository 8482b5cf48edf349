/** Example packages, starting with the real 2023 package of 汨罗市住房和城乡建设局. */
module io.github.jixiao.examples {
  requires transitive io.github.jixiao.model;
  requires transitive io.github.jixiao.json;
  requires transitive org.jspecify;

  exports io.github.jixiao.examples;
}

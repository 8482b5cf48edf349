package io.github.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Plug-in jars as a user would ship them: sources compiled here (against the test class path)
 * into classes that live only in the jar, so that the command line loads them from the jar and
 * must name it.
 */
public final class PluginJars {
  private PluginJars() {}

  /**
   * Compiles {@code sources} (class name → Java source) and packs the classes into {@code jar},
   * registering {@code providers} in META-INF/services.
   *
   * @param work a folder for the compiled classes
   * @param jar the jar to write
   * @param sources fully qualified class name → its source
   * @param providers the provider classes to register
   * @return the jar
   * @throws IOException when the jar cannot be written or the sources do not compile
   */
  public static Path build(Path work, Path jar, Map<String, String> sources, String... providers) throws IOException {
    Path src = Files.createDirectories(work.resolve("src-" + jar.getFileName()));
    Path classes = Files.createDirectories(work.resolve("classes-" + jar.getFileName()));
    List<String> args = new ArrayList<>(List.of("--release", "17", "-nowarn", "-proc:none", "-classpath",
        System.getProperty("java.class.path"), "-d", classes.toString()));
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue());
      args.add(file.toString());
    }
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    int exit;
    try {
      // javax.tools by reflection: the tests are compiled into the eval-cli module, which does not read java.compiler
      Object javac = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
      exit = (Integer) Class.forName("javax.tools.Tool").getMethod("run", java.io.InputStream.class,
          OutputStream.class, OutputStream.class, String[].class).invoke(javac, null, said, said, args.toArray(String[]::new));
    } catch (ReflectiveOperationException e) {
      throw new IOException("no Java compiler to build the test plug-in: " + e, e);
    }
    if (exit != 0) {
      throw new IOException("the test plug-in does not compile: " + said.toString(StandardCharsets.UTF_8));
    }
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/io.github.jixiao.model.render.RendererProvider"));
      out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      try (Stream<Path> all = Files.walk(classes)) {
        for (Path c : all.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
          out.write(Files.readAllBytes(c));
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  /**
   * A provider class "{@code pkg}.Provider" whose id is {@code idExpression} and whose renderer
   * (id {@code rendererId}, file extension {@code extension}) runs {@code renderBody} with
   * {@code request} and {@code out} in scope.
   *
   * @param pkg the package of the classes
   * @param idExpression a Java expression for the provider's id ("\"echo\"", "null")
   * @param rendererId a Java expression for the renderer's id
   * @param extension a Java expression for the file extension
   * @param renderBody statements of {@code render(RenderRequest request, OutputStream out)}
   * @param extraMembers more members of the renderer class (an override of render(request, Path) …)
   * @return class name → source
   */
  public static Map<String, String> provider(String pkg, String idExpression, String rendererId, String extension,
      String renderBody, String extraMembers) {
    String source = "package " + pkg + ";\n"
        + "import io.github.jixiao.model.render.*;\n"
        + "import java.io.*;\n"
        + "import java.nio.file.*;\n"
        + "public final class Provider implements RendererProvider {\n"
        + "  public Provider() {}\n"
        + "  public String id() { return " + idExpression + "; }\n"
        + "  public Renderer create() { return new R(); }\n"
        + "  public static final class R implements Renderer {\n"
        + "    public String id() { return " + rendererId + "; }\n"
        + "    public String fileExtension() { return " + extension + "; }\n"
        + "    public void render(RenderRequest request, OutputStream out) throws RenderException, IOException {\n"
        + "      " + renderBody + "\n"
        + "    }\n"
        + "    " + extraMembers + "\n"
        + "  }\n"
        + "}\n";
    return Map.of(pkg + ".Provider", source);
  }

  /** Sets the class file version of every class in {@code jar} whose name ends with {@code suffix}: a class "compiled for" a newer Java. */
  public static void classFileVersion(Path jar, String suffix, int major) throws IOException {
    Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
      for (JarEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().endsWith(suffix)) {
          bytes[6] = (byte) (major >> 8);
          bytes[7] = (byte) major;
        }
        out.putNextEntry(new JarEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}

package io.github.jixiao.cli;

import io.github.jixiao.model.render.RenderException;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Renderer plug-ins: jars the command line was not built with, found on a path given with
 * {@code --plugins} or the environment variable {@code JIXIAO_PLUGINS} (entries separated by the
 * platform's path separator; an entry is a jar, or a directory whose jars are all taken). Their
 * {@code META-INF/services} registrations are then found like the built-in renderers.
 *
 * <p>Each jar is checked before anything of it is loaded, so that a bad one is reported by name
 * (exit 2) instead of failing somewhere inside class loading: a file that is not a jar or is cut
 * short, a registered provider class compiled for a newer Java than this one, and the same
 * provider class in two jars (an old copy left in a plug-in folder). A jar given twice is taken
 * once. What a plug-in's renderer throws while rendering is reported by {@link #failed} naming the
 * jar, as a failed render (exit 1), not as an internal error of jixiao.
 */
final class Plugins {
  /** The environment variable read when {@code --plugins} is not given. */
  static final String ENV = "JIXIAO_PLUGINS";
  /** The name of the class loader over the plug-in jars: how a plug-in's class is told from jixiao's. */
  static final String LOADER_NAME = "jixiao-plugins";
  private static final String SERVICES = "META-INF/services/io.github.jixiao.model.render.RendererProvider";

  private Plugins() {}

  /**
   * A class loader over the plug-in jars (the command line's own loader when there are none).
   *
   * @param option the {@code --plugins} value, or {@code null} to use {@link #ENV}
   * @param env the environment of the invocation
   * @throws Io.FileProblem when an entry does not exist, is not a jar or directory, a jar is
   *     damaged or holds a provider for a newer Java, or two jars hold the same provider
   */
  static ClassLoader loader(@Nullable String option, Map<String, String> env) throws Io.FileProblem {
    String path = option != null ? option : env.get(ENV);
    ClassLoader parent = Plugins.class.getClassLoader();
    if (path == null || path.isBlank()) {
      return parent;
    }
    List<Path> jars = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        Path p = Path.of(entry);
        if (Files.isDirectory(p)) {
          try (Stream<Path> files = Files.list(p)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
                .toList()) {
              if (seen.add(jar.toRealPath())) {
                jars.add(jar);
              }
            }
          }
        } else if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
          if (seen.add(p.toRealPath())) {
            jars.add(p);
          }
        } else {
          throw new Io.FileProblem("plug-in path entry " + entry + " is neither a jar nor a directory (插件路径无效)");
        }
      } catch (java.nio.file.InvalidPathException e) {
        throw new Io.FileProblem(Io.unnameable(e));
      } catch (IOException e) {
        throw new Io.FileProblem("cannot read the plug-in directory " + entry + ": " + e.getMessage());
      }
    }
    Map<String, Path> providers = new LinkedHashMap<>();
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      for (String provider : check(jar)) {
        Path other = providers.putIfAbsent(provider, jar);
        if (other != null) {
          throw new Io.FileProblem("the renderer provider " + provider + " is in two plug-in jars: " + other + " and " + jar
              + " (an old copy left in the plug-in folder?); remove one of them (插件重复)");
        }
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new Io.FileProblem("plug-in " + jar + " is not usable: " + e.getMessage());
      }
    }
    return urls.isEmpty() ? parent : new URLClassLoader(LOADER_NAME, urls.toArray(URL[]::new), parent);
  }

  /**
   * The provider classes a jar registers, after checking that it is a readable jar and that each
   * of them that it holds is compiled for this Java.
   */
  static List<String> check(Path jar) throws Io.FileProblem {
    int newest = Runtime.version().feature() + 44; // class file version of this Java (61 for 17)
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      JarEntry services = file.getJarEntry(SERVICES);
      if (services == null) {
        return List.of(); // a library a plug-in needs, say
      }
      List<String> classes = new ArrayList<>();
      for (String line : new String(read(file, services), StandardCharsets.UTF_8).split("\n")) {
        String name = line.replaceFirst("#.*", "").strip();
        if (name.isEmpty()) {
          continue;
        }
        classes.add(name);
        JarEntry entry = file.getJarEntry(name.replace('.', '/') + ".class");
        if (entry == null) {
          continue; // in another jar of the path, or missing: the loader says which
        }
        byte[] bytes = read(file, entry);
        if (bytes.length < 8 || (bytes[0] & 0xff) != 0xCA || (bytes[1] & 0xff) != 0xFE || (bytes[2] & 0xff) != 0xBA
            || (bytes[3] & 0xff) != 0xBE) {
          throw new Io.FileProblem("plug-in " + jar + ": the renderer provider " + name + " is not a Java class file "
              + "(插件文件损坏)");
        }
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        if (major > newest) {
          int java = major - 44;
          int here = Runtime.version().feature();
          throw new Io.FileProblem("plug-in " + jar + ": the renderer provider " + name + " is compiled for Java " + java
              + " (class file version " + major + "), and this is Java " + here + ": run jixiao with Java " + java
              + " or later, or build the plug-in for Java " + here + " (javac --release " + here + ") (插件需要更新的 Java)");
        }
      }
      return classes;
    } catch (ZipException | java.io.EOFException e) {
      throw new Io.FileProblem("plug-in " + jar + " is not a jar, or is damaged or cut short: " + e.getMessage()
          + " (插件文件损坏)");
    } catch (SecurityException e) {
      throw new Io.FileProblem("plug-in " + jar + " has a signature that does not verify: " + e.getMessage());
    } catch (IOException e) {
      throw new Io.FileProblem("cannot read the plug-in " + jar + ": " + e.getMessage());
    }
  }

  private static byte[] read(JarFile file, JarEntry entry) throws IOException {
    try (InputStream in = file.getInputStream(entry)) {
      return in.readNBytes(16 << 20);
    }
  }

  /** Whether a renderer comes from a plug-in jar, not from jixiao itself. */
  static boolean isPlugin(Renderer r) {
    ClassLoader loader = r.getClass().getClassLoader();
    return loader instanceof URLClassLoader u && LOADER_NAME.equals(u.getName());
  }

  /**
   * What a plug-in renderer threw while rendering, as a refusal naming the renderer and its jar;
   * anything thrown by jixiao's own renderers is thrown on (an internal error), and so is running
   * out of memory.
   *
   * @throws RuntimeException {@code e} itself, when it is not a plug-in's
   * @throws Error {@code e} itself, when it is not a plug-in's, or is an {@link OutOfMemoryError}
   */
  static RenderException failed(Renderer r, Throwable e) {
    if (!isPlugin(r) || e instanceof OutOfMemoryError) {
      if (e instanceof RuntimeException re) {
        throw re;
      }
      if (e instanceof Error er) {
        throw er;
      }
    }
    String m = e.getMessage();
    return new RenderException("the plug-in renderer '" + r.id() + "' (" + r.getClass().getName() + Renderers.where(r.getClass())
        + ") failed: " + e.getClass().getName() + (m == null || m.isBlank() ? "" : ": " + m.replace('\n', ' '))
        + "; nothing was written for it (插件渲染失败; report it to the plug-in's authors)", e);
  }
}

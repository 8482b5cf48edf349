package io.github.jixiao.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Renderer plug-ins: jars the command line was not built with, found on a path given with
 * {@code --plugins} or the environment variable {@code JIXIAO_PLUGINS} (entries separated by the
 * platform's path separator; an entry is a jar, or a directory whose jars are all taken). Their
 * {@code META-INF/services} registrations are then found like the built-in renderers.
 */
final class Plugins {
  /** The environment variable read when {@code --plugins} is not given. */
  static final String ENV = "JIXIAO_PLUGINS";

  private Plugins() {}

  /**
   * A class loader over the plug-in jars (the command line's own loader when there are none).
   *
   * @param option the {@code --plugins} value, or {@code null} to use {@link #ENV}
   * @throws Io.FileProblem when an entry does not exist or is not a jar or directory
   */
  static ClassLoader loader(@Nullable String option) throws Io.FileProblem {
    String path = option != null ? option : System.getenv(ENV);
    ClassLoader parent = Plugins.class.getClassLoader();
    if (path == null || path.isBlank()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Path.of(entry);
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> files = Files.list(p)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        } else if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
          urls.add(p.toUri().toURL());
        } else {
          throw new Io.FileProblem("plug-in path entry " + entry + " is neither a jar nor a directory (插件路径无效)");
        }
      } catch (MalformedURLException e) {
        throw new Io.FileProblem("plug-in path entry " + entry + " is not usable: " + e.getMessage());
      } catch (IOException e) {
        throw new Io.FileProblem("cannot read the plug-in directory " + entry + ": " + e.getMessage());
      }
    }
    return urls.isEmpty() ? parent : new URLClassLoader("jixiao-plugins", urls.toArray(URL[]::new), parent);
  }
}

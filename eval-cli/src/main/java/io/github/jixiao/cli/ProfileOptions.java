package io.github.jixiao.cli;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The profile options of every command that scores ({@code score}, {@code render}):
 * {@code --profile ID} and {@code --profile-file FILE} (repeatable), and the environment variable
 * {@code JIXIAO_PROFILES} (profile files or folders of them, separated by the platform's path
 * separator). The profiles known to a run are the built-in ones, then those of
 * {@code JIXIAO_PROFILES}, then those of {@code --profile-file}; a package that names a profile
 * id finds it among them.
 */
final class ProfileOptions {
  /** The environment variable with more profile files. */
  static final String ENV = "JIXIAO_PROFILES";

  @Option(names = "--profile", paramLabel = "ID", completionCandidates = Completions.ProfileIds.class,
      description = "scoring profile id (default: the one the package names, else " + Profiles.DEFAULT
          + "); see 'jixiao profiles'")
  private @Nullable String profileId;

  @Option(names = "--profile-file", paramLabel = "FILE",
      description = "a profile in JSON (may \"extends\" a built-in one), repeatable; a single one is used unless "
          + "--profile names another or the package names one of them; more: $" + ENV)
  private List<Path> profileFiles = new ArrayList<>();

  /** The profiles known for this run and the id asked for ({@code null}: the package's or the default). */
  record Choice(Profiles profiles, @Nullable String requested) {

    /**
     * The profile for one package.
     *
     * @throws UnknownProfileException when the id asked for or named by the package is unknown
     */
    ScoringProfile forPackage(EvaluationPackage pkg) throws UnknownProfileException {
      return Evaluator.chooseProfile(pkg, profiles, requested);
    }
  }

  /** The profile id given with --profile, or {@code null}. */
  @Nullable String profileId() {
    return profileId;
  }

  /**
   * The built-in profiles plus those of {@code $JIXIAO_PROFILES} and {@code --profile-file}, or
   * {@code null} after reporting why not on standard error. Every problem of every file is reported,
   * each at its file, line, column and JSON pointer; when there is one, no profile file is used.
   *
   * @param io where problems are reported
   * @param command the command's name for messages ("score")
   * @param env the environment ({@code System.getenv()})
   */
  @Nullable Choice resolve(Io io, String command, Map<String, String> env) {
    Profiles profiles = Profiles.builtIn();
    String requested = profileId;
    List<String> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    String path = env.get(ENV);
    if (path != null && !path.isBlank()) {
      for (String entry : path.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          try {
            files.addAll(profileFiles(Path.of(entry)));
          } catch (Io.FileProblem | java.nio.file.InvalidPathException e) {
            problems.add("$" + ENV + ": " + e.getMessage());
          }
        }
      }
    }
    int fromEnv = files.size();
    files.addAll(profileFiles);
    ScoringProfile single = null;
    int failedFiles = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      try {
        ScoringProfile p = profiles.read(new java.io.ByteArrayInputStream(bytes(f)), f.toString());
        profiles = profiles.with(p);
        if (i >= fromEnv && profileFiles.size() == 1) {
          single = p;
        }
      } catch (ProfileException e) {
        problems.add(e.getMessage());
        failedFiles++;
      } catch (Io.FileProblem e) {
        problems.add(e.getMessage());
        failedFiles++;
      } catch (IOException e) {
        problems.add(f + ": cannot read the profile (无法读取评分规则文件): " + e.getMessage());
        failedFiles++;
      }
    }
    if (!problems.isEmpty()) {
      for (String problem : problems) {
        io.err.println("jixiao " + command + ": " + problem);
      }
      if (failedFiles > 1 || problems.size() > 1) {
        io.err.println("jixiao " + command + ": " + problems.size() + " profile file problem(s); no custom profile is "
            + "used (评分规则文件有误，未使用)");
      }
      return null;
    }
    return new Choice(profiles, requested != null ? requested : single != null ? single.id() : null);
  }

  /** A profile file's bytes, or a problem in words (not found, a folder, not readable). */
  private static byte[] bytes(Path file) throws Io.FileProblem {
    try {
      if (Files.isDirectory(file)) {
        throw new Io.FileProblem(file + ": is a folder, not a profile file (是目录，不是评分规则文件)");
      }
      try (java.io.InputStream in = Files.newInputStream(file)) {
        return in.readNBytes(io.github.jixiao.model.io.Limits.JSON_BYTES + 1);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new Io.FileProblem(file + ": no such profile file (评分规则文件不存在)");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new Io.FileProblem(file + ": permission denied (无权读取评分规则文件)");
    } catch (IOException e) {
      throw new Io.FileProblem(file + ": cannot read the profile (无法读取评分规则文件): " + e.getMessage());
    }
  }

  /** A profile file, or the *.json files of a folder in name order. */
  private static List<Path> profileFiles(Path entry) throws Io.FileProblem {
    if (Files.isRegularFile(entry)) {
      return List.of(entry);
    }
    if (Files.isDirectory(entry)) {
      try (Stream<Path> s = Files.list(entry)) {
        return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new Io.FileProblem("cannot list " + entry + ": " + e.getMessage());
      }
    }
    throw new Io.FileProblem(entry + " is neither a profile file nor a folder of them (评分规则文件不存在)");
  }

  /** The message of an unknown profile, with where custom profiles come from. */
  static String unknown(UnknownProfileException e) {
    return e.getMessage() + "; a custom profile is loaded with --profile-file FILE or $" + ENV;
  }
}

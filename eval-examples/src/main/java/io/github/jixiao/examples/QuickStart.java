package io.github.jixiao.examples;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.InvalidPackageException;
import io.github.jixiao.model.Problem;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.json.PackageJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A first look at the JSON API, compiled and tested: load the example package, look at it,
 * write it as JSON, read a file back and validate it.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example and returns what it printed.
   *
   * @param workDir an existing directory; {@code miluo-2023.json} is written into it
   * @return a line per project form (附件, name, 总分), then whether the file read back equals the package
   *     (or the problems found reading it)
   * @throws IOException when the JSON file cannot be written or read
   */
  public static String run(Path workDir) throws IOException {
    StringBuilder out = new StringBuilder();
    // --- README snippet start
    EvaluationPackage pkg = Examples.miluo2023();              // the bundled 2023 package
    for (SelfEvaluationForm form : pkg.projectEvaluations()) {
      out.append("附件").append(form.label()).append(' ').append(form.name())
          .append(" 总分=").append(form.reportedTotal() == null ? "(blank)" : form.reportedTotal())
          .append('\n');
    }

    PackageJson json = PackageJson.create();
    Path file = workDir.resolve("miluo-2023.json");
    Files.writeString(file, json.write(pkg));                // canonical, deterministic JSON

    try {
      EvaluationPackage again = json.read(file);              // reads and validates
      out.append("valid: ").append(again.equals(pkg)).append('\n');
    } catch (InvalidPackageException e) {
      for (Problem p : e.problems()) {                        // every problem, with JSON pointer and line
        out.append(p).append('\n');
      }
    }
    // --- README snippet end
    return out.toString();
  }
}

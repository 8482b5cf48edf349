package io.github.jixiao.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A finance system's web service in a few lines: jixiao's starter gives it an {@code Evaluator},
 * the {@code Renderers} on its class path (PDF, XLSX) and teaches Boot's {@code ObjectMapper} the
 * package JSON; {@link EvaluationController} does the rest.
 */
@SpringBootApplication
public class SampleApplication {
  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}

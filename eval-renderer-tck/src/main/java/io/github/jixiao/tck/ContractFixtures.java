package io.github.jixiao.tck;

import io.github.jixiao.examples.Examples;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;

/** The seed package and its evaluation, built once per class loader. */
final class ContractFixtures {
  static final EvaluationPackage SEED = Examples.miluo2023();
  static final PackageEvaluation SEED_EVALUATION =
      Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED);

  private ContractFixtures() {}
}

package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.scoring.internal.Scan;
import io.github.jixiao.scoring.internal.ScanChecks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Scan} of the report checks names all the characters its pattern's matches can start with: for every
 * other character of the Basic Multilingual Plane the pattern neither matches it nor asks for
 * more input after it. A missing character would make a scan skip real matches. (The value
 * parser's keyword scan is checked in ValueParserSpeedupsTest.)
 */
class ScanStartsTest {
  @Test
  void everyScanKnowsEveryCharacterItsMatchesCanStartWith() {
    Map<String, Scan> scans = Map.of(
        "report budget", PackageChecks.BUDGET_SCAN,
        "report allocated", PackageChecks.ALLOCATED_SCAN,
        "report spending", PackageChecks.SPENT_SCAN,
        "report score", PackageChecks.SCORE_SCAN,
        "department split", PackageChecks.DEPARTMENT_SPLIT_SCAN,
        "goal budget", GoalTexts.BUDGET_SCAN,
        "goal spending", GoalTexts.SPENT_SCAN);
    scans.forEach((name, scan) -> assertThat(ScanChecks.missedStarts(scan)).as(name).isEmpty());
  }

  @Test
  void aStartSetThatMissesACharacterIsCaught() {
    Scan incomplete = Scan.of(PackageChecks.SPENT_SCAN.pattern(), "共总全合");
    assertThat(ScanChecks.missedStarts(incomplete)).containsExactly('开');
  }
}

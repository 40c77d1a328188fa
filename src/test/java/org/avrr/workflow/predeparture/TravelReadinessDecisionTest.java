package org.avrr.workflow.predeparture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.predeparture.PreDepartureProcess.DECISION_TRAVEL_READINESS;

import java.util.Map;
import org.avrr.workflow.testing.DecisionTables;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision table travel-readiness: every rule, as a case manager would read the outcome. */
class TravelReadinessDecisionTest {

  private static final String FILE = "travel-readiness.dmn";
  private static final DecisionTables TABLES = new DecisionTables();

  @AfterAll
  static void everyRuleIsExercised() {
    TABLES.assertEveryRuleMatched(FILE, DECISION_TRAVEL_READINESS);
  }

  @ParameterizedTest(name = "{0} + {1} + {2} -> {3} {4}")
  @CsvSource({
    "VALID_PASSPORT, CLEARED, NOT_REQUIRED, READY, READY, false",
    "ISSUED, CLEARED, FIT, READY, READY, false",
    "VALID_PASSPORT, CLEARED, FIT_WITH_ESCORT, READY, READY_WITH_ESCORT, true",
    "REFUSED, CLEARED, FIT, CASE_REVIEW, TRAVEL_DOCUMENT_REFUSED, false",
    "IDENTITY_NOT_CONFIRMED, REFUSED, NOT_FIT, CASE_REVIEW, IDENTITY_NOT_CONFIRMED, false",
    "VALID_PASSPORT, REFUSED, FIT, CASE_REVIEW, EXIT_CLEARANCE_REFUSED, false",
    "ISSUED, CLEARED, NOT_FIT, CASE_REVIEW, NOT_FIT_TO_TRAVEL, false",
    "VALID_PASSPORT, CLEARED, SOMETHING_NEW, CASE_REVIEW, PRE_DEPARTURE_INCOMPLETE, false"
  })
  void theFirstObstacleDecides(
      String travelDocument,
      String exitClearance,
      String fitness,
      String readiness,
      String reasonCode,
      boolean escort) {
    Map<String, Object> result =
        TABLES
            .evaluate(
                FILE,
                DECISION_TRAVEL_READINESS,
                Variables.createVariables()
                    .putValue("travelDocumentStatus", travelDocument)
                    .putValue("exitClearanceDecision", exitClearance)
                    .putValue("fitnessToTravel", fitness))
            .getSingleResult()
            .getEntryMap();

    assertThat(result)
        .containsEntry("travelReadiness", readiness)
        .containsEntry("travelReadinessReasonCode", reasonCode)
        .containsEntry("escortRequired", escort);
    assertThat((String) result.get("travelReadinessReason")).isNotBlank();
  }

  @Test
  void aMissingResultNeverLetsTheJourneyGoAhead() {
    Map<String, Object> result =
        TABLES
            .evaluate(
                FILE,
                DECISION_TRAVEL_READINESS,
                Variables.createVariables()
                    .putValue("travelDocumentStatus", "VALID_PASSPORT")
                    .putValue("exitClearanceDecision", null)
                    .putValue("fitnessToTravel", "FIT"))
            .getSingleResult()
            .getEntryMap();

    assertThat(result).containsEntry("travelReadiness", "CASE_REVIEW");
  }
}

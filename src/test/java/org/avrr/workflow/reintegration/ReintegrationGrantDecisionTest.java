package org.avrr.workflow.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.avrr.workflow.testing.DecisionTables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision tables reintegration-grant-ceiling and reintegration-approval-level: the ceiling a plan
 * is drafted against, and who may approve it, every rule as the drafter and the approver read it.
 */
class ReintegrationGrantDecisionTest {

  private static final String FILE = "reintegration-grant.dmn";
  private static final String CEILING = "reintegration-grant-ceiling";
  private static final String APPROVAL_LEVEL = "reintegration-approval-level";
  private static final DecisionTables TABLES = new DecisionTables();

  @AfterAll
  static void everyRuleIsExercised() {
    TABLES.assertEveryRuleMatched(FILE, CEILING);
    TABLES.assertEveryRuleMatched(FILE, APPROVAL_LEVEL);
  }

  @ParameterizedTest(name = "{0}: {1} adult(s), {2} minor(s), age {3}, medical {4} -> EUR {5}")
  @CsvSource({
    // The Dutch programme caps in-kind support per person, more for a child.
    "NL_REINTEGRATION, 0, 1, 16, false, 2800",
    "NL_REINTEGRATION, 2, 1, 41, false, 6400",
    // REAG/GARP: EUR 1,000 per adult, 500 per minor, family at most 4,000; medical up to 2,000.
    "REAG_GARP, 1, 0, 35, false, 1000",
    "REAG_GARP, 2, 3, 35, false, 3500",
    "REAG_GARP, 2, 5, 35, false, 4000",
    "REAG_GARP, 2, 5, 35, true, 6000",
    // StarthilfePlus: 1,200 + 800 per adult, 500 per minor (assumption).
    "STARTHILFE_PLUS, 1, 0, 29, false, 2000",
    "STARTHILFE_PLUS, 2, 2, 29, true, 5000",
    // The office's own outbound programme (assumption).
    "BELARUS_AVRR, 1, 0, 30, false, 1500",
    "BELARUS_AVRR, 3, 2, 30, false, 5000",
    "BELARUS_AVRR, 1, 1, 30, true, 3000",
    // A programme the table does not know yet.
    "UNKNOWN_DONOR, 2, 2, 30, true, 1000"
  })
  void theProgrammeAndTheHouseholdSetTheCeiling(
      String programme, int adults, int minors, int age, boolean medical, double ceiling) {
    Map<String, Object> result =
        TABLES
            .evaluate(FILE, CEILING, household(programme, adults, minors, age, medical))
            .getSingleResult()
            .getEntryMap();

    assertThat(((Number) result.get("grantCeiling")).doubleValue()).isEqualTo(ceiling);
    assertThat(result).containsEntry("grantCurrency", "EUR");
    assertThat((String) result.get("grantCeilingBasis")).isNotBlank();
  }

  @ParameterizedTest(name = "plan EUR {0}, age {1}, vulnerable {2} -> {3}")
  @CsvSource({
    // BELARUS_AVRR single adult: ceiling EUR 1,500.
    "1500, 30, false, STANDARD, Within",
    "1500.01, 30, false, SENIOR, above the programme's ceiling",
    // A child alone: ceiling EUR 500.
    "400, 16, false, SENIOR, child",
    "900, 30, true, SENIOR, vulnerable"
  })
  void aPlanAboveItsCeilingOrForAChildOrAVulnerableReturneeNeedsASeniorApprover(
      double planTotal, int age, boolean vulnerable, String level, String reason) {
    Map<String, Object> result =
        approvalLevel(
            household("BELARUS_AVRR", age < 18 ? 0 : 1, age < 18 ? 1 : 0, age, false)
                .putValue("planTotal", planTotal)
                .putValue("returneeVulnerable", vulnerable));

    assertThat(result).containsEntry("approvalLevel", level);
    assertThat((String) result.get("approvalLevelReason")).contains(reason);
  }

  @ParameterizedTest(name = "plan EUR {0} under a EUR 5,000 ceiling -> {1}")
  @CsvSource({"3000, STANDARD", "3000.5, SENIOR"})
  void largerBudgetsNeedTheHigherLevelEvenWithinTheCeiling(double planTotal, String level) {
    Map<String, Object> result =
        approvalLevel(
            household("BELARUS_AVRR", 3, 2, 40, false)
                .putValue("planTotal", planTotal)
                .putValue("returneeVulnerable", false));

    assertThat(result).containsEntry("approvalLevel", level);
  }

  private static Map<String, Object> approvalLevel(VariableMap variables) {
    return TABLES.evaluate(FILE, APPROVAL_LEVEL, variables).getSingleResult().getEntryMap();
  }

  private static VariableMap household(
      String programme, int adults, int minors, int age, boolean medical) {
    return Variables.createVariables()
        .putValue("reintegrationProgramme", programme)
        .putValue("householdAdults", adults)
        .putValue("householdMinors", minors)
        .putValue("returneeAge", age)
        .putValue("medicalNeeds", medical);
  }
}

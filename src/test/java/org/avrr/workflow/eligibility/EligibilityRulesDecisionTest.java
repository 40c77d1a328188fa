package org.avrr.workflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CITIZENSHIP;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.HAS_OWN_MEANS_TO_RETURN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.IMMIGRATION_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.DECISION_DESTINATION_SAFETY;
import static org.avrr.workflow.eligibility.EligibilityProcess.DECISION_ELIGIBILITY;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_OUTCOME;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_REASON_CODE;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_REFERRAL;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_ENTRY_BAN;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_PENDING_PROCEEDINGS;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_REMOVAL_ORDER;
import static org.avrr.workflow.eligibility.EligibilityProcess.MIGRATION_LEGAL_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.PROJECT_FUNDS_AVAILABLE;
import static org.avrr.workflow.eligibility.EligibilityProcess.RETURN_IN_BEST_INTERESTS;
import static org.avrr.workflow.eligibility.EligibilityProcess.RETURN_RISK_LEVEL;

import java.util.Map;
import org.avrr.workflow.testing.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision tables eligibility-rules and destination-safety: every rule, as the scenario a case
 * manager would describe.
 */
class EligibilityRulesDecisionTest {

  private static final String FILE = "eligibility-rules.dmn";
  private static final DecisionTables TABLES = new DecisionTables();

  @AfterAll
  static void everyRuleIsExercised() {
    TABLES.assertEveryRuleMatched(FILE, DECISION_ELIGIBILITY);
    TABLES.assertEveryRuleMatched(FILE, DECISION_DESTINATION_SAFETY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "IRREGULAR_STAY",
        "REJECTED_ASYLUM_SEEKER",
        "WITHDRAWN_ASYLUM_CLAIM",
        "STRANDED_MIGRANT",
        "RESIDENCE_PERMIT_HOLDER"
      })
  void migrantWithQualifyingStatusAndNoObstacleIsEligible(String status) {
    assertDecision(
        typicalCase().putValue(IMMIGRATION_STATUS.name(), status),
        "ELIGIBLE",
        "MEETS_CRITERIA",
        "NONE");
  }

  @Test
  void recognisedRefugeeIsNotEligibleWhetherDeclaredOrRecordedByTheMinistry() {
    assertDecision(
        typicalCase().putValue(IMMIGRATION_STATUS.name(), "RECOGNISED_REFUGEE"),
        "NOT_ELIGIBLE",
        "RECOGNISED_REFUGEE",
        "UNHCR");
    assertDecision(
        typicalCase().putValue(MIGRATION_LEGAL_STATUS.name(), "RECOGNISED_REFUGEE"),
        "NOT_ELIGIBLE",
        "RECOGNISED_REFUGEE",
        "UNHCR");
  }

  @Test
  void asylumSeekerWithPendingClaimIsReferredToUnhcr() {
    assertDecision(
        typicalCase().putValue(IMMIGRATION_STATUS.name(), "ASYLUM_SEEKER_PENDING"),
        "REFER_TO_UNHCR",
        "PENDING_ASYLUM_CLAIM",
        "UNHCR");
    assertDecision(
        typicalCase().putValue(MIGRATION_LEGAL_STATUS.name(), "ASYLUM_SEEKER"),
        "REFER_TO_UNHCR",
        "PENDING_ASYLUM_CLAIM",
        "UNHCR");
  }

  @Test
  void returnToAnotherCountryThanCitizenshipIsNotEligible() {
    assertDecision(
        typicalCase().putValue(COUNTRY_OF_RETURN.name(), "TR"),
        "NOT_ELIGIBLE",
        "NOT_COUNTRY_OF_CITIZENSHIP",
        "NONE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AF", "LY", "SD", "SS", "SY", "YE"})
  void returnToACountryListedAsUnsafeIsNotEligible(String country) {
    assertDecision(
        typicalCase()
            .putValue(CITIZENSHIP.name(), country)
            .putValue(COUNTRY_OF_RETURN.name(), country),
        "NOT_ELIGIBLE",
        "DESTINATION_UNSAFE",
        "UNHCR");
  }

  @Test
  void childWhoseBestInterestsOpposeReturnIsNotEligible() {
    assertDecision(
        typicalCase().putValue(RETURN_IN_BEST_INTERESTS.name(), "NO"),
        "NOT_ELIGIBLE",
        "NOT_IN_CHILDS_BEST_INTERESTS",
        "CHILD_PROTECTION");
  }

  @Test
  void childWhoseBestInterestsSupportReturnIsEligible() {
    assertDecision(
        typicalCase().putValue(RETURN_IN_BEST_INTERESTS.name(), "YES"),
        "ELIGIBLE",
        "MEETS_CRITERIA",
        "NONE");
  }

  @Test
  void highTraffickingReturnRiskGoesToCaseManager() {
    assertDecision(
        typicalCase().putValue(RETURN_RISK_LEVEL.name(), "HIGH"),
        "CASE_MANAGER_REVIEW",
        "HIGH_RETURN_RISK",
        "NONE");
  }

  @Test
  void migrantWhoCanReturnAloneIsNotEligible() {
    assertDecision(
        typicalCase().putValue(HAS_OWN_MEANS_TO_RETURN.name(), true),
        "NOT_ELIGIBLE",
        "HAS_MEANS_TO_RETURN",
        "NONE");
  }

  @Test
  void removalOrderPendingProceedingsAndEntryBanGoToCaseManager() {
    assertDecision(
        typicalCase().putValue(HAS_REMOVAL_ORDER.name(), true),
        "CASE_MANAGER_REVIEW",
        "REMOVAL_ORDER",
        "NONE");
    assertDecision(
        typicalCase().putValue(HAS_PENDING_PROCEEDINGS.name(), true),
        "CASE_MANAGER_REVIEW",
        "PENDING_PROCEEDINGS",
        "NONE");
    assertDecision(
        typicalCase().putValue(HAS_ENTRY_BAN.name(), true),
        "CASE_MANAGER_REVIEW",
        "ENTRY_BAN",
        "NONE");
  }

  @Test
  void withoutProjectFundsAnEligibleCaseWaitsForCaseManager() {
    assertDecision(
        typicalCase().putValue(PROJECT_FUNDS_AVAILABLE.name(), false),
        "CASE_MANAGER_REVIEW",
        "NO_PROJECT_FUNDS",
        "NONE");
  }

  @Test
  void regularTemporaryStayGoesToCaseManager() {
    assertDecision(
        typicalCase().putValue(IMMIGRATION_STATUS.name(), "TEMPORARY_STAY"),
        "CASE_MANAGER_REVIEW",
        "STATUS_UNCLEAR",
        "NONE");
  }

  @Test
  void aRegularStayOnRecordAtTheMinistryGoesToCaseManagerWhateverWasDeclared() {
    assertDecision(
        typicalCase().putValue(MIGRATION_LEGAL_STATUS.name(), "TEMPORARY_STAY"),
        "CASE_MANAGER_REVIEW",
        "STATUS_UNCLEAR",
        "NONE");
  }

  @Test
  void refugeeStatusOutranksEveryOtherFinding() {
    assertDecision(
        typicalCase()
            .putValue(IMMIGRATION_STATUS.name(), "RECOGNISED_REFUGEE")
            .putValue(HAS_REMOVAL_ORDER.name(), true)
            .putValue(PROJECT_FUNDS_AVAILABLE.name(), false),
        "NOT_ELIGIBLE",
        "RECOGNISED_REFUGEE",
        "UNHCR");
  }

  @Test
  void everyOutcomeCarriesAReasonForTheApplicant() {
    DmnDecisionResultEntries result =
        TABLES.evaluate(FILE, DECISION_ELIGIBILITY, typicalCase()).getSingleResult();
    assertThat((String) result.getEntry(EligibilityProcess.ELIGIBILITY_REASON.name())).isNotBlank();
  }

  /** An Iraqi in irregular stay returning to Iraq, no assessments, nothing on record. */
  private static VariableMap typicalCase() {
    return Variables.createVariables()
        .putValue(IMMIGRATION_STATUS.name(), "IRREGULAR_STAY")
        .putValue(MIGRATION_LEGAL_STATUS.name(), "IRREGULAR_STAY")
        .putValue(CITIZENSHIP.name(), "IQ")
        .putValue(COUNTRY_OF_RETURN.name(), "IQ")
        .putValue(HAS_OWN_MEANS_TO_RETURN.name(), false)
        .putValue(HAS_REMOVAL_ORDER.name(), false)
        .putValue(HAS_PENDING_PROCEEDINGS.name(), false)
        .putValue(HAS_ENTRY_BAN.name(), false)
        .putValue(PROJECT_FUNDS_AVAILABLE.name(), true);
  }

  private static void assertDecision(
      VariableMap variables, String outcome, String reasonCode, String referral) {
    Map<String, Object> result =
        TABLES.evaluate(FILE, DECISION_ELIGIBILITY, variables).getSingleResult().getEntryMap();
    assertThat(result)
        .containsEntry(ELIGIBILITY_OUTCOME.name(), outcome)
        .containsEntry(ELIGIBILITY_REASON_CODE.name(), reasonCode)
        .containsEntry(ELIGIBILITY_REFERRAL.name(), referral);
  }
}

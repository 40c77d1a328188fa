package org.avrr.workflow.eligibility;

import static org.avrr.workflow.common.ProcessVariable.bool;
import static org.avrr.workflow.common.ProcessVariable.number;
import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * Eligibility and vulnerability ({@code processes/eligibility.bpmn}): screening, triage,
 * specialised assessments, the Ministry of Internal Affairs status check, the eligibility rules and
 * the case manager's decision.
 */
public final class EligibilityProcess {

  public static final String KEY = "eligibility";

  /** The specialised assessments meet here, each in a job of its own (asyncBefore). */
  public static final String GATEWAY_ASSESSMENTS_DONE = "Gateway_AssessmentsDone";

  public static final String TASK_SCREEN_VULNERABILITY = "Task_ScreenVulnerability";
  public static final String TASK_TRIAGE_VULNERABILITY = "Task_TriageVulnerability";
  public static final String TASK_DETERMINE_BEST_INTERESTS = "Task_DetermineBestInterests";
  public static final String TASK_ASSESS_TRAFFICKING_RISK = "Task_AssessTraffickingRisk";
  public static final String TASK_ASSESS_MEDICAL_NEEDS = "Task_AssessMedicalNeeds";
  public static final String TASK_CHECK_MIGRATION_STATUS = "Task_CheckMigrationStatus";
  public static final String BOUNDARY_EVENT_IDENTITY_NOT_CONFIRMED =
      "BoundaryEvent_IdentityNotConfirmed";
  public static final String TASK_APPLY_ELIGIBILITY_RULES = "Task_ApplyEligibilityRules";
  public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
  public static final String TASK_REFER_TO_UNHCR = "Task_ReferToUnhcr";
  public static final String TASK_INFORM_NOT_ELIGIBLE = "Task_InformNotEligible";
  public static final String END_EVENT_ELIGIBLE = "EndEvent_Eligible";
  public static final String END_EVENT_NOT_ELIGIBLE = "EndEvent_NotEligible";
  public static final String END_EVENT_REFERRED_TO_UNHCR = "EndEvent_ReferredToUnhcr";

  public static final String ERROR_IDENTITY_NOT_CONFIRMED = "IDENTITY_NOT_CONFIRMED";

  public static final String DECISION_VULNERABILITY_TRIAGE = "vulnerability-triage";
  public static final String DECISION_ELIGIBILITY = "eligibility-rules";
  public static final String DECISION_DESTINATION_SAFETY = "destination-safety";

  // Forms
  public static final String FORM_VULNERABILITY_SCREENING = "vulnerability-screening";
  public static final String FORM_BEST_INTERESTS = "best-interests-determination";
  public static final String FORM_TRAFFICKING_RISK = "trafficking-risk-assessment";
  public static final String FORM_MEDICAL_ASSESSMENT = "medical-assessment";
  public static final String FORM_ELIGIBILITY_REVIEW = "eligibility-review";
  public static final String FORM_UNHCR_REFERRAL = "unhcr-referral";
  public static final String FORM_NOT_ELIGIBLE_NOTICE = "not-eligible-notice";

  // Screening
  public static final ProcessVariable<Boolean> UNACCOMPANIED_OR_SEPARATED_CHILD =
      bool("unaccompaniedOrSeparatedChild");
  public static final ProcessVariable<Boolean> TRAFFICKING_INDICATORS =
      bool("traffickingIndicators");
  public static final ProcessVariable<Boolean> HEALTH_NEEDS = bool("healthNeeds");
  public static final ProcessVariable<Boolean> DISABILITY = bool("disability");
  public static final ProcessVariable<Boolean> PREGNANCY = bool("pregnancy");
  public static final ProcessVariable<Boolean> SINGLE_PARENT = bool("singleParent");
  public static final ProcessVariable<Boolean> TORTURE_OR_GBV_SURVIVOR =
      bool("tortureOrGbvSurvivor");

  // Triage results
  public static final ProcessVariable<Long> AGE_YEARS = number("ageYears");
  public static final ProcessVariable<String> VULNERABILITY_PRIORITY =
      string("vulnerabilityPriority");
  public static final ProcessVariable<String> VULNERABILITY_FLAGS = string("vulnerabilityFlags");
  public static final ProcessVariable<Boolean> NEEDS_BEST_INTERESTS_DETERMINATION =
      bool("needsBestInterestsDetermination");
  public static final ProcessVariable<Boolean> NEEDS_TRAFFICKING_RISK_ASSESSMENT =
      bool("needsTraffickingRiskAssessment");
  public static final ProcessVariable<Boolean> NEEDS_MEDICAL_ASSESSMENT =
      bool("needsMedicalAssessment");
  public static final ProcessVariable<Boolean> ESCORT_RECOMMENDED = bool("escortRecommended");

  // Assessments
  public static final ProcessVariable<String> RETURN_IN_BEST_INTERESTS =
      string("returnInBestInterests");
  public static final ProcessVariable<String> RETURN_RISK_LEVEL = string("returnRiskLevel");
  public static final ProcessVariable<String> MEDICAL_FITNESS = string("medicalFitness");

  // Status check with the Ministry of Internal Affairs
  public static final ProcessVariable<String> MIGRATION_LEGAL_STATUS =
      string("migrationLegalStatus");
  public static final ProcessVariable<Boolean> HAS_PENDING_PROCEEDINGS =
      bool("hasPendingProceedings");
  public static final ProcessVariable<Boolean> HAS_REMOVAL_ORDER = bool("hasRemovalOrder");
  public static final ProcessVariable<Boolean> HAS_ENTRY_BAN = bool("hasEntryBan");
  public static final ProcessVariable<Boolean> HAS_OUTSTANDING_FINES = bool("hasOutstandingFines");
  public static final ProcessVariable<String> STATUS_CHECK_REFERENCE =
      string("statusCheckReference");
  public static final ProcessVariable<String> STATUS_CHECKED_AT = string("statusCheckedAt");

  // Eligibility decision
  public static final ProcessVariable<Boolean> PROJECT_FUNDS_AVAILABLE =
      bool("projectFundsAvailable");
  public static final ProcessVariable<String> ELIGIBILITY_OUTCOME = string("eligibilityOutcome");
  public static final ProcessVariable<String> ELIGIBILITY_REASON_CODE =
      string("eligibilityReasonCode");
  public static final ProcessVariable<String> ELIGIBILITY_REASON = string("eligibilityReason");
  public static final ProcessVariable<String> ELIGIBILITY_REFERRAL = string("eligibilityReferral");

  /** The case manager's decision on a borderline case; becomes the eligibility outcome. */
  public static final ProcessVariable<String> CASE_MANAGER_DECISION = string("caseManagerDecision");

  public static final ProcessVariable<String> ELIGIBILITY_REVIEW_JUSTIFICATION =
      string("eligibilityReviewJustification");

  // Outcome tasks
  public static final ProcessVariable<String> UNHCR_REFERRAL_DATE = string("unhcrReferralDate");
  public static final ProcessVariable<String> APPLICANT_INFORMED_ON = string("applicantInformedOn");

  /** Values of {@link #ELIGIBILITY_OUTCOME}. */
  public enum EligibilityOutcome {
    ELIGIBLE,
    NOT_ELIGIBLE,
    REFER_TO_UNHCR,
    CASE_MANAGER_REVIEW
  }

  private EligibilityProcess() {}
}

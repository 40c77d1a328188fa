package org.avrr.workflow.reintegration;

import static org.avrr.workflow.common.ProcessVariable.bool;
import static org.avrr.workflow.common.ProcessVariable.date;
import static org.avrr.workflow.common.ProcessVariable.decimal;
import static org.avrr.workflow.common.ProcessVariable.number;
import static org.avrr.workflow.common.ProcessVariable.string;

import java.util.Date;
import java.util.Locale;
import org.avrr.workflow.common.ProcessVariable;

/**
 * The reintegration process (processes/reintegration.bpmn), called by both flows: its ids, forms
 * and variables.
 */
public final class ReintegrationProcess {

  public static final String KEY = "reintegration";

  /** Delivery and monitoring meet here, each in a job of its own (asyncBefore). */
  public static final String GATEWAY_DELIVERY_AND_MONITORING_DONE =
      "Gateway_DeliveryAndMonitoringDone";

  public static final String TASK_ASSESS_NEEDS = "Task_AssessNeeds";
  public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
  public static final String TASK_NOTIFY_APPROVER = "Task_NotifyApprover";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_CHASE_APPROVER = "Task_ChaseApprover";
  public static final String TASK_NOTIFY_DECISION = "Task_NotifyDecision";
  public static final String TASK_RESOLVE_PLAN = "Task_ResolvePlan";
  public static final String TASK_REMIND_DRAFTER = "Task_RemindDrafter";
  public static final String TASK_ALERT_PLAN_OVERDUE = "Task_AlertPlanOverdue";
  public static final String TASK_PAY_INSTALMENT = "Task_PayInstalment";
  public static final String TASK_MONITOR_RETURNEE = "Task_MonitorReturnee";
  public static final String TASK_SEND_MONITORING_REPORT = "Task_SendMonitoringReport";
  public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
  public static final String TASK_NOTIFY_CLOSURE = "Task_NotifyClosure";
  public static final String TASK_REFER_FOR_PSYCHOSOCIAL_SUPPORT =
      "Task_ReferForPsychosocialSupport";

  public static final String SUB_PROCESS_AGREE_PLAN = "SubProcess_AgreePlan";
  public static final String SUB_PROCESS_DELIVER_AND_MONITOR = "SubProcess_DeliverAndMonitor";
  public static final String SUB_PROCESS_INSTALMENT = "SubProcess_Instalment";
  public static final String BOUNDARY_EVENT_PLAN_REMINDER = "BoundaryEvent_PlanReminder";
  public static final String BOUNDARY_EVENT_PLAN_OVERDUE = "BoundaryEvent_PlanOverdue";
  public static final String BOUNDARY_EVENT_APPROVAL_CHASE = "BoundaryEvent_ApprovalChase";
  public static final String BOUNDARY_EVENT_WINDOW_ELAPSED = "BoundaryEvent_WindowElapsed";
  public static final String TIMER_EVENT_INSTALMENT_FALLS_DUE = "TimerEvent_InstalmentFallsDue";
  public static final String TIMER_EVENT_VISIT_DUE = "TimerEvent_VisitDue";
  public static final String TIMER_EVENT_TRY_AGAIN = "TimerEvent_TryAgain";
  public static final String END_EVENT_PLAN_APPROVED = "EndEvent_PlanApproved";
  public static final String END_EVENT_NO_PLAN_AGREED = "EndEvent_NoPlanAgreed";
  public static final String END_EVENT_LOST_TO_FOLLOW_UP = "EndEvent_LostToFollowUp";
  public static final String END_EVENT_LEFT_THE_PROGRAMME = "EndEvent_LeftTheProgramme";
  public static final String END_EVENT_PLAN_COMPLETED = "EndEvent_PlanCompleted";
  public static final String END_EVENT_REINTEGRATION_CLOSED = "EndEvent_ReintegrationClosed";
  public static final String END_EVENT_REFERRED = "EndEvent_Referred";

  public static final String BOUNDARY_EVENT_PLAN_SUBMITTED_BY_FIELD_SYSTEM =
      "BoundaryEvent_PlanSubmittedByFieldSystem";

  /** The field party's system submitted the plan ({@link ReintegrationPlanCallback}). */
  public static final String MESSAGE_PLAN_SUBMITTED = "ReintegrationPlanSubmitted";

  public static final String DECISION_GRANT_CEILING = "reintegration-grant-ceiling";
  public static final String DECISION_APPROVAL_LEVEL = "reintegration-approval-level";

  public static final String FORM_ASSESSMENT = "reintegration-assessment";
  public static final String FORM_PLAN = "reintegration-plan";
  public static final String FORM_PLAN_APPROVAL = "reintegration-plan-approval";
  public static final String FORM_PLAN_RESOLUTION = "reintegration-plan-resolution";
  public static final String FORM_INSTALMENT_PAYMENT = "instalment-payment";
  public static final String FORM_MONITORING_VISIT = "monitoring-visit";
  public static final String FORM_CLOSURE = "reintegration-closure";
  public static final String FORM_PSYCHOSOCIAL_REFERRAL = "psychosocial-referral";

  // --- Set by the calling flow ---

  /** Who counsels, drafts the plan and monitors: a mission group abroad, or the office's. */
  public static final ProcessVariable<String> FIELD_GROUP = string("reintegrationFieldGroup");

  /** Who approves the plan and receives the monitoring reports. */
  public static final ProcessVariable<String> APPROVING_GROUP = string("planApprovingGroup");

  /** The programme that pays: a row of decision reintegration-grant-ceiling. */
  public static final ProcessVariable<String> PROGRAMME = string("reintegrationProgramme");

  // --- Counselling and assessment ---

  public static final ProcessVariable<Long> RETURNEE_AGE = number("returneeAge");
  public static final ProcessVariable<Long> HOUSEHOLD_ADULTS = number("householdAdults");
  public static final ProcessVariable<Long> HOUSEHOLD_MINORS = number("householdMinors");
  public static final ProcessVariable<Boolean> RETURNEE_VULNERABLE = bool("returneeVulnerable");
  public static final ProcessVariable<Boolean> MEDICAL_NEEDS = bool("medicalNeeds");

  public static final ProcessVariable<Double> GRANT_CEILING = decimal("grantCeiling");
  public static final ProcessVariable<String> GRANT_CURRENCY = string("grantCurrency");

  // --- The plan ---

  /** The components: the rows of the plan form's dynamic list (JSON). */
  public static final String PLAN_COMPONENTS = "planComponents";

  /**
   * The reference a field party's system quotes to submit the plan now being drafted: {@code
   * <case>:Task_DraftPlan#<version>}.
   */
  public static final ProcessVariable<String> PLAN_SUBMISSION_KEY = string("planSubmissionKey");

  public static final ProcessVariable<Double> PLAN_TOTAL = decimal("planTotal");
  public static final ProcessVariable<String> PLAN_SUMMARY = string("planSummary");

  /** How often the current plan went to the approver (1 for the first draft). */
  public static final ProcessVariable<Long> PLAN_REVISION = number("planRevision");

  /** STANDARD or SENIOR (decision reintegration-approval-level). */
  public static final ProcessVariable<String> APPROVAL_LEVEL = string("approvalLevel");

  public static final ProcessVariable<String> APPROVAL_LEVEL_REASON = string("approvalLevelReason");

  /** APPROVE, RETURN or REJECT. */
  public static final ProcessVariable<String> PLAN_DECISION = string("planDecision");

  public static final ProcessVariable<String> PLAN_DECISION_COMMENTS =
      string("planDecisionComments");

  /** The decision in words for the drafter's mail, e.g. "approved". */
  public static final ProcessVariable<String> PLAN_DECISION_TEXT = string("planDecisionText");

  /** Who approved the plan (Camunda user id), for the record. */
  public static final ProcessVariable<String> PLAN_APPROVED_BY = string("planApprovedBy");

  /** NEW_PLAN or END_WITHOUT_PLAN. */
  public static final ProcessVariable<String> PLAN_RESOLUTION = string("planResolution");

  /** AGREED or NOT_AGREED. */
  public static final ProcessVariable<String> PLAN_OUTCOME = string("planOutcome");

  // --- Delivery ---

  /** The scheduled instalments (JSON list), in the order they fall due. */
  public static final String INSTALMENTS = "reintegrationInstalments";

  /** The instalments paid, with their evidence (JSON list). */
  public static final String PAYMENTS = "reintegrationPayments";

  public static final ProcessVariable<Double> AMOUNT_DELIVERED = decimal("amountDelivered");

  /** The multi-instance element: which scheduled instalment this is (1-based). */
  public static final ProcessVariable<Long> INSTALMENT_NUMBER = number("instalmentNumber");

  public static final ProcessVariable<String> INSTALMENT_TITLE = string("instalmentTitle");
  public static final ProcessVariable<Double> INSTALMENT_AMOUNT = decimal("instalmentAmount");
  public static final ProcessVariable<String> INSTALMENT_AMOUNT_TEXT =
      string("instalmentAmountText");
  public static final ProcessVariable<String> INSTALMENT_MODALITY = string("instalmentModality");
  public static final ProcessVariable<String> INSTALMENT_PAYEE = string("instalmentPayee");
  public static final ProcessVariable<String> INSTALMENT_DUE_ON = string("instalmentDueOn");
  public static final ProcessVariable<Date> INSTALMENT_DUE_AT = date("instalmentDueAt");

  public static final ProcessVariable<String> PAID_ON = string("paidOn");
  public static final ProcessVariable<Double> AMOUNT_PAID = decimal("amountPaid");

  /** HANDOVER_CERTIFICATE, INVOICE or RECEIPT. */
  public static final ProcessVariable<String> EVIDENCE_TYPE = string("evidenceType");

  public static final ProcessVariable<String> EVIDENCE_REFERENCE = string("evidenceReference");
  public static final ProcessVariable<String> PAYMENT_NOTES = string("paymentNotes");

  // --- Monitoring ---

  /** Visits done so far (reached); the next visit is the one after. */
  public static final ProcessVariable<Long> MONITORING_VISIT = number("monitoringVisit");

  /** Failed attempts to reach the returnee for the visit now due. */
  public static final ProcessVariable<Long> CONTACT_ATTEMPT = number("contactAttempt");

  public static final ProcessVariable<String> MONITORING_VISIT_LABEL =
      string("monitoringVisitLabel");
  public static final ProcessVariable<Boolean> FINAL_MONITORING_VISIT =
      bool("finalMonitoringVisit");

  /** REACHED, NOT_REACHED, REMIGRATED or WITHDREW. */
  public static final ProcessVariable<String> CONTACT_OUTCOME = string("contactOutcome");

  public static final ProcessVariable<String> VISITED_ON = string("visitedOn");
  public static final ProcessVariable<Boolean> RSS_SURVEY_TAKEN = bool("rssSurveyTaken");

  public static final ProcessVariable<String> RSS_SURVEY_VERSION = string("rssSurveyVersion");

  // --- Closure ---

  /**
   * COMPLETED, WINDOW_ELAPSED, LOST_TO_FOLLOW_UP, REMIGRATED, WITHDREW or NO_PLAN_AGREED; the case
   * manager may correct it when approving the closure.
   */
  public static final ProcessVariable<String> CLOSURE_REASON = string("closureReason");

  public static final ProcessVariable<String> CLOSURE_NOTES = string("closureNotes");
  public static final ProcessVariable<String> CLOSED_ON = string("reintegrationClosedOn");

  /** The closure reason, for the calling flow. */
  public static final ProcessVariable<String> REINTEGRATION_OUTCOME =
      string("reintegrationOutcome");

  /** E.g. rssPsychosocialScore: the latest survey's score (0 to 1) of a dimension. */
  /**
   * The 15 questions of the Reintegration Sustainability Survey as the forms name them (answers "1"
   * to "5"): economic, social, psychosocial, five each.
   */
  public static final java.util.List<String> RSS_INDICATORS =
      java.util.List.of(
          "rssIncomeSatisfaction",
          "rssFoodSecurity",
          "rssEmployment",
          "rssDebt",
          "rssBorrowing",
          "rssHousing",
          "rssHealthcare",
          "rssEducation",
          "rssDocumentation",
          "rssServices",
          "rssBelonging",
          "rssParticipation",
          "rssSafety",
          "rssDistress",
          "rssNoUrgeToRemigrate");

  public static String rssScoreVariable(String dimension) {
    return "rss" + capitalised(dimension) + "Score";
  }

  /** E.g. rssPsychosocialBand: LOW, MEDIUM or HIGH. */
  public static String rssBandVariable(String dimension) {
    return "rss" + capitalised(dimension) + "Band";
  }

  private static String capitalised(String dimension) {
    String lower = dimension.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private ReintegrationProcess() {}
}

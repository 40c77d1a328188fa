package org.avrr.workflow.predeparture;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/** The pre-departure process (processes/pre-departure.bpmn): its ids, forms and variables. */
public final class PreDepartureProcess {

  public static final String KEY = "pre-departure";

  /** The five tracks meet here, each in a job of its own (asyncBefore). */
  public static final String GATEWAY_TRACKS_DONE = "Gateway_TracksDone";

  public static final String TASK_CHECK_TRAVEL_DOCUMENT = "Task_CheckTravelDocument";
  public static final String TASK_REQUEST_EMERGENCY_TRAVEL_DOCUMENT =
      "Task_RequestEmergencyTravelDocument";
  public static final String TASK_RECORD_EMBASSY_ANSWER = "Task_RecordEmbassyAnswer";
  public static final String BOUNDARY_EVENT_EMBASSY_ANSWER_OVERDUE =
      "BoundaryEvent_EmbassyAnswerOverdue";
  public static final String TASK_NOTIFY_TRAVEL_DOCUMENT_OVERDUE =
      "Task_NotifyTravelDocumentOverdue";
  public static final String TASK_REQUEST_EXIT_CLEARANCE = "Task_RequestExitClearance";
  public static final String GATEWAY_AWAIT_EXIT_CLEARANCE = "Gateway_AwaitExitClearance";
  public static final String EVENT_EXIT_CLEARANCE_ANSWERED = "Event_ExitClearanceAnswered";
  public static final String EVENT_EXIT_CLEARANCE_OVERDUE = "Event_ExitClearanceOverdue";
  public static final String TASK_RECORD_PAPER_EXIT_CLEARANCE = "Task_RecordPaperExitClearance";
  public static final String TASK_CONFIRM_FITNESS_TO_TRAVEL = "Task_ConfirmFitnessToTravel";
  public static final String TASK_SEND_CASE_SUMMARY_TO_MISSION = "Task_SendCaseSummaryToMission";
  public static final String TASK_ARRANGE_ACCOMMODATION = "Task_ArrangeAccommodationAndPocketMoney";
  public static final String TASK_DECIDE_TRAVEL_READINESS = "Task_DecideTravelReadiness";
  public static final String TASK_REVIEW_PRE_DEPARTURE = "Task_ReviewPreDeparture";
  public static final String END_EVENT_READY_FOR_TRAVEL = "EndEvent_ReadyForTravel";
  public static final String END_EVENT_CLOSED_AFTER_REVIEW = "EndEvent_ClosedAfterReview";

  public static final String MESSAGE_EXIT_CLEARANCE_ANSWERED = "ExitClearanceAnswered";
  public static final String DECISION_TRAVEL_READINESS = "travel-readiness";

  public static final String FORM_TRAVEL_DOCUMENT_CHECK = "travel-document-check";
  public static final String FORM_EMERGENCY_DOCUMENT_REQUEST = "emergency-travel-document-request";
  public static final String FORM_EMERGENCY_DOCUMENT_OUTCOME = "emergency-travel-document-outcome";
  public static final String FORM_EXIT_CLEARANCE_PAPER_ANSWER = "exit-clearance-paper-answer";
  public static final String FORM_FITNESS_TO_TRAVEL = "fitness-to-travel";
  public static final String FORM_ACCOMMODATION = "accommodation-and-pocket-money";
  public static final String FORM_PRE_DEPARTURE_REVIEW = "pre-departure-review";

  // Travel document
  public static final ProcessVariable<String> TRAVEL_DOCUMENT_CHECK = string("travelDocumentCheck");
  public static final ProcessVariable<String> PASSPORT_NUMBER = string("passportNumber");
  public static final ProcessVariable<String> PASSPORT_VALID_UNTIL = string("passportValidUntil");
  public static final ProcessVariable<String> EMERGENCY_DOCUMENT_REQUESTED_ON =
      string("emergencyDocumentRequestedOn");
  public static final ProcessVariable<String> EMERGENCY_DOCUMENT_NUMBER =
      string("emergencyDocumentNumber");
  public static final ProcessVariable<String> EMERGENCY_DOCUMENT_VALID_UNTIL =
      string("emergencyDocumentValidUntil");

  /** VALID_PASSPORT, ISSUED, REFUSED or IDENTITY_NOT_CONFIRMED. */
  public static final ProcessVariable<String> TRAVEL_DOCUMENT_STATUS =
      string("travelDocumentStatus");

  // Exit clearance
  /** The idempotency key of the request; the Ministry's callback names it. */
  public static final ProcessVariable<String> EXIT_CLEARANCE_REQUEST_KEY =
      string("exitClearanceRequestKey");

  public static final ProcessVariable<String> EXIT_CLEARANCE_REQUEST_REFERENCE =
      string("exitClearanceRequestReference");

  /** CLEARED or REFUSED. */
  public static final ProcessVariable<String> EXIT_CLEARANCE_DECISION =
      string("exitClearanceDecision");

  public static final ProcessVariable<String> EXIT_CLEARANCE_REFUSAL_REASON =
      string("exitClearanceRefusalReason");
  public static final ProcessVariable<String> EXIT_CLEARANCE_REFERENCE =
      string("exitClearanceReference");
  public static final ProcessVariable<String> EXIT_CLEARANCE_DECIDED_ON =
      string("exitClearanceDecidedOn");

  /** MINISTRY_CALLBACK or PAPER. */
  public static final ProcessVariable<String> EXIT_CLEARANCE_ANSWERED_BY =
      string("exitClearanceAnsweredBy");

  // Medical
  /** NOT_REQUIRED, FIT, FIT_WITH_ESCORT or NOT_FIT. */
  public static final ProcessVariable<String> FITNESS_TO_TRAVEL = string("fitnessToTravel");

  public static final ProcessVariable<String> FITNESS_ASSESSED_ON = string("fitnessAssessedOn");

  // Accommodation
  public static final ProcessVariable<String> ACCOMMODATION_FROM = string("accommodationFrom");

  // Readiness and review
  public static final ProcessVariable<String> TRAVEL_READINESS = string("travelReadiness");
  public static final ProcessVariable<String> TRAVEL_READINESS_REASON_CODE =
      string("travelReadinessReasonCode");
  public static final ProcessVariable<String> PRE_DEPARTURE_REVIEW_DECISION =
      string("preDepartureReviewDecision");

  /** READY_FOR_TRAVEL or CLOSED: read by the outbound case. */
  public static final ProcessVariable<String> PRE_DEPARTURE_OUTCOME = string("preDepartureOutcome");

  public static final String ANSWERED_BY_MINISTRY_CALLBACK = "MINISTRY_CALLBACK";
  public static final String ANSWERED_BY_PAPER = "PAPER";

  private PreDepartureProcess() {}
}

package org.avrr.workflow.outbound;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * The outbound case: a foreign national leaves Belarus. Ids of {@code processes/avrr-outbound.bpmn}
 * and the variables its gateways read.
 */
public final class OutboundReturnProcess {

  public static final String KEY = "avrr-outbound";

  public static final String START_EVENT_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
  public static final String CALL_ACTIVITY_INTAKE_COUNSELLING = "CallActivity_IntakeCounselling";
  public static final String CALL_ACTIVITY_ELIGIBILITY = "CallActivity_Eligibility";
  public static final String CALL_ACTIVITY_PRE_DEPARTURE = "CallActivity_PreDeparture";
  public static final String SUB_PROCESS_BEFORE_DEPARTURE = "SubProcess_BeforeDeparture";
  public static final String CALL_ACTIVITY_TRAVEL = "CallActivity_Travel";
  public static final String CALL_ACTIVITY_ARRIVAL = "CallActivity_Arrival";
  public static final String END_EVENT_DEPARTED = "EndEvent_Departed";
  public static final String END_EVENT_WITHDRAWN_DURING_TRAVEL = "EndEvent_WithdrawnDuringTravel";
  public static final String END_EVENT_CLOSED_AT_TRAVEL = "EndEvent_ClosedAtTravel";
  public static final String END_EVENT_CLOSED_BEFORE_DEPARTURE = "EndEvent_ClosedBeforeDeparture";
  public static final String CALL_ACTIVITY_REINTEGRATION = "CallActivity_Reintegration";
  public static final String END_EVENT_REINTEGRATION_CLOSED = "EndEvent_ReintegrationClosed";
  public static final String END_EVENT_ARRIVAL_NOT_CONFIRMED = "EndEvent_ArrivalNotConfirmed";
  public static final String END_EVENT_CLOSED_AT_PRE_DEPARTURE = "EndEvent_ClosedAtPreDeparture";
  public static final String END_EVENT_NO_DATA_CONSENT = "EndEvent_ClosedNoDataConsent";
  public static final String END_EVENT_MIGRANT_DECLINED = "EndEvent_ClosedMigrantDeclined";
  public static final String END_EVENT_NOT_ELIGIBLE = "EndEvent_ClosedNotEligible";
  public static final String END_EVENT_REFERRED_TO_UNHCR = "EndEvent_ClosedReferredToUnhcr";
  public static final String START_EVENT_CASE_WITHDRAWN = "StartEvent_CaseWithdrawn";
  public static final String END_EVENT_CASE_WITHDRAWN = "EndEvent_CaseWithdrawn";

  /** Correlated by case number (business key); carries the withdrawal variables below. */
  public static final String MESSAGE_CASE_WITHDRAWN = "CaseWithdrawn";

  /** The human-readable case number, also the business key of every instance in the case. */
  public static final ProcessVariable<String> CASE_NUMBER = string("caseNumber");

  /**
   * How the case ended: NO_DATA_CONSENT, MIGRANT_DECLINED, NOT_ELIGIBLE, REFERRED_TO_UNHCR,
   * CLOSED_AT_PRE_DEPARTURE, WITHDRAWN, CLOSED_AT_TRAVEL, ARRIVAL_NOT_CONFIRMED or
   * REINTEGRATION_CLOSED (with the closure reason in reintegrationOutcome); DEPARTED while the case
   * is at arrival or reintegration.
   */
  public static final ProcessVariable<String> CASE_OUTCOME = string("caseOutcome");

  public static final ProcessVariable<String> WITHDRAWAL_REASON = string("withdrawalReason");
  public static final ProcessVariable<String> WITHDRAWAL_DETAILS = string("withdrawalDetails");
  public static final ProcessVariable<String> WITHDRAWAL_DECLARED_ON =
      string("withdrawalDeclaredOn");
  public static final ProcessVariable<String> WITHDRAWAL_RECORDED_BY =
      string("withdrawalRecordedBy");

  private OutboundReturnProcess() {}
}

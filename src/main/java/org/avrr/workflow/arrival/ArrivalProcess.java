package org.avrr.workflow.arrival;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/** The arrival process (processes/arrival.bpmn): its ids, forms and variables. */
public final class ArrivalProcess {

  public static final String KEY = "arrival";

  /** The chase and the protection follow-up meet here, each in a job of its own (asyncBefore). */
  public static final String GATEWAY_FOLLOW_UP_DONE = "Gateway_FollowUpDone";

  public static final String TASK_CONFIRM_ARRIVAL = "Task_ConfirmArrival";
  public static final String BOUNDARY_EVENT_ARRIVAL_REPORTED_BY_MISSION_SYSTEM =
      "BoundaryEvent_ArrivalReportedByMissionSystem";
  public static final String BOUNDARY_EVENT_CONFIRMATION_OVERDUE =
      "BoundaryEvent_ArrivalConfirmationOverdue";
  public static final String TASK_CHASE_ARRIVAL = "Task_ChaseArrival";
  public static final String TASK_PROTECTION_FOLLOW_UP = "Task_ProtectionFollowUp";
  public static final String END_EVENT_ARRIVAL_CONFIRMED = "EndEvent_ArrivalConfirmed";
  public static final String END_EVENT_ARRIVAL_NOT_CONFIRMED = "EndEvent_ArrivalNotConfirmed";

  /** The receiving mission's system answered "Confirm the arrival" ({@link ArrivalCallback}). */
  public static final String MESSAGE_ARRIVAL_REPORTED = "ArrivalReported";

  public static final String FORM_ARRIVAL_CONFIRMATION = "arrival-confirmation";
  public static final String FORM_ARRIVAL_CHASE = "arrival-chase";
  public static final String FORM_PROTECTION_FOLLOW_UP = "protection-follow-up";

  /** ARRIVED or NOT_ARRIVED, as the receiving mission reports it. */
  public static final ProcessVariable<String> ARRIVAL_REPORT = string("arrivalReport");

  /** ARRIVED or NOT_CONFIRMED, after chasing. */
  public static final ProcessVariable<String> CHASE_OUTCOME = string("chaseOutcome");

  public static final ProcessVariable<String> ARRIVED_ON = string("arrivedOn");

  public static final ProcessVariable<String> RECEPTION_NOTES = string("receptionNotes");

  /**
   * The reference a receiving mission quotes to confirm the arrival by callback: set when the
   * journey is booked and mailed with the itinerary, one per booking, so a confirmation of a
   * cancelled journey reaches nobody.
   */
  public static final ProcessVariable<String> ARRIVAL_CONFIRMATION_KEY =
      string("arrivalConfirmationKey");

  /**
   * Who confirms the arrival: the Tasklist group of "Confirm the arrival", which is also the only
   * party whose callback the arrival takes (e.g. mission-irq).
   */
  public static final ProcessVariable<String> ARRIVAL_CONFIRMING_GROUP =
      string("arrivalConfirmingGroup");

  /** CONFIRMED or NOT_CONFIRMED: read by the outbound case. */
  public static final ProcessVariable<String> ARRIVAL_OUTCOME = string("arrivalOutcome");

  private ArrivalProcess() {}
}

package org.avrr.workflow.inbound;

import static org.avrr.workflow.common.ProcessVariable.bool;
import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * The inbound case: a Belarus national comes home, referred by the sending mission abroad. Ids of
 * {@code processes/avrr-inbound.bpmn} and the variables the referral and its steps set.
 */
public final class InboundReturnProcess {

  public static final String KEY = "avrr-inbound";

  public static final String TASK_PREPARE_RECEPTION = "Task_PrepareReception";
  public static final String TASK_CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
  public static final String BOUNDARY_EVENT_DEPARTURE_UNCONFIRMED =
      "BoundaryEvent_DepartureUnconfirmed";
  public static final String TASK_CHASE_DEPARTURE = "Task_ChaseDeparture";
  public static final String TASK_ASSIST_ARRIVAL = "Task_AssistArrival";
  public static final String TASK_TELL_MISSION_NOT_ARRIVED = "Task_TellMissionNotArrived";
  public static final String TASK_REGISTER_ARRIVAL = "Task_RegisterArrival";
  public static final String TASK_RESOLVE_REGISTRATION = "Task_ResolveRegistration";
  public static final String BOUNDARY_EVENT_ENTRY_NOT_ON_RECORD = "BoundaryEvent_EntryNotOnRecord";
  public static final String CALL_ACTIVITY_REINTEGRATION = "CallActivity_Reintegration";
  public static final String END_EVENT_RETURN_CANCELLED = "EndEvent_ReturnCancelled";
  public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";

  public static final String FORM_RECEPTION = "inbound-reception";
  public static final String FORM_DEPARTURE = "inbound-departure";
  public static final String FORM_ARRIVAL = "inbound-arrival";
  public static final String FORM_REGISTRATION_RESOLUTION = "arrival-registration-resolution";

  /** BpmnError of "Register the arrival": the Committee has no record of the entry. */
  public static final String ERROR_ENTRY_NOT_ON_RECORD = "ENTRY_NOT_ON_RECORD";

  // --- From the referral ---

  /** The sending mission's code, e.g. deu. */
  public static final ProcessVariable<String> SENDING_MISSION = string("sendingMission");

  /** Its Tasklist group, e.g. mission-deu: confirms the departure and approves the plan. */
  public static final ProcessVariable<String> SENDING_MISSION_GROUP = string("sendingMissionGroup");

  /** The sending mission's own case reference: one case per reference. */
  public static final ProcessVariable<String> SENDING_MISSION_REFERENCE =
      string("sendingMissionReference");

  public static final ProcessVariable<String> COUNTRY_OF_DEPARTURE = string("countryOfDeparture");
  public static final ProcessVariable<String> FLIGHT_NUMBER = string("flightNumber");
  public static final ProcessVariable<String> DEPARTURE_AIRPORT = string("departureAirport");
  public static final ProcessVariable<String> DEPARTURE_DATE = string("departureDate");
  public static final ProcessVariable<String> ARRIVAL_DATE = string("arrivalDate");
  public static final ProcessVariable<String> ARRIVAL_TIME = string("arrivalTime");
  public static final ProcessVariable<Boolean> TEMPORARY_ACCOMMODATION_NEEDED =
      bool("temporaryAccommodationNeeded");
  public static final ProcessVariable<Boolean> MEDICAL_CARE_NEEDED = bool("medicalCareNeeded");

  // --- The office's and the mission's steps ---

  /** DEPARTED, NEW_FLIGHT or CANCELLED, as the sending mission reports it. */
  public static final ProcessVariable<String> DEPARTURE_OUTCOME = string("departureOutcome");

  /** ARRIVED or NOT_ARRIVED, as the officer at the airport records it. */
  public static final ProcessVariable<String> ARRIVAL_REPORT = string("arrivalReport");

  public static final ProcessVariable<String> ARRIVAL_REGISTRATION_REFERENCE =
      string("arrivalRegistrationReference");

  /** How the case ended: RETURN_CANCELLED or REINTEGRATION_CLOSED. */
  public static final ProcessVariable<String> CASE_OUTCOME = string("caseOutcome");

  private InboundReturnProcess() {}
}

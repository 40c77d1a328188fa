package org.avrr.workflow.testing;

import static org.avrr.workflow.travel.TravelProcess.*;

import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** What movement officers and case managers type into the travel forms. */
public final class TravelData {

  private TravelData() {}

  /** The case as pre-departure leaves it: a valid passport, cleared, no escort. */
  public static VariableMap readyForTravel(String caseNumber) {
    VariableMap variables = PreDepartureData.eligibleCase(caseNumber);
    variables.putAll(PreDepartureData.validPassport());
    return variables
        .putValue(PreDepartureProcess.TRAVEL_DOCUMENT_STATUS.name(), "VALID_PASSPORT")
        .putValue(PreDepartureProcess.EXIT_CLEARANCE_DECISION.name(), "CLEARED")
        .putValue(PreDepartureProcess.FITNESS_TO_TRAVEL.name(), "NOT_REQUIRED")
        .putValue(PreDepartureProcess.TRAVEL_READINESS.name(), "READY")
        .putValue(PreDepartureProcess.PRE_DEPARTURE_OUTCOME.name(), "READY_FOR_TRAVEL")
        .putValue(ESCORT_REQUIRED.name(), false)
        .putValue(EligibilityProcess.NEEDS_MEDICAL_ASSESSMENT.name(), false);
  }

  public static VariableMap directRouteFromMinsk() {
    return route("MINSK_NATIONAL_AIRPORT", true, null, null);
  }

  public static VariableMap route(
      String crossingPoint, boolean enteredVisaFree, String transit1, String transit2) {
    VariableMap form =
        Variables.createVariables()
            .putValue(EXIT_CROSSING_POINT.name(), crossingPoint)
            .putValue(ENTERED_VISA_FREE.name(), enteredVisaFree);
    if (transit1 != null) {
      form.putValue(TRANSIT_COUNTRY_1.name(), transit1);
    }
    if (transit2 != null) {
      form.putValue(TRANSIT_COUNTRY_2.name(), transit2);
    }
    return form;
  }

  public static VariableMap transitDocuments(String outcome) {
    return Variables.createVariables()
        .putValue(TRANSIT_DOCUMENTS_OUTCOME.name(), outcome)
        .putValue("transitDocumentsNotes", "Schengen airport transit visa, German embassy.");
  }

  /**
   * A direct flight leaving this morning, so that the walk can go on to the arrival: a migrant
   * cannot be confirmed as arrived before the flight's day.
   */
  public static VariableMap booking(String flightNumber) {
    return Variables.createVariables()
        .putValue(FLIGHT_NUMBER.name(), flightNumber)
        .putValue(BOOKING_REFERENCE.name(), "K7QX2P")
        .putValue(DEPARTURE_DATE.name(), CaseData.today())
        .putValue(DEPARTURE_TIME.name(), "06:40")
        .putValue(ARRIVAL_DATE.name(), CaseData.today())
        .putValue(ARRIVAL_TIME.name(), "14:05")
        .putValue("arrivalAirport", "BGW");
  }

  public static VariableMap bookingWithTransitAssistance(String flightNumber) {
    return booking(flightNumber)
        .putValue("transitAirports", "IST")
        .putValue(TRANSIT_ASSISTANCE_REQUESTED.name(), true);
  }

  public static VariableMap bookingCancelled() {
    return Variables.createVariables()
        .putValue("bookingCancellationOutcome", "CANCELLED_WITH_REFUND")
        .putValue("bookingCancelledOn", CaseData.today());
  }

  public static VariableMap readyToBoard() {
    return Variables.createVariables()
        .putValue(PRE_EMBARKATION_OUTCOME.name(), "READY_TO_BOARD")
        .putValue(FIT_TO_TRAVEL_CONFIRMED.name(), true)
        .putValue(VOLUNTARINESS_RECONFIRMED.name(), true)
        .putValue(DOCUMENTS_HANDED_OVER.name(), true);
  }

  public static VariableMap journeyPostponed() {
    return Variables.createVariables()
        .putValue(PRE_EMBARKATION_OUTCOME.name(), "JOURNEY_POSTPONED")
        .putValue("preEmbarkationNotes", "Fever this morning; the doctor advised against flying.");
  }

  public static VariableMap withdrawsAtAirport() {
    return Variables.createVariables()
        .putValue(PRE_EMBARKATION_OUTCOME.name(), "MIGRANT_WITHDREW")
        .putValue("withdrawalReason", "FAMILY_REASONS")
        .putValue("preEmbarkationNotes", "A family member in Minsk fell ill; stays for now.");
  }

  public static VariableMap departure(String outcome) {
    VariableMap form = Variables.createVariables().putValue(DEPARTURE_OUTCOME.name(), outcome);
    if (!"DEPARTED".equals(outcome)) {
      form.putValue("departureNotes", "Seen at the gate by the officer on duty.");
    }
    return form;
  }

  public static VariableMap travelReview(String decision) {
    return Variables.createVariables()
        .putValue(TRAVEL_REVIEW_DECISION.name(), decision)
        .putValue("travelReviewReason", "Discussed with the migrant and the airline today.");
  }

  /** The State Border Committee's exit report, as it posts it. */
  public static String exitControlReport(String caseNumber, String requestKey, String outcome) {
    return "{\"caseNumber\":\""
        + caseNumber
        + "\",\"requestKey\":\""
        + requestKey
        + "\",\"reference\":\"SBC-EXIT-1\",\"outcome\":\""
        + outcome
        + "\",\"crossingPoint\":\"MINSK_NATIONAL_AIRPORT\",\"recordedAt\":\"2026-01-10T05:55:00Z\"}";
  }
}

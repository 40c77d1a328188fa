package org.avrr.workflow.testing;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** An inbound case as IOM Türkiye refers it, and the forms of its steps. */
public final class InboundData {

  private InboundData() {}

  /** The variables the referral endpoint starts the case with (see Referral.variables). */
  public static VariableMap referral() {
    return Variables.createVariables()
        .putValue("sendingMission", "tur")
        .putValue("sendingMissionGroup", "mission-tur")
        .putValue("sendingMissionReference", "TUR-2026-0042")
        .putValue("countryOfDeparture", "TR")
        .putValue("givenNames", "Aliaksandr")
        .putValue("surname", "Kovalenko")
        .putValue("dateOfBirth", "1988-09-02")
        .putValue("sex", "M")
        .putValue("citizenship", "BY")
        .putValue("documentType", "PASSPORT")
        .putValue("documentNumber", "MP1234567")
        .putValue("placeOfReturn", "Hrodna")
        .putValue("householdAdults", 1L)
        .putValue("householdMinors", 0L)
        .putValue("flightNumber", "TK1386")
        .putValue("departureAirport", "IST")
        .putValue("departureDate", CaseData.today())
        .putValue("arrivalDate", CaseData.today())
        .putValue("arrivalTime", "15:40")
        .putValue("meetAndGreet", true)
        .putValue("onwardTransportTo", "Hrodna")
        .putValue("temporaryAccommodationNeeded", false)
        .putValue("medicalCareNeeded", false)
        .putValue("medicalNeeds", false)
        .putValue("medicalNotes", "none")
        .putValue("returneeVulnerable", false)
        .putValue("referralNotes", "Worked four years in a textile factory near Istanbul.")
        .putValue("reintegrationProgramme", "REAG_GARP")
        .putValue("referralReceivedOn", CaseData.today());
  }

  public static VariableMap receptionPrepared() {
    return Variables.createVariables()
        .putValue("meetAndGreetArranged", true)
        .putValue("onwardTransportArranged", "Train to Hrodna at 18:10, ticket bought.");
  }

  public static VariableMap departed() {
    return Variables.createVariables().putValue("departureOutcome", "DEPARTED");
  }

  public static VariableMap arrived() {
    return Variables.createVariables()
        .putValue("arrivalReport", "ARRIVED")
        .putValue("arrivedOn", CaseData.today())
        .putValue("arrivalAssistanceNotes", "Met in the arrivals hall, taken to the train.");
  }
}

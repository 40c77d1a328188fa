package org.avrr.workflow.testing;

import static org.avrr.workflow.predeparture.PreDepartureProcess.*;

import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** What movement, medical officers and case managers type into the pre-departure forms. */
public final class PreDepartureData {

  private PreDepartureData() {}

  /** The case as eligibility leaves it: registration, consent, screening without flags. */
  public static VariableMap eligibleCase(String caseNumber) {
    VariableMap variables = CaseData.registration();
    variables.putAll(CaseData.consentGiven());
    return variables
        .putValue("caseNumber", caseNumber)
        .putValue(IntakeCounsellingProcess.INTAKE_OUTCOME.name(), "DECLARATION_SIGNED")
        .putValue(EligibilityProcess.NEEDS_MEDICAL_ASSESSMENT.name(), false)
        .putValue(EligibilityProcess.VULNERABILITY_PRIORITY.name(), "STANDARD")
        .putValue(EligibilityProcess.ELIGIBILITY_OUTCOME.name(), "ELIGIBLE");
  }

  public static VariableMap validPassport() {
    return Variables.createVariables()
        .putValue(TRAVEL_DOCUMENT_CHECK.name(), "VALID_PASSPORT")
        .putValue(PASSPORT_NUMBER.name(), "A1234567")
        .putValue(PASSPORT_VALID_UNTIL.name(), CaseData.inDays(400));
  }

  public static VariableMap emergencyDocumentNeeded() {
    return Variables.createVariables()
        .putValue(TRAVEL_DOCUMENT_CHECK.name(), "EMERGENCY_DOCUMENT_NEEDED")
        .putValue("travelDocumentNotes", "Passport lost on the way to Belarus.");
  }

  public static VariableMap emergencyDocumentRequested() {
    return Variables.createVariables()
        .putValue("embassyName", "Embassy of the Republic of Iraq, Minsk")
        .putValue(EMERGENCY_DOCUMENT_REQUESTED_ON.name(), CaseData.today())
        .putValue("emergencyDocumentRequestNotes", "Photos, copy of the birth certificate.");
  }

  public static VariableMap emergencyDocumentIssued() {
    return Variables.createVariables()
        .putValue(TRAVEL_DOCUMENT_STATUS.name(), "ISSUED")
        .putValue(EMERGENCY_DOCUMENT_NUMBER.name(), "ETD2026001")
        .putValue(EMERGENCY_DOCUMENT_VALID_UNTIL.name(), CaseData.inDays(60));
  }

  public static VariableMap emergencyDocument(String status) {
    return Variables.createVariables()
        .putValue(TRAVEL_DOCUMENT_STATUS.name(), status)
        .putValue("embassyAnswerNotes", "The consul could not trace the family records.");
  }

  public static VariableMap paperExitClearance(String decision) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(EXIT_CLEARANCE_DECISION.name(), decision)
            .putValue(EXIT_CLEARANCE_REFERENCE.name(), "DCM-2026-4711")
            .putValue(EXIT_CLEARANCE_DECIDED_ON.name(), CaseData.today())
            .putValue("exitClearanceNotes", "Letter collected from the department today.");
    if ("REFUSED".equals(decision)) {
      variables.putValue(EXIT_CLEARANCE_REFUSAL_REASON.name(), "PENDING_COURT_CASE");
    }
    return variables;
  }

  public static VariableMap fitness(String fitness) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(FITNESS_TO_TRAVEL.name(), fitness)
            .putValue(FITNESS_ASSESSED_ON.name(), CaseData.today())
            .putValue("fitnessNotes", "Stable; carries insulin for the journey.");
    if ("FIT_WITH_ESCORT".equals(fitness)) {
      variables.putValue("escortType", "MEDICAL");
    }
    return variables;
  }

  public static VariableMap noAccommodationNeeded() {
    return Variables.createVariables()
        .putValue("accommodationNeeded", false)
        .putValue("pocketMoneyAmount", 50.0)
        .putValue("pocketMoneyCurrency", "USD");
  }

  public static VariableMap review(String decision) {
    return Variables.createVariables()
        .putValue(PRE_DEPARTURE_REVIEW_DECISION.name(), decision)
        .putValue("preDepartureReviewReason", "Discussed with the Ministry and the migrant today.");
  }

  /** The Ministry's callback body, as it posts it. */
  public static String exitClearanceCallback(
      String caseNumber, String requestKey, String decision) {
    return "{\"caseNumber\":\""
        + caseNumber
        + "\",\"requestKey\":\""
        + requestKey
        + "\",\"reference\":\"MIA-XC-DECIDED\",\"decision\":\""
        + decision
        + "\""
        + ("REFUSED".equals(decision) ? ",\"refusalReason\":\"PENDING_COURT_CASE\"" : "")
        + ",\"decidedAt\":\"2026-01-10T08:00:00Z\"}";
  }
}

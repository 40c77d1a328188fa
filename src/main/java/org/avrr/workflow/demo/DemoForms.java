package org.avrr.workflow.demo;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.avrr.workflow.demo.DemoCatalogue.Applicant;
import org.avrr.workflow.demo.DemoCatalogue.DemoCase;
import org.avrr.workflow.demo.DemoCatalogue.Returnee;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;

/**
 * What the office's staff and the missions type into each form of a demo case, typed as Tasklist
 * submits them (numbers as Long, checklists as JSON). Every map goes through the forms' server-side
 * validation like a real submission (FormService), so a demo case holds only what a user could have
 * entered.
 */
final class DemoForms {

  private DemoForms() {}

  /** The start form "New AVRR application", dated today (so first contact is not overdue yet). */
  static VariableMap application(DemoCase demoCase, LocalDate today) {
    Applicant person = demoCase.applicant();
    return Variables.createVariables()
        .putValue(SURNAME.name(), person.surname())
        .putValue(GIVEN_NAMES.name(), person.givenNames())
        .putValue(DATE_OF_BIRTH.name(), person.dateOfBirth())
        .putValue(PLACE_OF_BIRTH.name(), person.placeOfBirth())
        .putValue(SEX.name(), person.sex())
        .putValue(CITIZENSHIP.name(), person.citizenship())
        .putValue(COUNTRY_OF_RETURN.name(), person.citizenship())
        .putValue(PLACE_OF_RETURN.name(), person.placeOfReturn())
        .putValue(IMMIGRATION_STATUS.name(), "IRREGULAR_STAY")
        .putValue(DATE_OF_ARRIVAL.name(), today.minusDays(90L + demoCase.slot() * 17L).toString())
        .putValue(DOCUMENT_TYPE.name(), "PASSPORT")
        .putValue(DOCUMENT_NUMBER.name(), demoCase.documentNumber())
        .putValue(HAS_OWN_MEANS_TO_RETURN.name(), false)
        .putValue("languages", Spin.JSON("[\"" + person.language() + "\",\"RUSSIAN\"]"))
        .putValue(INTERPRETER_NEEDED.name(), true)
        .putValue("interpreterLanguage", person.interpreterLanguage())
        .putValue(APPLICATION_DATE.name(), today.toString())
        .putValue(APPLICATION_CHANNEL.name(), "IN_PERSON")
        .putValue(REFERRAL_SOURCE.name(), "SELF")
        .putValue(FAMILY_MEMBERS_TRAVELLING.name(), 0L);
  }

  /** "Make first contact and record data consent": consent given, shared with consent. */
  static VariableMap firstContact(LocalDate today) {
    return Variables.createVariables()
        .putValue(FIRST_CONTACT_DATE.name(), today.toString())
        .putValue("firstContactChannel", "IN_PERSON")
        .putValue(DATA_CONSENT.name(), CONSENT_GIVEN)
        .putValue(CONSENT_TYPE.name(), "EXPLICIT_SIGNATURE")
        .putValue(CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(), true)
        .putValue(CONSENT_TO_SHARE_WITH_AUTHORITIES.name(), true);
  }

  /** "Hold counselling session": the applicant is ready to sign. */
  static VariableMap counsellingSession(Applicant person, LocalDate today) {
    return Variables.createVariables()
        .putValue(SESSION_DATE.name(), today.toString())
        .putValue("sessionMode", "IN_PERSON")
        .putValue("interpreterUsed", true)
        .putValue("interpreterLanguageUsed", person.interpreterLanguage())
        .putValue("topicsCovered", Spin.JSON("[\"AVRR_PROGRAMME\",\"TRAVEL\",\"REINTEGRATION\"]"))
        .putValue(
            "sessionNotes",
            "Explained the programme, the journey and reintegration support in "
                + person.placeOfReturn()
                + ".")
        .putValue(COUNSELLING_DECISION.name(), DECISION_READY_TO_DECLARE);
  }

  /** "Sign voluntary return declaration". */
  static VariableMap declaration(LocalDate today) {
    return Variables.createVariables()
        .putValue(RETURN_DECLARATION.name(), DECLARATION_SIGNED)
        .putValue(DECLARATION_DATE.name(), today.toString())
        .putValue(DECLARATION_FORM.name(), "SIGNATURE");
  }

  /** "Screen for vulnerabilities": nothing found. */
  static VariableMap screening() {
    VariableMap form = Variables.createVariables();
    for (String flag :
        List.of(
            UNACCOMPANIED_OR_SEPARATED_CHILD.name(),
            TRAFFICKING_INDICATORS.name(),
            HEALTH_NEEDS.name(),
            DISABILITY.name(),
            PREGNANCY.name(),
            SINGLE_PARENT.name(),
            TORTURE_OR_GBV_SURVIVOR.name())) {
      form.putValue(flag, false);
    }
    return form;
  }

  /** "Refer the applicant to UNHCR". */
  static VariableMap unhcrReferral(LocalDate today) {
    return Variables.createVariables()
        .putValue(UNHCR_REFERRAL_DATE.name(), today.toString())
        .putValue("applicantInformed", true)
        .putValue("caseSharedWithUnhcr", true)
        .putValue("unhcrReferralNotes", "Asylum claim pending with the Ministry; UNHCR informed.");
  }

  /** "Check the travel document": a valid passport. */
  static VariableMap travelDocument(DemoCase demoCase, LocalDate today) {
    return Variables.createVariables()
        .putValue(PreDepartureProcess.TRAVEL_DOCUMENT_CHECK.name(), "VALID_PASSPORT")
        .putValue(PreDepartureProcess.PASSPORT_NUMBER.name(), demoCase.documentNumber())
        .putValue(PreDepartureProcess.PASSPORT_VALID_UNTIL.name(), today.plusYears(3).toString());
  }

  /** "Arrange accommodation and pocket money". */
  static VariableMap accommodation() {
    return Variables.createVariables()
        .putValue("accommodationNeeded", false)
        .putValue("pocketMoneyAmount", 50.0)
        .putValue("pocketMoneyCurrency", "USD");
  }

  /** "Plan the route": out through Minsk National Airport, no transit. */
  static VariableMap route() {
    return Variables.createVariables()
        .putValue(TravelProcess.EXIT_CROSSING_POINT.name(), "MINSK_NATIONAL_AIRPORT")
        .putValue(TravelProcess.ENTERED_VISA_FREE.name(), true)
        .putValue("routeNotes", "Direct flight from Minsk National Airport.");
  }

  /** IOM Germany's referral, as its case system posts it to /api/referrals/mission-deu. */
  static String referralJson(DemoCase demoCase, LocalDate today) {
    Returnee person = demoCase.returnee();
    return """
        {"reference": "%s",
         "returnee": {"givenNames": "%s", "surname": "%s", "dateOfBirth": "%s", "sex": "%s",
                      "citizenship": "BY", "documentType": "PASSPORT",
                      "documentNumber": "MP%07d", "placeOfReturn": "%s"},
         "household": {"adults": 1, "minors": 0},
         "flight": {"flightNumber": "%s", "departureAirport": "%s",
                    "departureDate": "%s", "arrivalDate": "%s", "arrivalTime": "%s"},
         "needs": {"meetAndGreet": true, "onwardTransportTo": "%s", "notes": "%s"},
         "programme": "STARTHILFE_PLUS",
         "consentToShareData": true}"""
        .formatted(
            demoCase.missionReference(),
            person.givenNames(),
            person.surname(),
            person.dateOfBirth(),
            person.sex(),
            2_000_000 + demoCase.slot() * 7_919,
            person.placeOfReturn(),
            person.flightNumber(),
            person.departureAirport(),
            today,
            today,
            person.arrivalTime(),
            person.placeOfReturn(),
            person.background());
  }

  /** "Prepare the reception at Minsk airport". */
  static VariableMap reception(Returnee person) {
    return Variables.createVariables()
        .putValue("meetAndGreetArranged", true)
        .putValue(
            "onwardTransportArranged", "Train to " + person.placeOfReturn() + ", ticket bought.");
  }

  /** "Confirm the returnee's departure", by the sending mission. */
  static VariableMap departed() {
    return Variables.createVariables().putValue("departureOutcome", "DEPARTED");
  }

  /** "Meet the returnee at Minsk airport". */
  static VariableMap arrived(LocalDate today) {
    return Variables.createVariables()
        .putValue("arrivalReport", "ARRIVED")
        .putValue("arrivedOn", today.toString())
        .putValue("arrivalAssistanceNotes", "Met in the arrivals hall and taken to the train.");
  }

  /** "Counsel the returnee and assess needs": a single adult, a middling baseline survey. */
  static VariableMap assessment(Returnee person) {
    VariableMap form =
        Variables.createVariables()
            .putValue(ReintegrationProcess.HOUSEHOLD_ADULTS.name(), 1L)
            .putValue(ReintegrationProcess.HOUSEHOLD_MINORS.name(), 0L)
            .putValue(ReintegrationProcess.RETURNEE_VULNERABLE.name(), false)
            .putValue(ReintegrationProcess.MEDICAL_NEEDS.name(), false)
            .putValue("familySituation", person.background())
            .putValue("skillsAndExperience", person.background())
            .putValue("reintegrationAspirations", person.aspiration());
    // 3 of 5 everywhere: no LOW psychosocial score, so no referral task opens beside the plan.
    ReintegrationProcess.RSS_INDICATORS.forEach(question -> form.putValue(question, "3"));
    return form;
  }

  /** "Draft the reintegration plan": one component within the StarthilfePlus ceiling. */
  static VariableMap plan(Returnee person) {
    return Variables.createVariables()
        .putValue("component1", person.plan().component())
        .putValue("description1", person.plan().description())
        .putValue("amount1", person.plan().amount())
        .putValue("modality1", "IN_KIND")
        .putValue("supplier1", person.plan().supplier())
        .putValue("instalments1", 2L)
        .putValue("firstDueMonths1", 0L)
        .putValue("intervalMonths1", 6L);
  }
}

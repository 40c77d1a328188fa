package org.avrr.workflow.testing;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.*;

import java.time.LocalDate;
import org.avrr.workflow.common.ProcessVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;

/**
 * What a counsellor or officer types into each form for a typical case: Karwan, an Iraqi in
 * irregular stay who applied today and wishes to return to Erbil. Tests change one thing at a time.
 */
public final class CaseData {

  private CaseData() {}

  public static String today() {
    return ProcessTestEngine.CALENDAR.today().toString();
  }

  public static String daysAgo(int days) {
    return ProcessTestEngine.CALENDAR.today().minusDays(days).toString();
  }

  public static String inDays(int days) {
    return ProcessTestEngine.CALENDAR.today().plusDays(days).toString();
  }

  public static String yearsAgo(int years) {
    return ProcessTestEngine.CALENDAR.today().minusYears(years).toString();
  }

  /** The start form "New AVRR application". */
  public static VariableMap registration() {
    return Variables.createVariables()
        .putValue(SURNAME.name(), "Ahmed")
        .putValue(GIVEN_NAMES.name(), "Karwan")
        .putValue(DATE_OF_BIRTH.name(), LocalDate.of(1994, 3, 14).toString())
        .putValue(PLACE_OF_BIRTH.name(), "Erbil")
        .putValue(SEX.name(), "M")
        .putValue(CITIZENSHIP.name(), "IQ")
        .putValue(COUNTRY_OF_RETURN.name(), "IQ")
        .putValue(PLACE_OF_RETURN.name(), "Erbil")
        .putValue(IMMIGRATION_STATUS.name(), "IRREGULAR_STAY")
        .putValue(DATE_OF_ARRIVAL.name(), daysAgo(60))
        .putValue(DOCUMENT_TYPE.name(), "PASSPORT")
        .putValue(DOCUMENT_NUMBER.name(), "A1234567")
        .putValue("otherDocumentsHeld", Spin.JSON("[\"BIRTH_CERTIFICATE\"]"))
        .putValue(HAS_OWN_MEANS_TO_RETURN.name(), false)
        .putValue("languages", Spin.JSON("[\"KURDISH\",\"ARABIC\"]"))
        .putValue(INTERPRETER_NEEDED.name(), true)
        .putValue("interpreterLanguage", "Kurdish (Sorani)")
        .putValue(APPLICATION_DATE.name(), today())
        .putValue(APPLICATION_CHANNEL.name(), "IN_PERSON")
        .putValue(REFERRAL_SOURCE.name(), "SELF")
        .putValue(FAMILY_MEMBERS_TRAVELLING.name(), 0L);
  }

  /** Task "Make first contact and record data consent": consent given, shared with consent. */
  public static VariableMap consentGiven() {
    return Variables.createVariables()
        .putValue(FIRST_CONTACT_DATE.name(), today())
        .putValue("firstContactChannel", "IN_PERSON")
        .putValue(DATA_CONSENT.name(), CONSENT_GIVEN)
        .putValue(CONSENT_TYPE.name(), "EXPLICIT_SIGNATURE")
        .putValue(CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(), true)
        .putValue(CONSENT_TO_SHARE_WITH_AUTHORITIES.name(), true);
  }

  public static VariableMap consentRefused() {
    return Variables.createVariables()
        .putValue(FIRST_CONTACT_DATE.name(), today())
        .putValue("firstContactChannel", "PHONE")
        .putValue(DATA_CONSENT.name(), CONSENT_REFUSED);
  }

  /** Task "Hold counselling session" ending with the applicant's decision. */
  public static VariableMap counsellingSession(String decision) {
    return Variables.createVariables()
        .putValue(SESSION_DATE.name(), today())
        .putValue("sessionMode", "IN_PERSON")
        .putValue("interpreterUsed", true)
        .putValue("interpreterLanguageUsed", "Kurdish (Sorani)")
        .putValue("topicsCovered", Spin.JSON("[\"AVRR_PROGRAMME\",\"REINTEGRATION\"]"))
        .putValue("sessionNotes", "Explained the programme, travel and reintegration support.")
        .putValue(COUNSELLING_DECISION.name(), decision);
  }

  /** Task "Sign voluntary return declaration". */
  public static VariableMap declaration(String declaration) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(RETURN_DECLARATION.name(), declaration)
            .putValue(DECLARATION_DATE.name(), today());
    if (DECLARATION_SIGNED.equals(declaration)) {
      variables.putValue(DECLARATION_FORM.name(), "SIGNATURE");
    }
    return variables;
  }

  public static VariableMap firstContactFollowUp() {
    return Variables.createVariables()
        .putValue("firstContactEscalationAction", "COUNSELLOR_ASSIGNED")
        .putValue(FIRST_CONTACT_ESCALATION_NOTE.name(), "Assigned to the duty counsellor today.");
  }

  /** Task "Screen for vulnerabilities" with the given flags ticked, the others not. */
  @SafeVarargs
  public static VariableMap screening(ProcessVariable<Boolean>... ticked) {
    VariableMap variables = Variables.createVariables();
    for (ProcessVariable<Boolean> flag :
        java.util.List.of(
            UNACCOMPANIED_OR_SEPARATED_CHILD,
            TRAFFICKING_INDICATORS,
            HEALTH_NEEDS,
            DISABILITY,
            PREGNANCY,
            SINGLE_PARENT,
            TORTURE_OR_GBV_SURVIVOR)) {
      variables.putValue(flag.name(), false);
    }
    for (ProcessVariable<Boolean> flag : ticked) {
      variables.putValue(flag.name(), true);
    }
    if (variables.getValue(HEALTH_NEEDS.name(), Boolean.class)) {
      variables.putValue("healthNeedsDescription", "Insulin-dependent diabetes.");
    }
    return variables;
  }

  public static VariableMap bestInterests(String returnInBestInterests) {
    return Variables.createVariables()
        .putValue("familyTracingDone", true)
        .putValue("guardianIdentifiedInCountryOfReturn", true)
        .putValue(RETURN_IN_BEST_INTERESTS.name(), returnInBestInterests)
        .putValue(
            "bestInterestsJustification", "Mother traced in Erbil and able to care for the child.");
  }

  public static VariableMap traffickingRisk(String level) {
    VariableMap variables = Variables.createVariables().putValue(RETURN_RISK_LEVEL.name(), level);
    if (!"LOW".equals(level)) {
      variables.putValue("riskMitigation", "Reception by a partner shelter on arrival.");
    }
    return variables.putValue("referredToCounterTraffickingSupport", true);
  }

  public static VariableMap medicalAssessment(String fitness) {
    return Variables.createVariables()
        .putValue(MEDICAL_FITNESS.name(), fitness)
        .putValue("medicalNotes", "Stable; carries medication for the journey.");
  }

  public static VariableMap caseManagerDecides(String decision) {
    return Variables.createVariables()
        .putValue(CASE_MANAGER_DECISION.name(), decision)
        .putValue(
            ELIGIBILITY_REVIEW_JUSTIFICATION.name(),
            "Discussed with the Ministry; the removal order is suspended for AVRR.");
  }

  public static VariableMap unhcrReferral() {
    return Variables.createVariables()
        .putValue(UNHCR_REFERRAL_DATE.name(), today())
        .putValue("applicantInformed", true)
        .putValue("caseSharedWithUnhcr", true);
  }

  public static VariableMap notEligibleNotice() {
    return Variables.createVariables()
        .putValue(APPLICANT_INFORMED_ON.name(), today())
        .putValue("alternativeReferral", "LEGAL_AID")
        .putValue("alternativeReferralDetails", "Belarusian Helsinki Committee legal clinic.");
  }
}

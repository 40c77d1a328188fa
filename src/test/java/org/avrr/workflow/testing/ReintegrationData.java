package org.avrr.workflow.testing;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;

/** What the reintegration forms are filled in with in tests: a returnee, a plan, a visit. */
public final class ReintegrationData {

  /** The 15 indicators of the Reintegration Sustainability Survey, by dimension. */
  public static final List<String> ECONOMIC_INDICATORS =
      ReintegrationProcess.RSS_INDICATORS.subList(0, 5);

  public static final List<String> SOCIAL_INDICATORS =
      ReintegrationProcess.RSS_INDICATORS.subList(5, 10);

  public static final List<String> PSYCHOSOCIAL_INDICATORS =
      ReintegrationProcess.RSS_INDICATORS.subList(10, 15);

  private ReintegrationData() {}

  /**
   * How the calling flow starts reintegration for an outbound returnee to Iraq: IOM Iraq drafts and
   * monitors, the office's case managers approve.
   */
  public static VariableMap outboundReturnee(String arrivedOn) {
    return Variables.createVariables()
        .putValue("reintegrationFieldGroup", "mission-irq")
        .putValue("planApprovingGroup", "case-managers")
        .putValue("reintegrationProgramme", "BELARUS_AVRR")
        .putValue("arrivedOn", arrivedOn)
        .putValue("givenNames", "Karim")
        .putValue("surname", "Haddad")
        .putValue("dateOfBirth", "1990-05-17")
        .putValue("countryOfReturn", "IQ");
  }

  /** Counselling of a single adult, not vulnerable, answering every survey question the same. */
  public static VariableMap assessment(int everyAnswer) {
    return assessment(everyAnswer, everyAnswer);
  }

  /** As {@link #assessment(int)}, with its own answer to the psychosocial questions. */
  public static VariableMap assessment(int economicAndSocial, int psychosocial) {
    VariableMap form =
        Variables.createVariables()
            .putValue("householdAdults", 1)
            .putValue("householdMinors", 0)
            .putValue("returneeVulnerable", false)
            .putValue("medicalNeeds", false)
            .putValue("familySituation", "Parents and two brothers in Erbil; lives with them.")
            .putValue("skillsAndExperience", "Six years as a tailor in Baghdad and Minsk.")
            .putValue("reintegrationAspirations", "Open a small tailoring workshop at home.");
    return survey(form, economicAndSocial, psychosocial);
  }

  public static VariableMap survey(VariableMap form, int economicAndSocial, int psychosocial) {
    ECONOMIC_INDICATORS.forEach(key -> form.putValue(key, String.valueOf(economicAndSocial)));
    SOCIAL_INDICATORS.forEach(key -> form.putValue(key, String.valueOf(economicAndSocial)));
    PSYCHOSOCIAL_INDICATORS.forEach(key -> form.putValue(key, String.valueOf(psychosocial)));
    return form;
  }

  /** A sewing machine in two halves, six months apart: EUR 1,000 within a 1,500 ceiling. */
  public static VariableMap tailoringPlan() {
    return plan(
        """
        [{"component": "BUSINESS_START_UP", "description": "Sewing machine and fabric",
          "amount": 1000, "modality": "IN_KIND", "supplier": "Erbil Sewing Supplies",
          "instalments": 2, "firstDueMonths": 0, "intervalMonths": 6}]""");
  }

  /** EUR 2,400: above the 1,500 ceiling of a single adult in the office's programme. */
  public static VariableMap planAboveTheCeiling() {
    return plan(
        """
        [{"component": "BUSINESS_START_UP", "description": "Workshop equipment",
          "amount": 2400, "modality": "IN_KIND", "supplier": "Erbil Sewing Supplies",
          "instalments": 1, "firstDueMonths": 0}]""");
  }

  /**
   * The plan form filled in with these components (JSON list, one object per component), into its
   * numbered fields: component1, description1, ...
   */
  public static VariableMap plan(String componentsJson) {
    VariableMap form = Variables.createVariables();
    List<Map<String, Object>> components =
        org.avrr.workflow.forms.FormValues.rows(Spin.JSON(componentsJson));
    for (int slot = 1; slot <= components.size(); slot++) {
      for (Map.Entry<String, Object> field : components.get(slot - 1).entrySet()) {
        Object value = field.getValue();
        // As form-js submits numbers: whole ones as Long, others as Double.
        if (value instanceof Integer whole) {
          value = whole.longValue();
        }
        form.putValue(field.getKey() + slot, value);
      }
    }
    return form;
  }

  public static VariableMap decision(String decision, String comments) {
    VariableMap form = Variables.createVariables().putValue("planDecision", decision);
    if (comments != null) {
      form.putValue("planDecisionComments", comments);
    }
    return form;
  }

  public static VariableMap payment(double amount, String reference) {
    return Variables.createVariables()
        .putValue("paidOn", CaseData.today())
        .putValue("amountPaid", amount)
        .putValue("evidenceType", "INVOICE")
        .putValue("evidenceReference", reference);
  }

  public static VariableMap visit(String outcome) {
    return Variables.createVariables()
        .putValue("contactOutcome", outcome)
        .putValue("visitedOn", CaseData.today())
        .putValue("monitoringNotes", "Workshop running; first orders from neighbours.")
        .putValue("rssSurveyTaken", false);
  }

  /** The last visit: reached, with the follow-up survey. */
  public static VariableMap finalVisit(int economicAndSocial, int psychosocial) {
    VariableMap form = visit("REACHED").putValue("rssSurveyTaken", true);
    return survey(form, economicAndSocial, psychosocial);
  }

  public static VariableMap closure(String reason) {
    return Variables.createVariables()
        .putValue("closureReason", reason)
        .putValue("closureNotes", "Closed after the final review with the field party.");
  }
}

package org.avrr.workflow.counselling;

import static org.avrr.workflow.common.ProcessVariable.bool;
import static org.avrr.workflow.common.ProcessVariable.date;
import static org.avrr.workflow.common.ProcessVariable.number;
import static org.avrr.workflow.common.ProcessVariable.string;

import java.util.Date;
import org.avrr.workflow.common.ProcessVariable;

/**
 * Intake and counselling ({@code processes/intake-counselling.bpmn}): the registration captured by
 * the outbound start form, data consent, counselling sessions and the voluntary return declaration.
 */
public final class IntakeCounsellingProcess {

  public static final String KEY = "intake-counselling";

  public static final String TASK_RECORD_FIRST_CONTACT = "Task_RecordFirstContactAndConsent";
  public static final String TASK_HOLD_COUNSELLING_SESSION = "Task_HoldCounsellingSession";
  public static final String TASK_SIGN_RETURN_DECLARATION = "Task_SignReturnDeclaration";
  public static final String TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT =
      "Task_FollowUpOverdueFirstContact";
  public static final String BOUNDARY_EVENT_FIRST_CONTACT_OVERDUE =
      "BoundaryEvent_FirstContactOverdue";
  public static final String TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT =
      "Task_NotifyCaseManagersOfOverdueContact";
  public static final String END_EVENT_DECLARATION_SIGNED = "EndEvent_DeclarationSigned";
  public static final String END_EVENT_NO_DATA_CONSENT = "EndEvent_NoDataConsent";
  public static final String END_EVENT_MIGRANT_DECLINED = "EndEvent_MigrantDeclined";
  public static final String END_EVENT_DECLARATION_NOT_SIGNED = "EndEvent_DeclarationNotSigned";

  // Forms (file name = form id)
  public static final String FORM_REGISTRATION = "intake-registration";
  public static final String FORM_DATA_CONSENT = "data-consent";
  public static final String FORM_COUNSELLING_SESSION = "counselling-session";
  public static final String FORM_RETURN_DECLARATION = "return-declaration";
  public static final String FORM_FIRST_CONTACT_ESCALATION = "first-contact-escalation";

  // Registration (start form of the outbound case)
  public static final ProcessVariable<String> SURNAME = string("surname");
  public static final ProcessVariable<String> GIVEN_NAMES = string("givenNames");
  public static final ProcessVariable<String> DATE_OF_BIRTH = string("dateOfBirth");
  public static final ProcessVariable<String> PLACE_OF_BIRTH = string("placeOfBirth");
  public static final ProcessVariable<String> SEX = string("sex");
  public static final ProcessVariable<String> CITIZENSHIP = string("citizenship");
  public static final ProcessVariable<String> COUNTRY_OF_RETURN = string("countryOfReturn");
  public static final ProcessVariable<String> PLACE_OF_RETURN = string("placeOfReturn");
  public static final ProcessVariable<String> IMMIGRATION_STATUS = string("immigrationStatus");
  public static final ProcessVariable<String> DOCUMENT_TYPE = string("documentType");
  public static final ProcessVariable<String> DOCUMENT_NUMBER = string("documentNumber");
  public static final ProcessVariable<String> DATE_OF_ARRIVAL = string("dateOfArrivalInBelarus");
  public static final ProcessVariable<Boolean> INTERPRETER_NEEDED = bool("interpreterNeeded");
  public static final ProcessVariable<String> APPLICATION_CHANNEL = string("applicationChannel");
  public static final ProcessVariable<String> REFERRAL_SOURCE = string("referralSource");
  public static final ProcessVariable<String> APPLICATION_DATE = string("applicationDate");
  public static final ProcessVariable<Long> FAMILY_MEMBERS_TRAVELLING =
      number("familyMembersTravelling");
  public static final ProcessVariable<Boolean> HAS_OWN_MEANS_TO_RETURN =
      bool("hasOwnMeansToReturn");

  /** Set at case start from the application date and the configured first-contact window. */
  public static final ProcessVariable<Date> FIRST_CONTACT_DUE = date("firstContactDue");

  // Data consent
  public static final ProcessVariable<String> FIRST_CONTACT_DATE = string("firstContactDate");
  public static final ProcessVariable<String> DATA_CONSENT = string("dataConsent");
  public static final ProcessVariable<String> CONSENT_TYPE = string("consentType");
  public static final ProcessVariable<String> GUARDIAN_NAME = string("guardianName");
  public static final ProcessVariable<Boolean> CONSENT_TO_SHARE_WITH_RECEIVING_MISSION =
      bool("consentToShareWithReceivingMission");
  public static final ProcessVariable<Boolean> CONSENT_TO_SHARE_WITH_AUTHORITIES =
      bool("consentToShareWithAuthorities");

  // Counselling and declaration
  public static final ProcessVariable<String> SESSION_DATE = string("sessionDate");
  public static final ProcessVariable<String> COUNSELLING_DECISION = string("counsellingDecision");
  public static final ProcessVariable<String> RETURN_DECLARATION = string("returnDeclaration");
  public static final ProcessVariable<String> DECLARATION_DATE = string("declarationDate");
  public static final ProcessVariable<String> DECLARATION_FORM = string("declarationForm");
  public static final ProcessVariable<String> DECLARATION_WITNESS = string("declarationWitness");
  public static final ProcessVariable<String> FIRST_CONTACT_ESCALATION_NOTE =
      string("firstContactEscalationNote");

  /** How intake ended; read by the outbound case's gateway. */
  public static final ProcessVariable<String> INTAKE_OUTCOME = string("intakeOutcome");

  /** Values of {@link #INTAKE_OUTCOME}. */
  public enum IntakeOutcome {
    DECLARATION_SIGNED,
    NO_DATA_CONSENT,
    MIGRANT_DECLINED
  }

  /** Values of {@link #DATA_CONSENT}. */
  public static final String CONSENT_GIVEN = "GIVEN";

  public static final String CONSENT_REFUSED = "REFUSED";

  /** Values of {@link #CONSENT_TYPE}. */
  public static final String CONSENT_BY_PROXY = "PROXY";

  /** Values of {@link #COUNSELLING_DECISION}. */
  public static final String DECISION_READY_TO_DECLARE = "READY_TO_DECLARE";

  public static final String DECISION_ANOTHER_SESSION = "ANOTHER_SESSION_NEEDED";
  public static final String DECISION_DOES_NOT_WISH_TO_RETURN = "DOES_NOT_WISH_TO_RETURN";

  /** Values of {@link #RETURN_DECLARATION}. */
  public static final String DECLARATION_SIGNED = "SIGNED";

  public static final String DECLARATION_DECLINED = "DECLINED";

  /** Value of {@link #DECLARATION_FORM}: signed by the guardian or legal representative. */
  public static final String DECLARATION_BY_PROXY = "PROXY";

  private IntakeCounsellingProcess() {}
}

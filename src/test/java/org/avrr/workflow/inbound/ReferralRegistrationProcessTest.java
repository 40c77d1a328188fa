package org.avrr.workflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeReferralIntake;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Register a mission's referral": a movement officer enters a referral IOM Iraq sent by mail, and
 * the inbound case opens through the same intake and the same checks as a posted referral.
 */
@Deployment(
    resources = {"processes/referral-registration.bpmn", "forms/referral-registration.form"})
class ReferralRegistrationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;
  private FakeReferralIntake intake;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry());
    AbstractAssertions.init(engine);
    intake = ProcessTestEngine.referralIntake();
    engine.getIdentityService().setAuthenticatedUserId("movement-officer");
  }

  @AfterEach
  void unwire() {
    engine.getIdentityService().clearAuthentication();
    ProcessTestEngine.reset();
  }

  @Test
  void aReferralReceivedByMailOpensTheInboundCaseAndKeepsWhoEnteredIt() {
    ProcessInstance registration = register(referral("IRQ-2026-0142"));

    assertThat(registration).isEnded().hasPassed("EndEvent_InboundCaseOpened");
    assertThat(registration.getBusinessKey()).isEqualTo("BY-2026-900001");
    assertThat(registration)
        .variables()
        .containsEntry(ReferralRegistrationProcess.INBOUND_CASE_NUMBER.name(), "BY-2026-900001")
        .containsEntry("referralRegisteredBy", "movement-officer");
    assertThat(intake.opened()).hasSize(1);
    Referral opened = intake.opened().get(0);
    assertThat(opened.reference()).isEqualTo("IRQ-2026-0142");
    assertThat(opened.variables())
        .containsEntry("surname", "Kavaliou")
        .containsEntry("citizenship", "BY")
        .containsEntry("householdAdults", 2L)
        .containsEntry("householdMinors", 1L)
        .containsEntry("flightNumber", "FZ731")
        .containsEntry("arrivalTime", "06:15")
        .containsEntry("meetAndGreet", true)
        .containsEntry("medicalCareNeeded", false)
        .containsEntry("reintegrationProgramme", "BELARUS_AVRR");
  }

  @Test
  void aReferralIsCheckedLikeAPostedOneAndEachProblemShownAtItsField() {
    VariableMap form =
        referral("IRQ-2026-0143")
            .putValue("sendingMission", "xyz")
            .putValue("departureDate", LocalDate.parse(CaseData.today()).minusDays(1).toString())
            .putValue("consentToShareData", false);

    assertThatThrownBy(() -> register(form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Sending mission: is not a mission this office works with")
        .hasMessageContaining("irq IOM Iraq")
        .hasMessageContaining("Departure date: cannot be in the past")
        .hasMessageContaining("consent to share this referral");
    // What the form itself requires comes first: medical needs, once medical care is ticked.
    assertThatThrownBy(() -> register(referral("IRQ-2026-0143").putValue("medicalCare", true)))
        .hasMessageContaining("Medical needs: is required");
    assertThat(intake.opened()).isEmpty();
  }

  @Test
  void aReferenceRegisteredBeforeIsRefusedWithTheCaseItOpened() {
    intake.alreadyOpened("irq", "IRQ-2026-0144", "BY-2026-000042");

    assertThatThrownBy(() -> register(referral("IRQ-2026-0144")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(
            "The mission's reference: was registered before: it opened case" + " BY-2026-000042");
    assertThat(intake.opened()).isEmpty();
  }

  /** As the officer types it from IOM Iraq's mail: a family of three flying home next week. */
  private static VariableMap referral(String reference) {
    String flightDay = LocalDate.parse(CaseData.today()).plusDays(7).toString();
    return Variables.createVariables()
        .putValue("sendingMission", "irq")
        .putValue("missionReference", reference)
        .putValue("programme", "BELARUS_AVRR")
        .putValue("surname", "Kavaliou")
        .putValue("givenNames", "Dzmitry")
        .putValue("dateOfBirth", "1986-04-19")
        .putValue("sex", "M")
        .putValue("documentType", "CERTIFICATE_OF_RETURN")
        .putValue("documentNumber", "CR20260142")
        .putValue("placeOfReturn", "Mahilioŭ")
        .putValue("householdAdults", 2L)
        .putValue("householdMinors", 1L)
        .putValue("flightNumber", "FZ731")
        .putValue("departureAirport", "EBL")
        .putValue("departureDate", flightDay)
        .putValue("arrivalDate", flightDay)
        .putValue("arrivalTime", "06:15")
        .putValue("meetAndGreet", true)
        .putValue("onwardTransportTo", "Mahilioŭ")
        .putValue("temporaryAccommodation", false)
        .putValue("medicalCare", false)
        .putValue("vulnerable", false)
        .putValue("consentToShareData", true);
  }

  private ProcessInstance register(VariableMap form) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(ReferralRegistrationProcess.KEY)
            .singleResult()
            .getId();
    return engine.getFormService().submitStartForm(definitionId, form);
  }
}

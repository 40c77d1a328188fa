package org.avrr.workflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeNoticeSender;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/intake-counselling.bpmn",
      "forms/data-consent.form",
      "forms/counselling-session.form",
      "forms/return-declaration.form",
      "forms/first-contact-escalation.form"
    })
class IntakeCounsellingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private static final String CASE = "BY-2026-000042";

  ProcessEngine engine;
  private CaseWork work;
  private final FakeNoticeSender mail = new FakeNoticeSender();

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry(), mail);
    AbstractAssertions.init(engine);
    work = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void applicantWhoConsentsAndSignsAfterOneSessionCompletesIntake() {
    ProcessInstance intake = startIntake(CaseData.registration());

    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());
    work.submit(
        TASK_HOLD_COUNSELLING_SESSION, CaseData.counsellingSession(DECISION_READY_TO_DECLARE));
    work.submit(TASK_SIGN_RETURN_DECLARATION, CaseData.declaration(DECLARATION_SIGNED));

    assertThat(intake)
        .hasPassedInOrder(
            TASK_RECORD_FIRST_CONTACT,
            TASK_HOLD_COUNSELLING_SESSION,
            TASK_SIGN_RETURN_DECLARATION,
            END_EVENT_DECLARATION_SIGNED)
        .hasNotPassed(TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT)
        .isEnded();
    assertThat(outcome(intake)).isEqualTo(IntakeOutcome.DECLARATION_SIGNED.name());
  }

  @Test
  void applicantWhoNeedsMoreTimeGetsAnotherSession() {
    ProcessInstance intake = startIntake(CaseData.registration());
    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());

    work.submit(
        TASK_HOLD_COUNSELLING_SESSION, CaseData.counsellingSession(DECISION_ANOTHER_SESSION));

    assertThat(intake).isWaitingAt(TASK_HOLD_COUNSELLING_SESSION);
    work.submit(
        TASK_HOLD_COUNSELLING_SESSION, CaseData.counsellingSession(DECISION_READY_TO_DECLARE));
    assertThat(intake).isWaitingAt(TASK_SIGN_RETURN_DECLARATION);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(intake.getId())
                .activityId(TASK_HOLD_COUNSELLING_SESSION)
                .count())
        .isEqualTo(2);
  }

  @Test
  void applicantWhoRefusesDataConsentClosesTheCase() {
    ProcessInstance intake = startIntake(CaseData.registration());

    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentRefused());

    assertThat(intake).hasPassed(END_EVENT_NO_DATA_CONSENT).isEnded();
    assertThat(outcome(intake)).isEqualTo(IntakeOutcome.NO_DATA_CONSENT.name());
  }

  @Test
  void applicantWhoDoesNotWishToReturnClosesTheCase() {
    ProcessInstance intake = startIntake(CaseData.registration());
    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());

    work.submit(
        TASK_HOLD_COUNSELLING_SESSION,
        CaseData.counsellingSession(DECISION_DOES_NOT_WISH_TO_RETURN));

    assertThat(intake).hasPassed(END_EVENT_MIGRANT_DECLINED).isEnded();
    assertThat(outcome(intake)).isEqualTo(IntakeOutcome.MIGRANT_DECLINED.name());
  }

  @Test
  void applicantWhoDeclinesToSignTheDeclarationClosesTheCase() {
    ProcessInstance intake = startIntake(CaseData.registration());
    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());
    work.submit(
        TASK_HOLD_COUNSELLING_SESSION, CaseData.counsellingSession(DECISION_READY_TO_DECLARE));

    work.submit(TASK_SIGN_RETURN_DECLARATION, CaseData.declaration(DECLARATION_DECLINED));

    assertThat(intake).hasPassed(END_EVENT_DECLARATION_NOT_SIGNED).isEnded();
    assertThat(outcome(intake)).isEqualTo(IntakeOutcome.MIGRANT_DECLINED.name());
  }

  @Test
  void firstContactIsDueAtTheEndOfTheThirdDayAfterTheApplication() {
    VariableMap registration = CaseData.registration();
    registration.putValue(APPLICATION_DATE.name(), "2026-11-02");

    startIntake(registration);

    Date expected =
        Date.from(
            ZonedDateTime.of(2026, 11, 6, 0, 0, 0, 0, ProcessTestEngine.OFFICE.zone()).toInstant());
    assertThat(work.task(TASK_RECORD_FIRST_CONTACT).getDueDate()).isEqualTo(expected);
    assertThat(timer().getDuedate()).isEqualTo(expected);
  }

  @Test
  void caseManagersAreAlertedWhenFirstContactIsOverdueAndTheCaseGoesOn() {
    ProcessInstance intake = startIntake(CaseData.registration());

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now().plusDays(5).toInstant()));
    engine.getManagementService().executeJob(timer().getId());

    assertThat(intake)
        .isWaitingAt(
            TASK_RECORD_FIRST_CONTACT,
            TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT,
            TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(
            work.task(TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT))
        .hasCandidateGroup("case-managers");
    work.runJob(TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT);
    assertThat(mail.sent())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.to()).containsExactly("case-managers@office.example");
              // The office reads its notices in Russian (avrr.notification.office-language).
              assertThat(notice.subject()).isEqualTo("[" + CASE + "] Просрочен первый контакт");
              assertThat(notice.body())
                  .contains(CASE)
                  .doesNotContain("Ahmed")
                  .doesNotContain("Karwan");
              assertThat(notice.key())
                  .isEqualTo(CASE + ":" + TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT);
            });
    work.submit(TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT, CaseData.firstContactFollowUp());
    assertThat(intake)
        .hasPassed("EndEvent_OverdueFollowedUp")
        .isWaitingAt(TASK_RECORD_FIRST_CONTACT);
  }

  @Test
  void aMailOutageBecomesAnIncidentAndTheFollowUpGoesOnRegardless() {
    mail.isDown();
    ProcessInstance intake = startIntake(CaseData.registration());
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now().plusDays(5).toInstant()));
    engine.getManagementService().executeJob(timer().getId());

    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> work.runJob(TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT))
          .hasMessageContaining("mail server unreachable");
    }

    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(intake.getId())
                .activityId(TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT)
                .count())
        .isEqualTo(1);
    work.submit(TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT, CaseData.firstContactFollowUp());
    assertThat(intake).hasPassed("EndEvent_OverdueFollowedUp");
  }

  @Test
  void anOpenOverdueFollowUpEndsWithIntake() {
    ProcessInstance intake = startIntake(CaseData.registration());
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now().plusDays(5).toInstant()));
    engine.getManagementService().executeJob(timer().getId());

    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentRefused());

    assertThat(intake).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CASE).count())
        .isZero();
  }

  @Test
  void consentForAChildMustBeGivenByAGuardianAndNothingIsSavedOtherwise() {
    VariableMap child = CaseData.registration();
    child.putValue(DATE_OF_BIRTH.name(), LocalDate.now().minusYears(15).toString());
    ProcessInstance intake = startIntake(child);

    assertThatThrownBy(() -> work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("How consent was given")
        .hasMessageContaining("under 18");

    assertThat(intake).isWaitingAt(TASK_RECORD_FIRST_CONTACT);
    assertThat(engine.getRuntimeService().getVariable(intake.getId(), DATA_CONSENT.name()))
        .isNull();

    VariableMap byGuardian = CaseData.consentGiven();
    byGuardian.putValue(CONSENT_TYPE.name(), CONSENT_BY_PROXY);
    byGuardian.putValue(GUARDIAN_NAME.name(), "Layla Ahmed");
    byGuardian.putValue("guardianRelationship", "PARENT");
    work.submit(TASK_RECORD_FIRST_CONTACT, byGuardian);
    assertThat(intake).isWaitingAt(TASK_HOLD_COUNSELLING_SESSION);
  }

  @Test
  void aCounsellingSessionCannotBeDatedInTheFuture() {
    startIntake(CaseData.registration());
    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());
    VariableMap session = CaseData.counsellingSession(DECISION_READY_TO_DECLARE);
    session.putValue(SESSION_DATE.name(), LocalDate.now().plusDays(3).toString());

    assertThatThrownBy(() -> work.submit(TASK_HOLD_COUNSELLING_SESSION, session))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Date of the session: cannot be in the future");
  }

  private ProcessInstance startIntake(VariableMap registration) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, CASE, registration);
  }

  private Job timer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .activityId(BOUNDARY_EVENT_FIRST_CONTACT_OVERDUE)
        .singleResult();
  }

  private String outcome(ProcessInstance intake) {
    return (String)
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(intake.getId())
            .variableName(INTAKE_OUTCOME.name())
            .singleResult()
            .getValue();
  }
}

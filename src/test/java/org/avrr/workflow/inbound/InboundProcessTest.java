package org.avrr.workflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.inbound.InboundReturnProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.notification.Notice;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeBorderAuthority;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeNoticeSender;
import org.avrr.workflow.testing.InboundData;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.avrr.workflow.testing.ReintegrationSteps;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inbound case as IOM Türkiye (the sending mission) and the office's movement and reintegration
 * officers work it: referral, reception, departure, arrival registered with the State Border
 * Committee, reintegration with the sending mission approving.
 */
@Deployment(
    resources = {
      "processes/avrr-inbound.bpmn",
      OutboundDeployment.REINTEGRATION,
      OutboundDeployment.GRANT_TABLES,
      OutboundDeployment.RSS_TABLES,
      "forms/inbound-reception.form",
      "forms/inbound-departure.form",
      "forms/inbound-arrival.form",
      "forms/arrival-registration-resolution.form",
      "forms/reintegration-assessment.form",
      "forms/reintegration-plan.form",
      "forms/reintegration-plan-approval.form",
      "forms/reintegration-plan-resolution.form",
      "forms/instalment-payment.form",
      "forms/monitoring-visit.form",
      "forms/reintegration-closure.form",
      "forms/psychosocial-referral.form"
    })
class InboundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestEngine.extension(ReintegrationProcess.KEY);

  ProcessEngine engine;
  private final FakeBorderAuthority committee = new FakeBorderAuthority();
  private final FakeNoticeSender mail = new FakeNoticeSender();
  private ProcessInstance inbound;
  private CaseWork work;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry(), committee, mail);
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void aReferralGoesThroughReceptionArrivalAndReintegrationApprovedByTheSendingMission() {
    refer();

    assertThat(inbound.getBusinessKey()).matches("BY-\\d{4}-\\d{6}");
    assertThat(work.candidateGroupOf(TASK_PREPARE_RECEPTION)).isEqualTo("movement-officers");
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());
    assertThat(work.candidateGroupOf(TASK_CONFIRM_DEPARTURE)).isEqualTo("mission-tur");
    work.submit(TASK_CONFIRM_DEPARTURE, InboundData.departed());
    work.submit(TASK_ASSIST_ARRIVAL, InboundData.arrived());
    work.runJob(TASK_REGISTER_ARRIVAL);

    assertThat(committee.registrations()).hasSize(1);
    assertThat(committee.registrations().get(0))
        .satisfies(
            registration -> {
              assertThat(registration.idempotencyKey())
                  .isEqualTo(inbound.getBusinessKey() + ":" + TASK_REGISTER_ARRIVAL);
              assertThat(registration.citizenship()).isEqualTo("BY");
              assertThat(registration.countryOfDeparture()).isEqualTo("TR");
              assertThat(registration.flightNumber()).isEqualTo("TK1386");
            });
    assertThat(inbound)
        .isWaitingAt(CALL_ACTIVITY_REINTEGRATION)
        .variables()
        .containsEntry(ARRIVAL_REGISTRATION_REFERENCE.name(), "SBC-A-" + registrationKey());
    // The office's reintegration officers work it; IOM Türkiye approves the plan.
    assertThat(work.candidateGroupOf(ReintegrationProcess.TASK_ASSESS_NEEDS))
        .isEqualTo("reintegration-officers");
    ReintegrationSteps.walkToClosure(work);

    assertThat(inbound)
        .hasPassed(END_EVENT_CASE_CLOSED)
        .isEnded()
        .variables()
        .containsEntry(CASE_OUTCOME.name(), "REINTEGRATION_CLOSED")
        .containsEntry("planApprovingGroup", "mission-tur")
        .containsEntry("grantCeiling", 1000.0);
    assertThat(mail.sent())
        .filteredOn(notice -> notice.id().equals("monitoring-report"))
        .hasSize(3)
        .allSatisfy(
            notice -> assertThat(notice.to()).containsExactly("avrr-mission-tur@iom.example"));
  }

  @Test
  void aDepartureNotConfirmedByTheNextMorningIsChasedAndStaysWithTheMission() {
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());

    work.runTimer(BOUNDARY_EVENT_DEPARTURE_UNCONFIRMED);
    work.runJob(TASK_CHASE_DEPARTURE);

    Notice notice = mail.sent().get(mail.sent().size() - 1);
    assertThat(notice.id()).isEqualTo("departure-confirmation-overdue");
    assertThat(notice.to()).containsExactly("avrr-mission-tur@iom.example");
    assertThat(notice.body()).contains("TK1386");
    assertThat(inbound).isWaitingAt(TASK_CONFIRM_DEPARTURE);
  }

  @Test
  void aNewFlightMeansTheReceptionIsPreparedAgain() {
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());

    work.submit(
        TASK_CONFIRM_DEPARTURE,
        Variables.createVariables()
            .putValue("departureOutcome", "NEW_FLIGHT")
            .putValue("flightNumber", "TK1388")
            .putValue("departureDate", CaseData.inDays(2))
            .putValue("arrivalDate", CaseData.inDays(2))
            .putValue("arrivalTime", "21:05")
            .putValue("departureNotes", "Missed the connection in Istanbul; rebooked."));

    assertThat(inbound)
        .isWaitingAt(TASK_PREPARE_RECEPTION)
        .variables()
        .containsEntry(FLIGHT_NUMBER.name(), "TK1388");
  }

  @Test
  void aNewFlightInThePastIsRefused() {
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());

    assertThatThrownBy(
            () ->
                work.submit(
                    TASK_CONFIRM_DEPARTURE,
                    Variables.createVariables()
                        .putValue("departureOutcome", "NEW_FLIGHT")
                        .putValue("flightNumber", "TK1388")
                        .putValue("departureDate", CaseData.daysAgo(3))
                        .putValue("arrivalDate", CaseData.daysAgo(4))
                        .putValue("arrivalTime", "21:05")
                        .putValue("departureNotes", "Rebooked by the airline.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cannot be in the past")
        .hasMessageContaining("cannot be before the departure date");
  }

  @Test
  void aCancelledReturnClosesTheCase() {
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());
    work.submit(
        TASK_CONFIRM_DEPARTURE,
        Variables.createVariables()
            .putValue("departureOutcome", "CANCELLED")
            .putValue("departureNotes", "The returnee decided to stay in Türkiye."));

    assertThat(inbound)
        .hasPassed(END_EVENT_RETURN_CANCELLED)
        .isEnded()
        .variables()
        .containsEntry(CASE_OUTCOME.name(), "RETURN_CANCELLED");
  }

  @Test
  void aReturneeWhoDidNotArriveIsReportedToTheSendingMissionWhichConfirmsAgain() {
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());
    work.submit(TASK_CONFIRM_DEPARTURE, InboundData.departed());
    work.submit(
        TASK_ASSIST_ARRIVAL,
        Variables.createVariables()
            .putValue("arrivalReport", "NOT_ARRIVED")
            .putValue("arrivalAssistanceNotes", "Not among the passengers of TK1386."));
    work.runJob(TASK_TELL_MISSION_NOT_ARRIVED);

    Notice notice = mail.sent().get(mail.sent().size() - 1);
    assertThat(notice.id()).isEqualTo("returnee-did-not-arrive");
    assertThat(notice.to()).containsExactly("avrr-mission-tur@iom.example");
    assertThat(notice.subject()).contains("TUR-2026-0042");
    assertThat(inbound).isWaitingAt(TASK_CONFIRM_DEPARTURE);
  }

  @Test
  void noEntryOnRecordGoesToAnOfficerWhoRecordsTheRegistrationByHand() {
    committee.hasNoEntryOnRecord();
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());
    work.submit(TASK_CONFIRM_DEPARTURE, InboundData.departed());
    work.submit(TASK_ASSIST_ARRIVAL, InboundData.arrived());
    work.runJob(TASK_REGISTER_ARRIVAL);

    assertThat(inbound).hasPassed(BOUNDARY_EVENT_ENTRY_NOT_ON_RECORD);
    work.submit(
        TASK_RESOLVE_REGISTRATION,
        Variables.createVariables()
            .putValue(ARRIVAL_REGISTRATION_REFERENCE.name(), "SBC-MANUAL-118")
            .putValue("registrationResolutionNotes", "Entered on a certificate of return."));

    assertThat(inbound)
        .isWaitingAt(CALL_ACTIVITY_REINTEGRATION)
        .variables()
        .containsEntry(ARRIVAL_REGISTRATION_REFERENCE.name(), "SBC-MANUAL-118");
  }

  @Test
  void theCommitteeDownMeansRetriesNotALostStep() {
    committee.isDown();
    refer();
    work.submit(TASK_PREPARE_RECEPTION, InboundData.receptionPrepared());
    work.submit(TASK_CONFIRM_DEPARTURE, InboundData.departed());
    work.submit(TASK_ASSIST_ARRIVAL, InboundData.arrived());

    assertThatThrownBy(() -> work.runJob(TASK_REGISTER_ARRIVAL))
        .isInstanceOf(AuthorityUnavailableException.class);
    assertThat(work.job(TASK_REGISTER_ARRIVAL).getRetries()).isEqualTo(4);
    committee.isBack();
    work.runJob(TASK_REGISTER_ARRIVAL);
    assertThat(inbound).isWaitingAt(CALL_ACTIVITY_REINTEGRATION);
  }

  private void refer() {
    inbound = engine.getRuntimeService().startProcessInstanceByKey(KEY, InboundData.referral());
    work = new CaseWork(engine, inbound.getBusinessKey());
  }

  private String registrationKey() {
    return inbound.getBusinessKey() + ":" + TASK_REGISTER_ARRIVAL;
  }
}

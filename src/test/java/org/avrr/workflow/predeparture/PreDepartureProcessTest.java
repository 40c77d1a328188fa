package org.avrr.workflow.predeparture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.predeparture.PreDepartureProcess.*;
import static org.avrr.workflow.testing.JsonBodies.json;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.avrr.workflow.callback.CallbackCorrelation;
import org.avrr.workflow.callback.InvalidCallbackException;
import org.avrr.workflow.notification.Notice;
import org.avrr.workflow.notification.Notices;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeNoticeSender;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.PreDepartureData;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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

/**
 * Pre-departure as the movement officers, the medical officer, the case managers and the Ministry
 * of Internal Affairs work it: five tracks in parallel, then the travel readiness rules.
 */
@Deployment(
    resources = {
      OutboundDeployment.PRE_DEPARTURE,
      OutboundDeployment.TRAVEL_READINESS_TABLE,
      "forms/travel-document-check.form",
      "forms/emergency-travel-document-request.form",
      "forms/emergency-travel-document-outcome.form",
      "forms/exit-clearance-paper-answer.form",
      "forms/fitness-to-travel.form",
      "forms/accommodation-and-pocket-money.form",
      "forms/pre-departure-review.form"
    })
class PreDepartureProcessTest {

  private static final String CASE = "BY-2026-000042";
  private static final String REQUEST_KEY = CASE + ":" + TASK_REQUEST_EXIT_CLEARANCE;

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;
  private final FakeMinistry ministry = new FakeMinistry();
  private final FakeNoticeSender mail = new FakeNoticeSender();
  private final ExitClearanceCallback exitClearance =
      new ExitClearanceCallback(ProcessTestEngine.CALENDAR);
  private CaseWork caseWork;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, ministry, mail);
    AbstractAssertions.init(engine);
    caseWork = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void aCaseWithAPassportAndClearanceIsReadyForBooking() {
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));

    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.validPassport());
    requestExitClearance();
    assertThat(ministry.exitClearanceRequests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.idempotencyKey()).isEqualTo(REQUEST_KEY);
              assertThat(request.countryOfDestination()).isEqualTo("IQ");
              assertThat(request.documentNumber()).isEqualTo("A1234567");
            });
    assertThat(preDeparture)
        .isWaitingAt(GATEWAY_AWAIT_EXIT_CLEARANCE)
        .variables()
        .containsEntry(EXIT_CLEARANCE_REQUEST_KEY.name(), REQUEST_KEY)
        .containsEntry(EXIT_CLEARANCE_REQUEST_REFERENCE.name(), "MIA-XC-1");
    assertThat(ministryDecides("CLEARED")).isTrue();
    caseWork.runJob(TASK_SEND_CASE_SUMMARY_TO_MISSION);
    caseWork.submit(TASK_ARRANGE_ACCOMMODATION, PreDepartureData.noAccommodationNeeded());
    caseWork.joinTracks(GATEWAY_TRACKS_DONE);

    assertThat(preDeparture)
        .hasPassed(EVENT_EXIT_CLEARANCE_ANSWERED, TASK_DECIDE_TRAVEL_READINESS)
        .hasNotPassed(TASK_CONFIRM_FITNESS_TO_TRAVEL, TASK_REVIEW_PRE_DEPARTURE)
        .hasPassed(END_EVENT_READY_FOR_TRAVEL)
        .isEnded();
    assertThat(preDeparture)
        .variables()
        .containsEntry(TRAVEL_DOCUMENT_STATUS.name(), "VALID_PASSPORT")
        .containsEntry(EXIT_CLEARANCE_DECISION.name(), "CLEARED")
        .containsEntry(EXIT_CLEARANCE_ANSWERED_BY.name(), ANSWERED_BY_MINISTRY_CALLBACK)
        .containsEntry(EXIT_CLEARANCE_DECIDED_ON.name(), "2026-01-10")
        .containsEntry(FITNESS_TO_TRAVEL.name(), "NOT_REQUIRED")
        .containsEntry(TRAVEL_READINESS.name(), "READY")
        .containsEntry("escortRequired", false)
        .containsEntry(PRE_DEPARTURE_OUTCOME.name(), "READY_FOR_TRAVEL");
  }

  @Test
  void theReceivingMissionGetsTheCaseSummaryOnlyWithConsent() {
    start(PreDepartureData.eligibleCase(CASE));

    caseWork.runJob(TASK_SEND_CASE_SUMMARY_TO_MISSION);

    Notice notice = mail.sent().get(0);
    assertThat(notice.id()).isEqualTo(Notices.RECEIVING_MISSION_CASE_SUMMARY);
    assertThat(notice.to()).containsExactly("avrr-mission-irq@iom.example");
    assertThat(notice.subject()).contains(CASE);
    assertThat(notice.body()).contains("Karwan Ahmed").contains("Erbil");
  }

  @Test
  void withoutConsentToShareNothingGoesToTheMission() {
    VariableMap noConsent =
        PreDepartureData.eligibleCase(CASE).putValue("consentToShareWithReceivingMission", false);
    ProcessInstance preDeparture = start(noConsent);

    assertThat(preDeparture).hasNotPassed(TASK_SEND_CASE_SUMMARY_TO_MISSION);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .activityId(TASK_SEND_CASE_SUMMARY_TO_MISSION)
                .count())
        .isZero();
    assertThat(mail.sent()).isEmpty();
  }

  @Test
  void withoutAPassportAnEmergencyDocumentIsRequestedAndAnOverdueAnswerAlertsCaseManagers() {
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));

    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.emergencyDocumentNeeded());
    caseWork.submit(
        TASK_REQUEST_EMERGENCY_TRAVEL_DOCUMENT, PreDepartureData.emergencyDocumentRequested());
    Job overdue = timerAt(BOUNDARY_EVENT_EMBASSY_ANSWER_OVERDUE);
    assertThat(overdue.getDuedate())
        .isCloseTo(Date.from(ZonedDateTime.now().plusDays(30).toInstant()), 60_000);
    engine.getManagementService().executeJob(overdue.getId());
    caseWork.runJob(TASK_NOTIFY_TRAVEL_DOCUMENT_OVERDUE);

    Notice notice = mail.sent().get(0);
    assertThat(notice.id()).isEqualTo(Notices.TRAVEL_DOCUMENT_OVERDUE);
    assertThat(notice.to()).containsExactly("case-managers@office.example");
    assertThat(notice.body()).contains("Embassy of the Republic of Iraq").doesNotContain("Ahmed");
    // The officer's task stays open: the alert does not replace the embassy's answer.
    caseWork.submit(TASK_RECORD_EMBASSY_ANSWER, PreDepartureData.emergencyDocumentIssued());
    assertThat(preDeparture)
        .hasPassed("EndEvent_TravelDocumentOverdueNotified")
        .variables()
        .containsEntry(TRAVEL_DOCUMENT_STATUS.name(), "ISSUED");
  }

  @Test
  void aHealthFlaggedCaseTravelsWithTheEscortTheMedicalOfficerDecided() {
    ProcessInstance preDeparture =
        start(
            PreDepartureData.eligibleCase(CASE)
                .putValue("needsMedicalAssessment", true)
                .putValue("medicalFitness", "FIT_WITH_ESCORT"));

    caseWork.submit(TASK_CONFIRM_FITNESS_TO_TRAVEL, PreDepartureData.fitness("FIT_WITH_ESCORT"));
    completeOtherTracks("CLEARED");

    assertThat(preDeparture).hasPassed(END_EVENT_READY_FOR_TRAVEL).isEnded();
    assertThat(preDeparture)
        .variables()
        .containsEntry(TRAVEL_READINESS_REASON_CODE.name(), "READY_WITH_ESCORT")
        .containsEntry("escortRequired", true)
        .containsEntry("escortType", "MEDICAL");
  }

  @Test
  void whenTheMinistryStaysSilentAnOfficerRecordsItsPaperAnswerAndARefusalGoesToReview() {
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));
    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.validPassport());
    requestExitClearance();

    Job silence = timerAt(EVENT_EXIT_CLEARANCE_OVERDUE);
    assertThat(silence.getDuedate())
        .isCloseTo(Date.from(ZonedDateTime.now().plusDays(21).toInstant()), 60_000);
    engine.getManagementService().executeJob(silence.getId());
    assertThat(caseWork.task(TASK_RECORD_PAPER_EXIT_CLEARANCE).getName())
        .isEqualTo("Obtain and record the Ministry's exit clearance");
    caseWork.submit(
        TASK_RECORD_PAPER_EXIT_CLEARANCE, PreDepartureData.paperExitClearance("REFUSED"));
    caseWork.runJob(TASK_SEND_CASE_SUMMARY_TO_MISSION);
    caseWork.submit(TASK_ARRANGE_ACCOMMODATION, PreDepartureData.noAccommodationNeeded());
    caseWork.joinTracks(GATEWAY_TRACKS_DONE);

    assertThat(preDeparture)
        .isWaitingAt(TASK_REVIEW_PRE_DEPARTURE)
        .variables()
        .containsEntry(EXIT_CLEARANCE_ANSWERED_BY.name(), ANSWERED_BY_PAPER)
        .containsEntry(EXIT_CLEARANCE_REFUSAL_REASON.name(), "PENDING_COURT_CASE")
        .containsEntry(TRAVEL_READINESS_REASON_CODE.name(), "EXIT_CLEARANCE_REFUSED");
    assertThat(caseWork.task(TASK_REVIEW_PRE_DEPARTURE)).hasCandidateGroup("case-managers");

    caseWork.submit(TASK_REVIEW_PRE_DEPARTURE, PreDepartureData.review("CLOSE_CASE"));

    assertThat(preDeparture).hasPassed(END_EVENT_CLOSED_AFTER_REVIEW).isEnded();
    assertThat(preDeparture).variables().containsEntry(PRE_DEPARTURE_OUTCOME.name(), "CLOSED");
  }

  @Test
  void aDecisionArrivingWhileTheOfficerChasesItClosesThePaperTask() {
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));
    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.emergencyDocumentNeeded());
    caseWork.submit(
        TASK_REQUEST_EMERGENCY_TRAVEL_DOCUMENT, PreDepartureData.emergencyDocumentRequested());
    caseWork.submit(
        TASK_RECORD_EMBASSY_ANSWER, PreDepartureData.emergencyDocument("IDENTITY_NOT_CONFIRMED"));
    requestExitClearance();
    engine.getManagementService().executeJob(timerAt(EVENT_EXIT_CLEARANCE_OVERDUE).getId());

    assertThat(ministryDecides("CLEARED")).isTrue();
    caseWork.runJob(TASK_SEND_CASE_SUMMARY_TO_MISSION);
    caseWork.submit(TASK_ARRANGE_ACCOMMODATION, PreDepartureData.noAccommodationNeeded());
    caseWork.joinTracks(GATEWAY_TRACKS_DONE);

    assertThat(preDeparture)
        .hasPassed("BoundaryEvent_ExitClearanceArrivedMeanwhile")
        .isWaitingAt(TASK_REVIEW_PRE_DEPARTURE)
        .variables()
        .containsEntry(EXIT_CLEARANCE_ANSWERED_BY.name(), ANSWERED_BY_MINISTRY_CALLBACK)
        .containsEntry(TRAVEL_READINESS_REASON_CODE.name(), "IDENTITY_NOT_CONFIRMED");

    caseWork.submit(TASK_REVIEW_PRE_DEPARTURE, PreDepartureData.review("PROCEED_TO_BOOKING"));

    assertThat(preDeparture).hasPassed(END_EVENT_READY_FOR_TRAVEL).isEnded();
  }

  @Test
  void anAnswerToAnotherRequestDoesNotEndTheWait() {
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));
    requestExitClearance();

    boolean delivered =
        CallbackCorrelation.correlate(
            engine.getRuntimeService(),
            exitClearance,
            exitClearance.party(),
            CASE,
            CASE + ":Task_SomeEarlierRequest",
            exitClearance.variables(
                json(PreDepartureData.exitClearanceCallback(CASE, CASE + ":x", "CLEARED"))));

    assertThat(delivered).isFalse();
    assertThat(preDeparture).isWaitingAt(GATEWAY_AWAIT_EXIT_CLEARANCE);
  }

  @Test
  void aRefusalWithoutAReasonOrWithUnknownFieldsIsRejectedWithEveryProblemNamed() {
    String body =
        "{\"caseNumber\":\"BY-2026-000042\",\"requestKey\":\"BY-2026-000042:x\","
            + "\"decision\":\"REFUSED\",\"decidedAt\":\"yesterday\",\"colour\":\"blue\"}";

    assertThatThrownBy(() -> exitClearance.variables(json(body)))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("reference is required")
        .hasMessageContaining("decidedAt must be an ISO-8601 instant")
        .hasMessageContaining("refusalReason is required when the decision is REFUSED")
        .hasMessageContaining("colour is not part of this callback");
  }

  @Test
  void aMinistryOutageEndsInAnIncidentWhileTheOtherTracksGoOn() {
    ministry.isDown();
    ProcessInstance preDeparture = start(PreDepartureData.eligibleCase(CASE));

    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> caseWork.runJob(TASK_REQUEST_EXIT_CLEARANCE))
          .hasMessageContaining("connection refused");
    }

    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(preDeparture.getId())
                .activityId(TASK_REQUEST_EXIT_CLEARANCE)
                .count())
        .isEqualTo(1);
    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.validPassport());
    assertThat(preDeparture).hasPassed(TASK_CHECK_TRAVEL_DOCUMENT);
  }

  @Test
  void anExpiredPassportIsRefusedWithAClearMessage() {
    start(PreDepartureData.eligibleCase(CASE));
    VariableMap expired =
        PreDepartureData.validPassport().putValue(PASSPORT_VALID_UNTIL.name(), CaseData.today());

    assertThatThrownBy(() -> caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, expired))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Passport valid until: must be after today");
  }

  @Test
  void aPaperRefusalNeedsItsReason() {
    start(PreDepartureData.eligibleCase(CASE));
    requestExitClearance();
    engine.getManagementService().executeJob(timerAt(EVENT_EXIT_CLEARANCE_OVERDUE).getId());
    VariableMap noReason = PreDepartureData.paperExitClearance("REFUSED");
    noReason.remove(EXIT_CLEARANCE_REFUSAL_REASON.name());

    assertThatThrownBy(() -> caseWork.submit(TASK_RECORD_PAPER_EXIT_CLEARANCE, noReason))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for the refusal");
  }

  // --- steps ---

  private ProcessInstance start(VariableMap variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, CASE, variables);
  }

  /** The request job and its continuation into the wait. */
  private void requestExitClearance() {
    caseWork.runJob(TASK_REQUEST_EXIT_CLEARANCE);
    caseWork.runJob(TASK_REQUEST_EXIT_CLEARANCE);
  }

  /** The Ministry's callback, through the same contract and correlation as the endpoint. */
  private boolean ministryDecides(String decision) {
    Map<String, Object> variables =
        exitClearance.variables(
            json(PreDepartureData.exitClearanceCallback(CASE, REQUEST_KEY, decision)));
    return CallbackCorrelation.correlate(
        engine.getRuntimeService(),
        exitClearance,
        exitClearance.party(),
        CASE,
        REQUEST_KEY,
        variables);
  }

  private void completeOtherTracks(String exitClearanceDecision) {
    caseWork.submit(TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.validPassport());
    requestExitClearance();
    assertThat(ministryDecides(exitClearanceDecision)).isTrue();
    caseWork.runJob(TASK_SEND_CASE_SUMMARY_TO_MISSION);
    caseWork.submit(TASK_ARRANGE_ACCOMMODATION, PreDepartureData.noAccommodationNeeded());
    caseWork.joinTracks(GATEWAY_TRACKS_DONE);
  }

  private Job timerAt(String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .timers()
        .activityId(activityId)
        .singleResult();
  }
}

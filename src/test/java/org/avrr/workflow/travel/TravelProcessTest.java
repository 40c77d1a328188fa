package org.avrr.workflow.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.testing.JsonBodies.json;
import static org.avrr.workflow.travel.TravelProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.authority.border.DepartureNotification;
import org.avrr.workflow.authority.border.NotificationWithdrawal;
import org.avrr.workflow.callback.CallbackCorrelation;
import org.avrr.workflow.callback.InvalidCallbackException;
import org.avrr.workflow.notification.Notice;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeBorderAuthority;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeNoticeSender;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.avrr.workflow.testing.TravelData;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
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
 * Travel as the movement officers, the case managers, the receiving mission and the State Border
 * Committee live it: route, booking, notices, the airport, and undoing a journey that does not go.
 */
@Deployment(
    resources = {
      OutboundDeployment.TRAVEL,
      OutboundDeployment.TRAVEL_ROUTING_TABLE,
      "forms/travel-route.form",
      "forms/transit-documents.form",
      "forms/travel-booking.form",
      "forms/booking-cancellation.form",
      "forms/pre-embarkation-check.form",
      "forms/departure-confirmation.form",
      "forms/travel-review.form"
    })
class TravelProcessTest {

  private static final String CASE = "BY-2026-000077";
  private static final String FIRST_NOTIFICATION = CASE + ":" + TASK_NOTIFY_BORDER_AUTHORITY + "#1";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;
  private final FakeBorderAuthority border = new FakeBorderAuthority();
  private final FakeNoticeSender mail = new FakeNoticeSender();
  private final ExitControlCallback exitControl =
      new ExitControlCallback(ProcessTestEngine.CALENDAR);
  private CaseWork caseWork;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry(), border, mail);
    AbstractAssertions.init(engine);
    caseWork = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void aDirectFlightLeavesWhenTheBorderAuthorityRecordsTheExit() {
    ProcessInstance travel = startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    caseWork.submit(TASK_BOOK_JOURNEY, TravelData.booking("TK388"));
    sendNoticesAndNotify();

    DepartureNotification notification = border.notifications().get(0);
    assertThat(notification.idempotencyKey()).isEqualTo(FIRST_NOTIFICATION);
    assertThat(notification.flightNumber()).isEqualTo("TK388");
    assertThat(notification.crossingPoint()).isEqualTo(CrossingPoint.MINSK_NATIONAL_AIRPORT);
    assertThat(notification.documentType()).isEqualTo("PASSPORT");
    assertThat(notification.documentNumber()).isEqualTo("A1234567");
    assertThat(notification.scheduledDeparture().toLocalTime()).hasToString("06:40");
    assertThat(notification.scheduledDeparture().getOffset()).hasToString("+03:00");
    Notice itinerary = mail.sent().get(0);
    assertThat(itinerary.id()).isEqualTo("itinerary-to-receiving-mission");
    assertThat(itinerary.to()).containsExactly("avrr-mission-irq@iom.example");
    assertThat(itinerary.subject()).startsWith("[" + CASE + "]").contains("BGW");
    assertThat(itinerary.key()).isEqualTo(CASE + ":" + TASK_MAIL_ITINERARY + "#1");
    assertThat(itinerary.body()).contains("TK388").doesNotContain("A1234567");
    // The mission's system quotes this reference to confirm the arrival by callback.
    assertThat(itinerary.body())
        .contains(
            "Arrival confirmation reference (for the AVRR arrival callback): "
                + CASE
                + ":Task_ConfirmArrival#1");
    assertThat(caseWork.task(TASK_PRE_EMBARKATION_CHECK).getDueDate()).isNotNull();

    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    assertThat(borderReports(FIRST_NOTIFICATION, "EXIT_RECORDED")).isTrue();

    assertThat(travel)
        .hasPassed(BOUNDARY_EVENT_EXIT_RECORDED)
        .isEnded()
        .hasPassed(END_EVENT_DEPARTED)
        .variables()
        .containsEntry(TRAVEL_OUTCOME.name(), "DEPARTED")
        .containsEntry(DEPARTURE_CONFIRMED_BY.name(), CONFIRMED_BY_BORDER_AUTHORITY)
        .containsEntry(EXIT_RECORDED_ON.name(), "2026-01-10");
    assertThat(border.withdrawals()).isEmpty();
  }

  @Test
  void theOfficerAtTheAirportConfirmsWhenNoExitReportComes() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    caseWork.submit(TASK_CONFIRM_DEPARTURE, TravelData.departure("DEPARTED"));

    assertThat(travel)
        .hasPassed(END_EVENT_DEPARTED)
        .variables()
        .containsEntry(DEPARTURE_CONFIRMED_BY.name(), "OFFICER_AT_AIRPORT");
  }

  @Test
  void aRouteOverTheRussianLandBorderGoesBackToTheOfficerWithTheReason() {
    ProcessInstance travel = startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.route("LAND_BORDER_RUSSIA", true, null, null));

    assertThat(travel)
        .isWaitingAt(TASK_PLAN_ROUTE)
        .variables()
        .containsEntry(ROUTE_BLOCKED.name(), true);
    assertThat((String) engine.getRuntimeService().getVariable(travel.getId(), "routeFindings"))
        .contains("land border with Russia")
        .contains("through Minsk National Airport");

    caseWork.submit(TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    assertThat(travel).isWaitingAt(TASK_BOOK_JOURNEY);
    // The booking form shows the accepted route in words, not codes.
    assertThat(engine.getRuntimeService().getVariable(travel.getId(), "routeDescription"))
        .isEqualTo("Minsk National Airport (MSQ), direct flight, no escort");
    // ... and in the office's Russian, kept beside it (issue 16).
    assertThat(engine.getRuntimeService().getVariable(travel.getId(), "routeDescription_ru"))
        .isEqualTo("Национальный аэропорт Минск (MSQ), прямой рейс, без сопровождения");
    assertThat(engine.getRuntimeService().getVariable(travel.getId(), "routeFindings_ru"))
        .isEqualTo("Замечаний нет: прямой маршрут, ничего оформлять не нужно.");
  }

  @Test
  void aSchengenTransitNeedsPapersAndTheMissionsOnTheRouteAreAskedForAssistance() {
    ProcessInstance travel = startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.route("MINSK_NATIONAL_AIRPORT", false, "DE", null));
    assertThat(travel)
        .isWaitingAt(TASK_OBTAIN_TRANSIT_DOCUMENTS)
        .variables()
        .containsEntry(TRANSIT_DOCUMENTS.name(), "SCHENGEN_TRANSIT_PAPERS")
        .containsEntry(TRANSIT_ASSISTANCE_NEEDED.name(), true);

    // The papers are refused: another route, through Istanbul and Frankfurt.
    caseWork.submit(TASK_OBTAIN_TRANSIT_DOCUMENTS, TravelData.transitDocuments("REFUSED"));
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.route("MINSK_NATIONAL_AIRPORT", false, "TR", "DE"));
    assertThat((String) engine.getRuntimeService().getVariable(travel.getId(), "routeFindings"))
        .contains("No IOM mission is configured for transit country Germany");
    assertThat((String) engine.getRuntimeService().getVariable(travel.getId(), "routeFindings_ru"))
        .contains("Транзит через Шенгенскую зону")
        .contains("Для транзитной страны Германия миссия МОМ не настроена");
    assertThat((String) engine.getRuntimeService().getVariable(travel.getId(), "routeDescription"))
        .startsWith("Minsk National Airport (MSQ), via ")
        .contains(" and Germany");
    caseWork.submit(TASK_OBTAIN_TRANSIT_DOCUMENTS, TravelData.transitDocuments("OBTAINED"));
    caseWork.submit(TASK_BOOK_JOURNEY, TravelData.bookingWithTransitAssistance("TK388"));
    caseWork.runJob(TASK_MAIL_ITINERARY);
    caseWork.runJobs(TASK_REQUEST_TRANSIT_ASSISTANCE);
    notifyBorderAuthority();

    List<Notice> assistance =
        mail.sent().stream().filter(n -> n.id().equals("transit-assistance-request")).toList();
    assertThat(assistance).hasSize(1);
    assertThat(assistance.get(0).to()).containsExactly("avrr-mission-tur@iom.example");
    assertThat(assistance.get(0).key())
        .isEqualTo(CASE + ":" + TASK_REQUEST_TRANSIT_ASSISTANCE + "#1.TR");
    assertThat(travel).isWaitingAt(TASK_PRE_EMBARKATION_CHECK);

    // The migrant withdraws: the mission in Istanbul is told to stand down, once.
    withdraw(travel);
    undo(EVENT_UNDO_ON_WITHDRAWAL);
    List<Notice> standDown =
        mail.sent().stream().filter(n -> n.id().equals("transit-assistance-cancelled")).toList();
    assertThat(standDown).hasSize(1);
    assertThat(standDown.get(0).to()).containsExactly("avrr-mission-tur@iom.example");
    assertThat(standDown.get(0).key())
        .isEqualTo(CASE + ":" + TASK_MAIL_TRANSIT_CANCELLED + "#1.TR");
    assertThat(standDown.get(0).body()).contains("MIGRANT_WITHDREW").contains("TK388");
    assertThat(travel).hasPassed(TASK_MAIL_TRANSIT_CANCELLED).isEnded();
  }

  @Test
  void aNoShowIsUndoneAndRebookedUnderANewNotification() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    assertThat(borderReports(FIRST_NOTIFICATION, "NOT_PRESENTED")).isTrue();

    // The failed journey is undone before the next booking, in a job of its own.
    assertThat(travel).isWaitingAt(EVENT_UNDO_FAILED_JOURNEY);
    caseWork.runJob(EVENT_UNDO_FAILED_JOURNEY);
    assertThat(travel).isWaitingAt(EVENT_UNDO_FAILED_JOURNEY, TASK_CANCEL_BOOKING);
    caseWork.submit(TASK_CANCEL_BOOKING, TravelData.bookingCancelled());

    assertThat(border.withdrawals())
        .containsExactly(
            new NotificationWithdrawal(
                CASE,
                FIRST_NOTIFICATION + ":withdrawal",
                FakeBorderAuthority.referenceOf(FIRST_NOTIFICATION),
                NotificationWithdrawal.Reason.REBOOKED));
    Notice cancelled = mail.sent().get(1);
    assertThat(cancelled.id()).isEqualTo("journey-cancelled");
    assertThat(cancelled.body()).contains("REBOOKED");
    assertThat(travel)
        .isWaitingAt(TASK_BOOK_JOURNEY)
        .variables()
        .containsEntry(DEPARTURE_OUTCOME.name(), "NO_SHOW")
        .containsEntry(BOOKING_ATTEMPT.name(), 2L);

    caseWork.submit(TASK_BOOK_JOURNEY, TravelData.booking("TK390"));
    sendNoticesAndNotify();
    String second = CASE + ":" + TASK_NOTIFY_BORDER_AUTHORITY + "#2";
    assertThat(border.notifications().get(1).idempotencyKey()).isEqualTo(second);
    // A new booking, a new arrival confirmation reference: one for the cancelled flight is void.
    assertThat(travel)
        .variables()
        .containsEntry("arrivalConfirmationKey", CASE + ":Task_ConfirmArrival#2");
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    // A late report about the first flight reaches nobody; the second flight's does.
    assertThat(borderReports(FIRST_NOTIFICATION, "EXIT_RECORDED")).isFalse();
    assertThat(borderReports(second, "EXIT_RECORDED")).isTrue();
    assertThat(travel).hasPassed(END_EVENT_DEPARTED);
    assertThat(border.withdrawals()).hasSize(1);
  }

  @Test
  void afterTheLastAllowedBookingFailsACaseManagerReviewsAndMayCloseTheCase() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    // Booking 1: not fit on the day.
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.journeyPostponed());
    undoFailedJourney();
    // Booking 2: flight cancelled.
    bookAndNotify("TK390");
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    caseWork.submit(TASK_CONFIRM_DEPARTURE, TravelData.departure("FLIGHT_CANCELLED"));
    undoFailedJourney();
    // Booking 3 (avrr.travel.max-bookings): boarding denied.
    bookAndNotify("TK392");
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    assertThat(borderReports(CASE + ":" + TASK_NOTIFY_BORDER_AUTHORITY + "#3", "EXIT_REFUSED"))
        .isTrue();

    assertThat(travel)
        .isWaitingAt(TASK_REVIEW_TRAVEL)
        .variables()
        .containsEntry(DEPARTURE_OUTCOME.name(), "BOARDING_DENIED");
    caseWork.submit(TASK_REVIEW_TRAVEL, TravelData.travelReview("CLOSE_CASE"));
    undo(EVENT_UNDO_FOR_CLOSURE);

    assertThat(travel)
        .hasPassed(END_EVENT_CLOSED_AFTER_REVIEW)
        .isEnded()
        .variables()
        .containsEntry(TRAVEL_OUTCOME.name(), "CLOSED");
    assertThat(border.withdrawals()).hasSize(3);
    assertThat(border.withdrawals().get(2).reason())
        .isEqualTo(NotificationWithdrawal.Reason.CASE_CLOSED);
  }

  @Test
  void aCaseManagerMayAllowOneMoreBookingAfterTheLimit() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    for (int booking = 1; booking <= 3; booking++) {
      caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.journeyPostponed());
      if (booking < 3) {
        undoFailedJourney();
        bookAndNotify("TK39" + booking);
      }
    }
    caseWork.submit(TASK_REVIEW_TRAVEL, TravelData.travelReview("REBOOK"));
    undoFailedJourney();

    assertThat(travel)
        .isWaitingAt(TASK_BOOK_JOURNEY)
        .variables()
        .containsEntry(BOOKING_ATTEMPT.name(), 4L);
  }

  @Test
  void aMigrantWhoWithdrawsAtTheAirportHasTheJourneyUndone() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.withdrawsAtAirport());
    undo(EVENT_UNDO_AT_AIRPORT);

    assertThat(travel)
        .hasPassed(EVENT_UNDO_AT_AIRPORT, END_EVENT_WITHDRAWN_AT_AIRPORT)
        .isEnded()
        .variables()
        .containsEntry(TRAVEL_OUTCOME.name(), "WITHDRAWN")
        .containsEntry("withdrawalReason", "FAMILY_REASONS");
    assertThat(border.withdrawals().get(0).reason())
        .isEqualTo(NotificationWithdrawal.Reason.MIGRANT_WITHDREW);
    assertThat(mail.sent().get(1).body()).contains("MIGRANT_WITHDREW");
  }

  @Test
  void aWithdrawalAfterBookingUndoesTheBookingTheNotificationAndTheItinerary() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    withdraw(travel);

    assertThat(travel).isWaitingAt(EVENT_UNDO_ON_WITHDRAWAL);
    undo(EVENT_UNDO_ON_WITHDRAWAL);

    assertThat(travel)
        .hasPassed(EVENT_UNDO_ON_WITHDRAWAL, END_EVENT_WITHDRAWN)
        .isEnded()
        .variables()
        .containsEntry(TRAVEL_OUTCOME.name(), "WITHDRAWN");
    assertThat(border.withdrawals().get(0).reason())
        .isEqualTo(NotificationWithdrawal.Reason.MIGRANT_WITHDREW);
  }

  @Test
  void aWithdrawalBeforeAnythingIsBookedHasNothingToUndo() {
    ProcessInstance travel = startTravel();
    withdraw(travel);
    caseWork.runJob(EVENT_UNDO_ON_WITHDRAWAL);

    assertThat(travel).hasPassed(END_EVENT_WITHDRAWN).isEnded();
    assertThat(border.withdrawals()).isEmpty();
    assertThat(mail.sent()).isEmpty();
  }

  @Test
  void aBorderAuthorityOutageEndsInAnIncidentThatARetryResolves() {
    startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    caseWork.submit(TASK_BOOK_JOURNEY, TravelData.booking("TK388"));
    border.isDown();
    Job job = caseWork.job(TASK_NOTIFY_BORDER_AUTHORITY);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining("unreachable");
    }
    assertThat(caseWork.job(TASK_NOTIFY_BORDER_AUTHORITY).getRetries()).isZero();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .activityId(TASK_NOTIFY_BORDER_AUTHORITY)
                .count())
        .isEqualTo(1);

    border.isBack();
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    assertThat(border.notifications()).hasSize(1);
  }

  @Test
  void anOutageWhileUndoingNeverFailsTheOfficersActionAndRetriesTheWholeUndo() {
    ProcessInstance travel = bookDirectFlightAndNotify();
    border.isDown();
    // The officer's submission succeeds although the State Border Committee is down.
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.withdrawsAtAirport());
    Job undo = caseWork.job(EVENT_UNDO_AT_AIRPORT);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(undo.getId()))
          .hasStackTraceContaining("unreachable");
    }
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .activityId(EVENT_UNDO_AT_AIRPORT)
                .count())
        .isEqualTo(1);
    assertThat(border.withdrawals()).isEmpty();

    border.isBack();
    engine.getManagementService().setJobRetries(undo.getId(), 1);
    engine.getManagementService().executeJob(undo.getId());
    caseWork.submit(TASK_CANCEL_BOOKING, TravelData.bookingCancelled());
    assertThat(border.withdrawals()).hasSize(1);
    assertThat(travel).hasPassed(END_EVENT_WITHDRAWN_AT_AIRPORT);
  }

  @Test
  void theAirportFormsAskWhyWhenTheJourneyDoesNotGoAhead() {
    bookDirectFlightAndNotify();

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_PRE_EMBARKATION_CHECK,
                    Variables.createVariables()
                        .putValue(PRE_EMBARKATION_OUTCOME.name(), "JOURNEY_POSTPONED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("say in at least 10 characters what happened");
    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_PRE_EMBARKATION_CHECK,
                    TravelData.readyToBoard().putValue(VOLUNTARINESS_RECONFIRMED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("voluntary");
    caseWork.submit(TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_CONFIRM_DEPARTURE,
                    Variables.createVariables()
                        .putValue(DEPARTURE_OUTCOME.name(), "MISSED_FLIGHT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Notes");
  }

  @Test
  void aBookingForAFlightInThePastIsRefused() {
    startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_BOOK_JOURNEY,
                    TravelData.booking("TK388")
                        .putValue(DEPARTURE_DATE.name(), "2020-01-01")
                        .putValue(ARRIVAL_DATE.name(), "2019-12-31")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cannot be in the past")
        .hasMessageContaining("cannot be before the departure date");
  }

  @Test
  void anExitReportWithABadBodyIsRefusedWithEveryProblem() {
    String body =
        "{\"caseNumber\":\""
            + CASE
            + "\",\"requestKey\":\"k\",\"outcome\":\"FLEW\",\"recordedAt\":\"tomorrow\",\"gate\":\"A1\"}";

    assertThatThrownBy(() -> exitControl.variables(json(body)))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("reference is required")
        .hasMessageContaining("outcome must be one of EXIT_RECORDED, EXIT_REFUSED, NOT_PRESENTED")
        .hasMessageContaining("recordedAt must be an ISO-8601 instant")
        .hasMessageContaining("gate is not part of this callback");
  }

  private ProcessInstance startTravel() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(KEY, CASE, TravelData.readyForTravel(CASE));
  }

  private ProcessInstance bookDirectFlightAndNotify() {
    ProcessInstance travel = startTravel();
    caseWork.submit(TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    bookAndNotify("TK388");
    return travel;
  }

  private void bookAndNotify(String flightNumber) {
    caseWork.submit(TASK_BOOK_JOURNEY, TravelData.booking(flightNumber));
    sendNoticesAndNotify();
  }

  private void sendNoticesAndNotify() {
    caseWork.runJob(TASK_MAIL_ITINERARY);
    notifyBorderAuthority();
  }

  /** The notification, its asyncAfter continuation, then the tracks meet (asyncBefore). */
  private void notifyBorderAuthority() {
    caseWork.runJob(TASK_NOTIFY_BORDER_AUTHORITY);
    caseWork.runJob(TASK_NOTIFY_BORDER_AUTHORITY);
    caseWork.joinTracks(GATEWAY_BOOKING_NOTIFIED);
  }

  private void undoFailedJourney() {
    undo(EVENT_UNDO_FAILED_JOURNEY);
  }

  /** The undo job runs the automatic compensations; the officer cancels the ticket. */
  private void undo(String compensationEvent) {
    caseWork.runJob(compensationEvent);
    caseWork.submit(TASK_CANCEL_BOOKING, TravelData.bookingCancelled());
  }

  private void withdraw(ProcessInstance travel) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(OutboundReturnProcess.MESSAGE_CASE_WITHDRAWN)
        .processInstanceId(travel.getId())
        .setVariable(OutboundReturnProcess.WITHDRAWAL_REASON.name(), "CHANGED_MIND")
        .correlate();
  }

  /** The State Border Committee's exit report, through the same contract as the endpoint. */
  private boolean borderReports(String requestKey, String outcome) {
    Map<String, Object> variables =
        exitControl.variables(json(TravelData.exitControlReport(CASE, requestKey, outcome)));
    return CallbackCorrelation.correlate(
        engine.getRuntimeService(), exitControl, exitControl.party(), CASE, requestKey, variables);
  }
}

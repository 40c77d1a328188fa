package org.avrr.workflow.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.arrival.ArrivalProcess.*;
import static org.avrr.workflow.testing.JsonBodies.json;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.avrr.workflow.callback.CallbackCorrelation;
import org.avrr.workflow.callback.InvalidCallbackException;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.avrr.workflow.testing.TravelData;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
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
 * Arrival as the receiving mission abroad, the movement officers and the protection officers work
 * it: the mission confirms in Tasklist or from its own system by callback; silence or a missing
 * migrant means chasing and protection.
 */
@Deployment(
    resources = {
      OutboundDeployment.ARRIVAL,
      "forms/arrival-confirmation.form",
      "forms/arrival-chase.form",
      "forms/protection-follow-up.form"
    })
class ArrivalProcessTest {

  private static final String CASE = "BY-2026-000088";

  /** As travel sets it with the booking and mails it with the itinerary. */
  private static final String CONFIRMATION_KEY = CASE + ":Task_ConfirmArrival#1";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;
  private CaseWork caseWork;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry());
    AbstractAssertions.init(engine);
    caseWork = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void theReceivingMissionConfirmsTheArrivalInTasklist() {
    ProcessInstance arrival = startArrival("IQ");

    assertThat(caseWork.candidateGroupOf(TASK_CONFIRM_ARRIVAL)).isEqualTo("mission-irq");
    // Due 72 hours after the scheduled arrival (14:05 Minsk time, today).
    assertThat(caseWork.task(TASK_CONFIRM_ARRIVAL).getDueDate())
        .isEqualTo(minskTime(LocalDate.now(ZoneId.of("Europe/Minsk")).plusDays(3), 14, 5));
    caseWork.submit(TASK_CONFIRM_ARRIVAL, arrived());

    assertThat(arrival)
        .hasPassed(END_EVENT_ARRIVAL_CONFIRMED)
        .isEnded()
        .variables()
        .containsEntry(ARRIVAL_OUTCOME.name(), "CONFIRMED")
        .containsEntry(ARRIVED_ON.name(), CaseData.today());
  }

  @Test
  void withoutAMissionInTheCountryTheOfficeConfirmsItself() {
    startArrival("VN");

    assertThat(caseWork.candidateGroupOf(TASK_CONFIRM_ARRIVAL)).isEqualTo("movement-officers");
  }

  @Test
  void silenceBeyondTheWindowMeansChasingAndAProtectionFollowUp() {
    ProcessInstance arrival = startArrival("IQ");
    Job overdue =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(arrival.getId())
            .singleResult();
    engine.getManagementService().executeJob(overdue.getId());

    assertThat(arrival)
        .hasPassed(BOUNDARY_EVENT_CONFIRMATION_OVERDUE)
        .isWaitingAt(TASK_CHASE_ARRIVAL, TASK_PROTECTION_FOLLOW_UP);
    assertThat(caseWork.candidateGroupOf(TASK_PROTECTION_FOLLOW_UP))
        .isEqualTo("protection-officers");
    caseWork.submit(
        TASK_CHASE_ARRIVAL,
        Variables.createVariables()
            .putValue(CHASE_OUTCOME.name(), "ARRIVED")
            .putValue(ARRIVED_ON.name(), CaseData.today())
            .putValue("chaseNotes", "IOM Baghdad confirmed by phone: met at the airport."));
    caseWork.submit(TASK_PROTECTION_FOLLOW_UP, protectionFollowUp("NONE"));
    caseWork.joinTracks(GATEWAY_FOLLOW_UP_DONE);

    assertThat(arrival)
        .hasPassed(END_EVENT_ARRIVAL_CONFIRMED)
        .variables()
        .containsEntry(ARRIVAL_OUTCOME.name(), "CONFIRMED");
  }

  @Test
  void aMigrantWhoDidNotArriveAndCannotBeFoundEndsUnconfirmed() {
    ProcessInstance arrival = startArrival("IQ");
    caseWork.submit(
        TASK_CONFIRM_ARRIVAL,
        Variables.createVariables()
            .putValue(ARRIVAL_REPORT.name(), "NOT_ARRIVED")
            .putValue("receptionNotes", "Not on the flight's passenger list at arrival."));
    caseWork.submit(
        TASK_CHASE_ARRIVAL,
        Variables.createVariables()
            .putValue(CHASE_OUTCOME.name(), "NOT_CONFIRMED")
            .putValue("chaseNotes", "Phone off; family in Erbil has not heard from him."));
    caseWork.submit(TASK_PROTECTION_FOLLOW_UP, protectionFollowUp("REFERRED"));
    caseWork.joinTracks(GATEWAY_FOLLOW_UP_DONE);

    assertThat(arrival)
        .hasPassed(END_EVENT_ARRIVAL_NOT_CONFIRMED)
        .isEnded()
        .variables()
        .containsEntry(ARRIVAL_OUTCOME.name(), "NOT_CONFIRMED");
  }

  @Test
  void anArrivalDateInTheFutureIsRefused() {
    startArrival("IQ");

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_CONFIRM_ARRIVAL,
                    arrived().putValue(ARRIVED_ON.name(), CaseData.inDays(2))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cannot be in the future");
  }

  // --- The mission's own system answers instead of its staff in Tasklist ---

  @Test
  void theReceivingMissionsSystemConfirmsTheArrivalByCallback() {
    ProcessInstance arrival = startArrival("IQ");

    assertThat(
            missionSystemReports(
                "mission-irq",
                CONFIRMATION_KEY,
                """
                {"outcome": "ARRIVED", "arrivedOn": "%s",
                 "receptionNotes": "Met at Baghdad airport by IOM staff."}"""
                    .formatted(CaseData.today())))
        .isTrue();

    assertThat(arrival)
        .hasPassed(BOUNDARY_EVENT_ARRIVAL_REPORTED_BY_MISSION_SYSTEM, END_EVENT_ARRIVAL_CONFIRMED)
        .isEnded()
        .variables()
        .containsEntry(ARRIVAL_OUTCOME.name(), "CONFIRMED")
        .containsEntry(ARRIVED_ON.name(), CaseData.today())
        .containsEntry(RECEPTION_NOTES.name(), "Met at Baghdad airport by IOM staff.");
    // The task left the mission's list without anyone completing it.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(arrival.getId())
                .taskDefinitionKey(TASK_CONFIRM_ARRIVAL)
                .singleResult()
                .getDeleteReason())
        .isNotEqualTo("completed");
  }

  @Test
  void aMissionsSystemReportingThatTheMigrantDidNotArriveStartsTheChase() {
    ProcessInstance arrival = startArrival("IQ");

    assertThat(
            missionSystemReports("mission-irq", CONFIRMATION_KEY, "{\"outcome\": \"NOT_ARRIVED\"}"))
        .isTrue();

    assertThat(arrival).isWaitingAt(TASK_CHASE_ARRIVAL, TASK_PROTECTION_FOLLOW_UP);
  }

  /**
   * Another mission's system may not answer for this case: it is refused before anything is stored,
   * and even a stored answer would not reach the arrival, which waits for its own mission.
   */
  @Test
  void onlyTheMissionOfTheCountryOfReturnMayAnswer() {
    ProcessInstance arrival = startArrival("IQ");
    ArrivalCallback callback = arrivalCallback();

    assertThat(callback.sentBy("mission-tur")).isTrue();
    assertThat(callback.sentBy("border-authority")).isFalse();
    assertThat(callback.mayAnswerFor("mission-irq", CASE)).isTrue();
    assertThat(callback.mayAnswerFor("mission-tur", CASE)).isFalse();
    assertThat(callback.mayAnswerFor("mission-irq", "BY-2026-999999")).isFalse();
    assertThat(
            missionSystemReports(
                "mission-tur",
                CONFIRMATION_KEY,
                "{\"outcome\": \"ARRIVED\", \"arrivedOn\": \"" + CaseData.today() + "\"}"))
        .isFalse();

    assertThat(arrival).isWaitingAt(TASK_CONFIRM_ARRIVAL);
  }

  /** A confirmation quoting the reference of a cancelled booking reaches nobody. */
  @Test
  void aConfirmationOfAnEarlierBookingChangesNothing() {
    ProcessInstance arrival = startArrival("IQ");

    assertThat(
            missionSystemReports(
                "mission-irq",
                CASE + ":Task_ConfirmArrival#0",
                "{\"outcome\": \"ARRIVED\", \"arrivedOn\": \"" + CaseData.today() + "\"}"))
        .isFalse();

    assertThat(arrival).isWaitingAt(TASK_CONFIRM_ARRIVAL);
  }

  @Test
  void aMissionsReportIsCheckedLikeTheTasksForm() {
    ArrivalCallback callback = arrivalCallback();

    assertThatThrownBy(
            () ->
                callback.variables(
                    json(
                        """
                        {"caseNumber": "%s", "requestKey": "%s", "outcome": "ARRIVED",
                         "colour": "blue"}"""
                            .formatted(CASE, CONFIRMATION_KEY))))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("arrivedOn is required when the outcome is ARRIVED")
        .hasMessageContaining("colour is not part of this callback");
    assertThatThrownBy(
            () ->
                callback.variables(
                    json(
                        """
                        {"outcome": "NOT_ARRIVED", "arrivedOn": "%s"}"""
                            .formatted(CaseData.today()))))
        .hasMessageContaining("arrivedOn is only allowed when the outcome is ARRIVED");
    assertThatThrownBy(
            () ->
                callback.variables(
                    json(
                        """
                        {"outcome": "ARRIVED", "arrivedOn": "%s"}"""
                            .formatted(CaseData.inDays(3)))))
        .hasMessageContaining("arrivedOn cannot be in the future");
    assertThatThrownBy(
            () ->
                callback.variables(json("{\"outcome\": \"LOST\", \"arrivedOn\": \"23.11.2026\"}")))
        .hasMessageContaining("outcome must be one of ARRIVED, NOT_ARRIVED")
        .hasMessageContaining("arrivedOn must be an ISO-8601 date");
  }

  private boolean missionSystemReports(String mission, String requestKey, String body) {
    ArrivalCallback callback = arrivalCallback();
    return CallbackCorrelation.correlate(
        engine.getRuntimeService(),
        callback,
        mission,
        CASE,
        requestKey,
        callback.variables(json(body)));
  }

  private ArrivalCallback arrivalCallback() {
    return new ArrivalCallback(
        ProcessTestEngine.MISSIONS, engine.getHistoryService(), ProcessTestEngine.CALENDAR);
  }

  @Test
  void anArrivalBeforeTheFlightsDayIsRefused() {
    startArrival("IQ");

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_CONFIRM_ARRIVAL,
                    arrived().putValue(ARRIVED_ON.name(), CaseData.inDays(-1))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cannot be before the departure date");
  }

  private ProcessInstance startArrival(String countryOfReturn) {
    VariableMap variables = TravelData.readyForTravel(CASE);
    variables.putAll(TravelData.booking("TK388"));
    variables
        .putValue("countryOfReturn", countryOfReturn)
        .putValue(TravelProcess.BOOKING_ATTEMPT.name(), 1L)
        .putValue(ARRIVAL_CONFIRMATION_KEY.name(), CONFIRMATION_KEY)
        .putValue(TravelProcess.TRAVEL_OUTCOME.name(), "DEPARTED");
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, CASE, variables);
  }

  private static VariableMap arrived() {
    return Variables.createVariables()
        .putValue(ARRIVAL_REPORT.name(), "ARRIVED")
        .putValue(ARRIVED_ON.name(), CaseData.today())
        .putValue("receptionNotes", "Met at the airport, taken to his family in Erbil.");
  }

  private static VariableMap protectionFollowUp(String concern) {
    return Variables.createVariables()
        .putValue("protectionConcern", concern)
        .putValue("protectionFollowUpNotes", "Checked with the mission and the family.");
  }

  private static Date minskTime(LocalDate date, int hour, int minute) {
    return Date.from(date.atTime(hour, minute).atZone(ZoneId.of("Europe/Minsk")).toInstant());
  }
}

package org.avrr.workflow.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.arrival.ArrivalProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import org.camunda.bpm.engine.task.IdentityLink;
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
 * it: the mission confirms in Tasklist; silence or a missing migrant means chasing and protection.
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

    assertThat(candidateGroupOf(TASK_CONFIRM_ARRIVAL)).isEqualTo("mission-irq");
    // Due 72 hours after the scheduled arrival (14:05 Minsk time, ten days from today).
    assertThat(caseWork.task(TASK_CONFIRM_ARRIVAL).getDueDate())
        .isEqualTo(minskTime(LocalDate.now(ZoneId.of("Europe/Minsk")).plusDays(13), 14, 5));
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

    assertThat(candidateGroupOf(TASK_CONFIRM_ARRIVAL)).isEqualTo("movement-officers");
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
    assertThat(candidateGroupOf(TASK_PROTECTION_FOLLOW_UP)).isEqualTo("protection-officers");
    caseWork.submit(
        TASK_CHASE_ARRIVAL,
        Variables.createVariables()
            .putValue(CHASE_OUTCOME.name(), "ARRIVED")
            .putValue(ARRIVED_ON.name(), CaseData.today())
            .putValue("chaseNotes", "IOM Baghdad confirmed by phone: met at the airport."));
    caseWork.submit(TASK_PROTECTION_FOLLOW_UP, protectionFollowUp("NONE"));

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

  private ProcessInstance startArrival(String countryOfReturn) {
    VariableMap variables = TravelData.readyForTravel(CASE);
    variables.putAll(TravelData.booking("TK388"));
    variables
        .putValue("countryOfReturn", countryOfReturn)
        .putValue(TravelProcess.BOOKING_ATTEMPT.name(), 1L)
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

  private String candidateGroupOf(String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(caseWork.task(taskKey).getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow();
  }

  private static Date minskTime(LocalDate date, int hour, int minute) {
    return Date.from(date.atTime(hour, minute).atZone(ZoneId.of("Europe/Minsk")).toInstant());
  }
}

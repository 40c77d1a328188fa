package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;

/**
 * IOM Germany approves, in Tasklist, the reintegration plan of a returnee it sent home; it sees
 * only its own case, not the plan IOM Iraq is asked to approve at the same time.
 */
class MissionApprovalTasklistIT extends BrowserIT {

  @Test
  void aSendingMissionSeesOnlyItsOwnPlanAndApprovesIt() {
    String germanCase = caseAwaitingApproval("mission-deu");
    String iraqiCase = caseAwaitingApproval("mission-irq");

    Browser browser = browser();
    Tasklist tasklist = Tasklist.logIn(browser, "mission-deu");
    tasklist.filter("Plans awaiting approval");
    browser.until(d -> tasklist.caseNumbers().contains(germanCase) ? true : null);
    browser.shot("plans-awaiting-approval");
    assertThat(tasklist.taskNames()).containsOnly("Approve the reintegration plan");
    assertThat(tasklist.caseNumbers()).contains(germanCase).doesNotContain(iraqiCase);
    assertThat(tasklist.caseNumbers()).allSatisfy(this::isACaseOfIomGermany);
    tasklist.filter("My group's tasks");
    browser.until(d -> tasklist.caseNumbers().contains(germanCase) ? true : null);
    assertThat(tasklist.caseNumbers())
        .doesNotContain(iraqiCase)
        .allSatisfy(this::isACaseOfIomGermany);

    tasklist.openTask(germanCase, "Approve the reintegration plan");
    browser.sees("Sewing machine and fabric");
    // Codes are shown in words: the programme, and the returnee's country.
    browser.sees("programme StarthilfePlus (Germany)");
    browser.shot("the-plan");
    tasklist.claim();
    tasklist.form("reintegration-plan-approval").set("planDecision", "APPROVE");
    browser.shot("plan-approved");
    tasklist.complete();
    browser.shot("approval-done");

    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("planDecision")
                .list()
                .stream()
                .filter(v -> germanCase.equals(businessKeyOf(v)))
                .map(HistoricVariableInstance::getValue)
                .toList())
        .containsExactly("APPROVE");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(germanCase)
                .taskDefinitionKey(ReintegrationProcess.TASK_APPROVE_PLAN)
                .count())
        .isZero();
    // IOM Iraq's plan still waits for IOM Iraq.
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(iraqiCase)
                .taskDefinitionKey(ReintegrationProcess.TASK_APPROVE_PLAN)
                .taskCandidateGroupIn(List.of("mission-irq"))
                .count())
        .isEqualTo(1);
  }

  /** A returnee referred by the mission, back home, assessed, with a plan drafted. */
  private String caseAwaitingApproval(String mission) {
    String caseNumber = referInbound(mission, mission.toUpperCase() + "-UI-" + System.nanoTime());
    walkInboundToReintegration(caseNumber, mission);
    assessNeeds(caseNumber, "reintegration-officer");
    draftPlan(caseNumber, "reintegration-officer");
    runJobsAt(caseNumber, ReintegrationProcess.TASK_NOTIFY_APPROVER);
    return caseNumber;
  }

  /** Other tests of this run may have left IOM Germany tasks of their own cases: those may show. */
  private void isACaseOfIomGermany(String caseNumber) {
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskCandidateGroup("mission-deu")
                .count())
        .as("case %s listed for IOM Germany", caseNumber)
        .isPositive();
  }

  private String businessKeyOf(HistoricVariableInstance variable) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(variable.getProcessInstanceId())
        .singleResult()
        .getBusinessKey();
  }
}

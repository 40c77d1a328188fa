package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.avrr.workflow.notification.Notices;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractServiceTaskBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A notice goes out once per step, even when the step's job runs again after the mail server
 * accepted it: the job rolled back after the mail went out (here: the step after it fails; in the
 * office: a concurrent update of the case, an operator changing the job while it ran, a crash
 * before the commit), and its retry must not mail the case managers a second time. A case that
 * reaches the step again later is a new notice and is mailed.
 */
class NoticeSentOnceIT extends CaseApiIT {

  private static final String PROCESS = "notice-sent-once-test";

  /** Fails the first time it runs: the transaction of the step before it rolls back. */
  public static class FailsOnce implements JavaDelegate {
    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
      if (RUNS.getAndIncrement() == 0) {
        throw new IllegalStateException("the case was updated concurrently");
      }
    }
  }

  private Deployment deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aNoticeWhoseStepRunsAgainAfterTheMailWentOutIsMailedOnce() {
    deploy(
        notifyingCaseManagers()
            .serviceTask("Task_RecordTheNotice")
            .camundaClass(FailsOnce.class.getName())
            .endEvent()
            .done());
    FailsOnce.RUNS.set(0);
    String caseNumber = newCaseNumber();
    String instance = start(caseNumber);
    ManagementService jobs = engine.getManagementService();
    Job notify = jobs.createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> jobs.executeJob(notify.getId()))
        .hasMessageContaining("updated concurrently");
    assertThat(mailOf(caseNumber)).as("the mail went out before the rollback").hasSize(1);
    jobs.executeJob(notify.getId());

    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .count())
        .as("the case went on")
        .isZero();
    assertThat(mailOf(caseNumber)).as("mailed once").hasSize(1);
  }

  @Test
  void aNoticeMailedAgainBecauseTheProcessDiedBeforeNotingItIsTheSameMessageKeptOnce() {
    deploy(
        notifyingCaseManagers()
            .serviceTask("Task_RecordTheNotice")
            .camundaClass(FailsOnce.class.getName())
            .endEvent()
            .done());
    FailsOnce.RUNS.set(0);
    String caseNumber = newCaseNumber();
    String instance = start(caseNumber);
    ManagementService jobs = engine.getManagementService();
    Job notify = jobs.createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> jobs.executeJob(notify.getId()))
        .hasMessageContaining("updated concurrently");
    // The process died in the instant after the mail server accepted, before the ledger noted it.
    jdbc.update("DELETE FROM avrr_notice_sent WHERE notice_key LIKE ?", caseNumber + ":%");

    jobs.executeJob(notify.getId());

    List<Map<String, Object>> mail = mailOf(caseNumber);
    assertThat(mail).as("the same message, kept once").hasSize(1);
    assertThat(mail.get(0).get("deliveries")).as("handed over twice").isEqualTo(2);
    assertThat(String.valueOf(mail.get(0).get("messageId")))
        .startsWith("<notice.")
        .doesNotContain(caseNumber);
  }

  @Test
  void aCaseReachingTheStepAgainLaterIsMailedAgain() {
    deploy(notifyingCaseManagers().userTask("Task_StillOverdue").endEvent().done());
    String caseNumber = newCaseNumber();
    String instance = start(caseNumber);
    ManagementService jobs = engine.getManagementService();
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance).singleResult().getId());
    assertThat(mailOf(caseNumber)).hasSize(1);

    // The overdue contact is still not made: the step runs again, as a new job.
    engine
        .getRuntimeService()
        .createProcessInstanceModification(instance)
        .startBeforeActivity("Task_NotifyCaseManagers")
        .execute();
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance).singleResult().getId());

    List<Map<String, Object>> mail = mailOf(caseNumber);
    assertThat(mail).hasSize(2);
    assertThat(mail.get(0).get("messageId"))
        .as("a new notice is a new message")
        .isNotEqualTo(mail.get(1).get("messageId"));
  }

  /** A process whose first step, asynchronous, mails the case managers a notice. */
  private static AbstractServiceTaskBuilder<?> notifyingCaseManagers() {
    return Bpmn.createExecutableProcess(PROCESS)
        .startEvent()
        .serviceTask("Task_NotifyCaseManagers")
        .camundaAsyncBefore()
        .camundaDelegateExpression("${sendNoticeDelegate}")
        .camundaInputParameter(Notices.NOTICE.name(), Notices.FIRST_CONTACT_OVERDUE);
  }

  private static String newCaseNumber() {
    return "BY-2026-" + (900_000 + System.nanoTime() % 99_999);
  }

  private void deploy(BpmnModelInstance model) {
    deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(PROCESS)
            .addModelInstance(PROCESS + ".bpmn", model)
            .deploy();
  }

  private String start(String caseNumber) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS,
            caseNumber,
            Map.of("applicationDate", today(), "firstContactDue", today() + " 09:00"))
        .getId();
  }

  private static List<Map<String, Object>> mailOf(String caseNumber) {
    return capturedMail().stream()
        .filter(mail -> String.valueOf(mail.get("noticeKey")).startsWith(caseNumber + ":"))
        .toList();
  }
}

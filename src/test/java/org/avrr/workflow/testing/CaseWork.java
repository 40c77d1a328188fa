package org.avrr.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Works a case the way Tasklist does: finds the open task by case number and step, and submits its
 * form through the FormService, so server-side form validation runs exactly as for a user.
 */
public final class CaseWork {

  private final ProcessEngine engine;
  private final String caseNumber;

  public CaseWork(ProcessEngine engine, String caseNumber) {
    this.engine = engine;
    this.caseNumber = caseNumber;
  }

  public Task task(String taskDefinitionKey) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(taskDefinitionKey)
            .list();
    assertThat(tasks).as("open tasks %s of case %s", taskDefinitionKey, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  public void submit(String taskDefinitionKey, VariableMap form) {
    engine.getFormService().submitTaskForm(task(taskDefinitionKey).getId(), form);
  }

  /** Runs the async job waiting before or after {@code activityId}, as the job executor would. */
  public void runJob(String activityId) {
    engine.getManagementService().executeJob(job(activityId).getId());
  }

  /** Runs every async job at {@code activityId}, e.g. one per transit country. */
  public void runJobs(String activityId) {
    engine.getManagementService().createJobQuery().activityId(activityId).list().stream()
        .filter(job -> caseNumber.equals(businessKeyOf(job.getProcessInstanceId())))
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  /**
   * Parallel tracks meet at {@code gatewayId} in jobs of their own (the gateway is asyncBefore, so
   * no person's submission collides with a job there): runs those waiting, as the job executor
   * would once the last track arrived.
   */
  public void joinTracks(String gatewayId) {
    runJobs(gatewayId);
  }

  private String businessKeyOf(String processInstanceId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getBusinessKey();
  }

  /**
   * Runs the timer at {@code activityId} of this case as if its date had come: an intermediate
   * timer, or a boundary timer (which no instance "waits at").
   */
  public void runTimer(String activityId) {
    List<Job> timers =
        engine
            .getManagementService()
            .createJobQuery()
            .timers()
            .activityId(activityId)
            .list()
            .stream()
            .filter(job -> caseNumber.equals(businessKeyOf(job.getProcessInstanceId())))
            .toList();
    assertThat(timers).as("timers at %s of case %s", activityId, caseNumber).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
  }

  /** The candidate group the open task {@code taskDefinitionKey} is offered to. */
  public String candidateGroupOf(String taskDefinitionKey) {
    return engine.getTaskService().getIdentityLinksForTask(task(taskDefinitionKey).getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow();
  }

  public Job job(String activityId) {
    List<Job> jobs =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instanceWaitingAt(activityId))
            .activityId(activityId)
            .list();
    assertThat(jobs).as("jobs at %s of case %s", activityId, caseNumber).hasSize(1);
    return jobs.get(0);
  }

  private String instanceWaitingAt(String activityId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .activityIdIn(activityId)
        .singleResult()
        .getId();
  }

  public String caseNumber() {
    return caseNumber;
  }
}

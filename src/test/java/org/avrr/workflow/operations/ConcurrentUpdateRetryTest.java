package org.avrr.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A background step that collided with another transaction on its case is tried again within
 * seconds; a step whose authority failed waits its retry interval as before.
 */
class ConcurrentUpdateRetryTest {

  private ProcessEngine engine;
  private ProcessEngineConfigurationImpl configuration;

  @BeforeEach
  void engine() {
    configuration =
        (ProcessEngineConfigurationImpl)
            new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:concurrent-update-retry;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false)
                .setHistory("none");
    configuration.setProcessEngineName("concurrent-update-retry");
    configuration.setProcessEnginePlugins(List.of(new ConcurrentUpdateRetry()));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("Process_Retry")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_CallAuthority")
            .camundaAsyncBefore()
            .camundaFailedJobRetryTimeCycle("R5/PT5M")
            .camundaExpression("${true}")
            .endEvent()
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("retry.bpmn", model).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("Process_Retry");
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aStepThatCollidedWithAnotherTransactionIsTriedAgainWithinSeconds() {
    Job before = job();

    fail(
        new OptimisticLockingException(
            "ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed"));

    Job after = job();
    assertThat(after.getDuedate())
        .isBeforeOrEqualTo(new java.util.Date(System.currentTimeMillis() + 3_000));
    assertThat(after.getRetries()).isEqualTo(before.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
  }

  @Test
  void aStepWhoseAuthorityFailedWaitsItsRetryInterval() {
    fail(new IllegalStateException("The Ministry answered 503"));

    Job after = job();
    assertThat(after.getDuedate())
        .isAfter(new java.util.Date(System.currentTimeMillis() + Duration.ofMinutes(4).toMillis()));
    assertThat(after.getRetries()).isEqualTo(4);
    assertThat(after.getExceptionMessage()).contains("503");
  }

  private void fail(Throwable exception) {
    configuration
        .getCommandExecutorTxRequired()
        .execute(configuration.getFailedJobCommandFactory().getCommand(job().getId(), exception));
  }

  private Job job() {
    return engine.getManagementService().createJobQuery().singleResult();
  }
}

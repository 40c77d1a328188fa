package org.avrr.workflow.operations;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race with another transaction on the same case (ENGINE-03005, "updated by
 * another transaction concurrently") is tried again within seconds, as it was: the case is fine,
 * only its timing was unlucky. Camunda keeps its retries for such a job but waits the step's whole
 * retry interval (5 minutes for the authority calls and mails: R5/PT5M) as if an authority were
 * down, and a parallel track's join waited that long (issue 14). Every other failure keeps the
 * engine's retry strategy.
 */
@Component
class ConcurrentUpdateRetry extends AbstractProcessEnginePlugin {

  /** Soon, and spread a little so that two jobs that collided do not collide again. */
  static final Duration FIRST = Duration.ofMillis(500);

  static final Duration SPREAD = Duration.ofMillis(1500);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory standard =
        configuration.getFailedJobCommandFactory() != null
            ? configuration.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory(
        (jobId, exception) ->
            isConcurrentUpdate(exception)
                ? new RetrySoon(jobId, exception)
                : standard.getCommand(jobId, exception));
  }

  static boolean isConcurrentUpdate(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  /**
   * Unlocks the job, due again in a second or two, its retries and its failure record untouched.
   */
  static final class RetrySoon extends JobRetryCmd implements Command<Object> {

    RetrySoon(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job == null) {
        return null;
      }
      long wait = FIRST.toMillis() + ThreadLocalRandom.current().nextLong(SPREAD.toMillis() + 1);
      job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait));
      job.unlock();
      notifyAcquisition(commandContext);
      return null;
    }
  }
}

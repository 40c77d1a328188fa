package org.avrr.workflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notices that went out, per run of a step: a mail server cannot take a mail back, so a step
 * whose job runs again after its mail was accepted — rolled back by a concurrent update, by an
 * operator changing the job while it ran, by the process dying before its commit — must not mail
 * the same notice twice. The step is the job that sends (a job run again keeps its id; the case
 * reaching the step again is a new job, and a new notice). Recorded in a transaction of its own the
 * moment the mail server accepted the notice, so a rollback of the step does not forget it; only a
 * crash in the instant between the two can still mail twice.
 */
@Component
class NoticeLedger {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  NoticeLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The job running the step that sends now, or null outside a job (nothing to remember). */
  static String currentStep() {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job == null ? null : job.getId();
  }

  boolean sentBefore(String noticeKey, String step) {
    if (step == null) {
      return false;
    }
    Integer sent =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM avrr_notice_sent WHERE notice_key = ? AND job_id = ?",
            Integer.class,
            noticeKey,
            step);
    return sent != null && sent > 0;
  }

  void recordSent(String noticeKey, String step) {
    if (step == null) {
      return;
    }
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "INSERT INTO avrr_notice_sent (notice_key, job_id, sent_at) VALUES (?, ?, ?)",
                noticeKey,
                step,
                Timestamp.from(Instant.now())));
  }
}

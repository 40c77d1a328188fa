package org.avrr.workflow.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises start-up seeding across nodes: the work runs in one transaction that first locks the
 * row of {@code avrr_startup_lock}. A second node starting at the same moment waits, then finds
 * everything in place. Camunda's services join the Spring transaction, so the engine's inserts are
 * covered by the same lock.
 */
@Component
public class StartupLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  StartupLock(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  public void runExclusively(Runnable work) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.queryForObject(
              "SELECT id FROM avrr_startup_lock WHERE id = 1 FOR UPDATE", Integer.class);
          work.run();
        });
  }
}

package org.avrr.workflow.authority;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit record in a transaction of its own: when the job that made the call fails and
 * rolls back, the record of the failed attempt stays.
 */
@Component
class JdbcExchangeAudit implements ExchangeAudit {

  private static final int MAX_DETAIL = 500;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  JdbcExchangeAudit(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void record(Exchange exchange) {
    String detail = exchange.detail();
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
    String boundedDetail = detail;
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "INSERT INTO avrr_touchpoint_exchange (occurred_at, authority, operation,"
                    + " case_number, idempotency_key, outcome, http_status, duration_ms, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()),
                exchange.party(),
                exchange.operation(),
                exchange.caseNumber(),
                exchange.idempotencyKey(),
                exchange.outcome().name(),
                exchange.httpStatus(),
                exchange.duration().toMillis(),
                boundedDetail));
  }
}

package org.avrr.workflow.authority;

import java.time.Duration;

/**
 * The audit trail of every exchange with an external party: who was asked what, for which case,
 * when, and how it ended. It holds the case number and the outcome, never the personal data that
 * was sent.
 */
public interface ExchangeAudit {

  void record(Exchange exchange);

  /**
   * @param party e.g. MINISTRY_OF_INTERNAL_AFFAIRS
   * @param operation e.g. STATUS_CHECK
   * @param httpStatus null when no HTTP answer arrived
   * @param detail a short, non-personal explanation (an error code, an exception class)
   */
  record Exchange(
      String party,
      String operation,
      String caseNumber,
      String idempotencyKey,
      ExchangeOutcome outcome,
      Integer httpStatus,
      Duration duration,
      String detail) {}
}

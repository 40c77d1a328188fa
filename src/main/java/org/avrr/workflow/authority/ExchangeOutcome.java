package org.avrr.workflow.authority;

/** How one exchange with an external party ended, for the audit record. */
public enum ExchangeOutcome {
  /** The party answered the question. */
  ANSWERED,
  /** The party answered with a business refusal (person not found, exit refused, ...). */
  REFUSED,
  /** No usable answer: timeout, connection refused, 5xx, a body we could not read. Retried. */
  FAILED
}

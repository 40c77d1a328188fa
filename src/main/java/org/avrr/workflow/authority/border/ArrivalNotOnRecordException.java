package org.avrr.workflow.authority.border;

/**
 * The State Border Committee has no record of this person entering Belarus on the day and flight
 * given: a business answer (an officer checks with the returnee and the Committee), not an outage.
 */
public class ArrivalNotOnRecordException extends RuntimeException {
  public ArrivalNotOnRecordException(String message) {
    super(message);
  }
}

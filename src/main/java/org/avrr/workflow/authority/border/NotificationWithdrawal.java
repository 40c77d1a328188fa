package org.avrr.workflow.authority.border;

/**
 * Withdraws an earlier departure notification.
 *
 * @param idempotencyKey the key of this withdrawal (not of the notification it withdraws)
 * @param reference the Committee's reference of the notification
 */
public record NotificationWithdrawal(
    String caseNumber, String idempotencyKey, String reference, Reason reason) {

  public enum Reason {
    /** The migrant withdrew from voluntary return before departure. */
    MIGRANT_WITHDREW,
    /** The flight did not go as notified; a new notification follows for the new flight. */
    REBOOKED,
    /** The case was closed at review before departure. */
    CASE_CLOSED
  }
}

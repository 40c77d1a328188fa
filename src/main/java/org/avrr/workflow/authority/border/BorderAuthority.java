package org.avrr.workflow.authority.border;

/**
 * The border authority: the State Border Committee of Belarus, which checks every person leaving at
 * a crossing point and records the exit. Contract: docs/api/border-authority.openapi.yaml.
 */
public interface BorderAuthority {

  /**
   * Tells the State Border Committee, before the flight, who leaves, with which document, on which
   * flight and through which crossing point. The Committee acknowledges it at once; when the
   * migrant has passed (or not passed) exit control, it posts the outcome to {@code
   * /api/callbacks/border-authority/departure}, carrying the notification's idempotency key.
   *
   * @return the Committee's reference for the notification
   * @throws org.avrr.workflow.authority.AuthorityUnavailableException no acknowledgement (retried)
   */
  String notifyDeparture(DepartureNotification notification);

  /**
   * Tells the Committee that a notification no longer holds (the migrant withdrew, or the flight
   * was rebooked and a new notification follows). Withdrawing one twice is answered as once.
   *
   * @throws org.avrr.workflow.authority.AuthorityUnavailableException no acknowledgement (retried)
   */
  void withdrawDepartureNotification(NotificationWithdrawal withdrawal);

  /**
   * Registers a returning Belarus national's arrival with the Committee, against its record of the
   * entry at border control (inbound cases). Registering the same arrival twice (same idempotency
   * key) gives the same reference.
   *
   * @return the Committee's registration reference
   * @throws ArrivalNotOnRecordException the Committee has no record of this entry
   * @throws org.avrr.workflow.authority.AuthorityUnavailableException no answer (retried)
   */
  String registerArrival(ArrivalRegistration registration);
}

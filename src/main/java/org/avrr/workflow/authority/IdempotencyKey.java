package org.avrr.workflow.authority;

/**
 * The key an authority uses to recognise a repeated request. A job can run twice (retry, lock
 * expiry, a rollback after the call), so the key is derived from the case and the step, never
 * random: the second attempt carries the same key and the authority answers it as the first.
 */
public final class IdempotencyKey {

  private IdempotencyKey() {}

  public static String of(String caseNumber, String step) {
    return caseNumber + ":" + step;
  }

  /**
   * For a step a case may take more than once on purpose (a rebooked flight is a new notification):
   * each attempt is a new request, while a retried job repeats its attempt's key.
   */
  public static String of(String caseNumber, String step, long attempt) {
    return of(caseNumber, step) + "#" + attempt;
  }
}

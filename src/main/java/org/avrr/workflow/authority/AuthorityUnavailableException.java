package org.avrr.workflow.authority;

/**
 * A technical failure talking to an authority: no answer, a 5xx, an answer we cannot read. Not a
 * business outcome: it propagates, the job is retried, and after the last retry an incident shows
 * in Cockpit for an operator to resolve.
 */
public class AuthorityUnavailableException extends RuntimeException {

  public AuthorityUnavailableException(String message) {
    super(message);
  }

  public AuthorityUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

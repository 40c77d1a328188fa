package org.avrr.workflow.authority.migration;

/** The Ministry's answer to an exit clearance request, as the case records it. */
public final class ExitClearance {

  public enum Decision {
    /** No obstacle to departure. */
    CLEARED,
    /** Departure may not go ahead; the case goes to a case manager. */
    REFUSED
  }

  /** Why the Ministry refused; required with {@link Decision#REFUSED}. */
  public enum RefusalReason {
    PENDING_COURT_CASE,
    UNSERVED_PENALTY,
    OUTSTANDING_OBLIGATIONS,
    OTHER
  }

  private ExitClearance() {}
}

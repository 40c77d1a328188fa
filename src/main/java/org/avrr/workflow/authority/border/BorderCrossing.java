package org.avrr.workflow.authority.border;

/** What the State Border Committee reports back about a notified departure. */
public final class BorderCrossing {

  /** The outcome of exit control. */
  public enum Outcome {
    /** The migrant passed exit control: the departure is confirmed. */
    EXIT_RECORDED,
    /** Exit control stopped the migrant (e.g. a document problem). */
    EXIT_REFUSED,
    /** The migrant never presented at exit control before the flight closed. */
    NOT_PRESENTED
  }

  private BorderCrossing() {}
}

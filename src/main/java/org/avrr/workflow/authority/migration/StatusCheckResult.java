package org.avrr.workflow.authority.migration;

import java.time.Instant;

/**
 * The Ministry's answer to a status check.
 *
 * @param reference the Ministry's own reference for the check, kept with the case
 */
public record StatusCheckResult(
    String reference,
    LegalStatus legalStatus,
    boolean pendingProceedings,
    boolean removalOrder,
    boolean entryBan,
    boolean outstandingFines,
    Instant checkedAt) {

  /** The legal status the Ministry records for a foreign national. */
  public enum LegalStatus {
    IRREGULAR_STAY,
    TEMPORARY_STAY,
    PERMANENT_RESIDENCE,
    ASYLUM_SEEKER,
    REJECTED_ASYLUM_SEEKER,
    RECOGNISED_REFUGEE
  }
}

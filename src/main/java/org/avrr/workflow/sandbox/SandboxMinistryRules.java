package org.avrr.workflow.sandbox;

import java.util.Locale;
import java.util.Optional;
import org.avrr.workflow.authority.migration.ExitClearance.Decision;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;

/**
 * The sandbox Ministry's answers, decided by the first letters of the document number so that a
 * counsellor can steer a demo case down any path (docs/sandbox.md lists them):
 *
 * <ul>
 *   <li>{@code NF…} no record of the person (404)
 *   <li>{@code DOWN…} the Ministry is unavailable (503): retries, then an incident
 *   <li>{@code PC…} pending court proceedings; {@code RO…} removal order; {@code EB…} entry ban;
 *       {@code FN…} outstanding fines
 *   <li>{@code AS…} asylum seeker; {@code RR…} recognised refugee; {@code RJ…} rejected asylum
 *       seeker; {@code RP…} permanent residence; {@code TS…} temporary stay
 *   <li>anything else, or no document: irregular stay, nothing pending
 * </ul>
 *
 * <p>Exit clearance: {@code PC…} is refused (pending court case), {@code XS…} is acknowledged but
 * never decided (so the paper-answer task appears), {@code DOWN…} is unavailable; anything else is
 * cleared.
 */
final class SandboxMinistryRules {

  enum Availability {
    AVAILABLE,
    PERSON_NOT_FOUND,
    UNAVAILABLE
  }

  private final String number;

  SandboxMinistryRules(String documentNumber) {
    this.number = documentNumber == null ? "" : documentNumber.toUpperCase(Locale.ROOT);
  }

  Availability availability() {
    if (number.startsWith("NF")) {
      return Availability.PERSON_NOT_FOUND;
    }
    if (number.startsWith("DOWN")) {
      return Availability.UNAVAILABLE;
    }
    return Availability.AVAILABLE;
  }

  LegalStatus legalStatus() {
    if (number.startsWith("AS")) {
      return LegalStatus.ASYLUM_SEEKER;
    }
    if (number.startsWith("RR")) {
      return LegalStatus.RECOGNISED_REFUGEE;
    }
    if (number.startsWith("RJ")) {
      return LegalStatus.REJECTED_ASYLUM_SEEKER;
    }
    if (number.startsWith("RP")) {
      return LegalStatus.PERMANENT_RESIDENCE;
    }
    if (number.startsWith("TS")) {
      return LegalStatus.TEMPORARY_STAY;
    }
    return LegalStatus.IRREGULAR_STAY;
  }

  boolean pendingProceedings() {
    return number.startsWith("PC");
  }

  boolean removalOrder() {
    return number.startsWith("RO");
  }

  boolean entryBan() {
    return number.startsWith("EB");
  }

  boolean outstandingFines() {
    return number.startsWith("FN");
  }

  /** The exit clearance decision; empty when the sandbox never decides (XS…). */
  Optional<Decision> exitClearance() {
    if (number.startsWith("XS")) {
      return Optional.empty();
    }
    return Optional.of(pendingProceedings() ? Decision.REFUSED : Decision.CLEARED);
  }

  /** Same request, same reference: the sandbox needs no memory to honour idempotency keys. */
  static String reference(String idempotencyKey) {
    return SandboxGate.reference("MIA-", idempotencyKey);
  }
}

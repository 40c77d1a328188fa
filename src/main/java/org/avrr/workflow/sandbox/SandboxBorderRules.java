package org.avrr.workflow.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.avrr.workflow.authority.border.BorderCrossing.Outcome;

/**
 * The sandbox State Border Committee's answers, decided by the first letters of the flight number
 * so that an officer can steer a demo case down any path (docs/sandbox.md lists them):
 *
 * <ul>
 *   <li>{@code XD…} the Committee is unavailable (503): retries, then an incident
 *   <li>{@code XR…} acknowledged; exit control refuses the exit ({@link Outcome#EXIT_REFUSED})
 *   <li>{@code XN…} acknowledged; the migrant never presents ({@link Outcome#NOT_PRESENTED})
 *   <li>{@code XQ…} acknowledged, never answered (the officer confirms the departure at the
 *       airport)
 *   <li>anything else: acknowledged; the exit is recorded ({@link Outcome#EXIT_RECORDED})
 * </ul>
 *
 * <p>A withdrawal succeeds for any reference the sandbox could have given, and finds no
 * notification for any other.
 *
 * <p>Arrival registrations (inbound cases), by the flight number too: {@code XD…} unavailable
 * (503), {@code XM…} no entry on record (422 ENTRY_NOT_ON_RECORD), anything else registered.
 */
final class SandboxBorderRules {

  private static final String REFERENCE_PREFIX = "SBC-";
  private static final Pattern REFERENCE =
      Pattern.compile(Pattern.quote(REFERENCE_PREFIX) + "[0-9A-Fa-f]{10}");

  private final String flight;

  SandboxBorderRules(String flightNumber) {
    this.flight = flightNumber == null ? "" : flightNumber.strip().toUpperCase(Locale.ROOT);
  }

  /** The Committee's system is down (XD…): every notification is answered 503. */
  boolean unavailable() {
    return flight.startsWith("XD");
  }

  /** The outcome of exit control the sandbox reports; empty when it never reports (XQ…). */
  Optional<Outcome> exitControl() {
    if (flight.startsWith("XQ")) {
      return Optional.empty();
    }
    if (flight.startsWith("XR")) {
      return Optional.of(Outcome.EXIT_REFUSED);
    }
    if (flight.startsWith("XN")) {
      return Optional.of(Outcome.NOT_PRESENTED);
    }
    return Optional.of(Outcome.EXIT_RECORDED);
  }

  /** The Committee has no record of the returnee's entry (XM…). */
  boolean entryNotOnRecord() {
    return flight.startsWith("XM");
  }

  /** Same registration, same reference. */
  static String arrivalReference(String idempotencyKey) {
    return SandboxGate.reference("SBC-A-", idempotencyKey);
  }

  /** Same notification, same reference. */
  static String reference(String idempotencyKey) {
    return SandboxGate.reference(REFERENCE_PREFIX, idempotencyKey);
  }

  /** Whether the sandbox could have given this reference, so can withdraw its notification. */
  static boolean knows(String reference) {
    return reference != null && REFERENCE.matcher(reference).matches();
  }
}

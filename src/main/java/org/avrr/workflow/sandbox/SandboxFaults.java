package org.avrr.workflow.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Faults the sandbox authorities and the embedded mail server answer with, on demand
 * (docs/sandbox.md, "Rehearsing an outage"): an office rehearses an authority that is down, slow or
 * answering nonsense, and the fault suite injects the same faults while it runs cases. A fault
 * applies to the next {@code times} requests of one touchpoint (0: until it is cleared). Kept in
 * memory: a restart clears them, as an outage ends.
 */
@Component
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
public class SandboxFaults {

  /** Every place the office meets an outside system that the sandbox plays. */
  public enum Touchpoint {
    STATUS_CHECK("ministry.status-check"),
    EXIT_CLEARANCE("ministry.exit-clearance"),
    DEPARTURE_NOTIFICATION("border.departure-notification"),
    NOTIFICATION_WITHDRAWAL("border.notification-withdrawal"),
    ARRIVAL_REGISTRATION("border.arrival-registration"),
    MAIL("mail");

    private final String id;

    Touchpoint(String id) {
      this.id = id;
    }

    /** As an operator names it, e.g. {@code ministry.status-check}. */
    public String id() {
      return id;
    }

    public static Optional<Touchpoint> byId(String id) {
      return Arrays.stream(values()).filter(touchpoint -> touchpoint.id.equals(id)).findFirst();
    }
  }

  /** What goes wrong. */
  public enum Kind {
    /** The system is unreachable: 503 from the gateway in front of it; SMTP refuses connections. */
    DOWN,
    /** 500 with the contract's problem body. */
    ERROR,
    /** Answers only after {@code delay} (by default longer than the office's read timeout). */
    SLOW,
    /**
     * Does the work at once but answers only after {@code delay}: the office retries a request that
     * was in fact accepted.
     */
    LATE,
    /** 200 with a body that is not the contract's JSON (a login page of a proxy). */
    GARBAGE,
    /** The real answer cut off halfway. */
    TRUNCATED;

    static Optional<Kind> byName(String name) {
      try {
        return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        return Optional.empty();
      }
    }
  }

  /** A fault as set: what, for how many requests (0: until cleared), how long a wait. */
  public record Fault(Touchpoint touchpoint, Kind kind, int times, Duration delay) {}

  /** Longer than the adapters' 10-second read timeout. */
  static final Duration DEFAULT_DELAY = Duration.ofSeconds(15);

  private final Map<Touchpoint, Fault> faults = new EnumMap<>(Touchpoint.class);
  private final Map<Touchpoint, Integer> remaining = new EnumMap<>(Touchpoint.class);

  public synchronized Fault set(Touchpoint touchpoint, Kind kind, int times, Duration delay) {
    Fault fault = new Fault(touchpoint, kind, times, delay == null ? DEFAULT_DELAY : delay);
    faults.put(touchpoint, fault);
    remaining.put(touchpoint, times);
    return fault;
  }

  public synchronized void clear(Touchpoint touchpoint) {
    faults.remove(touchpoint);
    remaining.remove(touchpoint);
  }

  public synchronized void clearAll() {
    faults.clear();
    remaining.clear();
  }

  public synchronized Map<Touchpoint, Fault> current() {
    return Map.copyOf(faults);
  }

  /** The fault that this request of {@code touchpoint} meets, if any; counts it. */
  public synchronized Optional<Fault> take(Touchpoint touchpoint) {
    Fault fault = faults.get(touchpoint);
    if (fault == null) {
      return Optional.empty();
    }
    if (fault.times() > 0) {
      int left = remaining.get(touchpoint) - 1;
      if (left <= 0) {
        clear(touchpoint);
      } else {
        remaining.put(touchpoint, left);
      }
    }
    return Optional.of(fault);
  }

  /** Whether {@code touchpoint} is faulty now, without counting a request. */
  public synchronized boolean isFaulty(Touchpoint touchpoint) {
    return faults.containsKey(touchpoint);
  }
}

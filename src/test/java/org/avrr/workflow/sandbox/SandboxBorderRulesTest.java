package org.avrr.workflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.border.BorderCrossing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox State Border Committee's answers, steered by the first letters of the flight number,
 * as docs/sandbox.md lists them for an officer running a demo case.
 */
class SandboxBorderRulesTest {

  private static final String FIRST_CASE = "BY-2026-000001";
  private static final String SECOND_CASE = "BY-2026-000002";

  /** The travel process names its steps; any two steps will do for the sandbox. */
  private static final String NOTIFY = "notify-departure";

  private static final String RENOTIFY = "notify-departure-again";

  @Test
  void flightStartingWithXdFindsTheCommitteeUnavailable() {
    assertThat(new SandboxBorderRules("XD1234").unavailable()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "XR1234, EXIT_REFUSED",
    "XN1234, NOT_PRESENTED",
    "TK288, EXIT_RECORDED",
    "B2 975, EXIT_RECORDED",
    "X1234, EXIT_RECORDED",
    "XS1234, EXIT_RECORDED"
  })
  void flightPrefixChoosesTheOutcomeOfExitControl(String flightNumber, Outcome outcome) {
    SandboxBorderRules rules = new SandboxBorderRules(flightNumber);

    assertThat(rules.unavailable()).isFalse();
    assertThat(rules.exitControl()).contains(outcome);
  }

  @Test
  void flightStartingWithXqIsAcknowledgedButNeverReportedSoTheOfficerConfirmsTheDeparture() {
    SandboxBorderRules rules = new SandboxBorderRules("XQ1234");

    assertThat(rules.unavailable()).isFalse();
    assertThat(rules.exitControl()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noFlightNumberIsAnOrdinaryDeparture(String flightNumber) {
    SandboxBorderRules rules = new SandboxBorderRules(flightNumber);

    assertThat(rules.unavailable()).isFalse();
    assertThat(rules.exitControl()).contains(Outcome.EXIT_RECORDED);
  }

  /** Officers type flight numbers as they come; the prefix is read whatever the case. */
  @Test
  void prefixIsReadRegardlessOfLetterCase() {
    assertThat(new SandboxBorderRules("xd1234").unavailable()).isTrue();
    assertThat(new SandboxBorderRules("xR1234").exitControl()).contains(Outcome.EXIT_REFUSED);
    assertThat(new SandboxBorderRules("Xn1234").exitControl()).contains(Outcome.NOT_PRESENTED);
    assertThat(new SandboxBorderRules("xq1234").exitControl()).isEmpty();
  }

  @Test
  void repeatedNotificationGetsTheSameReference() {
    String key = IdempotencyKey.of(FIRST_CASE, NOTIFY);

    assertThat(SandboxBorderRules.reference(key))
        .isEqualTo(SandboxBorderRules.reference(key))
        .matches("SBC-[0-9A-F]{10}");
  }

  @Test
  void everyCaseAndStepGetsItsOwnReference() {
    Set<String> keys =
        Set.of(
            IdempotencyKey.of(FIRST_CASE, NOTIFY),
            IdempotencyKey.of(SECOND_CASE, NOTIFY),
            IdempotencyKey.of(FIRST_CASE, RENOTIFY));

    assertThat(keys.stream().map(SandboxBorderRules::reference).distinct()).hasSize(keys.size());
  }

  @Test
  void aNotificationTheSandboxAcknowledgedCanBeWithdrawn() {
    assertThat(SandboxBorderRules.knows(SandboxBorderRules.reference(FIRST_CASE + ":" + NOTIFY)))
        .isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"SBC-123", "MIA-0C41E7B2A9", "SBC-0C41E7B2A9X", "SBC-0C41E7B2AZ"})
  void aReferenceTheSandboxCouldNotHaveGivenIsNoNotificationItKnows(String reference) {
    assertThat(SandboxBorderRules.knows(reference)).isFalse();
  }
}

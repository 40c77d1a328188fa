package org.avrr.workflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.sandbox.SandboxMinistryRules.Availability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox Ministry's answers, steered by the first letters of the document number, as
 * docs/sandbox.md lists them for a counsellor running a demo case.
 */
class SandboxMinistryRulesTest {

  private static final String FIRST_CASE = "BY-2026-000001";
  private static final String SECOND_CASE = "BY-2026-000002";

  /** The documented obstacle prefixes and the field each sets. */
  private static final Map<String, Predicate<SandboxMinistryRules>> OBSTACLE_BY_PREFIX =
      Map.of(
          "PC", SandboxMinistryRules::pendingProceedings,
          "RO", SandboxMinistryRules::removalOrder,
          "EB", SandboxMinistryRules::entryBan,
          "FN", SandboxMinistryRules::outstandingFines);

  @Test
  void documentStartingWithNfBelongsToNobodyTheMinistryKnows() {
    SandboxMinistryRules rules = new SandboxMinistryRules("NF1234567");

    assertThat(rules.availability()).isEqualTo(Availability.PERSON_NOT_FOUND);
  }

  @Test
  void documentStartingWithDownFindsTheMinistryUnavailable() {
    SandboxMinistryRules rules = new SandboxMinistryRules("DOWN12345");

    assertThat(rules.availability()).isEqualTo(Availability.UNAVAILABLE);
  }

  /** One obstacle per prefix, and only that one, so a demo shows one rule at a time. */
  @ParameterizedTest
  @ValueSource(strings = {"PC", "RO", "EB", "FN"})
  void documentPrefixRecordsExactlyItsObstacleOnAnIrregularStay(String prefix) {
    SandboxMinistryRules rules = new SandboxMinistryRules(prefix + "1234567");

    assertThat(rules.availability()).isEqualTo(Availability.AVAILABLE);
    assertThat(rules.legalStatus()).isEqualTo(LegalStatus.IRREGULAR_STAY);
    assertThat(
            OBSTACLE_BY_PREFIX.entrySet().stream()
                .filter(obstacle -> obstacle.getValue().test(rules))
                .map(Map.Entry::getKey))
        .containsExactly(prefix);
  }

  @ParameterizedTest
  @CsvSource({
    "AS1234567, ASYLUM_SEEKER",
    "RR1234567, RECOGNISED_REFUGEE",
    "RJ1234567, REJECTED_ASYLUM_SEEKER",
    "RP1234567, PERMANENT_RESIDENCE",
    "TS1234567, TEMPORARY_STAY"
  })
  void documentPrefixChoosesTheLegalStatusTheMinistryRecords(
      String documentNumber, LegalStatus status) {
    SandboxMinistryRules rules = new SandboxMinistryRules(documentNumber);

    assertThat(rules.availability()).isEqualTo(Availability.AVAILABLE);
    assertThat(rules.legalStatus()).isEqualTo(status);
    assertNothingPending(rules);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"A1234567", "N1234567", "DOW123456", "P1234567", "R1234567", ""})
  void anyOtherDocumentOrNoneIsAnIrregularStayWithNothingPending(String documentNumber) {
    SandboxMinistryRules rules = new SandboxMinistryRules(documentNumber);

    assertThat(rules.availability()).isEqualTo(Availability.AVAILABLE);
    assertThat(rules.legalStatus()).isEqualTo(LegalStatus.IRREGULAR_STAY);
    assertNothingPending(rules);
  }

  /** Counsellors type document numbers as they come; the prefix is read whatever the case. */
  @Test
  void prefixIsReadRegardlessOfLetterCase() {
    assertThat(new SandboxMinistryRules("nf1234567").availability())
        .isEqualTo(Availability.PERSON_NOT_FOUND);
    assertThat(new SandboxMinistryRules("Down12345").availability())
        .isEqualTo(Availability.UNAVAILABLE);
    assertThat(new SandboxMinistryRules("rr1234567").legalStatus())
        .isEqualTo(LegalStatus.RECOGNISED_REFUGEE);
    assertThat(new SandboxMinistryRules("pc1234567").pendingProceedings()).isTrue();
  }

  @Test
  void repeatedRequestGetsTheSameReference() {
    String key = IdempotencyKey.of(FIRST_CASE, EligibilityProcess.TASK_CHECK_MIGRATION_STATUS);

    assertThat(SandboxMinistryRules.reference(key))
        .isEqualTo(SandboxMinistryRules.reference(key))
        .matches("MIA-[0-9A-F]{10}");
  }

  @Test
  void everyCaseAndStepGetsItsOwnReference() {
    Set<String> keys =
        Set.of(
            IdempotencyKey.of(FIRST_CASE, EligibilityProcess.TASK_CHECK_MIGRATION_STATUS),
            IdempotencyKey.of(SECOND_CASE, EligibilityProcess.TASK_CHECK_MIGRATION_STATUS),
            IdempotencyKey.of(FIRST_CASE, EligibilityProcess.TASK_APPLY_ELIGIBILITY_RULES));

    assertThat(keys.stream().map(SandboxMinistryRules::reference).distinct()).hasSize(keys.size());
  }

  private static void assertNothingPending(SandboxMinistryRules rules) {
    assertThat(OBSTACLE_BY_PREFIX.values()).noneMatch(obstacle -> obstacle.test(rules));
  }

  @Test
  void aPendingCourtCaseIsRefusedExitClearance() {
    assertThat(new SandboxMinistryRules("PC1234567").exitClearance())
        .contains(org.avrr.workflow.authority.migration.ExitClearance.Decision.REFUSED);
  }

  @Test
  void anXsDocumentIsAcknowledgedButNeverDecidedSoTheOfficerRecordsThePaperAnswer() {
    assertThat(new SandboxMinistryRules("xs1234567").exitClearance()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A1234567", "FN1234567", "RO1234567"})
  @NullSource
  void anyOtherDocumentIsClearedToLeave(String documentNumber) {
    assertThat(new SandboxMinistryRules(documentNumber).exitClearance())
        .contains(org.avrr.workflow.authority.migration.ExitClearance.Decision.CLEARED);
  }
}

package org.avrr.workflow.authority.migration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The HTTP contract with the Ministry, as JSON records: used by the adapter that calls it and by
 * the sandbox that plays it. The same contract as docs/api/migration-authority.openapi.yaml.
 */
public final class MigrationAuthorityApi {

  public static final String STATUS_CHECKS_PATH = "/v1/status-checks";
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** Error code of a 404 answer: no record of the person. */
  public static final String PERSON_NOT_FOUND = "PERSON_NOT_FOUND";

  public record StatusCheckBody(String caseNumber, Person person, Document document) {}

  public record Person(
      String surname, String givenNames, LocalDate dateOfBirth, String citizenship) {}

  public record Document(String type, String number) {}

  public record StatusCheckAnswer(
      String reference,
      StatusCheckResult.LegalStatus legalStatus,
      Boolean pendingProceedings,
      Boolean removalOrder,
      Boolean entryBan,
      Boolean outstandingFines,
      Instant checkedAt) {}

  /** The body of every non-2xx answer. */
  public record Problem(String code, String message) {}

  private MigrationAuthorityApi() {}
}

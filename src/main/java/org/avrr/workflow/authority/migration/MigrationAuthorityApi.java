package org.avrr.workflow.authority.migration;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The HTTP contract with the Ministry, as JSON records: used by the adapter that calls it and by
 * the sandbox that plays it. The same contract as docs/api/migration-authority.openapi.yaml.
 *
 * <p>The records carry their own wire format (dates as ISO strings, absent rather than null,
 * unknown fields ignored), so the contract holds whatever ObjectMapper or RestClient.Builder the
 * application happens to wire in.
 */
public final class MigrationAuthorityApi {

  public static final String STATUS_CHECKS_PATH = "/v1/status-checks";
  public static final String EXIT_CLEARANCES_PATH = "/v1/exit-clearances";
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** Error code of a 404 answer: no record of the person. */
  public static final String PERSON_NOT_FOUND = "PERSON_NOT_FOUND";

  /** A migrant without a document is sent without {@code document}: the contract has no null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StatusCheckBody(String caseNumber, Person person, Document document) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Person(
      String surname,
      String givenNames,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dateOfBirth,
      String citizenship) {}

  public record Document(String type, String number) {}

  /** The Ministry may add fields to its answer without breaking ours. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StatusCheckAnswer(
      String reference,
      StatusCheckResult.LegalStatus legalStatus,
      Boolean pendingProceedings,
      Boolean removalOrder,
      Boolean entryBan,
      Boolean outstandingFines,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Instant checkedAt) {}

  /** An exit clearance request; the document is absent while none is held. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ExitClearanceBody(
      String caseNumber, Person person, Document document, String countryOfDestination) {}

  /** The Ministry's acknowledgement (202): the decision follows by callback. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ExitClearanceReceipt(
      String reference, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant receivedAt) {}

  /**
   * The Ministry's decision, posted to our callback endpoint
   * (docs/api/avrr-callbacks.openapi.yaml). {@code requestKey} is the Idempotency-Key of the
   * request it decides.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ExitClearanceDecision(
      String caseNumber,
      String requestKey,
      String reference,
      ExitClearance.Decision decision,
      ExitClearance.RefusalReason refusalReason,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Instant decidedAt) {}

  /** The body of every non-2xx answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Problem(String code, String message) {}

  private MigrationAuthorityApi() {}
}

package org.avrr.workflow.authority.border;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The HTTP contract with the State Border Committee, as JSON records: used by the adapter that
 * calls it and by the sandbox that plays it. The same contract as
 * docs/api/border-authority.openapi.yaml; the records carry their own wire format.
 */
public final class BorderAuthorityApi {

  public static final String DEPARTURE_NOTIFICATIONS_PATH = "/v1/departure-notifications";

  /** {@code {reference}} is the Committee's reference of the notification. */
  public static final String WITHDRAWAL_PATH = "/v1/departure-notifications/{reference}/withdrawal";

  public static final String ARRIVAL_REGISTRATIONS_PATH = "/v1/arrival-registrations";

  /** Error code of a 422 answer to an arrival registration: no entry on record. */
  public static final String ENTRY_NOT_ON_RECORD = "ENTRY_NOT_ON_RECORD";

  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** Error code of a 404 answer to a withdrawal: the Committee knows no such notification. */
  public static final String NOTIFICATION_NOT_FOUND = "NOTIFICATION_NOT_FOUND";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DepartureNotificationBody(
      String caseNumber, Passenger passenger, Document document, Flight flight, boolean escorted) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Passenger(
      String surname,
      String givenNames,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dateOfBirth,
      String citizenship) {}

  public record Document(String type, String number) {}

  public record Flight(
      String number,
      @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime scheduledDeparture,
      CrossingPoint crossingPoint,
      String countryOfDestination) {}

  /** The Committee's acknowledgement (202): the outcome of exit control follows by callback. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NotificationReceipt(
      String reference, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant receivedAt) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ArrivalRegistrationBody(
      String caseNumber, Passenger person, Document document, Arrival arrival) {}

  public record Arrival(
      String flightNumber,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate arrivedOn,
      CrossingPoint crossingPoint,
      String countryOfDeparture) {}

  /** The Committee's registration of the arrival (201). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ArrivalRegistrationReceipt(
      String reference, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant registeredAt) {}

  public record WithdrawalBody(String caseNumber, NotificationWithdrawal.Reason reason) {}

  /**
   * The outcome of exit control, posted to our callback endpoint
   * (docs/api/avrr-callbacks.openapi.yaml, {@code /api/callbacks/border-authority/departure}).
   * {@code requestKey} is the Idempotency-Key of the notification it answers.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DepartureRecord(
      String caseNumber,
      String requestKey,
      String reference,
      BorderCrossing.Outcome outcome,
      CrossingPoint crossingPoint,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Instant recordedAt) {}

  /** The body of every non-2xx answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Problem(String code, String message) {}

  private BorderAuthorityApi() {}
}

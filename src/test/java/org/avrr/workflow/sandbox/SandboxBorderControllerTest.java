package org.avrr.workflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureNotificationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureRecord;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Document;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Flight;
import org.avrr.workflow.authority.border.BorderAuthorityApi.NotificationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Passenger;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Problem;
import org.avrr.workflow.authority.border.BorderAuthorityApi.WithdrawalBody;
import org.avrr.workflow.authority.border.BorderAuthorityProperties;
import org.avrr.workflow.authority.border.BorderCrossing.Outcome;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.authority.border.NotificationWithdrawal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.http.ResponseEntity;

/**
 * The sandbox State Border Committee as the adapter meets it: what it answers at once, and which
 * report of exit control it schedules for later.
 */
class SandboxBorderControllerTest {

  private static final String USERNAME = "avrr-office";
  private static final String PASSWORD = "sandbox-secret";
  private static final String CASE_NUMBER = "BY-2026-000001";
  private static final String KEY = CASE_NUMBER + ":notify-departure";

  private final SandboxCallbacks callbacks = mock(SandboxCallbacks.class);
  private final SandboxBorderController committee =
      new SandboxBorderController(
          new BorderAuthorityProperties(
              URI.create("http://127.0.0.1/sandbox/border-authority"),
              USERNAME,
              PASSWORD,
              Duration.ofSeconds(2),
              Duration.ofSeconds(10)),
          callbacks);

  @ParameterizedTest
  @CsvSource({
    "TK288, EXIT_RECORDED, REGIONAL_AIRPORT",
    "xr123, EXIT_REFUSED, MINSK_NATIONAL_AIRPORT",
    "XN123, NOT_PRESENTED, LAND_BORDER_POLAND"
  })
  void notificationIsAcknowledgedAndExitControlReportedLaterByCallback(
      String flightNumber, Outcome outcome, CrossingPoint crossingPoint) {
    Instant before = Instant.now();

    ResponseEntity<?> answer =
        committee.notifyDeparture(office(), KEY, notification(flightNumber, crossingPoint));

    assertThat(answer.getStatusCode().value()).isEqualTo(202);
    String reference = ((NotificationReceipt) answer.getBody()).reference();
    assertThat(reference).isEqualTo(SandboxBorderRules.reference(KEY));
    ArgumentCaptor<DepartureRecord> report = ArgumentCaptor.forClass(DepartureRecord.class);
    verify(callbacks).postLater(eq("border-authority"), eq("departure"), report.capture());
    assertThat(report.getValue())
        .usingRecursiveComparison()
        .ignoringFields("recordedAt")
        .isEqualTo(new DepartureRecord(CASE_NUMBER, KEY, reference, outcome, crossingPoint, null));
    assertThat(report.getValue().recordedAt()).isAfterOrEqualTo(before);
  }

  @Test
  void anXqFlightIsAcknowledgedButNeverReported() {
    ResponseEntity<?> answer =
        committee.notifyDeparture(
            office(), KEY, notification("XQ123", CrossingPoint.MINSK_NATIONAL_AIRPORT));

    assertThat(answer.getStatusCode().value()).isEqualTo(202);
    verify(callbacks, never()).postLater(anyString(), anyString(), any());
  }

  @Test
  void anXdFlightFindsTheCommitteeUnavailableAndNothingIsReported() {
    ResponseEntity<?> answer =
        committee.notifyDeparture(
            office(), KEY, notification("XD123", CrossingPoint.MINSK_NATIONAL_AIRPORT));

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(((Problem) answer.getBody()).code()).isEqualTo("UNAVAILABLE");
    verify(callbacks, never()).postLater(anyString(), anyString(), any());
  }

  @Test
  void withoutTheOfficeCredentialsOrAKeyNothingIsRead() {
    DepartureNotificationBody body = notification("TK288", CrossingPoint.MINSK_NATIONAL_AIRPORT);

    assertThat(committee.notifyDeparture(null, KEY, body).getStatusCode().value()).isEqualTo(401);
    assertThat(committee.notifyDeparture(office(), " ", body).getStatusCode().value())
        .isEqualTo(400);
    verify(callbacks, never()).postLater(anyString(), anyString(), any());
  }

  @Test
  void aNotificationWithoutItsFlightIsAnInvalidRequest() {
    DepartureNotificationBody withoutFlight =
        new DepartureNotificationBody(
            CASE_NUMBER,
            new Passenger("Ahmed", "Karwan", LocalDate.of(1994, 3, 14), "IQ"),
            null,
            null,
            false);

    ResponseEntity<?> answer = committee.notifyDeparture(office(), KEY, withoutFlight);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(((Problem) answer.getBody()).code()).isEqualTo("INVALID_REQUEST");
  }

  @Test
  void aNotificationTheSandboxAcknowledgedIsWithdrawnWithNoContent() {
    ResponseEntity<?> answer =
        committee.withdraw(
            office(),
            CASE_NUMBER + ":withdraw",
            SandboxBorderRules.reference(KEY),
            new WithdrawalBody(CASE_NUMBER, Reason.REBOOKED));

    assertThat(answer.getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aWithdrawalOfAnUnknownNotificationIsNotFound() {
    ResponseEntity<?> answer =
        committee.withdraw(
            office(),
            CASE_NUMBER + ":withdraw",
            "MIA-0C41E7B2A9",
            new WithdrawalBody(CASE_NUMBER, Reason.REBOOKED));

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(((Problem) answer.getBody()).code()).isEqualTo("NOTIFICATION_NOT_FOUND");
  }

  @Test
  void aWithdrawalWithoutItsReasonIsAnInvalidRequest() {
    ResponseEntity<?> answer =
        committee.withdraw(
            office(),
            CASE_NUMBER + ":withdraw",
            SandboxBorderRules.reference(KEY),
            new WithdrawalBody(CASE_NUMBER, null));

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
  }

  private static DepartureNotificationBody notification(
      String flightNumber, CrossingPoint crossingPoint) {
    return new DepartureNotificationBody(
        CASE_NUMBER,
        new Passenger("Ahmed", "Karwan", LocalDate.of(1994, 3, 14), "IQ"),
        new Document("PASSPORT", "A1234567"),
        new Flight(
            flightNumber, OffsetDateTime.parse("2026-06-01T14:35:00+03:00"), crossingPoint, "IQ"),
        false);
  }

  private static String office() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}

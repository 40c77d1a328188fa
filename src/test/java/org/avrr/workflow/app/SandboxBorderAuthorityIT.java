package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.border.BorderAuthority;
import org.avrr.workflow.authority.border.BorderAuthorityApi;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.authority.border.DepartureNotification;
import org.avrr.workflow.authority.border.NotificationWithdrawal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * The embedded default's State Border Committee: the real adapter, configured as the application
 * is, talks to the sandbox served by the application itself, and every exchange is audited.
 *
 * <p>The flights here start with XQ (acknowledged, never reported), so that no exit control report
 * is posted to the callback endpoint for cases that do not exist.
 */
class SandboxBorderAuthorityIT extends ApplicationIT {

  private static final String SANDBOX = "/sandbox/border-authority";

  @Autowired private BorderAuthority committee;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void aNotificationIsAcknowledgedWithTheSameReferenceEachTimeItIsSent() {
    DepartureNotification notification = notification("BY-2026-990001", "XQ0001");

    String reference = committee.notifyDeparture(notification);

    assertThat(reference).matches("SBC-[0-9A-F]{10}");
    assertThat(committee.notifyDeparture(notification)).isEqualTo(reference);
    assertThat(audit("BY-2026-990001"))
        .extracting(
            row -> row.get("OPERATION") + " " + row.get("OUTCOME") + " " + row.get("HTTP_STATUS"))
        .containsExactly(
            "DEPARTURE_NOTIFICATION ANSWERED 202", "DEPARTURE_NOTIFICATION ANSWERED 202");
  }

  @Test
  void aNotificationTheSandboxGaveCanBeWithdrawn() {
    String reference = committee.notifyDeparture(notification("BY-2026-990002", "XQ0002"));

    committee.withdrawDepartureNotification(withdrawal("BY-2026-990002", reference));

    assertThat(audit("BY-2026-990002"))
        .extracting(row -> row.get("OPERATION") + " " + row.get("HTTP_STATUS"))
        .containsExactly("DEPARTURE_NOTIFICATION 202", "NOTIFICATION_WITHDRAWAL 204");
  }

  @Test
  void aWithdrawalOfANotificationTheCommitteeDoesNotKnowFailsSayingSo() {
    assertThatThrownBy(
            () ->
                committee.withdrawDepartureNotification(
                    withdrawal("BY-2026-990003", "SBC-NOT-MINE")))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("knows no departure notification SBC-NOT-MINE");
  }

  @Test
  void anXdFlightFindsTheCommitteeUnavailable() {
    assertThatThrownBy(() -> committee.notifyDeparture(notification("BY-2026-990004", "xd0004")))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP 503 (UNAVAILABLE)");
    assertThat(audit("BY-2026-990004"))
        .extracting(row -> row.get("OUTCOME"))
        .containsExactly("FAILED");
  }

  @Test
  void theSandboxInsistsOnTheOfficeCredentialsTheKeyAndTheRequiredFields() {
    String body = "{\"caseNumber\": \"BY-2026-990005\"}";

    ResponseEntity<Map<String, Object>> stranger =
        post("avrr-office", "guess", "BY-2026-990005:x", body);
    ResponseEntity<Map<String, Object>> withoutKey =
        post("avrr-office", "sandbox-secret", null, body);
    ResponseEntity<Map<String, Object>> withoutFlight =
        post("avrr-office", "sandbox-secret", "BY-2026-990005:x", body);

    assertThat(stranger.getStatusCode().value()).isEqualTo(401);
    assertThat(stranger.getBody()).containsEntry("code", "UNAUTHORIZED");
    assertThat(withoutKey.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutKey.getBody()).containsEntry("message", "Idempotency-Key is required");
    assertThat(withoutFlight.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutFlight.getBody()).containsEntry("code", "INVALID_REQUEST");
    assertThat((String) withoutFlight.getBody().get("message")).contains("flight.number");
  }

  // --- helpers ---

  private static DepartureNotification notification(String caseNumber, String flightNumber) {
    return new DepartureNotification(
        caseNumber,
        IdempotencyKey.of(caseNumber, "notify-departure"),
        "Ahmed",
        "Karwan",
        LocalDate.of(1994, 3, 14),
        "IQ",
        "PASSPORT",
        "A1234567",
        flightNumber,
        OffsetDateTime.parse("2026-06-01T14:35:00+03:00"),
        CrossingPoint.MINSK_NATIONAL_AIRPORT,
        "IQ",
        false);
  }

  private static NotificationWithdrawal withdrawal(String caseNumber, String reference) {
    return new NotificationWithdrawal(
        caseNumber,
        IdempotencyKey.of(caseNumber, "withdraw-notification"),
        reference,
        NotificationWithdrawal.Reason.MIGRANT_WITHDREW);
  }

  private List<Map<String, Object>> audit(String caseNumber) {
    return jdbc.queryForList(
        "SELECT operation, outcome, http_status FROM avrr_touchpoint_exchange"
            + " WHERE case_number = ? AND authority = 'STATE_BORDER_COMMITTEE' ORDER BY id",
        caseNumber);
  }

  private static ResponseEntity<Map<String, Object>> post(
      String user, String password, String key, String body) {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultStatusHandler(status -> status.isError(), (request, response) -> {})
        .build()
        .post()
        .uri(SANDBOX + BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH)
        .headers(
            headers -> {
              headers.setBasicAuth(user, password);
              if (key != null) {
                headers.set(BorderAuthorityApi.IDEMPOTENCY_KEY_HEADER, key);
              }
            })
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(new ParameterizedTypeReference<>() {});
  }
}

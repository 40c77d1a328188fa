package org.avrr.workflow.authority.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.NOTIFICATION_NOT_FOUND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Objects;
import java.util.stream.Stream;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.ExchangeAudit.Exchange;
import org.avrr.workflow.authority.ExchangeOutcome;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.testing.RecordingAudit;
import org.avrr.workflow.testing.StubAuthority;
import org.avrr.workflow.testing.StubAuthority.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The State Border Committee adapter against a real HTTP server that the test starts on the
 * loopback interface: what goes over the wire, how each kind of answer ends for the case, and what
 * the audit trail keeps of it.
 */
class HttpBorderAuthorityTest {

  /** A base URL with a path, as the Committee's gateway has: the adapter must keep it. */
  private static final String BASE_PATH = "/gpk/avrr";

  private static final String USERNAME = "avrr-office";
  private static final String PASSWORD = "test-secret";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

  /**
   * Longer than the read timeout, so the adapter gives up first; the stub is released as soon as
   * the test ends, so the suite never waits the full time.
   */
  private static final Duration SLOWER_THAN_READ_TIMEOUT = Duration.ofMillis(1800);

  private static final String CASE_NUMBER = "BY-2026-000042";

  /** The travel process names its steps; any step will do for the adapter. */
  private static final String KEY = IdempotencyKey.of(CASE_NUMBER, "notify-departure");

  private static final String WITHDRAWAL_KEY = IdempotencyKey.of(CASE_NUMBER, "withdraw-notice");
  private static final String SURNAME = "Ahmed";
  private static final String GIVEN_NAMES = "Karwan";
  private static final LocalDate DATE_OF_BIRTH = LocalDate.of(1994, 3, 14);
  private static final String CITIZENSHIP = "IQ";
  private static final String PASSPORT = "PASSPORT";
  private static final String DOCUMENT_NUMBER = "A1234567";
  private static final String FLIGHT_NUMBER = "TK 288";

  /** With the office's offset, as the case records it: it must reach the wire unchanged. */
  private static final OffsetDateTime SCHEDULED_DEPARTURE =
      OffsetDateTime.parse("2026-06-01T14:35:00+03:00");

  /** Not the citizenship, so that two swapped fields cannot hide each other. */
  private static final String COUNTRY_OF_DESTINATION = "TR";

  private static final String REFERENCE = "SBC-0C41E7B2A9";
  private static final Instant RECEIVED_AT = Instant.parse("2026-05-30T08:15:00Z");

  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
  private final RecordingAudit audit = new RecordingAudit();
  private StubAuthority committee;
  private HttpBorderAuthority adapter;

  @BeforeEach
  void startTheCommittee() throws IOException {
    committee = new StubAuthority(BASE_PATH);
    adapter =
        new HttpBorderAuthority(
            new BorderAuthorityProperties(
                committee.baseUrl(), USERNAME, PASSWORD, CONNECT_TIMEOUT, READ_TIMEOUT),
            RestClient.builder(),
            json,
            audit);
  }

  @AfterEach
  void stopTheCommittee() {
    committee.stop();
  }

  // --- Departure notification: acknowledged now, exit control reported later by callback ---

  @Test
  void committeeAcknowledgingTheNotificationGivesItsReference() {
    committee.answers(202, receipt());

    String reference = adapter.notifyDeparture(notificationWithPassport());

    assertThat(reference).isEqualTo(REFERENCE);
    Exchange exchange = assertNotificationAudited(ExchangeOutcome.ANSWERED, 202);
    assertThat(exchange.detail()).isEqualTo(REFERENCE);
  }

  @Test
  void acknowledgementWithOkInsteadOfAcceptedIsReadTheSame() {
    committee.answers(200, receipt());

    assertThat(adapter.notifyDeparture(notificationWithPassport())).isEqualTo(REFERENCE);
    assertNotificationAudited(ExchangeOutcome.ANSWERED, 200);
  }

  @Test
  void notificationCarriesTheOfficeCredentialsTheIdempotencyKeyPassengerDocumentAndFlight()
      throws IOException {
    committee.answers(202, receipt());

    adapter.notifyDeparture(notificationWithPassport());

    Received request = committee.onlyRequest();
    assertThat(request.method()).isEqualTo(HttpMethod.POST.name());
    assertThat(request.rawPath()).isEqualTo(BASE_PATH + DEPARTURE_NOTIFICATIONS_PATH);
    assertCarriesTheOfficeCredentials(request);
    assertThat(request.header(IDEMPOTENCY_KEY_HEADER)).isEqualTo(KEY);
    assertThat(MediaType.parseMediaType(request.header(HttpHeaders.CONTENT_TYPE)))
        .matches(MediaType.APPLICATION_JSON::isCompatibleWith);
    assertThat(request.header(HttpHeaders.ACCEPT)).contains(MediaType.APPLICATION_JSON_VALUE);
    assertThat(json.readTree(request.body()))
        .isEqualTo(
            json.readTree(
                """
                {"caseNumber": "%s",
                 "passenger": {"surname": "%s", "givenNames": "%s", "dateOfBirth": "1994-03-14",
                               "citizenship": "%s"},
                 "document": {"type": "%s", "number": "%s"},
                 "flight": {"number": "%s", "scheduledDeparture": "2026-06-01T14:35:00+03:00",
                            "crossingPoint": "MINSK_NATIONAL_AIRPORT",
                            "countryOfDestination": "%s"},
                 "escorted": true}
                """
                    .formatted(
                        CASE_NUMBER,
                        SURNAME,
                        GIVEN_NAMES,
                        CITIZENSHIP,
                        PASSPORT,
                        DOCUMENT_NUMBER,
                        FLIGHT_NUMBER,
                        COUNTRY_OF_DESTINATION)));
  }

  /** The contract has no null: a migrant without a document number is sent without a document. */
  @Test
  void notificationWithoutADocumentNumberHasNoDocumentInTheRequest() throws IOException {
    committee.answers(202, receipt());

    adapter.notifyDeparture(notificationWithoutDocument());

    JsonNode body = json.readTree(committee.onlyRequest().body());
    assertThat(body.has("document")).as("document present in %s", body).isFalse();
    assertThat(body.get("escorted").asBoolean()).isFalse();
    assertThat(body.get("flight").get("number").asText()).isEqualTo(FLIGHT_NUMBER);
  }

  @ParameterizedTest
  @EnumSource(CrossingPoint.class)
  void everyCrossingPointIsSentByItsName(CrossingPoint crossingPoint) throws IOException {
    committee.answers(202, receipt());

    adapter.notifyDeparture(notificationThrough(crossingPoint));

    assertThat(json.readTree(committee.onlyRequest().body()).get("flight").get("crossingPoint"))
        .isEqualTo(json.getNodeFactory().textNode(crossingPoint.name()));
  }

  /** Only exit control, reported by callback, can stop a departure; no answer here can. */
  @ParameterizedTest(name = "HTTP {0} {1}")
  @CsvSource({
    "503, UNAVAILABLE",
    "400, INVALID_REQUEST",
    "401, UNAUTHORIZED",
    "404, NO_SUCH_RESOURCE",
    "409, IDEMPOTENCY_KEY_REUSED"
  })
  void anyAnswerButAnAcknowledgementOfTheNotificationIsATechnicalFailureThatIsRetried(
      int status, String code) {
    committee.answers(status, problem(code));

    assertThatThrownBy(() -> adapter.notifyDeparture(notificationWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("The State Border Committee")
        .hasMessageContaining("departure notification")
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining(code)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpBorderAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertNotificationAudited(ExchangeOutcome.FAILED, status);
    assertThat(exchange.detail()).isEqualTo(code);
  }

  @Test
  void serverErrorWithoutABodyIsATechnicalFailureNamingTheHttpStatus() {
    committee.answers(500, "");

    assertThatThrownBy(() -> adapter.notifyDeparture(notificationWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining(CASE_NUMBER);
    Exchange exchange = assertNotificationAudited(ExchangeOutcome.FAILED, 500);
    assertThat(exchange.detail()).isNull();
  }

  @Test
  void committeeTooSlowToAcknowledgeIsATechnicalFailureWithoutHttpStatus() {
    // The stub would acknowledge in the end: only the read timeout turns it into a failure.
    committee.answersAfter(SLOWER_THAN_READ_TIMEOUT, 202, receipt());

    assertThatThrownBy(() -> adapter.notifyDeparture(notificationWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("did not answer")
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpBorderAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertNotificationAudited(ExchangeOutcome.FAILED, null);
    assertThat(exchange.detail()).isNotBlank();
  }

  @Test
  void committeeNotReachableIsATechnicalFailureWithoutHttpStatus() {
    committee.stop();

    assertThatThrownBy(() -> adapter.notifyDeparture(notificationWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("did not answer")
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpBorderAuthorityTest::holdsNoPersonalData);
    assertNotificationAudited(ExchangeOutcome.FAILED, null);
  }

  static Stream<Arguments> unreadableAcknowledgements() {
    return Stream.of(
        Arguments.of("not JSON", "<html><body>Maintenance until 06:00</body></html>"),
        Arguments.of("malformed JSON", "{\"reference\": \"" + REFERENCE + "\""),
        Arguments.of("empty", ""),
        Arguments.of("JSON null", "null"),
        Arguments.of("a JSON array", "[]"),
        Arguments.of("without a reference", "{\"receivedAt\": \"%s\"}".formatted(RECEIVED_AT)),
        Arguments.of("reference null", receipt().replace("\"" + REFERENCE + "\"", "null")),
        Arguments.of("reference blank", receipt().replace(REFERENCE, " ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableAcknowledgements")
  void acknowledgementThisSystemCannotReadIsATechnicalFailure(String what, String body) {
    committee.answers(202, body);

    assertThatThrownBy(() -> adapter.notifyDeparture(notificationWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("cannot read")
        .hasMessageContaining(CASE_NUMBER);
    Exchange exchange = assertNotificationAudited(ExchangeOutcome.FAILED, 202);
    assertThat(exchange.detail()).isEqualTo("unreadable answer");
  }

  /** The Committee may add fields to its acknowledgement without breaking ours. */
  @Test
  void acknowledgementWithFieldsThisSystemDoesNotKnowIsStillRead() {
    committee.answers(
        202, "{\"reference\": \"%s\", \"checkpointCode\": \"MSQ-2\"}".formatted(REFERENCE));

    assertThat(adapter.notifyDeparture(notificationWithPassport())).isEqualTo(REFERENCE);
  }

  // --- Withdrawal of a notification ---

  @Test
  void withdrawalAcknowledgedWithoutContentIsDone() {
    committee.answers(204, "");

    assertThatCode(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .doesNotThrowAnyException();
    Exchange exchange = assertWithdrawalAudited(ExchangeOutcome.ANSWERED, 204);
    assertThat(exchange.detail()).isEqualTo(REFERENCE);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 202})
  void withdrawalAcknowledgedWithABodyIsDoneAsWell(int status) {
    committee.answers(status, "{\"reference\": \"%s\"}".formatted(REFERENCE));

    adapter.withdrawDepartureNotification(withdrawal(REFERENCE));

    assertWithdrawalAudited(ExchangeOutcome.ANSWERED, status);
  }

  @Test
  void withdrawalNamesTheNotificationInThePathAndCarriesTheReasonAndItsOwnKey() throws IOException {
    committee.answers(204, "");

    adapter.withdrawDepartureNotification(withdrawal(REFERENCE));

    Received request = committee.onlyRequest();
    assertThat(request.method()).isEqualTo(HttpMethod.POST.name());
    assertThat(request.rawPath())
        .isEqualTo(BASE_PATH + "/v1/departure-notifications/" + REFERENCE + "/withdrawal");
    assertCarriesTheOfficeCredentials(request);
    assertThat(request.header(IDEMPOTENCY_KEY_HEADER)).isEqualTo(WITHDRAWAL_KEY);
    assertThat(MediaType.parseMediaType(request.header(HttpHeaders.CONTENT_TYPE)))
        .matches(MediaType.APPLICATION_JSON::isCompatibleWith);
    assertThat(json.readTree(request.body()))
        .isEqualTo(
            json.readTree(
                """
                {"caseNumber": "%s", "reason": "REBOOKED"}
                """
                    .formatted(CASE_NUMBER)));
  }

  /** A reference is the Committee's to choose: whatever it holds stays one path segment. */
  @Test
  void referenceIsEncodedAsOnePathSegment() {
    committee.answers(204, "");

    adapter.withdrawDepartureNotification(withdrawal("SBC 2026/17?x"));

    assertThat(committee.onlyRequest().rawPath())
        .isEqualTo(BASE_PATH + "/v1/departure-notifications/SBC%202026%2F17%3Fx/withdrawal");
  }

  /**
   * The Committee does not know the notification: nothing the case can decide, so a failure to
   * retry, but one whose incident tells the operator what is wrong.
   */
  @Test
  void withdrawalOfANotificationTheCommitteeDoesNotKnowIsAFailureThatSaysSo() {
    committee.answers(404, problem(NOTIFICATION_NOT_FOUND));

    assertThatThrownBy(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("The State Border Committee")
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining(NOTIFICATION_NOT_FOUND)
        .hasMessageContaining("knows no departure notification " + REFERENCE)
        .hasMessageContaining(CASE_NUMBER);
    Exchange exchange = assertWithdrawalAudited(ExchangeOutcome.FAILED, 404);
    assertThat(exchange.detail()).isEqualTo(NOTIFICATION_NOT_FOUND);
  }

  /** A wrong base URL must never read as "unknown notification": that would mislead operators. */
  @Test
  void notFoundPageOfAWrongAddressIsAPlainTechnicalFailure() {
    committee.answers(404, "<html><body>404 Not Found</body></html>");

    assertThatThrownBy(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageNotContaining("knows no");
    Exchange exchange = assertWithdrawalAudited(ExchangeOutcome.FAILED, 404);
    assertThat(exchange.detail()).isNull();
  }

  @ParameterizedTest(name = "HTTP {0} {1}")
  @CsvSource({"503, UNAVAILABLE", "400, INVALID_REQUEST", "401, UNAUTHORIZED"})
  void anyOtherAnswerToTheWithdrawalIsATechnicalFailureThatIsRetried(int status, String code) {
    committee.answers(status, problem(code));

    assertThatThrownBy(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("withdrawal of departure notification " + REFERENCE)
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining(code)
        .hasMessageContaining(CASE_NUMBER);
    Exchange exchange = assertWithdrawalAudited(ExchangeOutcome.FAILED, status);
    assertThat(exchange.detail()).isEqualTo(code);
  }

  @Test
  void committeeTooSlowToAcknowledgeTheWithdrawalIsATechnicalFailureWithoutHttpStatus() {
    committee.answersAfter(SLOWER_THAN_READ_TIMEOUT, 204, "");

    assertThatThrownBy(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER);
    assertWithdrawalAudited(ExchangeOutcome.FAILED, null);
  }

  @Test
  void committeeNotReachableForTheWithdrawalIsATechnicalFailureWithoutHttpStatus() {
    committee.stop();

    assertThatThrownBy(() -> adapter.withdrawDepartureNotification(withdrawal(REFERENCE)))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER);
    assertWithdrawalAudited(ExchangeOutcome.FAILED, null);
  }

  // --- Helpers ---

  private static DepartureNotification notificationWithPassport() {
    return notification(CrossingPoint.MINSK_NATIONAL_AIRPORT, PASSPORT, DOCUMENT_NUMBER, true);
  }

  private static DepartureNotification notificationWithoutDocument() {
    return notification(CrossingPoint.MINSK_NATIONAL_AIRPORT, null, null, false);
  }

  private static DepartureNotification notificationThrough(CrossingPoint crossingPoint) {
    return notification(crossingPoint, PASSPORT, DOCUMENT_NUMBER, true);
  }

  private static DepartureNotification notification(
      CrossingPoint crossingPoint, String documentType, String documentNumber, boolean escorted) {
    return new DepartureNotification(
        CASE_NUMBER,
        KEY,
        SURNAME,
        GIVEN_NAMES,
        DATE_OF_BIRTH,
        CITIZENSHIP,
        documentType,
        documentNumber,
        FLIGHT_NUMBER,
        SCHEDULED_DEPARTURE,
        crossingPoint,
        COUNTRY_OF_DESTINATION,
        escorted);
  }

  // --- Arrival registration (inbound cases) ---

  private static final String ARRIVAL_KEY = IdempotencyKey.of(CASE_NUMBER, "register-arrival");

  @Test
  void registeringAnArrivalSendsTheReturneeAndTheArrivalAndGivesTheReference() throws IOException {
    committee.answers(
        201, "{\"reference\": \"SBC-A-1\", \"registeredAt\": \"2026-06-03T13:20:00Z\"}");

    assertThat(adapter.registerArrival(arrival())).isEqualTo("SBC-A-1");

    Received request = committee.onlyRequest();
    assertThat(request.rawPath())
        .isEqualTo(BASE_PATH + BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH);
    assertCarriesTheOfficeCredentials(request);
    assertThat(request.header(BorderAuthorityApi.IDEMPOTENCY_KEY_HEADER)).isEqualTo(ARRIVAL_KEY);
    assertThat(json.readTree(request.body()))
        .isEqualTo(
            json.readTree(
                """
                {"caseNumber": "%s",
                 "person": {"surname": "%s", "givenNames": "%s", "dateOfBirth": "%s",
                            "citizenship": "BY"},
                 "document": {"type": "PASSPORT", "number": "%s"},
                 "arrival": {"flightNumber": "%s", "arrivedOn": "2026-06-03",
                             "crossingPoint": "MINSK_NATIONAL_AIRPORT",
                             "countryOfDeparture": "DE"}}"""
                    .formatted(
                        CASE_NUMBER,
                        SURNAME,
                        GIVEN_NAMES,
                        DATE_OF_BIRTH,
                        DOCUMENT_NUMBER,
                        FLIGHT_NUMBER)));
    Exchange exchange =
        assertAudited(
            HttpBorderAuthority.OPERATION_ARRIVAL_REGISTRATION,
            ARRIVAL_KEY,
            ExchangeOutcome.ANSWERED,
            201);
    assertThat(exchange.detail()).isEqualTo("SBC-A-1");
  }

  @Test
  void noEntryOnRecordIsTheBusinessAnswerTheCaseActsOn() {
    committee.answers(422, problem(BorderAuthorityApi.ENTRY_NOT_ON_RECORD));

    assertThatThrownBy(() -> adapter.registerArrival(arrival()))
        .isInstanceOf(ArrivalNotOnRecordException.class)
        .satisfies(HttpBorderAuthorityTest::holdsNoPersonalData);
    Exchange exchange =
        assertAudited(
            HttpBorderAuthority.OPERATION_ARRIVAL_REGISTRATION,
            ARRIVAL_KEY,
            ExchangeOutcome.ANSWERED,
            422);
    assertThat(exchange.detail()).isEqualTo(BorderAuthorityApi.ENTRY_NOT_ON_RECORD);
  }

  @ParameterizedTest(name = "HTTP {0} {1}")
  @CsvSource({"503, UNAVAILABLE", "422, SOMETHING_ELSE", "409, IDEMPOTENCY_KEY_REUSED"})
  void anyOtherAnswerToARegistrationIsATechnicalFailureThatIsRetried(int status, String code) {
    committee.answers(status, problem(code));

    assertThatThrownBy(() -> adapter.registerArrival(arrival()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("arrival registration")
        .hasMessageContaining("HTTP " + status)
        .satisfies(HttpBorderAuthorityTest::holdsNoPersonalData);
    assertAudited(
        HttpBorderAuthority.OPERATION_ARRIVAL_REGISTRATION,
        ARRIVAL_KEY,
        ExchangeOutcome.FAILED,
        status);
  }

  private static ArrivalRegistration arrival() {
    return new ArrivalRegistration(
        CASE_NUMBER,
        ARRIVAL_KEY,
        SURNAME,
        GIVEN_NAMES,
        DATE_OF_BIRTH,
        "BY",
        PASSPORT,
        DOCUMENT_NUMBER,
        FLIGHT_NUMBER,
        LocalDate.of(2026, 6, 3),
        CrossingPoint.MINSK_NATIONAL_AIRPORT,
        "DE");
  }

  private static NotificationWithdrawal withdrawal(String reference) {
    return new NotificationWithdrawal(
        CASE_NUMBER, WITHDRAWAL_KEY, reference, NotificationWithdrawal.Reason.REBOOKED);
  }

  /** The Committee's acknowledgement as it writes it on the wire: receivedAt as an instant. */
  private static String receipt() {
    return """
        {"reference": "%s", "receivedAt": "%s"}
        """
        .formatted(REFERENCE, RECEIVED_AT);
  }

  private static String problem(String code) {
    return """
        {"code": "%s", "message": "Answer of the test Committee"}
        """
        .formatted(code);
  }

  private static void assertCarriesTheOfficeCredentials(Received request) {
    assertThat(request.header(HttpHeaders.AUTHORIZATION))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private Exchange assertNotificationAudited(ExchangeOutcome outcome, Integer httpStatus) {
    return assertAudited(
        HttpBorderAuthority.OPERATION_DEPARTURE_NOTIFICATION, KEY, outcome, httpStatus);
  }

  private Exchange assertWithdrawalAudited(ExchangeOutcome outcome, Integer httpStatus) {
    return assertAudited(
        HttpBorderAuthority.OPERATION_NOTIFICATION_WITHDRAWAL, WITHDRAWAL_KEY, outcome, httpStatus);
  }

  /**
   * Exactly one audit record for the call, naming the party, the operation, the case and the key,
   * and holding none of the personal data that was sent.
   */
  private Exchange assertAudited(
      String operation, String key, ExchangeOutcome outcome, Integer httpStatus) {
    assertThat(audit.records()).hasSize(1);
    Exchange exchange = audit.records().get(0);
    assertThat(exchange.party()).isEqualTo(HttpBorderAuthority.PARTY);
    assertThat(exchange.operation()).isEqualTo(operation);
    assertThat(exchange.caseNumber()).isEqualTo(CASE_NUMBER);
    assertThat(exchange.idempotencyKey()).isEqualTo(key);
    assertThat(exchange.outcome()).isEqualTo(outcome);
    assertThat(exchange.httpStatus()).isEqualTo(httpStatus);
    assertThat(exchange.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(Objects.toString(exchange.detail(), ""))
        .doesNotContain(
            SURNAME, GIVEN_NAMES, DATE_OF_BIRTH.toString(), DOCUMENT_NUMBER, FLIGHT_NUMBER);
    return exchange;
  }

  /** Exception messages end up in Cockpit incidents, which operators read: no personal data. */
  private static void holdsNoPersonalData(Throwable thrown) {
    assertThat(thrown.getMessage())
        .doesNotContain(
            SURNAME, GIVEN_NAMES, DATE_OF_BIRTH.toString(), DOCUMENT_NUMBER, FLIGHT_NUMBER);
  }
}

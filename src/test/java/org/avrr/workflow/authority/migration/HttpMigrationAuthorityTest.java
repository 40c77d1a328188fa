package org.avrr.workflow.authority.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.EXIT_CLEARANCES_PATH;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.PERSON_NOT_FOUND;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.STATUS_CHECKS_PATH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.ExchangeAudit;
import org.avrr.workflow.authority.ExchangeAudit.Exchange;
import org.avrr.workflow.authority.ExchangeOutcome;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
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
 * The Ministry of Internal Affairs adapter against a real HTTP server that the test starts on the
 * loopback interface: what goes over the wire, how each kind of answer ends for the case, and what
 * the audit trail keeps of it.
 */
class HttpMigrationAuthorityTest {

  /** A base URL with a path, as the Ministry's gateway has: the adapter must keep it. */
  private static final String BASE_PATH = "/mia/avrr";

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
  private static final String KEY =
      IdempotencyKey.of(CASE_NUMBER, EligibilityProcess.TASK_CHECK_MIGRATION_STATUS);
  private static final String SURNAME = "Ahmed";
  private static final String GIVEN_NAMES = "Karwan";
  private static final LocalDate DATE_OF_BIRTH = LocalDate.of(1994, 3, 14);
  private static final String CITIZENSHIP = "IQ";
  private static final String PASSPORT = "PASSPORT";
  private static final String DOCUMENT_NUMBER = "A1234567";

  /** The answer's obstacle fields, by their JSON name. */
  private static final Map<String, Predicate<StatusCheckResult>> OBSTACLES =
      Map.of(
          "pendingProceedings", StatusCheckResult::pendingProceedings,
          "removalOrder", StatusCheckResult::removalOrder,
          "entryBan", StatusCheckResult::entryBan,
          "outstandingFines", StatusCheckResult::outstandingFines);

  private static final String REFERENCE = "MIA-7F3A9C01D2";
  private static final Instant CHECKED_AT = Instant.parse("2026-03-14T09:30:00Z");

  private static final String EXIT_CLEARANCE_KEY =
      IdempotencyKey.of(CASE_NUMBER, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);

  /** Not the citizenship, so that two swapped fields cannot hide each other. */
  private static final String COUNTRY_OF_DESTINATION = "TR";

  private static final String CLEARANCE_REFERENCE = "MIA-0C41E7B2A9";
  private static final Instant RECEIVED_AT = Instant.parse("2026-05-04T08:15:00Z");

  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
  private final RecordingAudit audit = new RecordingAudit();
  private StubMinistry ministry;
  private HttpMigrationAuthority adapter;

  @BeforeEach
  void startTheMinistry() throws IOException {
    ministry = new StubMinistry();
    adapter =
        new HttpMigrationAuthority(
            new MigrationAuthorityProperties(
                ministry.baseUrl(), USERNAME, PASSWORD, CONNECT_TIMEOUT, READ_TIMEOUT),
            RestClient.builder(),
            json,
            audit);
  }

  @AfterEach
  void stopTheMinistry() {
    ministry.stop();
  }

  // --- The Ministry answers ---

  @Test
  void ministryAnswerBecomesTheStatusCheckResult() {
    ministry.answers(200, answer(LegalStatus.REJECTED_ASYLUM_SEEKER, true, false, true, false));

    StatusCheckResult result = adapter.checkStatus(migrantWithPassport());

    assertThat(result)
        .isEqualTo(
            new StatusCheckResult(
                REFERENCE,
                LegalStatus.REJECTED_ASYLUM_SEEKER,
                true,
                false,
                true,
                false,
                CHECKED_AT));
    Exchange exchange = assertAudited(ExchangeOutcome.ANSWERED, 200);
    assertThat(exchange.detail()).isEqualTo(REFERENCE);
  }

  @ParameterizedTest
  @EnumSource(LegalStatus.class)
  void everyLegalStatusTheMinistryRecordsIsRead(LegalStatus status) {
    ministry.answers(200, answer(status, false, false, false, false));

    StatusCheckResult result = adapter.checkStatus(migrantWithPassport());

    assertThat(result.legalStatus()).isEqualTo(status);
  }

  /** One obstacle at a time, so that two swapped fields cannot hide each other. */
  @ParameterizedTest
  @ValueSource(strings = {"pendingProceedings", "removalOrder", "entryBan", "outstandingFines"})
  void eachObstacleOnRecordIsReadIntoItsOwnField(String obstacle) throws IOException {
    ObjectNode answer = (ObjectNode) json.readTree(clearAnswer());
    answer.put(obstacle, true);
    ministry.answers(200, json.writeValueAsString(answer));

    StatusCheckResult result = adapter.checkStatus(migrantWithPassport());

    assertThat(
            OBSTACLES.entrySet().stream()
                .filter(field -> field.getValue().test(result))
                .map(Map.Entry::getKey))
        .containsExactly(obstacle);
  }

  @Test
  void requestCarriesTheOfficeCredentialsTheIdempotencyKeyAndThePersonAsJson() throws IOException {
    ministry.answers(200, clearAnswer());

    adapter.checkStatus(migrantWithPassport());

    ReceivedRequest request = ministry.onlyRequest();
    assertThat(request.method()).isEqualTo(HttpMethod.POST.name());
    assertThat(request.path()).isEqualTo(BASE_PATH + STATUS_CHECKS_PATH);
    assertThat(request.header(HttpHeaders.AUTHORIZATION))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    assertThat(request.header(IDEMPOTENCY_KEY_HEADER)).isEqualTo(KEY);
    assertThat(MediaType.parseMediaType(request.header(HttpHeaders.CONTENT_TYPE)))
        .matches(MediaType.APPLICATION_JSON::isCompatibleWith);
    assertThat(request.header(HttpHeaders.ACCEPT)).contains(MediaType.APPLICATION_JSON_VALUE);
    assertThat(json.readTree(request.body()))
        .isEqualTo(
            json.readTree(
                """
                {"caseNumber": "%s",
                 "person": {"surname": "%s", "givenNames": "%s", "dateOfBirth": "1994-03-14",
                            "citizenship": "%s"},
                 "document": {"type": "%s", "number": "%s"}}
                """
                    .formatted(
                        CASE_NUMBER,
                        SURNAME,
                        GIVEN_NAMES,
                        CITIZENSHIP,
                        PASSPORT,
                        DOCUMENT_NUMBER)));
  }

  @Test
  void migrantWithoutDocumentIsCheckedWithoutADocumentInTheRequest() throws IOException {
    ministry.answers(200, clearAnswer());

    adapter.checkStatus(migrantWithoutDocument());

    JsonNode body = json.readTree(ministry.onlyRequest().body());
    assertThat(body.has("document")).as("document present in %s", body).isFalse();
    assertThat(body.get("person").get("surname").asText()).isEqualTo(SURNAME);
  }

  /**
   * The Ministry may add fields to its answer without telling us (OpenAPI allows it): the answer is
   * still read, instead of failing every status check until someone changes our code.
   */
  @Test
  void answerWithFieldsThisSystemDoesNotKnowIsStillRead() throws IOException {
    ObjectNode answer = (ObjectNode) json.readTree(clearAnswer());
    answer.put("officeCode", "MINSK-01");
    ministry.answers(200, json.writeValueAsString(answer));

    StatusCheckResult result = adapter.checkStatus(migrantWithPassport());

    assertThat(result.reference()).isEqualTo(REFERENCE);
    assertAudited(ExchangeOutcome.ANSWERED, 200);
  }

  // --- Business refusal ---

  @Test
  void personUnknownToTheMinistryIsABusinessRefusalNotAFailure() {
    ministry.answers(404, problem(PERSON_NOT_FOUND));

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(PersonNotFoundException.class)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertAudited(ExchangeOutcome.REFUSED, 404);
    assertThat(exchange.detail()).isEqualTo(PERSON_NOT_FOUND);
  }

  @Test
  void personUnknownIsRecognisedEvenWhenTheProblemCarriesMoreFields() throws IOException {
    ObjectNode problem = (ObjectNode) json.readTree(problem(PERSON_NOT_FOUND));
    problem.put("traceId", "4bf92f3577b34da6");
    ministry.answers(404, json.writeValueAsString(problem));

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(PersonNotFoundException.class);
    assertAudited(ExchangeOutcome.REFUSED, 404);
  }

  // --- Technical failures: retried, then an incident ---

  @ParameterizedTest(name = "HTTP {0} {1}")
  @CsvSource({
    "404, NO_SUCH_RESOURCE",
    "400, INVALID_REQUEST",
    "401, UNAUTHORIZED",
    "409, IDEMPOTENCY_KEY_REUSED"
  })
  void anyOtherRefusalOfTheRequestIsATechnicalFailureThatIsRetried(int status, String code) {
    ministry.answers(status, problem(code));

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining(code)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertAudited(ExchangeOutcome.FAILED, status);
    assertThat(exchange.detail()).isEqualTo(code);
  }

  /** A wrong base URL must never read as "person unknown": that would mislead a case manager. */
  @Test
  void notFoundPageOfAWrongAddressIsATechnicalFailureNotAnUnknownPerson() {
    ministry.answers(404, "<html><body>404 Not Found</body></html>");

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP 404");
    Exchange exchange = assertAudited(ExchangeOutcome.FAILED, 404);
    assertThat(exchange.detail()).isNull();
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 503})
  void ministryServerErrorIsATechnicalFailureNamingTheHttpStatus(int status) {
    ministry.answers(status, status == 503 ? problem("UNAVAILABLE") : "");

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    assertAudited(ExchangeOutcome.FAILED, status);
  }

  @Test
  void ministryTooSlowToAnswerIsATechnicalFailureWithoutHttpStatus() {
    // The stub would answer a clear 200 in the end: only the read timeout turns it into a failure.
    ministry.answersAfter(SLOWER_THAN_READ_TIMEOUT, 200, clearAnswer());

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertAudited(ExchangeOutcome.FAILED, null);
    assertThat(exchange.detail()).isNotBlank();
  }

  @Test
  void ministryNotReachableIsATechnicalFailureWithoutHttpStatus() {
    ministry.stop();

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    assertAudited(ExchangeOutcome.FAILED, null);
  }

  static Stream<Arguments> unreadableAnswers() {
    return Stream.of(
        Arguments.of("not JSON", "<html><body>Maintenance until 06:00</body></html>"),
        Arguments.of("empty", ""),
        Arguments.of("JSON null", "null"),
        Arguments.of("a JSON array", "[]"),
        Arguments.of(
            "required fields missing",
            "{\"reference\": \"%s\", \"legalStatus\": \"%s\"}"
                .formatted(REFERENCE, LegalStatus.IRREGULAR_STAY.name())),
        Arguments.of("checkedAt null", clearAnswer().replace("\"" + CHECKED_AT + "\"", "null")),
        Arguments.of(
            "unknown legal status",
            clearAnswer().replace(LegalStatus.IRREGULAR_STAY.name(), "DEPORTED")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableAnswers")
  void answerThisSystemCannotReadIsATechnicalFailure(String what, String body) {
    ministry.answers(200, body);

    assertThatThrownBy(() -> adapter.checkStatus(migrantWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("cannot read")
        .hasMessageContaining(CASE_NUMBER);
    assertAudited(ExchangeOutcome.FAILED, 200);
  }

  // --- Exit clearance: acknowledged now, decided later by callback ---

  @Test
  void ministryAcknowledgingTheExitClearanceRequestGivesItsReference() {
    ministry.answers(202, receipt());

    String reference = adapter.requestExitClearance(exitClearanceWithPassport());

    assertThat(reference).isEqualTo(CLEARANCE_REFERENCE);
    Exchange exchange = assertExitClearanceAudited(ExchangeOutcome.ANSWERED, 202);
    assertThat(exchange.detail()).isEqualTo(CLEARANCE_REFERENCE);
  }

  @Test
  void acknowledgementWithOkInsteadOfAcceptedIsReadTheSame() {
    ministry.answers(200, receipt());

    assertThat(adapter.requestExitClearance(exitClearanceWithPassport()))
        .isEqualTo(CLEARANCE_REFERENCE);
    assertExitClearanceAudited(ExchangeOutcome.ANSWERED, 200);
  }

  @Test
  void exitClearanceRequestCarriesTheOfficeCredentialsTheIdempotencyKeyAndTheCountryOfReturn()
      throws IOException {
    ministry.answers(202, receipt());

    adapter.requestExitClearance(exitClearanceWithPassport());

    ReceivedRequest request = ministry.onlyRequest();
    assertThat(request.method()).isEqualTo(HttpMethod.POST.name());
    assertThat(request.path()).isEqualTo(BASE_PATH + EXIT_CLEARANCES_PATH);
    assertThat(request.header(HttpHeaders.AUTHORIZATION))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    assertThat(request.header(IDEMPOTENCY_KEY_HEADER)).isEqualTo(EXIT_CLEARANCE_KEY);
    assertThat(MediaType.parseMediaType(request.header(HttpHeaders.CONTENT_TYPE)))
        .matches(MediaType.APPLICATION_JSON::isCompatibleWith);
    assertThat(request.header(HttpHeaders.ACCEPT)).contains(MediaType.APPLICATION_JSON_VALUE);
    assertThat(json.readTree(request.body()))
        .isEqualTo(
            json.readTree(
                """
                {"caseNumber": "%s",
                 "person": {"surname": "%s", "givenNames": "%s", "dateOfBirth": "1994-03-14",
                            "citizenship": "%s"},
                 "document": {"type": "%s", "number": "%s"},
                 "countryOfDestination": "%s"}
                """
                    .formatted(
                        CASE_NUMBER,
                        SURNAME,
                        GIVEN_NAMES,
                        CITIZENSHIP,
                        PASSPORT,
                        DOCUMENT_NUMBER,
                        COUNTRY_OF_DESTINATION)));
  }

  /** The emergency travel document is still being requested from the embassy. */
  @Test
  void migrantWithoutDocumentYetIsRequestedWithoutADocumentInTheRequest() throws IOException {
    ministry.answers(202, receipt());

    adapter.requestExitClearance(exitClearanceWithoutDocument());

    JsonNode body = json.readTree(ministry.onlyRequest().body());
    assertThat(body.has("document")).as("document present in %s", body).isFalse();
    assertThat(body.get("countryOfDestination").asText()).isEqualTo(COUNTRY_OF_DESTINATION);
    assertThat(body.get("person").get("surname").asText()).isEqualTo(SURNAME);
  }

  /**
   * Only the decision by callback can refuse an exit; no answer to the request itself can, not even
   * an unknown person.
   */
  @ParameterizedTest(name = "HTTP {0} {1}")
  @CsvSource({
    "503, UNAVAILABLE",
    "400, INVALID_REQUEST",
    "401, UNAUTHORIZED",
    "404, PERSON_NOT_FOUND",
    "409, IDEMPOTENCY_KEY_REUSED"
  })
  void anyAnswerButAnAcknowledgementOfTheExitClearanceIsATechnicalFailureThatIsRetried(
      int status, String code) {
    ministry.answers(status, problem(code));

    assertThatThrownBy(() -> adapter.requestExitClearance(exitClearanceWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("exit clearance request")
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertExitClearanceAudited(ExchangeOutcome.FAILED, status);
    assertThat(exchange.detail()).isEqualTo(code);
  }

  @Test
  void ministryTooSlowToAcknowledgeTheExitClearanceIsATechnicalFailureWithoutHttpStatus() {
    // The stub would acknowledge in the end: only the read timeout turns it into a failure.
    ministry.answersAfter(SLOWER_THAN_READ_TIMEOUT, 202, receipt());

    assertThatThrownBy(() -> adapter.requestExitClearance(exitClearanceWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    Exchange exchange = assertExitClearanceAudited(ExchangeOutcome.FAILED, null);
    assertThat(exchange.detail()).isNotBlank();
  }

  @Test
  void ministryNotReachableForTheExitClearanceIsATechnicalFailureWithoutHttpStatus() {
    ministry.stop();

    assertThatThrownBy(() -> adapter.requestExitClearance(exitClearanceWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining(CASE_NUMBER)
        .satisfies(HttpMigrationAuthorityTest::holdsNoPersonalData);
    assertExitClearanceAudited(ExchangeOutcome.FAILED, null);
  }

  static Stream<Arguments> unreadableAcknowledgements() {
    return Stream.of(
        Arguments.of("not JSON", "<html><body>Maintenance until 06:00</body></html>"),
        Arguments.of("malformed JSON", "{\"reference\": \"" + CLEARANCE_REFERENCE + "\""),
        Arguments.of("empty", ""),
        Arguments.of("JSON null", "null"),
        Arguments.of("a JSON array", "[]"),
        Arguments.of("without a reference", "{\"receivedAt\": \"%s\"}".formatted(RECEIVED_AT)),
        Arguments.of(
            "reference null", receipt().replace("\"" + CLEARANCE_REFERENCE + "\"", "null")),
        Arguments.of("reference blank", receipt().replace(CLEARANCE_REFERENCE, " ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableAcknowledgements")
  void acknowledgementThisSystemCannotReadIsATechnicalFailure(String what, String body) {
    ministry.answers(202, body);

    assertThatThrownBy(() -> adapter.requestExitClearance(exitClearanceWithPassport()))
        .isInstanceOf(AuthorityUnavailableException.class)
        .hasMessageContaining("cannot read")
        .hasMessageContaining(CASE_NUMBER);
    Exchange exchange = assertExitClearanceAudited(ExchangeOutcome.FAILED, 202);
    assertThat(exchange.detail()).isEqualTo("unreadable answer");
  }

  // --- Helpers ---

  private static StatusCheckRequest migrantWithPassport() {
    return new StatusCheckRequest(
        CASE_NUMBER,
        KEY,
        SURNAME,
        GIVEN_NAMES,
        DATE_OF_BIRTH,
        CITIZENSHIP,
        PASSPORT,
        DOCUMENT_NUMBER);
  }

  private static StatusCheckRequest migrantWithoutDocument() {
    return new StatusCheckRequest(
        CASE_NUMBER, KEY, SURNAME, GIVEN_NAMES, DATE_OF_BIRTH, CITIZENSHIP, null, null);
  }

  private static ExitClearanceRequest exitClearanceWithPassport() {
    return new ExitClearanceRequest(
        CASE_NUMBER,
        EXIT_CLEARANCE_KEY,
        SURNAME,
        GIVEN_NAMES,
        DATE_OF_BIRTH,
        CITIZENSHIP,
        PASSPORT,
        DOCUMENT_NUMBER,
        COUNTRY_OF_DESTINATION);
  }

  private static ExitClearanceRequest exitClearanceWithoutDocument() {
    return new ExitClearanceRequest(
        CASE_NUMBER,
        EXIT_CLEARANCE_KEY,
        SURNAME,
        GIVEN_NAMES,
        DATE_OF_BIRTH,
        CITIZENSHIP,
        null,
        null,
        COUNTRY_OF_DESTINATION);
  }

  /** The Ministry's acknowledgement as it writes it on the wire: receivedAt as an instant. */
  private static String receipt() {
    return """
        {"reference": "%s", "receivedAt": "%s"}
        """
        .formatted(CLEARANCE_REFERENCE, RECEIVED_AT);
  }

  private static String clearAnswer() {
    return answer(LegalStatus.IRREGULAR_STAY, false, false, false, false);
  }

  /** The answer as the Ministry writes it on the wire: checkedAt as an ISO-8601 instant. */
  private static String answer(
      LegalStatus status,
      boolean pendingProceedings,
      boolean removalOrder,
      boolean entryBan,
      boolean outstandingFines) {
    return """
        {"reference": "%s", "legalStatus": "%s", "pendingProceedings": %s, "removalOrder": %s,
         "entryBan": %s, "outstandingFines": %s, "checkedAt": "%s"}
        """
        .formatted(
            REFERENCE,
            status.name(),
            pendingProceedings,
            removalOrder,
            entryBan,
            outstandingFines,
            CHECKED_AT);
  }

  private static String problem(String code) {
    return """
        {"code": "%s", "message": "Answer of the test Ministry"}
        """
        .formatted(code);
  }

  /**
   * Exactly one audit record for the call, naming the party, the operation, the case and the key,
   * and holding none of the personal data that was sent.
   */
  private Exchange assertAudited(ExchangeOutcome outcome, Integer httpStatus) {
    return assertAudited(HttpMigrationAuthority.OPERATION_STATUS_CHECK, KEY, outcome, httpStatus);
  }

  private Exchange assertExitClearanceAudited(ExchangeOutcome outcome, Integer httpStatus) {
    return assertAudited(
        HttpMigrationAuthority.OPERATION_EXIT_CLEARANCE, EXIT_CLEARANCE_KEY, outcome, httpStatus);
  }

  private Exchange assertAudited(
      String operation, String key, ExchangeOutcome outcome, Integer httpStatus) {
    assertThat(audit.records).hasSize(1);
    Exchange exchange = audit.records.get(0);
    assertThat(exchange.party()).isEqualTo(HttpMigrationAuthority.PARTY);
    assertThat(exchange.operation()).isEqualTo(operation);
    assertThat(exchange.caseNumber()).isEqualTo(CASE_NUMBER);
    assertThat(exchange.idempotencyKey()).isEqualTo(key);
    assertThat(exchange.outcome()).isEqualTo(outcome);
    assertThat(exchange.httpStatus()).isEqualTo(httpStatus);
    assertThat(exchange.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(Objects.toString(exchange.detail(), ""))
        .doesNotContain(SURNAME, GIVEN_NAMES, DATE_OF_BIRTH.toString(), DOCUMENT_NUMBER);
    return exchange;
  }

  /** Exception messages end up in Cockpit incidents, which operators read: no personal data. */
  private static void holdsNoPersonalData(Throwable thrown) {
    assertThat(thrown.getMessage())
        .doesNotContain(SURNAME, GIVEN_NAMES, DATE_OF_BIRTH.toString(), DOCUMENT_NUMBER);
  }

  private static final class RecordingAudit implements ExchangeAudit {

    private final List<Exchange> records = new ArrayList<>();

    @Override
    public void record(Exchange exchange) {
      records.add(exchange);
    }
  }

  private record ReceivedRequest(String method, String path, Headers headers, String body) {

    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** The Ministry's side of the wire: answers as it is told and remembers what it was sent. */
  private static final class StubMinistry implements HttpHandler {

    private final HttpServer server;
    // Own threads, so a slow answer never blocks the server's dispatcher or its stop.
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch testEnded = new CountDownLatch(1);
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "";
    private volatile Duration delay = Duration.ZERO;
    private boolean stopped;

    StubMinistry() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", this);
      server.setExecutor(threads);
      server.start();
    }

    URI baseUrl() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
    }

    void answers(int status, String body) {
      answersAfter(Duration.ZERO, status, body);
    }

    void answersAfter(Duration delay, int status, String body) {
      this.delay = delay;
      this.status = status;
      this.body = body;
    }

    ReceivedRequest onlyRequest() {
      assertThat(received).hasSize(1);
      return received.get(0);
    }

    void stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      testEnded.countDown();
      server.stop(0);
      threads.shutdownNow();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try {
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        received.add(
            new ReceivedRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (!delay.isZero()) {
          // The one place a wait is right: a Ministry that is slower than our read timeout.
          testEnded.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        byte[] answer = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set(HttpHeaders.CONTENT_TYPE, contentType(body));
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // The client gave up (read timeout): nobody is left to answer.
      } finally {
        exchange.close();
      }
    }

    private static String contentType(String body) {
      return body.startsWith("<") ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_JSON_VALUE;
    }
  }
}

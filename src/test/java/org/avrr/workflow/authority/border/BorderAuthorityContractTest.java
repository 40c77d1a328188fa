package org.avrr.workflow.authority.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.ENTRY_NOT_ON_RECORD;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.NOTIFICATION_NOT_FOUND;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.WITHDRAWAL_PATH;
import static org.avrr.workflow.testing.OpenApiSchemas.componentNames;
import static org.avrr.workflow.testing.OpenApiSchemas.list;
import static org.avrr.workflow.testing.OpenApiSchemas.map;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Arrival;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureNotificationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Flight;
import org.avrr.workflow.authority.border.BorderAuthorityApi.NotificationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Problem;
import org.avrr.workflow.authority.border.BorderAuthorityApi.WithdrawalBody;
import org.avrr.workflow.testing.OpenApiSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The published contract (docs/api/border-authority.openapi.yaml) and the Java records the adapter
 * and the sandbox speak (BorderAuthorityApi) say the same thing: change one without the other and
 * this test fails.
 */
class BorderAuthorityContractTest {

  private static final Path CONTRACT = Path.of("docs", "api", "border-authority.openapi.yaml");
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

  private static Map<String, Object> openApi;
  private static OpenApiSchemas schemas;

  @BeforeAll
  static void readTheContract() throws IOException {
    try (Reader reader = Files.newBufferedReader(CONTRACT)) {
      openApi = new Yaml().load(reader);
    }
    schemas = new OpenApiSchemas(openApi);
  }

  @Test
  void contractIsOpenApi303WithArrivalRegistrationAdded() {
    assertThat(openApi.get("openapi")).isEqualTo("3.0.3");
    assertThat(map(openApi.get("info"))).containsEntry("version", "1.1.0");
  }

  @Test
  void contractHasExactlyThePathsTheAdapterCalls() {
    assertThat(map(openApi.get("paths")))
        .containsOnlyKeys(
            DEPARTURE_NOTIFICATIONS_PATH, WITHDRAWAL_PATH, ARRIVAL_REGISTRATIONS_PATH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {DEPARTURE_NOTIFICATIONS_PATH, WITHDRAWAL_PATH, ARRIVAL_REGISTRATIONS_PATH})
  void eachRequestIsOnlyEverPosted(String path) {
    assertThat(map(map(openApi.get("paths")).get(path))).containsOnlyKeys("post");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {DEPARTURE_NOTIFICATIONS_PATH, WITHDRAWAL_PATH, ARRIVAL_REGISTRATIONS_PATH})
  void idempotencyKeyIsARequiredHeaderNamedAsTheAdapterSendsIt(String path) {
    List<Map<String, Object>> headers = parameters(path, "header");

    assertThat(headers).hasSize(1);
    assertThat(headers.get(0))
        .containsEntry("name", IDEMPOTENCY_KEY_HEADER)
        .containsEntry("required", true);
  }

  @Test
  void withdrawalNamesTheNotificationByARequiredPathParameter() {
    List<Map<String, Object>> inPath = parameters(WITHDRAWAL_PATH, "path");

    assertThat(inPath).hasSize(1);
    assertThat(inPath.get(0)).containsEntry("required", true);
    assertThat(new UriTemplate(WITHDRAWAL_PATH).getVariableNames())
        .containsExactly((String) inPath.get(0).get("name"));
    assertThat(map(inPath.get(0).get("schema"))).containsEntry("type", "string");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {DEPARTURE_NOTIFICATIONS_PATH, WITHDRAWAL_PATH, ARRIVAL_REGISTRATIONS_PATH})
  void everyCallIsAuthenticatedWithHttpBasic(String path) {
    List<Map<String, Object>> requirements =
        list(schemas.post(path).getOrDefault("security", openApi.get("security")));
    assertThat(requirements).hasSize(1);
    String scheme = requirements.get(0).keySet().iterator().next();

    assertThat(map(map(map(openApi.get("components")).get("securitySchemes")).get(scheme)))
        .containsEntry("type", "http")
        .containsEntry("scheme", "basic");
  }

  // --- Departure notification ---

  @Test
  void notificationHasExactlyTheFieldsTheAdapterSends() {
    Map<String, Object> requestBody = requestBody(DEPARTURE_NOTIFICATIONS_PATH);

    assertThat(requestBody).containsEntry("required", true);
    Map<String, Object> body = schemas.jsonSchema(requestBody);
    schemas.assertSchemaMatches(DepartureNotificationBody.class, body);
    assertThat(list(body.get("required")))
        .as("document is absent when the case records no document number")
        .containsExactlyInAnyOrder("caseNumber", "passenger", "flight", "escorted");
  }

  @Test
  void everyFieldOfTheFlightIsRequired() {
    Map<String, Object> flight = property(notificationBody(), "flight");

    assertThat(list(flight.get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(Flight.class));
  }

  @Test
  void crossingPointsAreExactlyThoseTheCaseKnows() {
    Map<String, Object> crossingPoint =
        property(property(notificationBody(), "flight"), "crossingPoint");

    assertThat(list(crossingPoint.get("enum")))
        .containsExactly(Arrays.stream(CrossingPoint.values()).map(Enum::name).toArray());
  }

  @Test
  void scheduledDepartureCarriesItsOffset() {
    Map<String, Object> scheduledDeparture =
        property(property(notificationBody(), "flight"), "scheduledDeparture");

    assertThat(scheduledDeparture).containsEntry("format", "date-time");
    assertThat((String) scheduledDeparture.get("example")).endsWith("+03:00");
  }

  @Test
  void notificationIsAcknowledgedWithAcceptedAndTheFieldsTheAdapterReads() {
    assertThat(successes(DEPARTURE_NOTIFICATIONS_PATH))
        .as("the only success is the acknowledgement; exit control is reported by callback")
        .containsExactly("202");

    Map<String, Object> receipt =
        schemas.jsonSchema(schemas.response(DEPARTURE_NOTIFICATIONS_PATH, "202"));

    schemas.assertSchemaMatches(NotificationReceipt.class, receipt);
    assertThat(list(receipt.get("required"))).contains("reference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "401", "409", "503"})
  void everyErrorAnswerToTheNotificationIsAProblemWithCodeAndMessage(String status) {
    assertIsAProblem(schemas.jsonSchema(schemas.response(DEPARTURE_NOTIFICATIONS_PATH, status)));
  }

  // --- Arrival registration ---

  @Test
  void arrivalRegistrationHasExactlyTheFieldsTheAdapterSends() {
    Map<String, Object> requestBody = requestBody(ARRIVAL_REGISTRATIONS_PATH);

    assertThat(requestBody).containsEntry("required", true);
    Map<String, Object> body = schemas.jsonSchema(requestBody);
    schemas.assertSchemaMatches(ArrivalRegistrationBody.class, body);
    assertThat(list(body.get("required")))
        .containsExactlyInAnyOrder("caseNumber", "person", "arrival");
    assertThat(list(property(body, "arrival").get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(Arrival.class));
  }

  @Test
  void arrivalIsRegisteredWithCreatedAndTheReferenceTheAdapterReads() {
    assertThat(successes(ARRIVAL_REGISTRATIONS_PATH)).containsExactly("201");
    Map<String, Object> receipt =
        schemas.jsonSchema(schemas.response(ARRIVAL_REGISTRATIONS_PATH, "201"));

    schemas.assertSchemaMatches(ArrivalRegistrationReceipt.class, receipt);
    assertThat(list(receipt.get("required"))).contains("reference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "401", "409", "422", "503"})
  void everyErrorAnswerToTheRegistrationIsAProblemWithCodeAndMessage(String status) {
    assertIsAProblem(schemas.jsonSchema(schemas.response(ARRIVAL_REGISTRATIONS_PATH, status)));
  }

  @Test
  void noEntryOnRecordIsAnUnprocessableEntityWithTheCodeTheAdapterRecognises() {
    Map<String, Object> example =
        map(
            map(map(schemas.response(ARRIVAL_REGISTRATIONS_PATH, "422").get("content")).get(JSON))
                .get("example"));

    assertThat(example).containsEntry("code", ENTRY_NOT_ON_RECORD);
  }

  // --- Withdrawal ---

  @Test
  void withdrawalHasExactlyTheFieldsTheAdapterSendsAllRequired() {
    Map<String, Object> requestBody = requestBody(WITHDRAWAL_PATH);

    assertThat(requestBody).containsEntry("required", true);
    Map<String, Object> body = schemas.jsonSchema(requestBody);
    schemas.assertSchemaMatches(WithdrawalBody.class, body);
    assertThat(list(body.get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(WithdrawalBody.class));
  }

  @Test
  void withdrawalIsDoneWithNoContent() {
    assertThat(successes(WITHDRAWAL_PATH)).containsExactly("204");
    assertThat(schemas.response(WITHDRAWAL_PATH, "204")).doesNotContainKey("content");
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "401", "404", "409", "503"})
  void everyErrorAnswerToTheWithdrawalIsAProblemWithCodeAndMessage(String status) {
    assertIsAProblem(schemas.jsonSchema(schemas.response(WITHDRAWAL_PATH, status)));
  }

  @Test
  void unknownNotificationIsANotFoundWithTheCodeTheAdapterRecognises() {
    Map<String, Object> example =
        map(
            map(map(schemas.response(WITHDRAWAL_PATH, "404").get("content")).get(JSON))
                .get("example"));

    assertThat(example).containsEntry("code", NOTIFICATION_NOT_FOUND);
  }

  @Test
  void everyRequiredFieldIsDeclared() {
    map(map(openApi.get("components")).get("schemas"))
        .forEach(
            (name, schema) ->
                assertThat(map(map(schema).getOrDefault("properties", Map.of())).keySet())
                    .as("properties of %s", name)
                    .containsAll(list(map(schema).getOrDefault("required", List.of()))));
  }

  // --- Reading the OpenAPI document ---

  private static void assertIsAProblem(Map<String, Object> problem) {
    schemas.assertSchemaMatches(Problem.class, problem);
    assertThat(list(problem.get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(Problem.class));
  }

  private static List<Map<String, Object>> parameters(String path, String in) {
    return list(schemas.post(path).get("parameters")).stream()
        .map(schemas::resolve)
        .filter(parameter -> in.equals(parameter.get("in")))
        .toList();
  }

  private static Map<String, Object> requestBody(String path) {
    return schemas.resolve(schemas.post(path).get("requestBody"));
  }

  private static Map<String, Object> notificationBody() {
    return schemas.jsonSchema(requestBody(DEPARTURE_NOTIFICATIONS_PATH));
  }

  private static Map<String, Object> property(Map<String, Object> schema, String name) {
    return schemas.resolve(map(schema.get("properties")).get(name));
  }

  private static List<String> successes(String path) {
    return map(schemas.post(path).get("responses")).keySet().stream()
        .filter(status -> status.startsWith("2"))
        .toList();
  }
}

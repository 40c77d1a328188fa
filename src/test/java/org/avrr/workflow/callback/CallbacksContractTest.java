package org.avrr.workflow.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.testing.OpenApiSchemas.componentNames;
import static org.avrr.workflow.testing.OpenApiSchemas.list;
import static org.avrr.workflow.testing.OpenApiSchemas.map;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.arrival.ArrivalCallback;
import org.avrr.workflow.arrival.MissionArrivalReport;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureRecord;
import org.avrr.workflow.authority.border.BorderCrossing.Outcome;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.authority.migration.ExitClearance.Decision;
import org.avrr.workflow.authority.migration.ExitClearance.RefusalReason;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceDecision;
import org.avrr.workflow.callback.CallbackDelivery.Receipt;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.avrr.workflow.predeparture.ExitClearanceCallback;
import org.avrr.workflow.testing.OpenApiSchemas;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The API we serve to outside parties (docs/api/avrr-callbacks.openapi.yaml) says what the code
 * does: the Ministry's decision has the fields of {@link ExitClearanceDecision}, the State Border
 * Committee's departure record those of {@link DepartureRecord}, each is posted to the path its
 * contract names, and every answer {@link CallbackController} gives is documented. Change one
 * without the other and this test fails.
 */
class CallbacksContractTest {

  private static final Path CONTRACT = Path.of("docs", "api", "avrr-callbacks.openapi.yaml");
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

  private static final String PARTY = ExitClearanceCallback.PARTY;
  private static final String KIND = ExitClearanceCallback.KIND;
  private static final String EXIT_CLEARANCE_PATH = "/api/callbacks/" + PARTY + "/" + KIND;
  private static final String USERNAME = "ministry";
  private static final String PASSWORD = "callback-secret-for-tests";
  private static final String CASE_NUMBER = "BY-2026-000042";
  private static final String REQUEST_KEY = CASE_NUMBER + ":Task_RequestExitClearance";

  /**
   * The State Border Committee's departure record. Its callback contract belongs to the travel
   * process; until it is there, the path is named here as the sandbox posts to it.
   */
  private static final String BORDER_AUTHORITY = "border-authority";

  private static final String DEPARTURE = "departure";
  private static final String DEPARTURE_PATH =
      "/api/callbacks/" + BORDER_AUTHORITY + "/" + DEPARTURE;

  /** A receiving mission's arrival report: one path for every mission, by its code. */
  private static final String ARRIVAL_PATH = "/api/callbacks/mission-{code}/arrival";

  private static final String MISSION_IRQ = "mission-irq";
  private static final String MISSION_DEU = "mission-deu";
  private static final String MISSION_PASSWORD = "mission-secret-for-tests";

  private static Map<String, Object> openApi;

  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
  private final CallbackDelivery delivery = mock(CallbackDelivery.class);
  private final CallbackController controller =
      new CallbackController(
          delivery,
          new CallbackProperties(
              Map.of(
                  PARTY,
                  new CallbackProperties.Client(USERNAME, PASSWORD),
                  MISSION_IRQ,
                  new CallbackProperties.Client(MISSION_IRQ, MISSION_PASSWORD),
                  MISSION_DEU,
                  new CallbackProperties.Client(MISSION_DEU, MISSION_PASSWORD)),
              Duration.ofSeconds(15),
              Duration.ofDays(30),
              org.springframework.util.unit.DataSize.ofKilobytes(64),
              5,
              Duration.ofMinutes(10)),
          json);

  @BeforeAll
  static void readTheContract() throws IOException {
    try (Reader reader = Files.newBufferedReader(CONTRACT)) {
      openApi = new Yaml().load(reader);
    }
  }

  /** The real checks of the Ministry's decision; only what happens to the case is stood in for. */
  @BeforeEach
  void theMinistrysDecisionIsAKnownCallback() {
    CallbackContract exitClearance =
        new ExitClearanceCallback(
            new OfficeCalendar(new OfficeProperties("BY", ZoneId.of("Europe/Minsk"))));
    when(delivery.contract(PARTY, KIND)).thenReturn(Optional.of(exitClearance));
    when(delivery.contract(MISSION_IRQ, ArrivalCallback.KIND))
        .thenReturn(Optional.of(arrivalReport()));
    when(delivery.contract(MISSION_DEU, ArrivalCallback.KIND))
        .thenReturn(Optional.of(arrivalReport()));
  }

  /**
   * The real checks of a mission's arrival report; whose case it is (the case's country of return,
   * read from the engine's history) is stood in for: BY-2026-000042 returns to Iraq.
   */
  private static CallbackContract arrivalReport() {
    OfficeCalendar calendar =
        new OfficeCalendar(new OfficeProperties("BY", ZoneId.of("Europe/Minsk")));
    MissionDirectory missions =
        new MissionDirectory(
            new IdentityProperties(
                false,
                List.of(
                    new IdentityProperties.Mission("irq", "IOM Iraq", "IQ", null),
                    new IdentityProperties.Mission("deu", "IOM Germany", "DE", null))));
    return new ArrivalCallback(missions, mock(HistoryService.class), calendar) {
      @Override
      public boolean mayAnswerFor(String caller, String caseNumber) {
        return caller.equals(MISSION_IRQ) && caseNumber.equals(CASE_NUMBER);
      }
    };
  }

  @Test
  void contractIsOpenApi303() {
    assertThat(openApi.get("openapi")).isEqualTo("3.0.3");
  }

  // --- Where the Ministry posts its decision ---

  @Test
  void exitClearanceDecisionIsPostedToThePathNamedByItsPartyAndKind() {
    Map<String, Object> paths = map(openApi.get("paths"));

    assertThat(paths)
        .containsOnlyKeys(
            EXIT_CLEARANCE_PATH,
            DEPARTURE_PATH,
            ARRIVAL_PATH,
            "/api/callbacks/mission-{code}/reintegration-plan");
    assertThat(map(paths.get(EXIT_CLEARANCE_PATH))).containsOnlyKeys("post");
  }

  @Test
  void documentedPathIsTheOneTheControllerServesForTheMinistrysDecision() {
    assertThat(new UriTemplate(CallbackController.PATH).expand(PARTY, KIND))
        .hasPath(EXIT_CLEARANCE_PATH);
  }

  @Test
  void everyCallbackIsAuthenticatedWithHttpBasicOfTheCallingParty() {
    List<Map<String, Object>> requirements =
        list(exitClearance().getOrDefault("security", openApi.get("security")));
    assertThat(requirements).hasSize(1);
    String scheme = requirements.get(0).keySet().iterator().next();
    Map<String, Object> securityScheme =
        map(map(map(openApi.get("components")).get("securitySchemes")).get(scheme));

    assertThat(securityScheme).containsEntry("type", "http").containsEntry("scheme", "basic");
    assertThat((String) securityScheme.get("description")).contains("avrr.callbacks.clients.");
  }

  // --- What the Ministry sends ---

  @Test
  void decisionHasExactlyTheFieldsOfTheMinistrysRecord() {
    Map<String, Object> requestBody = resolve(exitClearance().get("requestBody"));

    assertThat(requestBody).containsEntry("required", true);
    assertSchemaMatches(ExitClearanceDecision.class, jsonSchema(requestBody));
  }

  @Test
  void everyFieldButTheRefusalReasonIsRequired() {
    Map<String, Object> decision = jsonSchema(resolve(exitClearance().get("requestBody")));

    assertThat(list(decision.get("required")))
        .containsExactlyInAnyOrderElementsOf(
            componentNames(ExitClearanceDecision.class).stream()
                .filter(name -> !name.equals("refusalReason"))
                .toList());
  }

  @Test
  void decisionsAndRefusalReasonsAreExactlyThoseTheCaseKnows() {
    Map<String, Object> properties =
        map(jsonSchema(resolve(exitClearance().get("requestBody"))).get("properties"));

    assertThat(list(resolve(properties.get("decision")).get("enum")))
        .containsExactly(names(Decision.values()));
    assertThat(list(resolve(properties.get("refusalReason")).get("enum")))
        .containsExactly(names(RefusalReason.values()));
  }

  @Test
  void everyDocumentedExampleIsADecisionTheOfficeAccepts() throws IOException {
    when(delivery.receive(any(), any(), any(), any(), any())).thenReturn(Receipt.DELIVERED);
    Map<String, Object> examples =
        map(
            map(map(resolve(exitClearance().get("requestBody")).get("content")).get(JSON))
                .get("examples"));
    assertThat(examples).containsOnlyKeys(names(Decision.values()));

    for (Map.Entry<String, Object> example : examples.entrySet()) {
      String body = json.writeValueAsString(map(example.getValue()).get("value"));

      ResponseEntity<?> answer = controller.receive(PARTY, KIND, ministrysCredentials(), body);

      assertThat(answer.getStatusCode().value())
          .as("answer to %s", example.getKey())
          .isEqualTo(200);
    }
  }

  // --- What the office answers ---

  @Test
  void documentedAnswersAreExactlyThoseTheControllerGives() {
    assertThat(responses().keySet())
        .containsExactlyInAnyOrder("200", "202", "400", "401", "404", "409");
  }

  /** A receipt the controller learned to give but the contract does not show fails here. */
  @ParameterizedTest
  @EnumSource(Receipt.class)
  void everyFateOfAWellFormedDecisionIsADocumentedAnswer(Receipt receipt) throws IOException {
    when(delivery.receive(any(), any(), any(), any(), any())).thenReturn(receipt);

    ResponseEntity<?> answer =
        controller.receive(PARTY, KIND, ministrysCredentials(), decision(Decision.CLEARED));

    assertDocumented(answer, receipt.name());
  }

  @Test
  void receiptStatusesAreExactlyTheFatesOfAnAcceptedDecision() {
    List<String> accepted =
        Arrays.stream(Receipt.values())
            .filter(receipt -> answerTo(receipt).getStatusCode().is2xxSuccessful())
            .map(Receipt::name)
            .toList();
    Map<String, Object> status =
        resolve(map(map(openApi.get("components")).get("schemas")).get("Receipt"));

    assertThat(list(resolve(map(status.get("properties")).get("status")).get("enum")))
        .containsExactlyInAnyOrderElementsOf(accepted);
  }

  @Test
  void wrongCredentialsAreADocumentedUnauthorizedWithABasicChallenge() throws IOException {
    String wrong =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USERNAME + ":guess").getBytes(StandardCharsets.UTF_8));

    ResponseEntity<?> answer = controller.receive(PARTY, KIND, wrong, decision(Decision.CLEARED));

    assertDocumented(answer, "UNAUTHORIZED");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(map(response("401").get("headers"))).containsKey(HttpHeaders.WWW_AUTHENTICATE);
  }

  @Test
  void bodyThatIsNotJsonIsADocumentedMalformedBody() {
    ResponseEntity<?> answer =
        controller.receive(PARTY, KIND, ministrysCredentials(), "<decision>CLEARED</decision>");

    assertDocumented(answer, "MALFORMED_BODY");
  }

  @Test
  void refusalWithoutAReasonIsADocumentedInvalidCallback() throws IOException {
    ResponseEntity<?> answer =
        controller.receive(PARTY, KIND, ministrysCredentials(), decision(Decision.REFUSED));

    assertDocumented(answer, "INVALID_CALLBACK");
  }

  @Test
  void kindOfCallbackThePartyDoesNotSendIsADocumentedUnknownCallback() throws IOException {
    ResponseEntity<?> answer =
        controller.receive(PARTY, KIND + "s", ministrysCredentials(), decision(Decision.CLEARED));

    assertDocumented(answer, "UNKNOWN_CALLBACK");
  }

  // --- What the State Border Committee sends ---

  @Test
  void departureRecordIsPostedToThePathNamedByItsPartyAndKind() {
    assertThat(map(map(openApi.get("paths")).get(DEPARTURE_PATH))).containsOnlyKeys("post");
    assertThat(new UriTemplate(CallbackController.PATH).expand(BORDER_AUTHORITY, DEPARTURE))
        .hasPath(DEPARTURE_PATH);
  }

  @Test
  void departureRecordHasExactlyTheFieldsOfTheCommitteesRecord() {
    Map<String, Object> requestBody = resolve(departure().get("requestBody"));

    assertThat(requestBody).containsEntry("required", true);
    assertSchemaMatches(DepartureRecord.class, jsonSchema(requestBody));
  }

  @Test
  void everyFieldButTheCrossingPointIsRequiredAndNoOtherIsAllowed() {
    Map<String, Object> record = jsonSchema(resolve(departure().get("requestBody")));

    assertThat(list(record.get("required")))
        .containsExactlyInAnyOrderElementsOf(
            componentNames(DepartureRecord.class).stream()
                .filter(name -> !name.equals("crossingPoint"))
                .toList());
    assertThat(record).containsEntry("additionalProperties", false);
  }

  @Test
  void outcomesAndCrossingPointsAreExactlyThoseTheCaseKnows() {
    Map<String, Object> properties =
        map(jsonSchema(resolve(departure().get("requestBody"))).get("properties"));

    assertThat(OpenApiSchemas.<String>list(resolve(properties.get("outcome")).get("enum")))
        .containsExactly(names(Outcome.values()));
    assertThat(OpenApiSchemas.<String>list(resolve(properties.get("crossingPoint")).get("enum")))
        .containsExactly(names(CrossingPoint.values()));
  }

  /** One example per outcome, each a record the Committee's Java side reads field for field. */
  @Test
  void everyDocumentedDepartureExampleIsAWellFormedRecordOfItsOutcome() {
    Map<String, Object> examples =
        map(
            map(map(resolve(departure().get("requestBody")).get("content")).get(JSON))
                .get("examples"));
    assertThat(examples).containsOnlyKeys(names(Outcome.values()));

    for (Map.Entry<String, Object> example : examples.entrySet()) {
      DepartureRecord record =
          json.copy()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .convertValue(map(example.getValue()).get("value"), DepartureRecord.class);

      assertThat(record.outcome().name())
          .as("example %s", example.getKey())
          .isEqualTo(example.getKey());
      assertThat(record.requestKey()).startsWith(record.caseNumber() + ":");
      assertThat(record.reference()).isNotBlank();
      assertThat(record.recordedAt()).isBefore(Instant.now());
    }
  }

  /**
   * The Committee's callback is answered exactly as the Ministry's: one door, one set of answers.
   */
  @Test
  void departureRecordGetsTheSameDocumentedAnswersAndCredentialsAsEveryCallback() {
    Map<String, Object> departureAnswers = map(departure().get("responses"));

    assertThat(departureAnswers.keySet()).containsExactlyInAnyOrderElementsOf(responses().keySet());
    departureAnswers.forEach(
        (status, answer) ->
            assertThat(resolve(answer)).as("answer %s", status).isEqualTo(response(status)));
    assertThat(departure().getOrDefault("security", openApi.get("security")))
        .isEqualTo(exitClearance().getOrDefault("security", openApi.get("security")));
  }

  // --- What a receiving mission's system sends ---

  @Test
  void arrivalReportIsPostedToThePathOfTheMissionByItsCode() {
    Map<String, Object> operation = arrival();
    Map<String, Object> code =
        list(operation.get("parameters")).stream()
            .map(OpenApiSchemas::map)
            .filter(parameter -> "code".equals(parameter.get("name")))
            .findFirst()
            .orElseThrow();

    assertThat(code).containsEntry("in", "path").containsEntry("required", true);
    assertThat(new UriTemplate(ARRIVAL_PATH).expand(code.get("example")))
        .isEqualTo(
            new UriTemplate(CallbackController.PATH).expand(MISSION_IRQ, ArrivalCallback.KIND));
    assertThat(map(map(openApi.get("paths")).get(ARRIVAL_PATH))).containsOnlyKeys("post");
  }

  @Test
  void reintegrationPlanHasExactlyTheFieldsOfTheMissionsSubmissionAndTheComponentsOfThePlanForm() {
    Map<String, Object> operation =
        map(
            map(map(openApi.get("paths")).get("/api/callbacks/mission-{code}/reintegration-plan"))
                .get("post"));
    Map<String, Object> submission = jsonSchema(resolve(operation.get("requestBody")));

    assertSchemaMatches(org.avrr.workflow.reintegration.MissionPlanSubmission.class, submission);
    assertThat(list(submission.get("required")))
        .containsExactlyInAnyOrder("caseNumber", "requestKey", "components");
    Map<String, Object> component =
        resolve(map(map(submission.get("properties")).get("components")).get("items"));
    assertThat(map(component.get("properties")))
        .containsOnlyKeys(
            org.avrr.workflow.reintegration.ReintegrationPlan.KIND,
            org.avrr.workflow.reintegration.ReintegrationPlan.DESCRIPTION,
            org.avrr.workflow.reintegration.ReintegrationPlan.AMOUNT,
            org.avrr.workflow.reintegration.ReintegrationPlan.MODALITY,
            org.avrr.workflow.reintegration.ReintegrationPlan.SUPPLIER,
            org.avrr.workflow.reintegration.ReintegrationPlan.INSTALMENTS,
            org.avrr.workflow.reintegration.ReintegrationPlan.FIRST_DUE_MONTHS,
            org.avrr.workflow.reintegration.ReintegrationPlan.INTERVAL_MONTHS);
    assertThat(
            OpenApiSchemas.<String>list(
                resolve(map(component.get("properties")).get("component")).get("enum")))
        .containsExactly(names(org.avrr.workflow.reintegration.ReintegrationPlan.Kind.values()));
    assertThat(new UriTemplate("/api/callbacks/mission-{code}/reintegration-plan").expand("irq"))
        .isEqualTo(
            new UriTemplate(CallbackController.PATH)
                .expand(
                    MISSION_IRQ, org.avrr.workflow.reintegration.ReintegrationPlanCallback.KIND));
  }

  @Test
  void arrivalReportHasExactlyTheFieldsOfTheMissionsRecord() {
    Map<String, Object> requestBody = resolve(arrival().get("requestBody"));
    Map<String, Object> report = jsonSchema(requestBody);

    assertThat(requestBody).containsEntry("required", true);
    assertSchemaMatches(MissionArrivalReport.class, report);
    assertThat(list(report.get("required")))
        .containsExactlyInAnyOrder("caseNumber", "requestKey", "outcome");
    assertThat(report).containsEntry("additionalProperties", false);
    assertThat(
            OpenApiSchemas.<String>list(
                resolve(map(report.get("properties")).get("outcome")).get("enum")))
        .containsExactly(names(MissionArrivalReport.Outcome.values()));
  }

  @Test
  void everyDocumentedArrivalExampleIsAReportTheOfficeAccepts() throws IOException {
    when(delivery.receive(any(), any(), any(), any(), any())).thenReturn(Receipt.DELIVERED);
    Map<String, Object> examples =
        map(
            map(map(resolve(arrival().get("requestBody")).get("content")).get(JSON))
                .get("examples"));
    assertThat(examples).containsOnlyKeys(names(MissionArrivalReport.Outcome.values()));

    for (Map.Entry<String, Object> example : examples.entrySet()) {
      String body = json.writeValueAsString(map(example.getValue()).get("value"));

      ResponseEntity<?> answer =
          controller.receive(
              MISSION_IRQ, ArrivalCallback.KIND, missionCredentials(MISSION_IRQ), body);

      assertThat(answer.getStatusCode().value())
          .as("answer to %s", example.getKey())
          .isEqualTo(200);
    }
  }

  /** Another mission's system learns only that it may not answer for the case. */
  @Test
  void anotherMissionsReportIsADocumentedForbiddenAndNothingIsStored() throws IOException {
    ResponseEntity<?> answer =
        controller.receive(
            MISSION_DEU, ArrivalCallback.KIND, missionCredentials(MISSION_DEU), arrivedReport());

    assertDocumented(arrival(), answer, "NOT_YOUR_CASE");
    org.mockito.Mockito.verify(delivery, org.mockito.Mockito.never())
        .receive(any(), any(), any(), any(), any());
  }

  @Test
  void aMissionsCredentialsAreNoGoodForAnotherMissionsPath() throws IOException {
    ResponseEntity<?> answer =
        controller.receive(
            MISSION_IRQ, ArrivalCallback.KIND, missionCredentials(MISSION_DEU), arrivedReport());

    assertDocumented(arrival(), answer, "UNAUTHORIZED");
  }

  /** The same answers as every callback, and the one more a shared contract can give. */
  @Test
  void arrivalReportGetsEveryCallbacksAnswersAndForbidden() {
    Map<String, Object> arrivalAnswers = map(arrival().get("responses"));

    assertThat(arrivalAnswers.keySet())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    responses().keySet().stream(), java.util.stream.Stream.of("403"))
                .toList());
    responses()
        .forEach(
            (status, answer) ->
                assertThat(resolve(arrivalAnswers.get(status)))
                    .as("answer %s", status)
                    .isEqualTo(response(status)));
  }

  // --- Answers and contract side by side ---

  /**
   * The answer's HTTP status is documented, shows an example named by the answer's status or code,
   * and the body has exactly the fields of the documented schema.
   */
  private void assertDocumented(ResponseEntity<?> answer, String statusOrCode) {
    assertDocumented(exitClearance(), answer, statusOrCode);
  }

  private void assertDocumented(
      Map<String, Object> operation, ResponseEntity<?> answer, String statusOrCode) {
    String httpStatus = String.valueOf(answer.getStatusCode().value());
    Map<String, Object> answers = map(operation.get("responses"));
    assertThat(answers).as("documented answers").containsKey(httpStatus);
    Map<String, Object> documented = resolve(answers.get(httpStatus));
    Map<String, Object> schema = jsonSchema(documented);
    JsonNode body = json.valueToTree(answer.getBody());

    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .as("fields of the %s answer", httpStatus)
        .containsExactlyInAnyOrderElementsOf(map(schema.get("properties")).keySet());
    String field = answer.getStatusCode().is2xxSuccessful() ? "status" : "code";
    assertThat(body.get(field).asText()).isEqualTo(statusOrCode);
    Map<String, Object> examples =
        map(map(map(documented.get("content")).get(JSON)).get("examples"));
    assertThat(examples).as("examples of the %s answer", httpStatus).containsKey(statusOrCode);
    assertThat(map(map(examples.get(statusOrCode)).get("value")))
        .containsEntry(field, statusOrCode);
  }

  private ResponseEntity<?> answerTo(Receipt receipt) {
    when(delivery.receive(any(), any(), any(), any(), any())).thenReturn(receipt);
    try {
      return controller.receive(PARTY, KIND, ministrysCredentials(), decision(Decision.CLEARED));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A decision as the Ministry writes it, decided an hour ago; no refusal reason. */
  private String decision(Decision decision) throws IOException {
    return json.writeValueAsString(
        new ExitClearanceDecision(
            CASE_NUMBER,
            REQUEST_KEY,
            "MIA-3F2A9C01D2",
            decision,
            null,
            Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
  }

  private static String ministrysCredentials() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  // --- Reading the OpenAPI document ---

  private static Map<String, Object> exitClearance() {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(EXIT_CLEARANCE_PATH);
    return map(map(paths.get(EXIT_CLEARANCE_PATH)).get("post"));
  }

  private static Map<String, Object> departure() {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(DEPARTURE_PATH);
    return map(map(paths.get(DEPARTURE_PATH)).get("post"));
  }

  private static Map<String, Object> arrival() {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(ARRIVAL_PATH);
    return map(map(paths.get(ARRIVAL_PATH)).get("post"));
  }

  private String arrivedReport() throws IOException {
    return json.writeValueAsString(
        new MissionArrivalReport(
            CASE_NUMBER,
            CASE_NUMBER + ":Task_ConfirmArrival#1",
            MissionArrivalReport.Outcome.ARRIVED,
            java.time.LocalDate.now(ZoneId.of("Europe/Minsk")),
            null));
  }

  private static String missionCredentials(String mission) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((mission + ":" + MISSION_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> responses() {
    return map(exitClearance().get("responses"));
  }

  private static Map<String, Object> response(String status) {
    assertThat(responses()).as("responses").containsKey(status);
    return resolve(responses().get(status));
  }

  private static void assertSchemaMatches(
      Class<? extends Record> record, Map<String, Object> schema) {
    new OpenApiSchemas(openApi).assertSchemaMatches(record, schema);
  }

  private static Map<String, Object> jsonSchema(Map<String, Object> bodyOrResponse) {
    return new OpenApiSchemas(openApi).jsonSchema(bodyOrResponse);
  }

  private static Map<String, Object> resolve(Object node) {
    return new OpenApiSchemas(openApi).resolve(node);
  }
}

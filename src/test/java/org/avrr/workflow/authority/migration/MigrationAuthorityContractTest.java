package org.avrr.workflow.authority.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.EXIT_CLEARANCES_PATH;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.PERSON_NOT_FOUND;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.STATUS_CHECKS_PATH;
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
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceBody;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceReceipt;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Problem;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckAnswer;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckBody;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;
import org.avrr.workflow.testing.OpenApiSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.yaml.snakeyaml.Yaml;

/**
 * The published contract (docs/api/migration-authority.openapi.yaml) and the Java records the
 * adapter and the sandbox speak (MigrationAuthorityApi) say the same thing: change one without the
 * other and this test fails.
 */
class MigrationAuthorityContractTest {

  private static final Path CONTRACT = Path.of("docs", "api", "migration-authority.openapi.yaml");
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

  private static Map<String, Object> openApi;

  @BeforeAll
  static void readTheContract() throws IOException {
    try (Reader reader = Files.newBufferedReader(CONTRACT)) {
      openApi = new Yaml().load(reader);
    }
  }

  @Test
  void contractIsOpenApi303() {
    assertThat(openApi.get("openapi")).isEqualTo("3.0.3");
  }

  @Test
  void contractHasExactlyThePathsTheAdapterCalls() {
    assertThat(map(openApi.get("paths")))
        .containsOnlyKeys(STATUS_CHECKS_PATH, EXIT_CLEARANCES_PATH);
  }

  @ParameterizedTest
  @ValueSource(strings = {STATUS_CHECKS_PATH, EXIT_CLEARANCES_PATH})
  void eachRequestIsOnlyEverPosted(String path) {
    assertThat(map(map(openApi.get("paths")).get(path))).containsOnlyKeys("post");
  }

  @ParameterizedTest
  @ValueSource(strings = {STATUS_CHECKS_PATH, EXIT_CLEARANCES_PATH})
  void idempotencyKeyIsARequiredHeaderNamedAsTheAdapterSendsIt(String path) {
    List<Map<String, Object>> headers =
        list(post(path).get("parameters")).stream()
            .map(MigrationAuthorityContractTest::resolve)
            .filter(parameter -> "header".equals(parameter.get("in")))
            .toList();

    assertThat(headers).hasSize(1);
    assertThat(headers.get(0))
        .containsEntry("name", IDEMPOTENCY_KEY_HEADER)
        .containsEntry("required", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {STATUS_CHECKS_PATH, EXIT_CLEARANCES_PATH})
  void everyCallIsAuthenticatedWithHttpBasic(String path) {
    List<Map<String, Object>> requirements =
        list(post(path).getOrDefault("security", openApi.get("security")));
    assertThat(requirements).hasSize(1);
    String scheme = requirements.get(0).keySet().iterator().next();

    assertThat(map(map(map(openApi.get("components")).get("securitySchemes")).get(scheme)))
        .containsEntry("type", "http")
        .containsEntry("scheme", "basic");
  }

  @Test
  void requestHasExactlyTheFieldsTheAdapterSends() {
    Map<String, Object> requestBody = resolve(post(STATUS_CHECKS_PATH).get("requestBody"));

    assertThat(requestBody).containsEntry("required", true);
    assertSchemaMatches(StatusCheckBody.class, jsonSchema(requestBody));
  }

  @Test
  void answerHasExactlyTheFieldsTheAdapterReadsAndAllAreRequired() {
    Map<String, Object> answer = jsonSchema(response(STATUS_CHECKS_PATH, "200"));

    assertSchemaMatches(StatusCheckAnswer.class, answer);
    assertThat(list(answer.get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(StatusCheckAnswer.class));
  }

  @Test
  void legalStatusesAreExactlyThoseTheAdapterKnows() {
    Map<String, Object> legalStatus =
        resolve(
            map(jsonSchema(response(STATUS_CHECKS_PATH, "200")).get("properties"))
                .get("legalStatus"));

    assertThat(list(legalStatus.get("enum")))
        .containsExactly(Arrays.stream(LegalStatus.values()).map(Enum::name).toArray());
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "401", "404", "409", "503"})
  void everyErrorAnswerToTheStatusCheckIsAProblemWithCodeAndMessage(String status) {
    assertIsAProblem(jsonSchema(response(STATUS_CHECKS_PATH, status)));
  }

  @Test
  void unknownPersonIsANotFoundWithTheCodeTheAdapterRecognises() {
    Map<String, Object> example =
        map(map(map(response(STATUS_CHECKS_PATH, "404").get("content")).get(JSON)).get("example"));

    assertThat(example).containsEntry("code", PERSON_NOT_FOUND);
  }

  @Test
  void exitClearanceRequestHasExactlyTheFieldsTheAdapterSends() {
    Map<String, Object> requestBody = resolve(post(EXIT_CLEARANCES_PATH).get("requestBody"));

    assertThat(requestBody).containsEntry("required", true);
    Map<String, Object> body = jsonSchema(requestBody);
    assertSchemaMatches(ExitClearanceBody.class, body);
    assertThat(list(body.get("required")))
        .containsExactlyInAnyOrder("caseNumber", "person", "countryOfDestination");
  }

  @Test
  void countryOfDestinationIsATwoLetterCountryCode() {
    Map<String, Object> country =
        resolve(
            map(jsonSchema(resolve(post(EXIT_CLEARANCES_PATH).get("requestBody")))
                    .get("properties"))
                .get("countryOfDestination"));

    assertThat(country).containsEntry("pattern", "^[A-Z]{2}$");
  }

  @Test
  void exitClearanceIsAcknowledgedWithAcceptedAndTheFieldsTheAdapterReads() {
    Map<String, Object> responses = map(post(EXIT_CLEARANCES_PATH).get("responses"));
    assertThat(responses.keySet())
        .as("the only success is the acknowledgement; the decision comes by callback")
        .filteredOn(status -> status.startsWith("2"))
        .containsExactly("202");

    Map<String, Object> receipt = jsonSchema(response(EXIT_CLEARANCES_PATH, "202"));

    assertSchemaMatches(ExitClearanceReceipt.class, receipt);
    assertThat(list(receipt.get("required"))).contains("reference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "401", "409", "503"})
  void everyErrorAnswerToTheExitClearanceRequestIsAProblemWithCodeAndMessage(String status) {
    assertIsAProblem(jsonSchema(response(EXIT_CLEARANCES_PATH, status)));
  }

  @Test
  void everyRequiredFieldIsDeclared() {
    map(map(openApi.get("components")).get("schemas"))
        .forEach(
            (name, schema) ->
                assertThat(map(map(schema).get("properties")).keySet())
                    .as("properties of %s", name)
                    .containsAll(list(map(schema).getOrDefault("required", List.of()))));
  }

  // --- Contract and records side by side ---

  private static void assertIsAProblem(Map<String, Object> problem) {
    assertSchemaMatches(Problem.class, problem);
    assertThat(list(problem.get("required")))
        .containsExactlyInAnyOrderElementsOf(componentNames(Problem.class));
  }

  // --- Reading the OpenAPI document ---

  /** The POST operation of {@code path}. */
  private static Map<String, Object> post(String path) {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(path);
    return map(map(paths.get(path)).get("post"));
  }

  private static Map<String, Object> response(String path, String status) {
    Map<String, Object> responses = map(post(path).get("responses"));
    assertThat(responses).as("responses").containsKey(status);
    return resolve(responses.get(status));
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

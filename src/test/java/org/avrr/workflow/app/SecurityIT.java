package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Who may reach what: the REST API, Tasklist, Cockpit and Admin. */
class SecurityIT extends ApplicationIT {

  @Test
  void theRestApiAnswers401WithoutCredentials() {
    ResponseEntity<String> answer =
        restAs(null)
            .get()
            .uri("/process-definition?maxResults=10")
            .retrieve()
            .toEntity(String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void theRestApiAnswers401ForUnknownCredentials() {
    ResponseEntity<String> answer =
        RestClient.create(baseUrl() + "/engine-rest")
            .get()
            .uri("/task?maxResults=10")
            .headers(
                headers -> // An existing user would be locked for a while after a wrong password
                    // (login throttling),
                    // which would disturb the other tests sharing this application.
                    headers.setBasicAuth("no-such-user", "not-the-password"))
            .exchange(
                (request, response) -> ResponseEntity.status(response.getStatusCode()).body(""));
    assertThat(answer.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aCounsellorSeesTheCaseProcessesButMayStartOnlyTheirOwn() {
    List<Map<String, Object>> definitions =
        restAs("counsellor")
            .get()
            .uri(
                "/process-definition?startableInTasklist=true&startablePermissionCheck=true&maxResults=50")
            .retrieve()
            .body(new ParameterizedTypeReference<>() {});
    List<String> keys =
        definitions.stream().map(definition -> (String) definition.get("key")).toList();
    assertThat(keys).containsExactlyInAnyOrder("avrr-outbound", "case-withdrawal");
  }

  @Test
  void managersReachCockpitButNotAdmin() {
    assertThat(login("manager", "cockpit")).isEqualTo(200);
    assertThat(login("manager", "admin")).isEqualTo(403);
  }

  @Test
  void officersAndMissionsReachTasklistOnly() {
    assertThat(login("counsellor", "tasklist")).isEqualTo(200);
    assertThat(login("counsellor", "cockpit")).isEqualTo(403);
    assertThat(login("counsellor", "admin")).isEqualTo(403);
    assertThat(login("mission-deu", "tasklist")).isEqualTo(200);
    assertThat(login("mission-deu", "cockpit")).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsReachAdmin() {
    assertThat(login("admin", "admin")).isEqualTo(200);
  }

  /**
   * Camunda's security instructions: a stored query (a Tasklist filter) may hold expressions that
   * the engine evaluates for whoever runs it, so only the administrator may store one.
   */
  @Test
  void onlyTheAdministratorStoresAQuery() {
    String filter =
        """
        {"resourceType": "Task", "name": "Mine",
         "query": {"assigneeExpression": "${execution.getProcessEngineServices()}"}}""";
    for (String user : List.of("counsellor", "manager", "case-manager", "mission-deu")) {
      assertThat(status(restAs(user).post().uri("/filter/create"), filter))
          .as(user + " stores a filter")
          .isEqualTo(403);
    }
  }

  @Test
  void anExpressionInAQueryIsRefusedNotEvaluated() {
    ResponseEntity<String> answer =
        restAs("counsellor")
            .get()
            .uri("/task?assigneeExpression={expression}&maxResults=10", "${currentUser()}")
            .retrieve()
            .toEntity(String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("Expressions are forbidden");
  }

  @Test
  void noQueryAnswersMoreThan2000Rows() {
    ResponseEntity<String> tooMany =
        restAs("manager")
            .get()
            .uri("/history/task?maxResults=2001")
            .retrieve()
            .toEntity(String.class);
    assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded");
    ResponseEntity<String> unbounded =
        restAs("manager").get().uri("/history/task").retrieve().toEntity(String.class);
    assertThat(unbounded.getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void onlyTheAdministratorDeploysModels() {
    for (String user : List.of("counsellor", "manager", "case-manager", "mission-deu")) {
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("deployment-name", "mine");
      parts.add(
          "model.bpmn",
          new org.springframework.core.io.ByteArrayResource(
              """
              <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                targetNamespace="x"><process id="Mine" isExecutable="true"/></definitions>"""
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
              return "model.bpmn";
            }
          });
      int answer =
          restAs(user)
              .post()
              .uri("/deployment/create")
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .body(parts)
              .exchange((request, response) -> response.getStatusCode().value());
      assertThat(answer).as(user + " deploys").isEqualTo(403);
    }
  }

  private static int status(RestClient.RequestBodySpec request, String json) {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((sent, response) -> response.getStatusCode().value());
  }

  /**
   * The webapps' own login, as the login page posts it: first a page visit for the session and its
   * CSRF token, then the login with both.
   */
  private int login(String user, String application) {
    return login(user, application, true);
  }

  /** Camunda's CSRF prevention: a form posted from another site carries no token. */
  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() {
    assertThat(login("manager", "cockpit", false)).isEqualTo(403);
  }

  private int login(String user, String application, boolean withCsrfToken) {
    return webappLogin(user, application, withCsrfToken).status();
  }
}

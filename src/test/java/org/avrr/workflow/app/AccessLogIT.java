package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.identity.AvrrGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Who read what: the office's data protection focal point asks who read a returnee's case, and sees
 * every read of its personal data — the counsellor opening the task's form in Tasklist, the same
 * through the REST API, a manager's Case history in Cockpit — with who and when; a list of tasks, a
 * refused read and a count are not reads of the case. Nobody else may read the log.
 */
class AccessLogIT extends CaseApiIT {

  private static final String FOCAL_POINT = "dp-focal-point";

  @BeforeEach
  void aFocalPointExists() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(FOCAL_POINT).count() == 0) {
      User user = identity.newUser(FOCAL_POINT);
      user.setPassword("Focal-Point-2026!");
      identity.saveUser(user);
      identity.createMembership(FOCAL_POINT, AvrrGroups.DATA_PROTECTION);
    }
  }

  @Test
  void theFocalPointSeesWhoReadACaseAndWhen() {
    String caseNumber = startCase("AL" + (System.nanoTime() % 10_000_000L));
    Map<String, Object> task = taskOf(caseNumber, "counsellor");
    String taskId = (String) task.get("id");
    String instance = (String) task.get("processInstanceId");

    // Not reads of the case's data: the task list, a count, a refused read.
    restAs("counsellor")
        .get()
        .uri("/task?processInstanceBusinessKey={c}", caseNumber)
        .retrieve()
        .toBodilessEntity();
    restAs("manager")
        .get()
        .uri("/history/variable-instance/count?processInstanceIdIn={i}", instance)
        .retrieve()
        .toBodilessEntity();
    assertThat(
            status(
                restAs("mission-deu")
                    .get()
                    .uri("/task/{id}/form-variables", taskId)
                    .retrieve()
                    .toBodilessEntity()))
        .isIn(403, 404);
    assertThat(readsOf(caseNumber)).isEmpty();

    // The counsellor opens the task in Tasklist, then through the REST API.
    assertThat(
            tasklistSession("counsellor")
                .get()
                .uri("/camunda/api/engine/engine/default/task/{id}/form-variables", taskId)
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    restAs("counsellor").get().uri("/task/{id}/variables", taskId).retrieve().toBodilessEntity();
    // A manager opens the Case history: the case's variables and their changes.
    restAs("manager")
        .get()
        .uri("/history/variable-instance?processInstanceIdIn={i}&maxResults=100", instance)
        .retrieve()
        .toBodilessEntity();
    restAs("manager")
        .post()
        .uri("/variable-instance?maxResults=100")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("processInstanceIdIn", List.of(instance)))
        .retrieve()
        .toBodilessEntity();

    List<Map<String, Object>> reads = readsOf(caseNumber);
    assertThat(reads)
        .extracting(read -> read.get("user") + " | " + read.get("what"))
        .containsExactly(
            "manager | variable values and history",
            "manager | variable values and history",
            "counsellor | task form and variables",
            "counsellor | task form and variables");
    assertThat(reads).allSatisfy(read -> assertThat(read.get("readAt")).isNotNull());
    assertThat(reads.get(3).get("request").toString())
        .startsWith("GET /camunda/api/engine/engine/default/task/" + taskId + "/form-variables");

    // A query's values may name a person: the log keeps the parameters' names only.
    restAs("manager")
        .get()
        .uri(
            "/history/variable-instance?processInstanceIdIn={i}&variableName=surname"
                + "&variableValues=surname_eq_Haddad&maxResults=10",
            instance)
        .retrieve()
        .toBodilessEntity();
    assertThat(readsOf(caseNumber).get(0).get("request").toString())
        .contains("variableValues")
        .doesNotContain("Haddad");

    // What one user read, for the focal point.
    assertThat(focalPoint().get().uri("/api/access-log?user=manager").retrieve().body(LIST))
        .extracting(read -> read.get("caseNumber"))
        .contains(caseNumber);
  }

  @Test
  void onlyTheFocalPointAndAdministratorsReadTheLog() {
    for (String user : List.of("counsellor", "case-manager", "manager", "mission-deu")) {
      assertThat(
              status(
                  RestClient.builder()
                      .baseUrl(baseUrl())
                      .defaultStatusHandler(code -> code.isError(), (request, response) -> {})
                      .build()
                      .get()
                      .uri("/api/access-log?user=counsellor")
                      .headers(headers -> headers.setBasicAuth(user, user))
                      .retrieve()
                      .toBodilessEntity()))
          .as(user)
          .isEqualTo(401);
    }
    assertThat(
            status(
                RestClient.create(baseUrl())
                    .get()
                    .uri("/api/access-log?user=counsellor")
                    .headers(headers -> headers.setBasicAuth("admin", "admin"))
                    .retrieve()
                    .toBodilessEntity()))
        .isEqualTo(200);
  }

  private List<Map<String, Object>> readsOf(String caseNumber) {
    return focalPoint().get().uri("/api/access-log?case={c}", caseNumber).retrieve().body(LIST);
  }

  private static RestClient focalPoint() {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultHeaders(headers -> headers.setBasicAuth(FOCAL_POINT, "Focal-Point-2026!"))
        .build();
  }

  /** Tasklist, logged in as the login page does. */
  private static RestClient tasklistSession(String user) {
    WebappLogin login = webappLogin(user, "tasklist", true);
    assertThat(login.status()).isEqualTo(200);
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultHeader(HttpHeaders.COOKIE, login.sessionCookie())
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .build();
  }
}

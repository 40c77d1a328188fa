package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
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
   * The webapps' own login, as the login page posts it: first a page visit for the session and its
   * CSRF token, then the login with both.
   */
  private int login(String user, String application) {
    RestClient webapps = RestClient.create(baseUrl());
    HttpHeaders visit =
        webapps
            .get()
            .uri("/camunda/app/welcome/default/")
            .exchange((request, response) -> response.getHeaders());
    String session =
        visit.get(HttpHeaders.SET_COOKIE).stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .findFirst()
            .orElseThrow();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    return webapps
        .post()
        .uri("/camunda/api/admin/auth/user/default/login/" + application)
        .header(HttpHeaders.COOKIE, session)
        .header("X-XSRF-TOKEN", visit.getFirst("X-XSRF-TOKEN"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .exchange((request, response) -> response.getStatusCode().value());
  }
}

package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrr.workflow.AvrrWorkflowApplication;
import org.avrr.workflow.testing.OfficeIdentityProvider;
import org.avrr.workflow.testing.OfficeIdentityProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * Single sign-on as an office runs it: staff open Tasklist or Cockpit, are sent to the office's
 * OpenID Connect provider (a real one, started here), log in there, and come back logged in with
 * the groups their directory groups mean here — nothing more: a person whose directory groups mean
 * none of ours sees no case, a provider account named like a local user does not become that user,
 * and the REST API still knows only local users.
 */
class SingleSignOnProfileIT {

  private static final Person COUNSELLOR =
      new Person(
          "olga-counsellor",
          "olga-at-the-provider",
          "Olga",
          "Kovalenko",
          "o.kovalenko@minsk.iom.example",
          List.of("All staff", "AVRR Counsellors"));
  private static final Person MANAGER =
      new Person(
          "pavel-manager",
          "pavel-at-the-provider",
          "Pavel",
          "Sidorov",
          "p.sidorov@minsk.iom.example",
          List.of("All staff", "CN=AVRR Managers,OU=Groups,DC=iom,DC=int"));
  private static final Person DRIVER =
      new Person(
          "anna-driver",
          "anna-at-the-provider",
          "Anna",
          "Belova",
          "a.belova@minsk.iom.example",
          List.of("All staff", "Fleet"));
  private static final Person NAMED_LIKE_THE_ADMINISTRATOR =
      new Person(
          "admin",
          "not-the-administrator",
          "Someone",
          "Else",
          "someone@elsewhere.example",
          List.of("AVRR Counsellors"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static OfficeIdentityProvider provider;
  private static ConfigurableApplicationContext application;
  private static String base;

  @BeforeAll
  static void startProviderAndApplication() {
    int port = TestSocketUtils.findAvailableTcpPort();
    base = "http://127.0.0.1:" + port;
    provider =
        OfficeIdentityProvider.start(
            base, List.of(COUNSELLOR, MANAGER, DRIVER, NAMED_LIKE_THE_ADMINISTRATOR));
    application =
        new SpringApplicationBuilder(AvrrWorkflowApplication.class)
            .profiles("sso")
            .run(
                "--server.port=" + port,
                "--spring.mail.port=" + TestSocketUtils.findAvailableTcpPort(),
                "--spring.datasource.url=jdbc:h2:mem:sso-profile-it;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false",
                "--avrr.demo.cases=4",
                "--AVRR_SSO_ISSUER_URI=" + provider.issuer(),
                "--AVRR_SSO_CLIENT_ID=" + OfficeIdentityProvider.CLIENT_ID,
                "--AVRR_SSO_CLIENT_SECRET=" + OfficeIdentityProvider.CLIENT_SECRET,
                "--AVRR_SSO_GROUP_MAPPING=AVRR Counsellors=counsellors;"
                    + "CN=AVRR Managers,OU=Groups,DC=iom,DC=int=managers");
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
    if (provider != null) {
      provider.close();
    }
  }

  @Test
  void aCounsellorSignsOnAtTheProviderAndWorksTheCounsellorsQueueInTasklist() throws Exception {
    Browser olga = new Browser();

    HttpResponse<String> tasklist = olga.signOn("/camunda/app/tasklist/default/", COUNSELLOR);

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.uri().toString()).startsWith(base + "/camunda/app/tasklist/");
    JsonNode me = olga.json("/camunda/api/admin/auth/user/default");
    assertThat(me.path("userId").asText()).isEqualTo("olga-counsellor");
    assertThat(me.path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    // Her queue is the counsellors': every task offered to them, no other.
    long counsellorsTasks =
        adminJson("/engine-rest/task/count?candidateGroup=counsellors").path("count").asLong();
    assertThat(counsellorsTasks).as("the demo office's cases at intake").isPositive();
    assertThat(olga.json("/camunda/api/engine/engine/default/task/count").path("count").asLong())
        .isEqualTo(counsellorsTasks);
    // Camunda knows her as the provider describes her (Admin lists her; a task can be hers).
    JsonNode profile = adminJson("/engine-rest/user/olga-counsellor/profile");
    assertThat(profile.path("firstName").asText()).isEqualTo("Olga");
    assertThat(profile.path("email").asText()).isEqualTo("o.kovalenko@minsk.iom.example");
    assertThat(adminJson("/engine-rest/group?member=olga-counsellor&maxResults=100").toString())
        .contains("\"counsellors\"")
        .doesNotContain("managers");
    // The REST API knows local users only: she has no password here.
    assertThat(
            basic("/engine-rest/task/count", "olga-counsellor", COUNSELLOR.password()).statusCode())
        .isEqualTo(401);

    // "Log out" ends the session: the webapps' calls are refused until she signs on again.
    assertThat(olga.post("/camunda/api/admin/auth/user/default/logout").statusCode())
        .isEqualTo(200);
    assertThat(olga.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }

  @Test
  void aManagerWhoseDirectoryGroupIsADistinguishedNameSeesCockpit() throws Exception {
    Browser pavel = new Browser();

    HttpResponse<String> cockpit = pavel.signOn("/camunda/app/cockpit/default/", MANAGER);

    assertThat(cockpit.statusCode()).isEqualTo(200);
    JsonNode me = pavel.json("/camunda/api/admin/auth/user/default");
    assertThat(me.path("authorizedApps").toString()).contains("cockpit");
    assertThat(
            pavel
                .json("/camunda/api/engine/engine/default/process-instance/count")
                .path("count")
                .asLong())
        .as("managers oversee every case")
        .isPositive();
  }

  @Test
  void aPersonWhoseDirectoryGroupsMeanNoneOfOursSeesNoCase() throws Exception {
    Browser anna = new Browser();

    anna.signOn("/camunda/app/tasklist/default/", DRIVER);

    JsonNode me = anna.json("/camunda/api/admin/auth/user/default");
    assertThat(me.path("userId").asText()).isEqualTo("anna-driver");
    assertThat(me.path("authorizedApps").toString())
        .doesNotContain("tasklist")
        .doesNotContain("cockpit")
        .doesNotContain("admin");
    assertThat(anna.get("/camunda/api/engine/engine/default/task/count").body())
        .doesNotContain("\"count\":1")
        .satisfiesAnyOf(
            body -> assertThat(body).contains("\"count\":0"),
            body -> assertThat(body).contains("not authorized"));
  }

  @Test
  void aProviderAccountNamedLikeALocalUserIsNotThatUser() throws Exception {
    Browser impostor = new Browser();

    HttpResponse<String> refused =
        impostor.signOn("/camunda/app/admin/default/", NAMED_LIKE_THE_ADMINISTRATOR);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("local user").doesNotContain("Exception");
    assertThat(impostor.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 403);
  }

  @Test
  void theWebappsCallsWithoutASessionGet401NotARedirect() throws Exception {
    HttpResponse<String> call = new Browser().get("/camunda/api/engine/engine/default/task/count");

    assertThat(call.statusCode()).isEqualTo(401);
  }

  /** A browser's cookie jar and redirects, over plain HTTP on the loopback. */
  private static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Opens a page, is sent to the provider's login form, logs in there, comes back. */
    HttpResponse<String> signOn(String page, Person person) throws Exception {
      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create(base + page))
                  .header("Accept", "text/html,application/xhtml+xml")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.uri().toString())
          .as("sent to the provider's login")
          .startsWith(provider.issuer() + "/login");
      Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
      assertThat(csrf.find()).as("the provider's login form").isTrue();
      String form =
          "username="
              + encode(person.username())
              + "&password="
              + encode(person.password())
              + "&_csrf="
              + encode(csrf.group(1));
      return http.send(
          HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept", "text/html,application/xhtml+xml")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    }

    /** A webapp's POST, with Camunda's CSRF token from its cookie as the webapps send it. */
    HttpResponse<String> post(String path) throws Exception {
      String token =
          ((CookieManager) http.cookieHandler().orElseThrow())
              .getCookieStore().getCookies().stream()
                  .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                  .map(java.net.HttpCookie::getValue)
                  .findFirst()
                  .orElse("");
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static JsonNode adminJson(String path) throws Exception {
    HttpResponse<String> response = basic(path, "admin", "admin");
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> basic(String path, String user, String password)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package org.avrr.workflow.app;

import java.util.Map;
import org.avrr.workflow.AvrrWorkflowApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The whole application on an in-memory H2, with its web server, sandbox authorities and demo
 * users, exactly as the embedded default runs, but with the job executor off so tests run jobs
 * themselves. Every IT shares this one context (same properties, so Spring's context cache reuses
 * it).
 */
// Metrics exported as in the application (Spring Boot tests turn export off by default).
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
    classes = AvrrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:avrr-it;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "avrr.identity.demo-users=true",
      // No demo office: every IT counts and finds exactly the cases it opened itself.
      "avrr.demo.cases=0",
      // The sandbox Ministry decides at once and stored answers are retried every second, so
      // tests wait for callbacks in seconds, not the embedded default's 20 seconds.
      "avrr.sandbox.callback-delay=PT0.2S",
      "avrr.callbacks.redelivery-interval=PT1S"
    })
public abstract class ApplicationIT {

  /** Chosen once, so the adapter's base URL can name the port before the server starts. */
  private static final int PORT = TestSocketUtils.findAvailableTcpPort();

  /** The embedded mail capture's SMTP port, free, so a running application cannot collide. */
  private static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("avrr.sandbox.callback-base-url", () -> "http://127.0.0.1:" + PORT);
    registry.add(
        "avrr.migration-authority.base-url",
        () -> "http://127.0.0.1:" + PORT + "/sandbox/migration-authority");
    registry.add(
        "avrr.border-authority.base-url",
        () -> "http://127.0.0.1:" + PORT + "/sandbox/border-authority");
  }

  @Autowired protected ProcessEngine engine;

  protected static String baseUrl() {
    return "http://127.0.0.1:" + PORT;
  }

  /** A login to a webapp: its answer's status and the session cookie to send from then on. */
  protected record WebappLogin(int status, String sessionCookie) {}

  /**
   * The webapps' own login, as the login page posts it: first a page visit for the session and its
   * CSRF token, then the login with both (without the token if {@code withCsrfToken} is false, as a
   * form posted from another site would be). The login may start a new session.
   */
  protected static WebappLogin webappLogin(String user, String application, boolean withCsrfToken) {
    RestClient webapps = RestClient.create(baseUrl());
    HttpHeaders visit =
        webapps
            .get()
            .uri("/camunda/app/welcome/default/")
            .exchange((request, response) -> response.getHeaders());
    String session = sessionCookieOf(visit);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    return webapps
        .post()
        .uri("/camunda/api/admin/auth/user/default/login/" + application)
        .header(HttpHeaders.COOKIE, session)
        .headers(
            headers -> {
              if (withCsrfToken) {
                headers.set("X-XSRF-TOKEN", visit.getFirst("X-XSRF-TOKEN"));
              }
            })
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .exchange(
            (request, response) ->
                new WebappLogin(
                    response.getStatusCode().value(),
                    response.getHeaders().get(HttpHeaders.SET_COOKIE) == null
                        ? session
                        : sessionCookieOf(response.getHeaders())));
  }

  private static String sessionCookieOf(HttpHeaders headers) {
    return headers.get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }

  /** The REST API as {@code user} (demo password = user id), or anonymous for null. */
  protected static RestClient restAs(String user) {
    RestClient.Builder builder =
        RestClient.builder()
            .baseUrl(baseUrl() + "/engine-rest")
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            // Let tests look at 4xx answers instead of exceptions.
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {});
    if (user != null) {
      builder.defaultHeaders(headers -> headers.setBasicAuth(user, user));
    }
    return builder.build();
  }

  /** A REST variable value as Tasklist sends it. */
  protected static Map<String, Object> value(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}

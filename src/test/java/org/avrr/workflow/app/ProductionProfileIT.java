package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.AvrrWorkflowApplication;
import org.avrr.workflow.testing.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile as an office runs it (PostgreSQL, behind its TLS proxy), checked from the
 * outside against the security checklist of docs/operations.md: secure, HTTP-only, same-site
 * cookies; HSTS, CSP and the other headers; a session that ends; the REST API closed to the
 * anonymous; no demo user; Camunda's password policy; login throttling; actuator showing no
 * details; XML entities never resolved.
 */
class ProductionProfileIT {

  private static final String ADMIN_PASSWORD = "Minsk-Office-2026!";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void productionIsLockedDownAsTheChecklistSays() throws Exception {
    try (LocalPostgres postgres = LocalPostgres.freshDatabase()) {
      new SpringApplicationBuilder(AvrrWorkflowApplication.class)
          .profiles("postgres", "production", "schema")
          .run(arguments(postgres, "SchemaStep"));
      ConfigurableApplicationContext node =
          new SpringApplicationBuilder(AvrrWorkflowApplication.class)
              .profiles("postgres", "production")
              .run(arguments(postgres, "Production"));
      try {
        String base =
            "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
        checks(node, base);
      } finally {
        node.close();
      }
    }
  }

  private void checks(ConfigurableApplicationContext node, String base) throws Exception {
    // Behind the proxy (X-Forwarded-Proto: https from a trusted address): cookies and headers.
    HttpResponse<String> tasklist = get(base, "/camunda/app/tasklist/default/", null, true);
    List<String> cookies = tasklist.headers().allValues("Set-Cookie");
    assertThat(cookies).as("cookies of the webapps").isNotEmpty();
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("XSRF-TOKEN"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("SameSite"));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
        .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly"));
    assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    // (GET /engine-rest/engine, the list of engine names, is open by Camunda's design.)
    HttpResponse<String> rest = get(base, "/engine-rest/task?maxResults=1", null, true);
    assertThat(rest.statusCode()).as("the REST API without credentials").isEqualTo(401);
    assertThat(rest.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(rest.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(rest.headers().firstValue("X-Frame-Options")).hasValue("DENY");

    // A webapp session ends after 30 minutes left alone.
    assertThat(node.getBean(ServerProperties.class).getServlet().getSession().getTimeout())
        .isEqualTo(Duration.ofMinutes(30));

    // Only the administrator exists: no demo user.
    HttpResponse<String> users = get(base, "/engine-rest/user?maxResults=100", "admin", false);
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body()).contains("\"id\":\"admin\"").doesNotContain("counsellor");

    // Camunda's password policy: a weak password is refused, a strong one taken.
    assertThat(createUser(base, "officer-weak", "password1").statusCode()).isEqualTo(400);
    assertThat(createUser(base, "officer-one", "Strong-Pass-42!").statusCode()).isEqualTo(204);

    // Login throttling: after a wrong password the right one waits a few seconds.
    assertThat(getAs(base, "/engine-rest/task?maxResults=1", "officer-one", "wrong").statusCode())
        .isEqualTo(401);
    assertThat(
            getAs(base, "/engine-rest/task?maxResults=1", "officer-one", "Strong-Pass-42!")
                .statusCode())
        .as("the right password at once after a wrong one")
        .isEqualTo(401);

    // Actuator: health without details, nothing else without credentials.
    // (DOWN here: no mail server listens, the job executor is off in this test.)
    HttpResponse<String> health = get(base, "/actuator/health", null, false);
    assertThat(health.statusCode()).isIn(200, 503);
    assertThat(health.body()).doesNotContain("details").doesNotContain("database");
    assertThat(get(base, "/actuator/env", "admin", false).statusCode()).isEqualTo(404);
    assertThat(get(base, "/actuator/prometheus", null, false).statusCode()).isEqualTo(401);

    // XML entities are never resolved: a model reading a file is refused, the file not shown.
    // (The engine answers its own 500 "DOCTYPE is disallowed": deployment is the administrator's
    // alone, and the engine's answer names no file content.)
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     targetNamespace="x"><process id="Process_X" isExecutable="true">
        <documentation>&secret;</documentation></process></definitions>""";
    HttpResponse<String> deployment = deploy(base, xxe);
    assertThat(deployment.statusCode()).as(deployment.body()).isGreaterThanOrEqualTo(400);
    assertThat(deployment.body()).contains("DOCTYPE is disallowed").doesNotContain("root:");
  }

  private static String[] arguments(LocalPostgres postgres, String engine) {
    List<String> arguments = new ArrayList<>();
    Map<String, String> environment =
        Map.ofEntries(
            Map.entry("AVRR_DB_HOST", LocalPostgres.HOST),
            Map.entry("AVRR_DB_PORT", LocalPostgres.PORT),
            Map.entry("AVRR_DB_NAME", postgres.database()),
            Map.entry("AVRR_DB_USER", LocalPostgres.USER),
            Map.entry("AVRR_SERVER_ADDRESS", "127.0.0.1"),
            Map.entry("AVRR_ADMIN_PASSWORD", ADMIN_PASSWORD),
            Map.entry("AVRR_MIGRATION_AUTHORITY_URL", "https://mia.example.org/avrr"),
            Map.entry("AVRR_MIGRATION_AUTHORITY_PASSWORD", "Ministry-Secret-2026"),
            Map.entry("AVRR_CALLBACK_MIGRATION_AUTHORITY_PASSWORD", "Ministry-Posts-With-This-1"),
            Map.entry("AVRR_BORDER_AUTHORITY_URL", "https://gpk.example.org/avrr"),
            Map.entry("AVRR_BORDER_AUTHORITY_PASSWORD", "Committee-Secret-2026"),
            Map.entry("AVRR_CALLBACK_BORDER_AUTHORITY_PASSWORD", "Committee-Posts-With-This-1"),
            Map.entry("AVRR_SMTP_HOST", "127.0.0.1"),
            Map.entry("AVRR_MAIL_FROM", "avrr@minsk.iom.int"),
            Map.entry("AVRR_MAIL_CASE_MANAGERS", "avrr-cm@minsk.iom.int"),
            Map.entry("AVRR_MAIL_REINTEGRATION_OFFICERS", "avrr-ri@minsk.iom.int"),
            Map.entry("AVRR_MAIL_MANAGERS", "avrr-managers@minsk.iom.int"),
            Map.entry("AVRR_CLAMD_HOST", "127.0.0.1"),
            Map.entry("AVRR_MAIL_MISSION_DEU", "avrr@iom.de"),
            Map.entry("AVRR_MAIL_MISSION_IRQ", "avrr@iom.iq"),
            Map.entry("AVRR_MAIL_MISSION_AFG", "avrr@iom.af"),
            Map.entry("AVRR_MAIL_MISSION_PAK", "avrr@iom.pk"));
    environment.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    arguments.add("--server.port=0");
    arguments.add("--camunda.bpm.job-execution.enabled=false");
    // The schema step's engine has a name of its own (the starter ignores names with a hyphen);
    // the node's is "default", as in production, so the REST API's paths find it.
    if (!engine.equals("Production")) {
      arguments.add("--camunda.bpm.process-engine-name=productionIt" + engine);
    }
    return arguments.toArray(String[]::new);
  }

  private static HttpResponse<String> createUser(String base, String id, String password)
      throws Exception {
    String body =
        """
        {"profile": {"id": "%s", "firstName": "Office", "lastName": "Officer",
                     "email": "%s@minsk.iom.int"},
         "credentials": {"password": "%s"}}"""
            .formatted(id, id, password);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "/engine-rest/user/create"))
            .header("Authorization", basic("admin", ADMIN_PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> deploy(String base, String bpmn) throws Exception {
    String boundary = "AvrrBoundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nxxe\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"x.bpmn\"; filename=\"x.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
            .header("Authorization", basic("admin", ADMIN_PASSWORD))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String base, String path, String admin, boolean tls)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (admin != null) {
      request.header("Authorization", basic("admin", ADMIN_PASSWORD));
    }
    if (tls) {
      request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> getAs(String base, String path, String user, String password)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user, password))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

package org.avrr.workflow.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.avrr.workflow.callback.CallbackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * How the sandbox authorities answer later: they post a callback to this application's callback
 * endpoint after a delay, with the credentials the application expects of that party, exactly as
 * the real authority would. An answer due is kept in the database ({@code avrr_sandbox_callback})
 * until it was delivered, as a real authority keeps it on its side: a restart or a crash of the
 * application does not lose it, and with several nodes one of them posts it.
 */
@Component
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
class SandboxCallbacks {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxCallbacks.class);
  private static final int ATTEMPTS = 10;
  private static final Duration POLL = Duration.ofSeconds(1);

  /** A node posting an answer keeps it to itself this long; then another may take it. */
  private static final Duration CLAIM = Duration.ofSeconds(60);

  private record Due(long id, String party, String kind, String body, int attempts) {}

  private final SandboxProperties sandbox;
  private final CallbackProperties callbacks;
  private final TaskScheduler scheduler;
  private final SingletonSupplier<RestClient> http;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  SandboxCallbacks(
      SandboxProperties sandbox,
      CallbackProperties callbacks,
      TaskScheduler scheduler,
      @Lazy RestClient.Builder restClients, // built on the first post
      JdbcTemplate jdbc,
      ObjectMapper json) {
    this.sandbox = sandbox;
    this.callbacks = callbacks;
    this.scheduler = scheduler;
    this.http = SingletonSupplier.of(restClients::build);
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startPosting() {
    scheduler.scheduleWithFixedDelay(this::postDue, POLL);
  }

  /** Posts {@code body} to /api/callbacks/{party}/{kind} after the configured delay. */
  void postLater(String party, String kind, Object body) {
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A sandbox answer cannot be written", e);
    }
    jdbc.update(
        "INSERT INTO avrr_sandbox_callback (party, kind, body, due_at, attempts)"
            + " VALUES (?, ?, ?, ?, 0)",
        party,
        kind,
        text,
        Timestamp.from(Instant.now().plus(sandbox.callbackDelay())));
  }

  void postDue() {
    try {
      Instant now = Instant.now();
      List<Due> due =
          jdbc.query(
              "SELECT id, party, kind, body, attempts FROM avrr_sandbox_callback"
                  + " WHERE due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                  + " ORDER BY due_at",
              (row, i) ->
                  new Due(
                      row.getLong(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      row.getInt(5)),
              Timestamp.from(now),
              Timestamp.from(now));
      for (Due answer : due) {
        if (claim(answer, now)) {
          post(answer);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Sandbox answers could not be posted this time: {}", e.getMessage());
    }
  }

  private boolean claim(Due answer, Instant now) {
    return jdbc.update(
            "UPDATE avrr_sandbox_callback SET claimed_until = ?"
                + " WHERE id = ? AND (claimed_until IS NULL OR claimed_until < ?)",
            Timestamp.from(now.plus(CLAIM)),
            answer.id(),
            Timestamp.from(now))
        == 1;
  }

  private void post(Due answer) {
    CallbackProperties.Client client = callbacks.clients().get(answer.party());
    if (client == null || sandbox.callbackBaseUrl() == null) {
      LOG.warn(
          "Sandbox {} cannot call back: no credentials or no callback base URL", answer.party());
      jdbc.update("DELETE FROM avrr_sandbox_callback WHERE id = ?", answer.id());
      return;
    }
    try {
      http.obtain()
          .post()
          .uri(
              sandbox.callbackBaseUrl() + "/api/callbacks/{party}/{kind}",
              answer.party(),
              answer.kind())
          .headers(headers -> headers.setBasicAuth(client.username(), client.password()))
          .contentType(MediaType.APPLICATION_JSON)
          .body(answer.body())
          .retrieve()
          .toBodilessEntity();
      jdbc.update("DELETE FROM avrr_sandbox_callback WHERE id = ?", answer.id());
    } catch (RestClientException e) {
      int attempts = answer.attempts() + 1;
      if (attempts >= ATTEMPTS) {
        LOG.warn(
            "Sandbox {} gave up its {} callback after {} attempts: {}",
            answer.party(),
            answer.kind(),
            attempts,
            e.getMessage());
        jdbc.update("DELETE FROM avrr_sandbox_callback WHERE id = ?", answer.id());
        return;
      }
      // A real authority retries too; the application may still be starting.
      jdbc.update(
          "UPDATE avrr_sandbox_callback SET attempts = ?, due_at = ?, claimed_until = NULL"
              + " WHERE id = ?",
          attempts,
          Timestamp.from(Instant.now().plusSeconds(5L * attempts)),
          answer.id());
    }
  }
}

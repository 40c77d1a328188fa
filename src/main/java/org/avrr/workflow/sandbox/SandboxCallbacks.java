package org.avrr.workflow.sandbox;

import java.time.Instant;
import org.avrr.workflow.callback.CallbackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * How the sandbox authorities answer later: they post a callback to this application's callback
 * endpoint after a delay, with the credentials the application expects of that party, exactly as
 * the real authority would.
 */
@Component
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
class SandboxCallbacks {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxCallbacks.class);
  private static final int ATTEMPTS = 5;

  private final SandboxProperties sandbox;
  private final CallbackProperties callbacks;
  private final TaskScheduler scheduler;
  private final RestClient http;

  SandboxCallbacks(
      SandboxProperties sandbox,
      CallbackProperties callbacks,
      TaskScheduler scheduler,
      RestClient.Builder restClients) {
    this.sandbox = sandbox;
    this.callbacks = callbacks;
    this.scheduler = scheduler;
    this.http = restClients.build();
  }

  /** Posts {@code body} to /api/callbacks/{party}/{kind} after the configured delay. */
  void postLater(String party, String kind, Object body) {
    schedule(party, kind, body, 1, Instant.now().plus(sandbox.callbackDelay()));
  }

  private void schedule(String party, String kind, Object body, int attempt, Instant at) {
    scheduler.schedule(() -> post(party, kind, body, attempt), at);
  }

  private void post(String party, String kind, Object body, int attempt) {
    CallbackProperties.Client client = callbacks.clients().get(party);
    if (client == null || sandbox.callbackBaseUrl() == null) {
      LOG.warn("Sandbox {} cannot call back: no credentials or no callback base URL", party);
      return;
    }
    try {
      http.post()
          .uri(sandbox.callbackBaseUrl() + "/api/callbacks/{party}/{kind}", party, kind)
          .headers(headers -> headers.setBasicAuth(client.username(), client.password()))
          .contentType(MediaType.APPLICATION_JSON)
          .body(body)
          .retrieve()
          .toBodilessEntity();
    } catch (RestClientException e) {
      if (attempt < ATTEMPTS) {
        // A real authority retries too; the application may still be starting.
        schedule(party, kind, body, attempt + 1, Instant.now().plusSeconds(5L * attempt));
      } else {
        LOG.warn("Sandbox {} gave up its {} callback after {} attempts", party, kind, attempt, e);
      }
    }
  }
}

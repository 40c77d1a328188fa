package org.avrr.workflow.authority;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * JSON over HTTP with one authority, as every adapter does it: HTTP Basic with the office's
 * credentials, short timeouts, an Idempotency-Key on every request, an audit record of every
 * exchange whatever its end, and operators' messages that name the authority, the request and the
 * case, never the personal data sent. What an answer means stays with the adapter.
 */
public final class AuthorityHttp {

  /** The header every authority recognises a repeated request by (see {@link IdempotencyKey}). */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** The audit detail of an answer whose body this system cannot read. */
  public static final String UNREADABLE_ANSWER = "unreadable answer";

  private final String party;
  private final String partyLabel;

  /**
   * Made on the first exchange, not at start: building the JDK's HTTP client loads the trust store
   * (a fifth of a second of every start, measured), and a node may start and serve users for a
   * while before it first calls this authority.
   */
  private final SingletonSupplier<RestClient> http;

  private final ObjectMapper json;
  private final ExchangeAudit audit;

  /**
   * @param party the authority in the audit trail, e.g. MINISTRY_OF_INTERNAL_AFFAIRS
   * @param partyLabel the authority in operators' messages, e.g. "The Ministry of Internal Affairs"
   */
  public AuthorityHttp(
      String party,
      String partyLabel,
      AuthorityEndpoint endpoint,
      RestClient.Builder restClients,
      ObjectMapper json,
      ExchangeAudit audit) {
    this.party = party;
    this.partyLabel = partyLabel;
    this.json = json;
    this.audit = audit;
    this.http =
        SingletonSupplier.of(
            () -> {
              JdkClientHttpRequestFactory requests =
                  new JdkClientHttpRequestFactory(
                      HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout()).build());
              requests.setReadTimeout(endpoint.readTimeout());
              return restClients
                  .clone() // the timeouts and credentials are this authority's alone
                  .requestFactory(requests)
                  .baseUrl(endpoint.baseUrl().toString())
                  .defaultHeaders(
                      headers -> headers.setBasicAuth(endpoint.username(), endpoint.password()))
                  .build();
            });
  }

  /**
   * One exchange with the authority, started now.
   *
   * @param operation for the audit, e.g. STATUS_CHECK
   * @param label for operators' messages, e.g. "status check"
   */
  public Call call(String operation, String label, String caseNumber, String idempotencyKey) {
    return new Call(operation, label, caseNumber, idempotencyKey, Instant.now());
  }

  /**
   * Posts {@code body} as JSON to {@code path} (relative to the base URL; {@code uriVariables} are
   * expanded into it, encoded). A transport failure (no connection, a timeout) is audited and
   * thrown as a failure to retry; any HTTP answer is returned for the adapter to interpret.
   */
  public Answer post(String path, Call call, Object body, Object... uriVariables) {
    try {
      return http.obtain()
          .post()
          .uri(path, uriVariables)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .header(IDEMPOTENCY_KEY_HEADER, call.idempotencyKey())
          .body(body)
          .exchange(
              (httpRequest, response) ->
                  new Answer(response.getStatusCode().value(), readAll(response.getBody())));
    } catch (RestClientException e) {
      record(call, ExchangeOutcome.FAILED, null, e.getClass().getSimpleName());
      throw new AuthorityUnavailableException(
          about(call, "did not answer") + ": " + e.getMessage(), e);
    }
  }

  /**
   * The reference of an acknowledgement: a 202, 201 or 200 whose receipt names a reference. Audited
   * as answered, with the reference as detail. An acknowledgement without a reference is
   * unreadable, and any other answer failed: both are failures to retry.
   */
  public <R> String acknowledgedReference(
      Call call, Answer answer, Class<R> receiptType, Function<R, String> reference) {
    int status = answer.status();
    if (status == 202 || status == 200 || status == 201) {
      R receipt = read(answer.body(), receiptType);
      String given = receipt == null ? null : reference.apply(receipt);
      if (given != null && !given.isBlank()) {
        record(call, ExchangeOutcome.ANSWERED, status, given);
        return given;
      }
      throw unreadable(call, status);
    }
    throw failed(call, answer);
  }

  /** Any answer the operation does not expect: audited, and a failure to retry. */
  public AuthorityUnavailableException failed(Call call, Answer answer) {
    String code = problemCode(answer);
    record(call, ExchangeOutcome.FAILED, answer.status(), code);
    return new AuthorityUnavailableException(
        about(call, "answered")
            + " with HTTP "
            + answer.status()
            + (code == null ? "" : " (" + code + ")"));
  }

  /** An answer whose body this system cannot read: audited, and a failure to retry. */
  public AuthorityUnavailableException unreadable(Call call, int httpStatus) {
    record(call, ExchangeOutcome.FAILED, httpStatus, UNREADABLE_ANSWER);
    return new AuthorityUnavailableException(
        about(call, "answered") + " with a body this system cannot read");
  }

  /**
   * The code of the problem the answer carries, or null when its body is no problem (e.g. the HTML
   * error page of a wrong address).
   */
  public String problemCode(Answer answer) {
    Problem problem = answer.body().length == 0 ? null : read(answer.body(), Problem.class);
    return problem == null ? null : problem.code();
  }

  /** The body as {@code type}, or null when it is not that (the JSON literal null included). */
  public <T> T read(byte[] body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      return null;
    }
  }

  /** Writes the audit record of the exchange, with its duration until now. */
  public void record(Call call, ExchangeOutcome outcome, Integer httpStatus, String detail) {
    Duration took = Duration.between(call.started(), Instant.now());
    // For operators (docs/operations.md, Monitoring): requests, outcomes and latency per authority.
    Metrics.timer(
            "avrr.touchpoint.exchanges",
            "authority",
            party,
            "operation",
            call.operation(),
            "outcome",
            outcome.name())
        .record(took);
    audit.record(
        new ExchangeAudit.Exchange(
            party,
            call.operation(),
            call.caseNumber(),
            call.idempotencyKey(),
            outcome,
            httpStatus,
            took,
            detail));
  }

  /**
   * The beginning of an operator's message about the exchange: who did what to which request of
   * which case, e.g. "The Ministry of Internal Affairs answered the status check of
   * BY-2026-000042".
   */
  public String about(Call call, String verb) {
    return partyLabel + " " + verb + " the " + call.label() + " of " + call.caseNumber();
  }

  private static byte[] readAll(InputStream body) throws IOException {
    return body == null ? new byte[0] : body.readAllBytes();
  }

  /** One exchange: what it is, for the audit and for operators' messages. */
  public record Call(
      String operation, String label, String caseNumber, String idempotencyKey, Instant started) {}

  /** An HTTP answer, whatever its status; the body is empty when there was none. */
  public record Answer(int status, byte[] body) {}

  /** What every authority's error body has in common: its code. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Problem(String code) {}
}

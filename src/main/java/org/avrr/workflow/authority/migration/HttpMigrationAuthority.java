package org.avrr.workflow.authority.migration;

import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.EXIT_CLEARANCES_PATH;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.PERSON_NOT_FOUND;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.STATUS_CHECKS_PATH;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.ExchangeAudit;
import org.avrr.workflow.authority.ExchangeOutcome;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Document;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceBody;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceReceipt;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Person;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Problem;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckAnswer;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckBody;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the Ministry over HTTP/JSON. A 404 with code PERSON_NOT_FOUND is the business answer
 * "unknown person"; everything else that is not a complete 200 answer is a technical failure that
 * the job retries. Every call is audited, whatever its end.
 */
@Component
class HttpMigrationAuthority implements MigrationAuthority {

  static final String PARTY = "MINISTRY_OF_INTERNAL_AFFAIRS";
  static final String OPERATION_STATUS_CHECK = "STATUS_CHECK";
  static final String OPERATION_EXIT_CLEARANCE = "EXIT_CLEARANCE_REQUEST";

  private final RestClient http;
  private final ObjectMapper json;
  private final ExchangeAudit audit;

  HttpMigrationAuthority(
      MigrationAuthorityProperties properties,
      RestClient.Builder restClients,
      ObjectMapper json,
      ExchangeAudit audit) {
    this.json = json;
    this.audit = audit;
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
    requests.setReadTimeout(properties.readTimeout());
    this.http =
        restClients
            .requestFactory(requests)
            .baseUrl(properties.baseUrl().toString())
            .defaultHeaders(
                headers -> headers.setBasicAuth(properties.username(), properties.password()))
            .build();
  }

  @Override
  public StatusCheckResult checkStatus(StatusCheckRequest request) {
    StatusCheckBody body =
        new StatusCheckBody(
            request.caseNumber(),
            new Person(
                request.surname(),
                request.givenNames(),
                request.dateOfBirth(),
                request.citizenship()),
            document(request.documentType(), request.documentNumber()));
    Call call =
        new Call(
            OPERATION_STATUS_CHECK, "status check", request.caseNumber(), request.idempotencyKey());
    return interpret(request, call, post(STATUS_CHECKS_PATH, call, body));
  }

  @Override
  public String requestExitClearance(ExitClearanceRequest request) {
    ExitClearanceBody body =
        new ExitClearanceBody(
            request.caseNumber(),
            new Person(
                request.surname(),
                request.givenNames(),
                request.dateOfBirth(),
                request.citizenship()),
            document(request.documentType(), request.documentNumber()),
            request.countryOfDestination());
    Call call =
        new Call(
            OPERATION_EXIT_CLEARANCE,
            "exit clearance request",
            request.caseNumber(),
            request.idempotencyKey());
    Answer answer = post(EXIT_CLEARANCES_PATH, call, body);
    int status = answer.status().value();
    if (status == 202 || status == 200) {
      ExitClearanceReceipt receipt = read(answer.body(), ExitClearanceReceipt.class);
      if (receipt != null && receipt.reference() != null && !receipt.reference().isBlank()) {
        record(call, ExchangeOutcome.ANSWERED, status, receipt.reference());
        return receipt.reference();
      }
      record(call, ExchangeOutcome.FAILED, status, "unreadable answer");
      throw call.unreadable();
    }
    throw failed(call, answer);
  }

  private static Document document(String type, String number) {
    return number == null ? null : new Document(type, number);
  }

  /** One exchange with the Ministry: what it is, for the audit and for operators' messages. */
  private record Call(
      String operation, String label, String caseNumber, String idempotencyKey, Instant started) {
    Call(String operation, String label, String caseNumber, String idempotencyKey) {
      this(operation, label, caseNumber, idempotencyKey, Instant.now());
    }

    AuthorityUnavailableException unreadable() {
      return new AuthorityUnavailableException(
          "The Ministry of Internal Affairs answered the "
              + label
              + " of "
              + caseNumber
              + " with a body this system cannot read");
    }
  }

  /** Posts; a transport failure is audited and thrown as a failure to retry. */
  private Answer post(String path, Call call, Object body) {
    try {
      return http.post()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .header(IDEMPOTENCY_KEY_HEADER, call.idempotencyKey())
          .body(body)
          .exchange(
              (httpRequest, response) ->
                  new Answer(response.getStatusCode(), readAll(response.getBody())));
    } catch (RestClientException e) {
      record(call, ExchangeOutcome.FAILED, null, e.getClass().getSimpleName());
      throw new AuthorityUnavailableException(
          "The Ministry of Internal Affairs did not answer the "
              + call.label()
              + " of "
              + call.caseNumber()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Any answer the operation does not expect: audited, and a failure to retry. */
  private AuthorityUnavailableException failed(Call call, Answer answer) {
    int status = answer.status().value();
    Problem problem = answer.body().length == 0 ? null : read(answer.body(), Problem.class);
    String code = problem == null ? null : problem.code();
    record(call, ExchangeOutcome.FAILED, status, code);
    return new AuthorityUnavailableException(
        "The Ministry of Internal Affairs answered the "
            + call.label()
            + " of "
            + call.caseNumber()
            + " with HTTP "
            + status
            + (code == null ? "" : " (" + code + ")"));
  }

  private StatusCheckResult interpret(StatusCheckRequest request, Call call, Answer answer) {
    int status = answer.status().value();
    if (status == 200) {
      StatusCheckResult result = parseResult(answer.body());
      if (result == null) {
        record(call, ExchangeOutcome.FAILED, status, "unreadable answer");
        throw call.unreadable();
      }
      record(call, ExchangeOutcome.ANSWERED, status, result.reference());
      return result;
    }
    if (status == 404) {
      Problem problem = answer.body().length == 0 ? null : read(answer.body(), Problem.class);
      if (problem != null && PERSON_NOT_FOUND.equals(problem.code())) {
        record(call, ExchangeOutcome.REFUSED, status, problem.code());
        throw new PersonNotFoundException(
            "The Ministry of Internal Affairs has no record of the person in case "
                + request.caseNumber());
      }
    }
    throw failed(call, answer);
  }

  /** A 200 answer counts only when every field the process needs is there. */
  private StatusCheckResult parseResult(byte[] body) {
    try {
      StatusCheckAnswer answer = json.readValue(body, StatusCheckAnswer.class);
      if (answer == null // the body was the JSON literal null
          || answer.reference() == null
          || answer.legalStatus() == null
          || answer.pendingProceedings() == null
          || answer.removalOrder() == null
          || answer.entryBan() == null
          || answer.outstandingFines() == null
          || answer.checkedAt() == null) {
        return null;
      }
      return new StatusCheckResult(
          answer.reference(),
          answer.legalStatus(),
          answer.pendingProceedings(),
          answer.removalOrder(),
          answer.entryBan(),
          answer.outstandingFines(),
          answer.checkedAt());
    } catch (IOException e) {
      return null;
    }
  }

  /** The body as {@code type}, or null when it is not that (the JSON literal null included). */
  private <T> T read(byte[] body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      return null;
    }
  }

  private void record(Call call, ExchangeOutcome outcome, Integer httpStatus, String detail) {
    audit.record(
        new ExchangeAudit.Exchange(
            PARTY,
            call.operation(),
            call.caseNumber(),
            call.idempotencyKey(),
            outcome,
            httpStatus,
            Duration.between(call.started(), Instant.now()),
            detail));
  }

  private static byte[] readAll(InputStream body) throws IOException {
    return body == null ? new byte[0] : body.readAllBytes();
  }

  private record Answer(HttpStatusCode status, byte[] body) {}
}

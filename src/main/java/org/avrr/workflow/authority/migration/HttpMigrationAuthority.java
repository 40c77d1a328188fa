package org.avrr.workflow.authority.migration;

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
            request.documentNumber() == null
                ? null
                : new Document(request.documentType(), request.documentNumber()));
    Instant started = Instant.now();
    Answer answer;
    try {
      answer =
          http.post()
              .uri(STATUS_CHECKS_PATH)
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON)
              .header(IDEMPOTENCY_KEY_HEADER, request.idempotencyKey())
              .body(body)
              .exchange(
                  (httpRequest, response) ->
                      new Answer(response.getStatusCode(), readAll(response.getBody())));
    } catch (RestClientException e) {
      record(request, started, ExchangeOutcome.FAILED, null, e.getClass().getSimpleName());
      throw new AuthorityUnavailableException(
          "The Ministry of Internal Affairs did not answer the status check of "
              + request.caseNumber()
              + ": "
              + e.getMessage(),
          e);
    }
    return interpret(request, started, answer);
  }

  private StatusCheckResult interpret(StatusCheckRequest request, Instant started, Answer answer) {
    int status = answer.status().value();
    if (status == 200) {
      StatusCheckResult result = parseResult(answer.body());
      if (result == null) {
        record(request, started, ExchangeOutcome.FAILED, status, "unreadable answer");
        throw new AuthorityUnavailableException(
            "The Ministry of Internal Affairs answered the status check of "
                + request.caseNumber()
                + " with a body this system cannot read");
      }
      record(request, started, ExchangeOutcome.ANSWERED, status, result.reference());
      return result;
    }
    Problem problem = parseProblem(answer.body());
    String code = problem == null ? null : problem.code();
    if (status == 404 && PERSON_NOT_FOUND.equals(code)) {
      record(request, started, ExchangeOutcome.REFUSED, status, code);
      throw new PersonNotFoundException(
          "The Ministry of Internal Affairs has no record of the person in case "
              + request.caseNumber());
    }
    record(request, started, ExchangeOutcome.FAILED, status, code);
    throw new AuthorityUnavailableException(
        "The Ministry of Internal Affairs answered the status check of "
            + request.caseNumber()
            + " with HTTP "
            + status
            + (code == null ? "" : " (" + code + ")"));
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

  private Problem parseProblem(byte[] body) {
    try {
      return body.length == 0 ? null : json.readValue(body, Problem.class);
    } catch (IOException e) {
      return null;
    }
  }

  private void record(
      StatusCheckRequest request,
      Instant started,
      ExchangeOutcome outcome,
      Integer httpStatus,
      String detail) {
    audit.record(
        new ExchangeAudit.Exchange(
            PARTY,
            OPERATION_STATUS_CHECK,
            request.caseNumber(),
            request.idempotencyKey(),
            outcome,
            httpStatus,
            Duration.between(started, Instant.now()),
            detail));
  }

  private static byte[] readAll(InputStream body) throws IOException {
    return body == null ? new byte[0] : body.readAllBytes();
  }

  private record Answer(HttpStatusCode status, byte[] body) {}
}

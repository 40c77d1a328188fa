package org.avrr.workflow.authority.migration;

import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.EXIT_CLEARANCES_PATH;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.PERSON_NOT_FOUND;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.STATUS_CHECKS_PATH;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.avrr.workflow.authority.AuthorityHttp;
import org.avrr.workflow.authority.AuthorityHttp.Answer;
import org.avrr.workflow.authority.AuthorityHttp.Call;
import org.avrr.workflow.authority.ExchangeAudit;
import org.avrr.workflow.authority.ExchangeOutcome;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Document;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceBody;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceReceipt;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Person;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckAnswer;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckBody;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

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

  private final AuthorityHttp http;

  HttpMigrationAuthority(
      MigrationAuthorityProperties properties,
      @Lazy RestClient.Builder restClients, // built on the first call (AuthorityHttp)
      ObjectMapper json,
      ExchangeAudit audit) {
    this.http =
        new AuthorityHttp(
            PARTY, "The Ministry of Internal Affairs", properties, restClients, json, audit);
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
        http.call(
            OPERATION_STATUS_CHECK, "status check", request.caseNumber(), request.idempotencyKey());
    return interpret(request, call, http.post(STATUS_CHECKS_PATH, call, body));
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
        http.call(
            OPERATION_EXIT_CLEARANCE,
            "exit clearance request",
            request.caseNumber(),
            request.idempotencyKey());
    return http.acknowledgedReference(
        call,
        http.post(EXIT_CLEARANCES_PATH, call, body),
        ExitClearanceReceipt.class,
        ExitClearanceReceipt::reference);
  }

  private static Document document(String type, String number) {
    return number == null ? null : new Document(type, number);
  }

  private StatusCheckResult interpret(StatusCheckRequest request, Call call, Answer answer) {
    int status = answer.status();
    if (status == 200) {
      StatusCheckResult result = parseResult(answer.body());
      if (result == null) {
        throw http.unreadable(call, status);
      }
      http.record(call, ExchangeOutcome.ANSWERED, status, result.reference());
      return result;
    }
    if (status == 404 && PERSON_NOT_FOUND.equals(http.problemCode(answer))) {
      http.record(call, ExchangeOutcome.REFUSED, status, PERSON_NOT_FOUND);
      throw new PersonNotFoundException(
          "The Ministry of Internal Affairs has no record of the person in case "
              + request.caseNumber());
    }
    throw http.failed(call, answer);
  }

  /** A 200 answer counts only when every field the process needs is there. */
  private StatusCheckResult parseResult(byte[] body) {
    StatusCheckAnswer answer = http.read(body, StatusCheckAnswer.class);
    if (answer == null // not JSON, or the JSON literal null
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
  }
}

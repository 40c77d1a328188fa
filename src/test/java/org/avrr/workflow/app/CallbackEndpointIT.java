package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The Ministry of Internal Affairs posts its exit clearance decision to
 * /api/callbacks/migration-authority/exit-clearance: what it is told for each kind of call, and
 * that no accepted answer is lost, whenever it arrives.
 */
class CallbackEndpointIT extends CaseApiIT {

  private static final String PATH = "/api/callbacks/migration-authority/exit-clearance";
  private static final String MINISTRY = "ministry";
  private static final String MINISTRY_PASSWORD = "sandbox-callback-secret";

  @Test
  void withoutTheMinistrysCredentialsNothingIsAccepted() {
    String body = decision("BY-2026-999999", "CLEARED");

    assertThat(post(null, null, body).getStatusCode().value()).isEqualTo(401);
    assertThat(post(MINISTRY, "wrong", body).getStatusCode().value()).isEqualTo(401);
    assertThat(post("counsellor", "counsellor", body).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<Map<String, Object>> otherParty =
        postCallback(
            "/api/callbacks/border-authority/exit-clearance", MINISTRY, MINISTRY_PASSWORD, body);
    assertThat(otherParty.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aBadBodyIsRefusedWithEveryProblemNamedAndNoStackTrace() {
    ResponseEntity<Map<String, Object>> notJson = ministry("{\"caseNumber\": ");
    ResponseEntity<Map<String, Object>> incomplete =
        ministry(
            "{\"caseNumber\":\"BY-2026-000001\",\"requestKey\":\"BY-2026-000002:x\","
                + "\"decision\":\"MAYBE\",\"decidedAt\":\"2026-13-45\"}");
    ResponseEntity<Map<String, Object>> unknownKind =
        postCallback(
            "/api/callbacks/migration-authority/weather", MINISTRY, MINISTRY_PASSWORD, "{}");

    assertThat(notJson.getStatusCode().value()).isEqualTo(400);
    assertThat(notJson.getBody()).containsEntry("code", "MALFORMED_BODY");
    assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
    assertThat(incomplete.getBody()).containsEntry("code", "INVALID_CALLBACK");
    assertThat((String) incomplete.getBody().get("message"))
        .contains("requestKey does not belong to caseNumber BY-2026-000001")
        .contains("reference is required")
        .contains("decision must be one of CLEARED, REFUSED")
        .contains("decidedAt must be an ISO-8601 instant")
        .doesNotContain("Exception");
    assertThat(unknownKind.getStatusCode().value()).isEqualTo(404);
    assertThat(unknownKind.getBody()).containsEntry("code", "UNKNOWN_CALLBACK");
  }

  @Test
  void aDecisionForAnUnknownCaseIsRefused() {
    ResponseEntity<Map<String, Object>> answer = ministry(decision("BY-1999-000001", "CLEARED"));

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).containsEntry("code", "UNKNOWN_CASE");
  }

  @Test
  void anEarlyDecisionIsKeptAndAppliedWhenTheCaseWaitsAndARepeatChangesNothing() {
    // XS…: the sandbox Ministry acknowledges but never decides, so only this test's calls count.
    String caseNumber = casePastEligibility("XS1234567");
    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);

    // The request went out, but its continuation into the wait has not run yet.
    ResponseEntity<Map<String, Object>> early = ministry(decision(caseNumber, "CLEARED"));
    assertThat(early.getStatusCode().value()).isEqualTo(202);
    assertThat(early.getBody()).containsEntry("status", "STORED_UNTIL_CASE_WAITS");

    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    awaitPassed(caseNumber, PreDepartureProcess.EVENT_EXIT_CLEARANCE_ANSWERED);

    ResponseEntity<Map<String, Object>> again = ministry(decision(caseNumber, "CLEARED"));
    ResponseEntity<Map<String, Object>> contradicting = ministry(decision(caseNumber, "REFUSED"));
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody()).containsEntry("status", "ALREADY_RECEIVED");
    assertThat(contradicting.getStatusCode().value()).isEqualTo(409);
    assertThat(contradicting.getBody()).containsEntry("code", "CONFLICTS_WITH_EARLIER_ANSWER");
    assertThat(
            engine
                .getRuntimeService()
                .createVariableInstanceQuery()
                .variableName(PreDepartureProcess.EXIT_CLEARANCE_DECISION.name())
                .processInstanceIdIn(preDepartureInstance(caseNumber))
                .singleResult()
                .getValue())
        .isEqualTo("CLEARED");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM avrr_callback_inbox WHERE case_number = ?"
                    + " AND delivered_at IS NOT NULL",
                Integer.class,
                caseNumber))
        .isEqualTo(1);
  }

  @Test
  void aDecisionThatArrivesWhileTheCaseWaitsIsAppliedAtOnce() {
    String caseNumber = casePastEligibility("XS7654321");
    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);

    ResponseEntity<Map<String, Object>> answer = ministry(decision(caseNumber, "REFUSED"));

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getBody()).containsEntry("status", "DELIVERED");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(
                    preDepartureInstance(caseNumber),
                    PreDepartureProcess.EXIT_CLEARANCE_REFUSAL_REASON.name()))
        .isEqualTo("PENDING_COURT_CASE");
  }

  @Test
  void aDecisionForAClosedCaseIsRefused() {
    String caseNumber = startCase("A9998887");
    String outboundCase =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(org.avrr.workflow.outbound.OutboundReturnProcess.KEY)
            .singleResult()
            .getId();
    engine.getRuntimeService().deleteProcessInstance(outboundCase, "closed for the test");

    ResponseEntity<Map<String, Object>> answer = ministry(decision(caseNumber, "CLEARED"));

    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getBody()).containsEntry("code", "CASE_CLOSED");
  }

  // --- steps ---

  private String casePastEligibility(String documentNumber) {
    String caseNumber = startCase(documentNumber);
    completeIntakeAndScreening(caseNumber);
    runStatusCheck(caseNumber);
    return caseNumber;
  }

  private String preDepartureInstance(String caseNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(PreDepartureProcess.KEY)
        .singleResult()
        .getId();
  }

  private static String decision(String caseNumber, String decision) {
    return "{\"caseNumber\":\""
        + caseNumber
        + "\",\"requestKey\":\""
        + caseNumber
        + ":"
        + PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE
        + "\",\"reference\":\"MIA-XC-1\",\"decision\":\""
        + decision
        + "\""
        + ("REFUSED".equals(decision) ? ",\"refusalReason\":\"PENDING_COURT_CASE\"" : "")
        + ",\"decidedAt\":\"2026-11-20T09:00:00Z\"}";
  }

  private static ResponseEntity<Map<String, Object>> ministry(String body) {
    return post(MINISTRY, MINISTRY_PASSWORD, body);
  }

  private static ResponseEntity<Map<String, Object>> post(
      String user, String password, String body) {
    return postCallback(PATH, user, password, body);
  }
}

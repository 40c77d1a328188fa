package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.travel.TravelProcess;

/**
 * Our application: it numbers its cases, takes referrals at {@code /api/referrals/mission-<code>}
 * and the authorities' answers at {@code /api/callbacks/...}, where the benchmark posts them as the
 * Ministry and the Committee would, once the case waits for them.
 */
final class Ours implements Office {

  /** The embedded default's callback password of every outside party (application.yaml). */
  static final String PARTNER_PASSWORD = "sandbox-callback-secret";

  private final OfficeHttp http;
  private final OutsideWorld outside;

  Ours(OfficeHttp http, OutsideWorld outside) {
    this.http = http;
    this.outside = outside;
  }

  @Override
  public String name() {
    return "ours";
  }

  @Override
  public OfficeHttp http() {
    return http;
  }

  @Override
  public ObjectNode startBody(ObjectNode variables) {
    ObjectNode body = OfficeHttp.JSON.createObjectNode();
    body.set("variables", variables);
    return body;
  }

  @Override
  public String caseNumberOf(JsonNode startedInstance, ObjectNode startBody) {
    return startedInstance.path("businessKey").asText();
  }

  @Override
  public String refer(String mission, String referralJson) {
    return http.partnerPost(
            mission, PARTNER_PASSWORD, "/api/referrals/" + mission, referralJson, "referral")
        .path("caseNumber")
        .asText();
  }

  @Override
  public void answerExitClearance(String caseNumber) {
    OutsideWorld.Accepted request =
        CaseWalks.await(
            "exit clearance request of " + caseNumber,
            () -> outside.accepted(caseNumber, "EXIT_CLEARANCE").orElse(null));
    CaseWalks.awaitSubscription(
        http, caseNumber, PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED);
    String decision =
        """
        {"caseNumber":"%s","requestKey":"%s","reference":"%s","decision":"CLEARED",\
        "decidedAt":"%s"}"""
            .formatted(
                caseNumber,
                request.idempotencyKey(),
                request.reference(),
                Instant.now().minusSeconds(60));
    delivered(
        http.partnerPost(
            "ministry",
            PARTNER_PASSWORD,
            "/api/callbacks/migration-authority/exit-clearance",
            decision,
            "callback"),
        caseNumber);
  }

  @Override
  public void reportExit(String caseNumber) {
    OutsideWorld.Accepted notification =
        CaseWalks.await(
            "departure notification of " + caseNumber,
            () -> outside.accepted(caseNumber, "DEPARTURE_NOTIFICATION").orElse(null));
    CaseWalks.awaitSubscription(http, caseNumber, TravelProcess.MESSAGE_EXIT_CONTROL_REPORTED);
    String report =
        """
        {"caseNumber":"%s","requestKey":"%s","reference":"%s","outcome":"EXIT_RECORDED",\
        "crossingPoint":"MINSK_NATIONAL_AIRPORT","recordedAt":"%s"}"""
            .formatted(
                caseNumber,
                notification.idempotencyKey(),
                notification.reference(),
                Instant.now().minusSeconds(60));
    delivered(
        http.partnerPost(
            "sbc",
            PARTNER_PASSWORD,
            "/api/callbacks/border-authority/departure",
            report,
            "callback"),
        caseNumber);
  }

  /** The case waited, so the answer must have been applied at once, not stored for later. */
  private static void delivered(JsonNode answer, String caseNumber) {
    if (!"DELIVERED".equals(answer.path("status").asText())) {
      throw new IllegalStateException("callback for " + caseNumber + " not delivered: " + answer);
    }
  }
}

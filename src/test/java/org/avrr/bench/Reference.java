package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.inbound.Referral;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.travel.TravelProcess;

/**
 * The reference: the same models on the bare engine ({@code bare.BareEngineApplication} with its
 * no-op beans), none of our code. Without our start listener the start form brings the case number
 * as business key; without our endpoints a referral starts the inbound case through the REST API
 * and an authority's answer is a message correlated through the REST API, with the variables our
 * callback endpoint would set.
 */
final class Reference implements Office {

  private static final AtomicLong CASES = new AtomicLong();

  private final OfficeHttp http;
  private final String prefix;

  Reference(OfficeHttp http, String prefix) {
    this.http = http;
    this.prefix = prefix;
  }

  @Override
  public String name() {
    return "reference";
  }

  @Override
  public OfficeHttp http() {
    return http;
  }

  private String nextCaseNumber() {
    return String.format(
        "%s-%d-%06d",
        prefix, LocalDate.now(CaseWalks.OFFICE_ZONE).getYear(), CASES.incrementAndGet());
  }

  @Override
  public ObjectNode startBody(ObjectNode variables) {
    ObjectNode body = OfficeHttp.JSON.createObjectNode();
    body.set("variables", variables);
    body.put("businessKey", nextCaseNumber());
    return body;
  }

  @Override
  public String caseNumberOf(JsonNode startedInstance, ObjectNode startBody) {
    return startBody.path("businessKey").asText();
  }

  @Override
  public String refer(String mission, String referralJson) {
    Referral referral =
        Referral.read(
            OfficeHttp.parse(referralJson),
            LocalDate.now(CaseWalks.OFFICE_ZONE),
            org.avrr.workflow.i18n.Message.of("calendar.today", "Minsk", "today"));
    ObjectNode variables = OfficeHttp.JSON.createObjectNode();
    referral.variables().forEach((name, value) -> variables.set(name, typed(value)));
    String code = mission.substring("mission-".length());
    variables.set(InboundReturnProcess.SENDING_MISSION.name(), typed(code));
    variables.set(InboundReturnProcess.SENDING_MISSION_GROUP.name(), typed(mission));
    variables.set(
        InboundReturnProcess.SENDING_MISSION_REFERENCE.name(), typed(referral.reference()));
    variables.set(InboundReturnProcess.COUNTRY_OF_DEPARTURE.name(), typed("DE"));
    variables.set("referralReceivedOn", typed(CaseWalks.today()));
    String caseNumber = nextCaseNumber();
    ObjectNode body = OfficeHttp.JSON.createObjectNode();
    body.set("variables", variables);
    body.put("businessKey", caseNumber);
    http.restPost(
        "admin",
        "/process-definition/key/" + InboundReturnProcess.KEY + "/start",
        body,
        "referral");
    return caseNumber;
  }

  @Override
  public void answerExitClearance(String caseNumber) {
    CaseWalks.awaitSubscription(
        http, caseNumber, PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED);
    ObjectNode variables = OfficeHttp.JSON.createObjectNode();
    variables.set(PreDepartureProcess.EXIT_CLEARANCE_DECISION.name(), typed("CLEARED"));
    variables.set(
        PreDepartureProcess.EXIT_CLEARANCE_REFERENCE.name(), typed("MIA-XC-" + caseNumber));
    variables.set(PreDepartureProcess.EXIT_CLEARANCE_DECIDED_ON.name(), typed(CaseWalks.today()));
    variables.set(
        PreDepartureProcess.EXIT_CLEARANCE_ANSWERED_BY.name(),
        typed(PreDepartureProcess.ANSWERED_BY_MINISTRY_CALLBACK));
    correlate(PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED, caseNumber, variables);
  }

  @Override
  public void reportExit(String caseNumber) {
    CaseWalks.awaitSubscription(http, caseNumber, TravelProcess.MESSAGE_EXIT_CONTROL_REPORTED);
    ObjectNode variables = OfficeHttp.JSON.createObjectNode();
    variables.set(TravelProcess.DEPARTURE_OUTCOME.name(), typed("DEPARTED"));
    variables.set(
        TravelProcess.DEPARTURE_CONFIRMED_BY.name(),
        typed(TravelProcess.CONFIRMED_BY_BORDER_AUTHORITY));
    variables.set(TravelProcess.EXIT_CONTROL_REFERENCE.name(), typed("SBC-" + caseNumber));
    variables.set(TravelProcess.EXIT_RECORDED_ON.name(), typed(CaseWalks.today()));
    correlate(TravelProcess.MESSAGE_EXIT_CONTROL_REPORTED, caseNumber, variables);
  }

  /** The bare engine keeps no documents, and no form of it asks for one. */
  @Override
  public void attachScan(String user, String taskId, String kind, String fileName) {}

  private void correlate(String message, String caseNumber, ObjectNode variables) {
    ObjectNode body = OfficeHttp.JSON.createObjectNode();
    body.put("messageName", message);
    body.put("businessKey", caseNumber);
    body.set("processVariables", variables);
    body.put("all", true);
    http.restPost("admin", "/message", body, "callback");
  }

  private static ObjectNode typed(Object value) {
    if (value instanceof Boolean) {
      return OfficeHttp.value(value, "Boolean");
    }
    if (value instanceof Long || value instanceof Integer) {
      return OfficeHttp.value(value, "Long");
    }
    if (value instanceof Double) {
      return OfficeHttp.value(value, "Double");
    }
    return OfficeHttp.value(String.valueOf(value), "String");
  }
}

package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Our application with its own sandbox authorities (the embedded default): the sandbox Ministry
 * decides exit clearances and the sandbox Committee reports exits by itself, by callback, as the
 * real ones do; a walk only waits for the case to move on.
 */
final class SandboxOffice implements Office {

  private final Ours ours;

  SandboxOffice(OfficeHttp http) {
    this.ours = new Ours(http, null);
  }

  @Override
  public String name() {
    return "ours (sandbox)";
  }

  @Override
  public OfficeHttp http() {
    return ours.http();
  }

  @Override
  public ObjectNode startBody(ObjectNode variables) {
    return ours.startBody(variables);
  }

  @Override
  public String caseNumberOf(JsonNode startedInstance, ObjectNode startBody) {
    return ours.caseNumberOf(startedInstance, startBody);
  }

  @Override
  public String refer(String mission, String referralJson) {
    return ours.refer(mission, referralJson);
  }

  @Override
  public void answerExitClearance(String caseNumber) {
    // The sandbox Ministry posts its decision after avrr.sandbox.callback-delay.
  }

  @Override
  public void reportExit(String caseNumber) {
    // The sandbox Committee posts its exit report after avrr.sandbox.callback-delay.
  }
}

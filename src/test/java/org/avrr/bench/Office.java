package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What differs between driving our application and driving a reference built from the same models
 * without our code: how a case gets its number, how a sending mission's referral arrives, how an
 * authority's later answer reaches the waiting case, and whether documents are kept. Everything
 * else a user does goes through Tasklist's engine API in both.
 */
interface Office {

  String name();

  OfficeHttp http();

  /**
   * The start form's submission as Tasklist posts it, plus the business key where the office does
   * not give the case its number itself.
   */
  ObjectNode startBody(ObjectNode variables);

  /** The case number of the case a start form just opened. */
  String caseNumberOf(JsonNode startedInstance, ObjectNode startBody);

  /** A sending mission's referral (its JSON), received: the new inbound case's number. */
  String refer(String mission, String referralJson);

  /** The Ministry decides the exit clearance the case asked for: cleared. */
  void answerExitClearance(String caseNumber);

  /** The State Border Committee reports the migrant's exit at the notified crossing point. */
  void reportExit(String caseNumber);

  /**
   * {@code user} attaches a scanned paper (a small PDF) to the case at the task, as Tasklist's
   * Documents tab does: evidence a task's form is refused without (an instalment's invoice).
   */
  default void attachScan(String user, String taskId, String kind, String fileName) {
    http().tasklist(user).attachScan(taskId, kind, fileName);
  }
}

package org.avrr.workflow.callback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of answer an outside party sends back to us, e.g. the Ministry's exit clearance. A
 * contract is a Spring bean; {@link CallbackController} serves it at {@code
 * /api/callbacks/<party>/<kind>}. Every body names the case and the request it answers:
 *
 * <pre>{ "caseNumber": "BY-2026-000001", "requestKey": "BY-2026-000001:Task_...", ... }</pre>
 *
 * The request key is the idempotency key we sent, so an answer reaches exactly the step that asked,
 * even when a case asks the same party twice (e.g. after a rebooking).
 */
public interface CallbackContract {

  /**
   * The calling party, as in the URL and in {@code avrr.callbacks.clients}; for a contract several
   * parties share (see {@link #sentBy}), the pattern of their names, e.g. {@code mission-<code>}.
   */
  String party();

  /** Whether {@code caller} (authenticated as such) sends answers of this contract. */
  default boolean sentBy(String caller) {
    return party().equals(caller);
  }

  /**
   * Whether {@code caller} may answer for this case at all. A contract several parties share
   * refuses a party the case is not theirs (e.g. a mission abroad answering for another mission's
   * case), before anything is stored.
   */
  default boolean mayAnswerFor(String caller, String caseNumber) {
    return true;
  }

  /**
   * The process variable that names, in the waiting instance, the one party whose answer it takes;
   * empty where the contract has a single party.
   */
  default Optional<String> callerVariable() {
    return Optional.empty();
  }

  /** The kind of answer, as in the URL. */
  String kind();

  /** The BPMN message the answer is correlated as. */
  String messageName();

  /**
   * The process variable that holds the request key in the instance waiting for the answer; only an
   * instance whose variable equals the body's {@code requestKey} receives it.
   */
  String requestKeyVariable();

  /**
   * Checks the body beyond case number and request key, and turns it into the process variables the
   * answer sets.
   *
   * @throws InvalidCallbackException naming every problem, for a 400 answer
   */
  Map<String, Object> variables(JsonNode body);
}

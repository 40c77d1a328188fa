package org.avrr.workflow.callback;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * How an answer finds its step: the BPMN message of its contract, to the instances of the case
 * (business key) whose request-key variable equals the answer's request key. An answer to another
 * request of the same case thus never ends this wait. Request keys are case number + step today, so
 * a step that asks the same party again (e.g. after a rebooking) must make its key distinct.
 */
public final class CallbackCorrelation {

  private CallbackCorrelation() {}

  /**
   * @return whether an instance was waiting and received the answer
   */
  public static boolean correlate(
      RuntimeService runtime,
      CallbackContract contract,
      String caseNumber,
      String requestKey,
      Map<String, Object> variables) {
    return !runtime
        .createMessageCorrelation(contract.messageName())
        .processInstanceBusinessKey(caseNumber)
        .processInstanceVariableEquals(contract.requestKeyVariable(), requestKey)
        .setVariables(variables)
        .correlateAllWithResult()
        .isEmpty();
  }
}

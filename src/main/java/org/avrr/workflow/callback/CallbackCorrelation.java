package org.avrr.workflow.callback;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;

/**
 * How an answer finds its step: the BPMN message of its contract, to the instances of the case
 * (business key) whose request-key variable equals the answer's request key. An answer to another
 * request of the same case thus never ends this wait. Request keys are case number + step today, so
 * a step that asks the same party again (e.g. after a rebooking) must make its key distinct. Where
 * several parties share a contract, the instance also names the one party it waits for.
 */
public final class CallbackCorrelation {

  private CallbackCorrelation() {}

  /**
   * @return whether an instance was waiting and received the answer
   */
  public static boolean correlate(
      RuntimeService runtime,
      CallbackContract contract,
      String caller,
      String caseNumber,
      String requestKey,
      Map<String, Object> variables) {
    MessageCorrelationBuilder correlation =
        runtime
            .createMessageCorrelation(contract.messageName())
            .processInstanceBusinessKey(caseNumber)
            .processInstanceVariableEquals(contract.requestKeyVariable(), requestKey);
    contract
        .callerVariable()
        .ifPresent(variable -> correlation.processInstanceVariableEquals(variable, caller));
    return !correlation.setVariables(variables).correlateAllWithResult().isEmpty();
  }
}

package org.avrr.workflow.outbound;

import static org.avrr.workflow.outbound.OutboundReturnProcess.MESSAGE_CASE_WITHDRAWN;

import java.util.List;
import java.util.Optional;
import org.avrr.workflow.casefile.CaseErasureProcess;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Drives outbound cases in the engine: finds them by case number and correlates their messages.
 * Fails loudly when no open case matches.
 */
@Component
public class OutboundCases {

  private final RuntimeService runtime;

  public OutboundCases(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public boolean isOpen(String caseNumber) {
    return runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKeyNotIn(CaseErasureProcess.KEY)
            .active()
            .count()
        > 0;
  }

  /**
   * Withdraws an open case before departure. The withdrawal goes to the innermost stage that waits
   * for it: travel takes it itself, to undo what it booked before the case closes; before travel,
   * the case's own withdrawal event sub-process closes it at once. After departure nothing waits
   * for a withdrawal.
   *
   * @throws CaseNotOpenException no open outbound case with this number can be withdrawn
   */
  public void withdraw(String caseNumber, Withdrawal withdrawal) {
    String target =
        instanceTakingWithdrawal(caseNumber)
            .orElseThrow(() -> new CaseNotOpenException(caseNumber, null));
    try {
      runtime
          .createMessageCorrelation(MESSAGE_CASE_WITHDRAWN)
          .processInstanceId(target)
          .setVariables(
              Variables.createVariables()
                  .putValue(OutboundReturnProcess.WITHDRAWAL_REASON.name(), withdrawal.reason())
                  .putValue(OutboundReturnProcess.WITHDRAWAL_DETAILS.name(), withdrawal.details())
                  .putValue(
                      OutboundReturnProcess.WITHDRAWAL_DECLARED_ON.name(), withdrawal.declaredOn())
                  .putValue(
                      OutboundReturnProcess.WITHDRAWAL_RECORDED_BY.name(), withdrawal.recordedBy()))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseNotOpenException(caseNumber, e);
    }
  }

  private Optional<String> instanceTakingWithdrawal(String caseNumber) {
    List<ProcessInstance> waiting =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .active()
            .list()
            .stream()
            .filter(
                instance ->
                    runtime
                            .createEventSubscriptionQuery()
                            .processInstanceId(instance.getId())
                            .eventType(EventType.MESSAGE.name())
                            .eventName(MESSAGE_CASE_WITHDRAWN)
                            .count()
                        > 0)
            .toList();
    return waiting.stream()
        .filter(instance -> !instance.getId().equals(instance.getRootProcessInstanceId()))
        .findFirst()
        .or(() -> waiting.stream().findFirst())
        .map(ProcessInstance::getId);
  }

  /** Why and when the migrant withdrew, and who recorded it. */
  public record Withdrawal(String reason, String details, String declaredOn, String recordedBy) {}

  public static class CaseNotOpenException extends RuntimeException {
    CaseNotOpenException(String caseNumber, Throwable cause) {
      super("No open outbound case " + caseNumber + " can be withdrawn", cause);
    }
  }
}

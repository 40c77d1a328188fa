package org.avrr.workflow.outbound;

import static org.avrr.workflow.outbound.OutboundReturnProcess.MESSAGE_CASE_WITHDRAWN;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
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
            .active()
            .count()
        > 0;
  }

  /**
   * Withdraws an open case: the case's withdrawal event sub-process interrupts whatever stage it is
   * in and closes it as withdrawn, keeping the reason.
   *
   * @throws CaseNotOpenException no open outbound case has this number
   */
  public void withdraw(String caseNumber, Withdrawal withdrawal) {
    try {
      runtime
          .createMessageCorrelation(MESSAGE_CASE_WITHDRAWN)
          .processInstanceBusinessKey(caseNumber)
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

  /** Why and when the migrant withdrew, and who recorded it. */
  public record Withdrawal(String reason, String details, String declaredOn, String recordedBy) {}

  public static class CaseNotOpenException extends RuntimeException {
    CaseNotOpenException(String caseNumber, Throwable cause) {
      super("No open outbound case " + caseNumber + " can be withdrawn", cause);
    }
  }
}

package org.avrr.workflow.counselling;

import static org.avrr.workflow.counselling.CaseWithdrawalProcess.CASE_TO_WITHDRAW;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_DECLARED_ON;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_DETAILS;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_REASON;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_RECORDED_BY;

import org.avrr.workflow.common.WithoutAuthorization;
import org.avrr.workflow.outbound.OutboundCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Withdraws the named case. Runs in the counsellor's own transaction, so the counsellor sees at
 * once whether it worked. Being allowed to start "Record a withdrawal" is the permission to
 * withdraw, so the correlation itself runs without the counsellor's (narrower) instance
 * authorizations.
 */
@Component("caseWithdrawalDelegate")
public class CaseWithdrawalDelegate implements JavaDelegate {

  private final OutboundCases cases;

  public CaseWithdrawalDelegate(OutboundCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CASE_TO_WITHDRAW.from(execution);
    execution.setProcessBusinessKey(caseNumber);
    OutboundCases.Withdrawal withdrawal =
        new OutboundCases.Withdrawal(
            WITHDRAWAL_REASON.from(execution),
            WITHDRAWAL_DETAILS.find(execution).orElse(null),
            WITHDRAWAL_DECLARED_ON.from(execution),
            WITHDRAWAL_RECORDED_BY.find(execution).orElse(null));
    WithoutAuthorization.call(
        () -> {
          cases.withdraw(caseNumber, withdrawal);
          return null;
        });
  }
}

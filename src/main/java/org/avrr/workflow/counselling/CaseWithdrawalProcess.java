package org.avrr.workflow.counselling;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * "Record a withdrawal" ({@code processes/case-withdrawal.bpmn}): the counsellor's action that
 * withdraws an open outbound case. Its start form names the case; its one step correlates the
 * withdrawal message to that case.
 */
public final class CaseWithdrawalProcess {

  public static final String KEY = "case-withdrawal";

  public static final String TASK_WITHDRAW_CASE = "Task_WithdrawCase";
  public static final String FORM_CASE_WITHDRAWAL = "case-withdrawal";

  /** The case to withdraw, as typed by the counsellor. */
  public static final ProcessVariable<String> CASE_TO_WITHDRAW = string("caseToWithdraw");

  private CaseWithdrawalProcess() {}
}

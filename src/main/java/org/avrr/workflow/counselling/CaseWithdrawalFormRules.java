package org.avrr.workflow.counselling;

import static org.avrr.workflow.counselling.CaseWithdrawalProcess.CASE_TO_WITHDRAW;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_DECLARED_ON;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_DETAILS;
import static org.avrr.workflow.outbound.OutboundReturnProcess.WITHDRAWAL_REASON;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.WithoutAuthorization;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.outbound.OutboundCases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Record a withdrawal" accepts only an open case, and a reason the office can report on. */
@Configuration(proxyBeanMethods = false)
public class CaseWithdrawalFormRules {

  static final String REASON_OTHER = "OTHER";

  @Bean
  public FormRule caseWithdrawalRules(OfficeCalendar calendar, OutboundCases cases) {
    return FormRule.of(
        CaseWithdrawalProcess.FORM_CASE_WITHDRAWAL,
        submission -> {
          new DateChecks(calendar).notInFuture(submission, WITHDRAWAL_DECLARED_ON);
          if (submission.value(WITHDRAWAL_REASON).filter(REASON_OTHER::equals).isPresent()
              && !submission.has(WITHDRAWAL_DETAILS)) {
            submission.reject(WITHDRAWAL_DETAILS, Message.of("rule.detailsWhenOther"));
          }
          submission
              .value(CASE_TO_WITHDRAW)
              // The counsellor may not read every case, but must learn whether this one is open.
              .filter(caseNumber -> !WithoutAuthorization.call(() -> cases.isOpen(caseNumber)))
              .ifPresent(
                  caseNumber ->
                      submission.reject(
                          CASE_TO_WITHDRAW, Message.of("withdrawal.noOpenCase", caseNumber)));
        });
  }
}

package org.avrr.workflow.eligibility;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.eligibility.EligibilityProcess.APPLICANT_INFORMED_ON;
import static org.avrr.workflow.eligibility.EligibilityProcess.UNACCOMPANIED_OR_SEPARATED_CHILD;
import static org.avrr.workflow.eligibility.EligibilityProcess.UNHCR_REFERRAL_DATE;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.i18n.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the eligibility forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class EligibilityFormRules {

  @Bean
  public FormRule vulnerabilityScreeningRules(OfficeCalendar calendar) {
    return FormRule.of(
        EligibilityProcess.FORM_VULNERABILITY_SCREENING,
        submission -> {
          if (submission.isTrue(UNACCOMPANIED_OR_SEPARATED_CHILD)
              && submission.date(DATE_OF_BIRTH).filter(calendar::isMinorToday).isEmpty()) {
            submission.reject(
                UNACCOMPANIED_OR_SEPARATED_CHILD,
                Message.of(
                    "eligibility.childUnder18Only",
                    submission
                        .value(DATE_OF_BIRTH)
                        .<Object>map(born -> born)
                        .orElse(Message.of("common.missing"))));
          }
        });
  }

  @Bean
  public FormRule unhcrReferralRules(OfficeCalendar calendar) {
    return FormRule.of(
        EligibilityProcess.FORM_UNHCR_REFERRAL,
        submission -> new DateChecks(calendar).notInFuture(submission, UNHCR_REFERRAL_DATE));
  }

  @Bean
  public FormRule notEligibleNoticeRules(OfficeCalendar calendar) {
    return FormRule.of(
        EligibilityProcess.FORM_NOT_ELIGIBLE_NOTICE,
        submission -> new DateChecks(calendar).notInFuture(submission, APPLICANT_INFORMED_ON));
  }
}

package org.avrr.workflow.reintegration;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;
import static org.avrr.workflow.reintegration.ReintegrationProcess.*;

import java.math.BigDecimal;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.reintegration.ReintegrationPlan.InvalidPlanException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the reintegration forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class ReintegrationFormRules {

  @Bean
  public FormRule reintegrationAssessmentRules() {
    return FormRule.of(
        FORM_ASSESSMENT,
        submission -> {
          long people =
              submission.value(HOUSEHOLD_ADULTS).orElse(0L)
                  + submission.value(HOUSEHOLD_MINORS).orElse(0L);
          if (submission.has(HOUSEHOLD_ADULTS) && people < 1) {
            submission.reject(HOUSEHOLD_ADULTS, Message.of("reintegration.householdOfOne"));
          }
        });
  }

  /** The plan's components checked as a whole: the same check a mission's submitted plan gets. */
  @Bean
  public FormRule reintegrationPlanRules(ReintegrationProperties properties) {
    return FormRule.of(
        FORM_PLAN,
        submission -> {
          try {
            ReintegrationPlan.read(
                ReintegrationPlan.slotRows(submission::value),
                submission.value(GRANT_CURRENCY).orElse("EUR"),
                properties.assistanceWindowMonths());
          } catch (InvalidPlanException e) {
            e.problems()
                .forEach(
                    problem ->
                        submission.reject(
                            ReintegrationPlan.KIND + Math.max(problem.component(), 1),
                            // The plan's own check: the same problems a mission's system reads.
                            problem.words()));
          }
        });
  }

  /**
   * At the SENIOR level only a senior approver may approve. A submission without an authenticated
   * user comes from the application's own code (tests, the engine's Java API), never from Tasklist
   * or the REST API, which always authenticate.
   */
  @Bean
  public FormRule reintegrationPlanApprovalRules(ReintegrationProperties properties) {
    return FormRule.of(
        FORM_PLAN_APPROVAL,
        submission -> {
          boolean approving = submission.value(PLAN_DECISION).filter("APPROVE"::equals).isPresent();
          boolean senior = submission.value(APPROVAL_LEVEL).filter("SENIOR"::equals).isPresent();
          Authentication user = currentUser();
          if (approving
              && senior
              && user != null
              && (user.getGroupIds() == null
                  || !user.getGroupIds().contains(properties.seniorApproversGroup()))) {
            submission.reject(
                PLAN_DECISION,
                Message.of(
                    "reintegration.seniorApproverOnly",
                    submission
                        .value(APPROVAL_LEVEL_REASON)
                        .<Object>map(reason -> reason)
                        .orElse(Message.of("reintegration.seniorLevel")),
                    properties.seniorApproversGroup()));
          }
        });
  }

  @Bean
  public FormRule instalmentPaymentRules(OfficeCalendar calendar) {
    return FormRule.of(
        FORM_INSTALMENT_PAYMENT,
        submission -> {
          new DateChecks(calendar).notInFuture(submission, PAID_ON);
          Double due = submission.value(INSTALMENT_AMOUNT).orElse(null);
          Double paid = submission.value(AMOUNT_PAID).orElse(null);
          if (due == null || paid == null) {
            return;
          }
          int comparison = BigDecimal.valueOf(paid).compareTo(BigDecimal.valueOf(due));
          if (comparison > 0) {
            submission.reject(
                AMOUNT_PAID,
                Message.of(
                    "reintegration.overInstalment",
                    // The amount as the reader writes it (EUR 1 450,50 in Russian).
                    submission
                        .value(
                            org.avrr.workflow.common.ProcessVariable.string(
                                org.avrr.workflow.i18n.LocalisedNames.variable(
                                    INSTALMENT_AMOUNT_TEXT.name(), submission.language())))
                        .or(() -> submission.value(INSTALMENT_AMOUNT_TEXT))
                        .orElse(String.valueOf(due))));
          } else if (comparison < 0 && !submission.has(PAYMENT_NOTES)) {
            submission.reject(PAYMENT_NOTES, Message.of("reintegration.sayWhyLess"));
          }
        });
  }

  @Bean
  public FormRule monitoringVisitRules(OfficeCalendar calendar) {
    return FormRule.of(
        FORM_MONITORING_VISIT,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, VISITED_ON);
          dates.notBefore(submission, VISITED_ON, ARRIVED_ON, "date.bound.arrival");
          boolean reached = submission.value(CONTACT_OUTCOME).filter("REACHED"::equals).isPresent();
          if (reached
              && submission.isTrue(FINAL_MONITORING_VISIT)
              && !submission.isTrue(RSS_SURVEY_TAKEN)) {
            submission.reject(RSS_SURVEY_TAKEN, Message.of("reintegration.lastVisitSurvey"));
          }
        });
  }

  private static Authentication currentUser() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthentication();
  }
}

package org.avrr.workflow.casefile;

import static org.avrr.workflow.casefile.CaseErasureProcess.CASE_TO_ERASE;
import static org.avrr.workflow.casefile.CaseErasureProcess.ERASURE_CONFIRMED;
import static org.avrr.workflow.casefile.CaseErasureProcess.ERASURE_DETAILS;
import static org.avrr.workflow.casefile.CaseErasureProcess.ERASURE_REASON;
import static org.avrr.workflow.casefile.CaseErasureProcess.REASON_OTHER;

import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.WithoutAuthorization;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.i18n.Message;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An erasure names a case that exists and has ended, once; says why; and is confirmed, since it
 * cannot be undone.
 */
@Configuration(proxyBeanMethods = false)
public class CaseErasureFormRules {

  @Bean
  public FormRule caseErasureRules(CaseErasure erasure, OfficeCalendar calendar) {
    return FormRule.of(
        CaseErasureProcess.FORM,
        submission -> {
          if (submission.value(ERASURE_REASON).filter(REASON_OTHER::equals).isPresent()
              && !submission.has(ERASURE_DETAILS)) {
            submission.reject(ERASURE_DETAILS, Message.of("rule.detailsWhenOther"));
          }
          if (!submission.isTrue(ERASURE_CONFIRMED)) {
            submission.reject(ERASURE_CONFIRMED, Message.of("erasure.confirm"));
          }
          submission
              .value(CASE_TO_ERASE)
              .ifPresent(
                  caseNumber ->
                      WithoutAuthorization.call(
                          () -> {
                            caseProblem(erasure, caseNumber, calendar)
                                .ifPresent(problem -> submission.reject(CASE_TO_ERASE, problem));
                            return null;
                          }));
        });
  }

  private static Optional<Message> caseProblem(
      CaseErasure erasure, String caseNumber, OfficeCalendar calendar) {
    if (erasure.instancesOf(caseNumber).isEmpty()) {
      return Optional.of(Message.of("erasure.noCase", caseNumber));
    }
    if (!erasure.hasEnded(caseNumber)) {
      return Optional.of(Message.of("erasure.notEnded", caseNumber));
    }
    return erasure
        .earlierErasure(caseNumber)
        // Erased as the erasure started (its first step runs in the start's transaction).
        .map(HistoricProcessInstance::getStartTime)
        .map(
            erasedAt ->
                Message.of(
                    "erasure.erasedBefore", caseNumber, calendar.dateOf(erasedAt.toInstant())));
  }
}

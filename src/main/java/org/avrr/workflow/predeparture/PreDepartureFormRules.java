package org.avrr.workflow.predeparture;

import static org.avrr.workflow.predeparture.PreDepartureProcess.ACCOMMODATION_FROM;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EMERGENCY_DOCUMENT_REQUESTED_ON;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EMERGENCY_DOCUMENT_VALID_UNTIL;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_DECIDED_ON;
import static org.avrr.workflow.predeparture.PreDepartureProcess.FITNESS_ASSESSED_ON;
import static org.avrr.workflow.predeparture.PreDepartureProcess.PASSPORT_VALID_UNTIL;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.i18n.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the pre-departure forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class PreDepartureFormRules {

  @Bean
  public FormRule travelDocumentCheckRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_TRAVEL_DOCUMENT_CHECK,
        submission -> new DateChecks(calendar).afterToday(submission, PASSPORT_VALID_UNTIL));
  }

  @Bean
  public FormRule emergencyDocumentRequestRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_EMERGENCY_DOCUMENT_REQUEST,
        submission ->
            new DateChecks(calendar).notInFuture(submission, EMERGENCY_DOCUMENT_REQUESTED_ON));
  }

  @Bean
  public FormRule emergencyDocumentOutcomeRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_EMERGENCY_DOCUMENT_OUTCOME,
        submission ->
            new DateChecks(calendar).afterToday(submission, EMERGENCY_DOCUMENT_VALID_UNTIL));
  }

  @Bean
  public FormRule exitClearancePaperAnswerRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_EXIT_CLEARANCE_PAPER_ANSWER,
        submission -> new DateChecks(calendar).notInFuture(submission, EXIT_CLEARANCE_DECIDED_ON));
  }

  @Bean
  public FormRule fitnessToTravelRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_FITNESS_TO_TRAVEL,
        submission -> new DateChecks(calendar).notInFuture(submission, FITNESS_ASSESSED_ON));
  }

  @Bean
  public FormRule accommodationRules(OfficeCalendar calendar) {
    return FormRule.of(
        PreDepartureProcess.FORM_ACCOMMODATION,
        submission -> {
          // Accommodation already running may have started before the case reached this step.
          submission
              .date(ACCOMMODATION_FROM)
              .filter(date -> date.isBefore(calendar.today().minusDays(90)))
              .ifPresent(
                  date ->
                      submission.reject(
                          ACCOMMODATION_FROM,
                          Message.of(
                              "predeparture.accommodationTooEarly",
                              new DateChecks(calendar).today())));
        });
  }
}

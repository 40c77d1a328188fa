package org.avrr.workflow.arrival;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the arrival forms, beyond what each form declares. */
@Configuration
public class ArrivalFormRules {

  @Bean
  public FormRule arrivalConfirmationRules(OfficeCalendar calendar) {
    return FormRule.of(
        ArrivalProcess.FORM_ARRIVAL_CONFIRMATION,
        submission -> new DateChecks(calendar).notInFuture(submission, ARRIVED_ON));
  }

  @Bean
  public FormRule arrivalChaseRules(OfficeCalendar calendar) {
    return FormRule.of(
        ArrivalProcess.FORM_ARRIVAL_CHASE,
        submission -> new DateChecks(calendar).notInFuture(submission, ARRIVED_ON));
  }
}

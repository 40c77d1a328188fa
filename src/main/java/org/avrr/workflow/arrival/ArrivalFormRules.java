package org.avrr.workflow.arrival;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_DATE;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormSubmission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the arrival forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class ArrivalFormRules {

  @Bean
  public FormRule arrivalConfirmationRules(OfficeCalendar calendar) {
    return FormRule.of(
        ArrivalProcess.FORM_ARRIVAL_CONFIRMATION,
        submission -> arrivedOnTheFlightsDayOrLater(submission, calendar));
  }

  @Bean
  public FormRule arrivalChaseRules(OfficeCalendar calendar) {
    return FormRule.of(
        ArrivalProcess.FORM_ARRIVAL_CHASE,
        submission -> arrivedOnTheFlightsDayOrLater(submission, calendar));
  }

  /** Not in the future, and not before the flight left Minsk. */
  private static void arrivedOnTheFlightsDayOrLater(
      FormSubmission submission, OfficeCalendar calendar) {
    DateChecks dates = new DateChecks(calendar);
    dates.notInFuture(submission, ARRIVED_ON);
    dates.notBefore(submission, ARRIVED_ON, DEPARTURE_DATE, "date.bound.departureDate");
  }
}

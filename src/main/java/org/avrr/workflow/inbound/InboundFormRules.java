package org.avrr.workflow.inbound;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;
import static org.avrr.workflow.inbound.InboundReturnProcess.*;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the inbound forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class InboundFormRules {

  /** A new flight lies ahead, and lands on or after the day it leaves. */
  @Bean
  public FormRule inboundDepartureRules(OfficeCalendar calendar) {
    return FormRule.of(
        FORM_DEPARTURE,
        submission -> {
          if (submission.value(DEPARTURE_OUTCOME).filter("NEW_FLIGHT"::equals).isEmpty()) {
            return;
          }
          DateChecks dates = new DateChecks(calendar);
          dates.notInPast(submission, DEPARTURE_DATE);
          dates.notBefore(submission, ARRIVAL_DATE, DEPARTURE_DATE, "date.bound.departureDate");
        });
  }

  @Bean
  public FormRule inboundArrivalRules(OfficeCalendar calendar) {
    return FormRule.of(
        FORM_ARRIVAL,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, ARRIVED_ON);
          dates.notBefore(submission, ARRIVED_ON, DEPARTURE_DATE, "date.bound.departureDate");
        });
  }
}

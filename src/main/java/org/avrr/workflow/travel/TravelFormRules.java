package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.ARRIVAL_DATE;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_DATE;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_OUTCOME;
import static org.avrr.workflow.travel.TravelProcess.PRE_EMBARKATION_OUTCOME;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.ProcessVariable;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormSubmission;
import org.avrr.workflow.i18n.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules of the travel forms, beyond what each form declares. */
@Configuration(proxyBeanMethods = false)
public class TravelFormRules {

  static final ProcessVariable<String> BOOKING_CANCELLED_ON =
      ProcessVariable.string("bookingCancelledOn");
  static final ProcessVariable<String> PRE_EMBARKATION_NOTES =
      ProcessVariable.string("preEmbarkationNotes");
  static final ProcessVariable<String> DEPARTURE_NOTES = ProcessVariable.string("departureNotes");

  @Bean
  public FormRule travelBookingRules(OfficeCalendar calendar) {
    return FormRule.of(
        TravelProcess.FORM_TRAVEL_BOOKING,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInPast(submission, DEPARTURE_DATE);
          dates.notBefore(submission, ARRIVAL_DATE, DEPARTURE_DATE, "date.bound.departureDate");
        });
  }

  @Bean
  public FormRule bookingCancellationRules(OfficeCalendar calendar) {
    return FormRule.of(
        TravelProcess.FORM_BOOKING_CANCELLATION,
        submission -> new DateChecks(calendar).notInFuture(submission, BOOKING_CANCELLED_ON));
  }

  /** Whatever stops the boarding must be explained: the next person reads why. */
  @Bean
  public FormRule preEmbarkationRules() {
    return FormRule.of(
        TravelProcess.FORM_PRE_EMBARKATION_CHECK,
        submission ->
            requireNotesUnless(
                submission, PRE_EMBARKATION_OUTCOME, "READY_TO_BOARD", PRE_EMBARKATION_NOTES));
  }

  @Bean
  public FormRule departureConfirmationRules() {
    return FormRule.of(
        TravelProcess.FORM_DEPARTURE_CONFIRMATION,
        submission ->
            requireNotesUnless(submission, DEPARTURE_OUTCOME, "DEPARTED", DEPARTURE_NOTES));
  }

  private static void requireNotesUnless(
      FormSubmission submission,
      ProcessVariable<String> outcome,
      String normalOutcome,
      ProcessVariable<String> notes) {
    boolean normal = submission.value(outcome).map(normalOutcome::equals).orElse(true);
    boolean explained =
        submission.value(notes).filter(text -> text.strip().length() >= 10).isPresent();
    if (!normal && !explained) {
      submission.reject(notes, Message.of("travel.sayWhatHappened"));
    }
  }
}

package org.avrr.workflow.forms;

import java.time.LocalDate;
import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.ProcessVariable;
import org.avrr.workflow.i18n.Message;

/** The date checks most forms need, worded for the person filling them in. */
public final class DateChecks {

  private final OfficeCalendar calendar;

  public DateChecks(OfficeCalendar calendar) {
    this.calendar = calendar;
  }

  public void notInFuture(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> date.isAfter(calendar.today()))
        .ifPresent(date -> submission.reject(field, Message.of("date.notInFuture", today())));
  }

  /** A document's validity: the date must lie after today. */
  public void afterToday(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> !date.isAfter(calendar.today()))
        .ifPresent(date -> submission.reject(field, Message.of("date.afterToday", today())));
  }

  /**
   * {@code field} must not be earlier than {@code earliest}, which {@code earliestKey} names (a
   * message key).
   */
  public void notBefore(
      FormSubmission submission,
      ProcessVariable<String> field,
      ProcessVariable<String> earliest,
      String earliestKey) {
    Optional<LocalDate> bound = submission.date(earliest);
    submission
        .date(field)
        .filter(date -> bound.isPresent() && date.isBefore(bound.get()))
        .ifPresent(
            date ->
                submission.reject(
                    field, Message.of("date.notBefore", Message.of(earliestKey), bound.get())));
  }

  /** A date of a plan that cannot lie before today (a flight still to be taken). */
  public void notInPast(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> date.isBefore(calendar.today()))
        .ifPresent(date -> submission.reject(field, Message.of("date.notInPast", today())));
  }

  /** "today in Minsk is 2026-12-05", in the submitting user's language. */
  public Message today() {
    return Message.of("date.today", calendar.place(), calendar.today());
  }

  public OfficeCalendar calendar() {
    return calendar;
  }
}

package org.avrr.workflow.forms;

import java.time.LocalDate;
import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.ProcessVariable;

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
        .ifPresent(
            date ->
                submission.reject(field, "cannot be in the future (" + calendar.todayNote() + ")"));
  }

  /** A document's validity: the date must lie after today. */
  public void afterToday(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> !date.isAfter(calendar.today()))
        .ifPresent(
            date -> submission.reject(field, "must be after today (" + calendar.todayNote() + ")"));
  }

  /** {@code field} must not be earlier than {@code earliest}, which is described as given. */
  public void notBefore(
      FormSubmission submission,
      ProcessVariable<String> field,
      ProcessVariable<String> earliest,
      String earliestDescription) {
    Optional<LocalDate> bound = submission.date(earliest);
    submission
        .date(field)
        .filter(date -> bound.isPresent() && date.isBefore(bound.get()))
        .ifPresent(
            date ->
                submission.reject(
                    field,
                    "cannot be before the " + earliestDescription + " (" + bound.get() + ")"));
  }

  /** A date of a plan that cannot lie before today (a flight still to be taken). */
  public void notInPast(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> date.isBefore(calendar.today()))
        .ifPresent(
            date ->
                submission.reject(field, "cannot be in the past (" + calendar.todayNote() + ")"));
  }

  public OfficeCalendar calendar() {
    return calendar;
  }
}

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
        .ifPresent(date -> submission.reject(field, "cannot be in the future"));
  }

  /** A document's validity: the date must lie after today. */
  public void afterToday(FormSubmission submission, ProcessVariable<String> field) {
    submission
        .date(field)
        .filter(date -> !date.isAfter(calendar.today()))
        .ifPresent(date -> submission.reject(field, "must be after today"));
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

  public OfficeCalendar calendar() {
    return calendar;
  }
}

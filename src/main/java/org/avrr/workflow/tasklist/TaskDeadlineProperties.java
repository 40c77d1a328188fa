package org.avrr.workflow.tasklist;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the office gives itself for each task, by the task's id in the models (e.g. {@code
 * Task_HoldCounsellingSession: P7D}), counted from the moment the task is created. A task whose
 * model computes its own due date from the case (first contact within 3 days of the application,
 * arrival confirmation after the scheduled arrival, ...) keeps that one.
 *
 * @param deadlines task id to ISO-8601 duration; application.yaml holds the office's defaults
 * @param closedDays days of the week the office does not work: a deadline in whole days counts only
 *     the office's working days (P5D created on a Friday is due the next Friday)
 * @param holidays dates the office is closed, counted like closed days (e.g. 2027-01-01)
 */
@ConfigurationProperties("avrr.tasklist")
public record TaskDeadlineProperties(
    @DefaultValue Map<String, Duration> deadlines,
    @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> closedDays,
    @DefaultValue List<LocalDate> holidays) {

  public TaskDeadlineProperties {
    deadlines = Map.copyOf(deadlines);
    closedDays = Set.copyOf(closedDays);
    holidays = List.copyOf(holidays);
    deadlines.forEach(
        (task, deadline) -> {
          if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException(
                "avrr.tasklist.deadlines."
                    + task
                    + " must be a positive duration, was "
                    + deadline);
          }
        });
    if (closedDays.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("avrr.tasklist.closed-days cannot close every day");
    }
  }

  /** Whether the office works on {@code day}: not a closed day of the week, not a holiday. */
  public boolean isWorkingDay(LocalDate day) {
    return !closedDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }
}

package org.avrr.workflow.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The due date of a task from the office's deadline for it: whole days are working days of the
 * office (closed days and holidays skipped, the time of day kept), anything else plain time.
 */
final class TaskDeadlines {

  private final TaskDeadlineProperties properties;
  private final ZoneId zone;

  TaskDeadlines(TaskDeadlineProperties properties, ZoneId zone) {
    this.properties = properties;
    this.zone = zone;
  }

  Optional<Instant> due(String taskId, Instant created) {
    return Optional.ofNullable(properties.deadlines().get(taskId))
        .map(deadline -> due(deadline, created));
  }

  Instant due(Duration deadline, Instant created) {
    if (!deadline.equals(Duration.ofDays(deadline.toDays()))) {
      return created.plus(deadline);
    }
    ZonedDateTime due = created.atZone(zone);
    for (long days = deadline.toDays(); days > 0; ) {
      due = due.plusDays(1);
      if (isWorkingDay(due)) {
        days--;
      }
    }
    return due.toInstant();
  }

  private boolean isWorkingDay(ZonedDateTime day) {
    return properties.isWorkingDay(day.toLocalDate());
  }
}

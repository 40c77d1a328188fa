package org.avrr.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

  private final TaskDeadlines deadlines =
      new TaskDeadlines(
          new TaskDeadlineProperties(
              Map.of("Task_HoldCounsellingSession", Duration.ofDays(5)),
              Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
              List.of(LocalDate.of(2026, 12, 25))),
          MINSK);

  @Test
  void wholeDaysAreTheOfficesWorkingDaysAtTheSameTimeOfDay() {
    // Friday 20 November 2026, 16:30 in Minsk: five working days is Friday 27 November, 16:30.
    assertThat(deadlines.due("Task_HoldCounsellingSession", minsk(2026, 11, 20, 16, 30)))
        .contains(minsk(2026, 11, 27, 16, 30));
    // One day from a Friday is the Monday.
    assertThat(deadlines.due(Duration.ofDays(1), minsk(2026, 11, 20, 9, 0)))
        .isEqualTo(minsk(2026, 11, 23, 9, 0));
  }

  @Test
  void holidaysAreSkippedAndHoursAreHours() {
    // Thursday 24 December: the 25th is a holiday, so one day is Monday 28 December.
    assertThat(deadlines.due(Duration.ofDays(1), minsk(2026, 12, 24, 10, 0)))
        .isEqualTo(minsk(2026, 12, 28, 10, 0));
    assertThat(deadlines.due(Duration.ofHours(36), minsk(2026, 11, 20, 12, 0)))
        .isEqualTo(minsk(2026, 11, 22, 0, 0));
  }

  @Test
  void aTaskWithoutADeadlineGetsNone() {
    assertThat(deadlines.due("Task_Unknown", minsk(2026, 11, 20, 9, 0))).isEmpty();
  }

  private static Instant minsk(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MINSK).toInstant();
  }
}

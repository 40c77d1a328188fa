package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.tasklist.TaskDeadlineProperties;
import org.junit.jupiter.api.Test;

/** The monthly report goes out on the office's first working day of the month, as its week runs. */
class MonthlyReportTest {

  private final MonthlyReport report =
      new MonthlyReport(
          null,
          new TaskDeadlineProperties(
              Map.of(),
              Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
              // New Year and Orthodox Christmas in Belarus, 2027.
              List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-07"))),
          null,
          null,
          null);

  @Test
  void aMondayFirstIsTheDay() {
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2026-06-01"))).isTrue();
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2026-06-02"))).isFalse();
  }

  @Test
  void aMonthStartingOnAWeekendReportsOnTheMonday() {
    // 1 August 2026 is a Saturday.
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2026-08-01"))).isFalse();
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2026-08-03"))).isTrue();
  }

  @Test
  void holidaysAreSkipped() {
    // Friday 1 January 2027 a holiday, then the weekend: Monday the 4th.
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2027-01-04"))).isTrue();
    assertThat(report.isFirstWorkingDayOfMonth(LocalDate.parse("2027-01-05"))).isFalse();
  }

  @Test
  void tablesLineUpNumbersRightTextLeft() {
    assertThat(
            MonthlyReport.table(
                List.of("Country", "Departed"),
                List.of(List.<Object>of("IQ", 12L), List.<Object>of("AFG", 3L))))
        .isEqualTo("Country  Departed\nIQ             12\nAFG             3\n");
    assertThat(MonthlyReport.table(List.of("Rule"), List.of())).isEqualTo("(none)\n");
  }
}

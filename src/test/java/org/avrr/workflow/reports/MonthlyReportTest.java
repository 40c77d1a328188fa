package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.tasklist.TaskDeadlineProperties;
import org.junit.jupiter.api.Test;

/** The monthly report goes out on the office's working days, and its text lines up. */
class MonthlyReportTest {

  /** The office's week: weekends closed, and New Year and Orthodox Christmas 2027 holidays. */
  private final TaskDeadlineProperties office =
      new TaskDeadlineProperties(
          Map.of(),
          Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-07")));

  @Test
  void theReportGoesOutOnWorkingDaysOnlyWeekendsAndHolidaysSkipped() {
    // 1 June 2026 a Monday; 1 August 2026 a Saturday, so the 3rd; 1 January 2027 a holiday on a
    // Friday, so Monday the 4th.
    assertThat(office.isWorkingDay(LocalDate.parse("2026-06-01"))).isTrue();
    assertThat(office.isWorkingDay(LocalDate.parse("2026-08-01"))).isFalse();
    assertThat(office.isWorkingDay(LocalDate.parse("2026-08-02"))).isFalse();
    assertThat(office.isWorkingDay(LocalDate.parse("2026-08-03"))).isTrue();
    assertThat(office.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(office.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();
    assertThat(office.isWorkingDay(LocalDate.parse("2027-01-07"))).isFalse();
  }

  @Test
  void theSubjectNamesTheMonthInTheReadersLanguage() {
    assertThat(MonthlyReport.subject(java.time.YearMonth.of(2026, 11)))
        .isEqualTo("AVRR monthly report: November 2026");
    assertThat(MonthlyReport.subject(java.time.YearMonth.of(2026, 11), "ru"))
        .isEqualTo("Ежемесячный отчёт ДВР: ноябрь 2026");
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

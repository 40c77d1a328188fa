package org.avrr.workflow.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.tasklist.TaskDeadlineProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When the monthly report is due and what it says (processes/monthly-report.bpmn): due on the
 * office's first working day of a month (or the next working mornings up to the 10th, until it went
 * out), for the month before, once. The mail's text holds the month's summary tables; the
 * spreadsheet attached holds every report of the twelve months up to it ({@link
 * MonthlyReportDelegate}).
 */
@Component("monthlyReport")
public class MonthlyReport {

  private final OfficeCalendar calendar;
  private final TaskDeadlineProperties workingDays;
  private final JdbcTemplate jdbc;
  private final Reports reports;
  private final WorkWaiting work;

  MonthlyReport(
      OfficeCalendar calendar,
      TaskDeadlineProperties workingDays,
      JdbcTemplate jdbc,
      Reports reports,
      WorkWaiting work) {
    this.calendar = calendar;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
    this.reports = reports;
    this.work = work;
  }

  /** The month a report started today covers: the month before this one, e.g. "2026-11". */
  public String lastMonth() {
    return YearMonth.from(calendar.today()).minusMonths(1).toString();
  }

  /**
   * The report of {@code month} goes out today: today is one of the office's working days (the
   * timer looks on days 1 to 10 only, so the first of them is the month's first working day, and a
   * later one catches up a report the mail server kept back) and it has not gone out yet.
   */
  public boolean due(String month) {
    return workingDays.isWorkingDay(calendar.today()) && !sent(YearMonth.parse(month));
  }

  boolean sent(YearMonth month) {
    Integer rows =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM avrr_monthly_report WHERE report_month = ?",
            Integer.class,
            month.toString());
    return rows != null && rows > 0;
  }

  /** The report's period: the twelve months up to and including {@code month}. */
  static ReportFilter yearTo(YearMonth month) {
    return new ReportFilter(month.minusMonths(11), month, null, null, null, null);
  }

  /** The mail's subject, e.g. "AVRR monthly report: November 2026". */
  static String subject(YearMonth month) {
    return "AVRR monthly report: "
        + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        + " "
        + month.getYear();
  }

  /** The mail's text: the month's returns, the year's stage times and service levels, the work. */
  String text(YearMonth month) {
    ReportFilter oneMonth = new ReportFilter(month, month, null, null, null, null);
    Reports.Returns returns = reports.returns(oneMonth);
    Reports.StageTimes times = reports.stageTimes(yearTo(month));
    WorkWaiting.Work waiting = work.now(calendar.now());
    StringBuilder text = new StringBuilder();
    text.append("The office's figures for ")
        .append(subject(month).substring("AVRR monthly report: ".length()))
        .append(". Every report of the twelve months ")
        .append(month.minusMonths(11))
        .append(" to ")
        .append(month)
        .append(
            " is in the attached spreadsheet; Cockpit's Reports page has them with charts.\n\n");
    Reports.Counts total = returns.total();
    text.append("RETURNS IN THE MONTH\n")
        .append(
            table(
                List.of(
                    "Opened",
                    "Departed",
                    "Arrived",
                    "Closed",
                    "Withdrawn",
                    "Not eligible",
                    "Referred to UNHCR"),
                List.of(
                    List.of(
                        total.opened(),
                        total.departed(),
                        total.arrived(),
                        total.closed(),
                        total.withdrawn(),
                        total.notEligible(),
                        total.referredToUnhcr()))));
    text.append("\nBY COUNTRY\n")
        .append(
            table(
                List.of("Country", "Opened", "Departed", "Arrived", "Closed"),
                returns.byCountry().stream()
                    .map(
                        c ->
                            List.<Object>of(
                                c.key(), c.opened(), c.departed(), c.arrived(), c.closed()))
                    .toList()));
    text.append("\nTIME PER STAGE, TWELVE MONTHS (days)\n")
        .append(
            table(
                List.of("Stage", "Cases", "Median", "90th percentile"),
                times.stages().stream()
                    .map(
                        s ->
                            List.<Object>of(
                                s.stage(), s.cases(), days(s.medianDays()), days(s.p90Days())))
                    .toList()));
    text.append("\nSERVICE LEVELS, TWELVE MONTHS\n")
        .append(
            table(
                List.of("Rule", "Cases", "Met", "Share"),
                times.serviceLevels().stream()
                    .map(
                        l ->
                            List.<Object>of(
                                l.rule(),
                                l.cases(),
                                l.met(),
                                l.share() == null ? "-" : Math.round(l.share() * 100) + " %"))
                    .toList()));
    long open = waiting.queues().stream().mapToLong(WorkWaiting.Queue::open).sum();
    long overdue = waiting.queues().stream().mapToLong(WorkWaiting.Queue::overdue).sum();
    long incidents = waiting.incidents().stream().mapToLong(WorkWaiting.Incidents::incidents).sum();
    text.append("\nWORK WAITING NOW\n")
        .append(open)
        .append(" open tasks, ")
        .append(overdue)
        .append(" overdue; ")
        .append(incidents)
        .append(" incidents.\n");
    return text.toString();
  }

  private static String days(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  /** A plain-text table that lines up in a fixed-width font. */
  static String table(List<String> headings, List<List<Object>> rows) {
    if (rows.isEmpty()) {
      return "(none)\n";
    }
    int[] widths = new int[headings.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headings.get(c).length();
      for (List<Object> row : rows) {
        widths[c] = Math.max(widths[c], String.valueOf(row.get(c)).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, headings.stream().map(h -> (Object) h).toList(), widths);
    for (List<Object> row : rows) {
      line(text, row, widths);
    }
    return text.toString();
  }

  private static void line(StringBuilder text, List<Object> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = String.valueOf(cells.get(c));
      boolean number = cells.get(c) instanceof Number;
      String padded =
          number
              ? " ".repeat(widths[c] - cell.length()) + cell
              : cell + " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? "" : "  ").append(padded);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }
}

package org.avrr.workflow.reports;

import java.time.YearMonth;
import java.util.List;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Messages;
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
    return subject(month, Languages.ENGLISH);
  }

  /** As {@link #subject(YearMonth)}, in {@code language} ("Ежемесячный отчёт ДВР: ноябрь 2026"). */
  static String subject(YearMonth month, String language) {
    return Messages.text(
        language, "report.monthly.subject", ReportWords.monthName(month, language));
  }

  /** The mail's text in English. */
  String text(YearMonth month) {
    return text(month, Languages.ENGLISH);
  }

  /**
   * The mail's text in {@code language} (the managers' language, {@code
   * avrr.notification.office-language} unless configured for them): the month's returns, the year's
   * stage times and service levels, the work waiting.
   */
  String text(YearMonth month, String language) {
    ReportFilter oneMonth = new ReportFilter(month, month, null, null, null, null);
    Reports.Returns returns = reports.returns(oneMonth, language);
    Reports.StageTimes times = reports.stageTimes(yearTo(month), language);
    WorkWaiting.Work waiting = work.now(calendar.now(), language);
    java.util.function.Function<String, String> words = key -> Messages.text(language, key);
    StringBuilder text = new StringBuilder();
    text.append(
        Messages.text(
            language,
            "report.monthly.intro",
            ReportWords.monthName(month, language),
            month.minusMonths(11),
            month));
    Reports.Counts total = returns.total();
    text.append(words.apply("report.monthly.returns"))
        .append('\n')
        .append(
            table(
                List.of(
                    words.apply("report.column.opened"),
                    words.apply("report.column.departed"),
                    words.apply("report.column.arrived"),
                    words.apply("report.column.closed"),
                    words.apply("report.column.withdrawn"),
                    words.apply("report.column.notEligible"),
                    words.apply("report.column.referredToUnhcr")),
                List.of(
                    List.of(
                        total.opened(),
                        total.departed(),
                        total.arrived(),
                        total.closed(),
                        total.withdrawn(),
                        total.notEligible(),
                        total.referredToUnhcr())),
                language));
    text.append('\n')
        .append(words.apply("report.monthly.byCountry"))
        .append('\n')
        .append(
            table(
                List.of(
                    words.apply("report.column.country"),
                    words.apply("report.column.opened"),
                    words.apply("report.column.departed"),
                    words.apply("report.column.arrived"),
                    words.apply("report.column.closed")),
                returns.byCountry().stream()
                    .map(
                        c ->
                            List.<Object>of(
                                c.name(), c.opened(), c.departed(), c.arrived(), c.closed()))
                    .toList(),
                language));
    text.append('\n')
        .append(words.apply("report.monthly.timePerStage"))
        .append('\n')
        .append(
            table(
                List.of(
                    words.apply("report.column.stage"),
                    words.apply("report.column.cases"),
                    words.apply("report.column.median"),
                    words.apply("report.column.p90")),
                times.stages().stream()
                    .map(
                        s ->
                            List.<Object>of(
                                s.stage(),
                                s.cases(),
                                days(s.medianDays(), language),
                                days(s.p90Days(), language)))
                    .toList(),
                language));
    text.append('\n')
        .append(words.apply("report.monthly.serviceLevels"))
        .append('\n')
        .append(
            table(
                List.of(
                    words.apply("report.column.rule"),
                    words.apply("report.column.cases"),
                    words.apply("report.column.met"),
                    words.apply("report.column.share")),
                times.serviceLevels().stream()
                    .map(
                        l ->
                            List.<Object>of(
                                l.rule(),
                                l.cases(),
                                l.met(),
                                l.share() == null ? "-" : Math.round(l.share() * 100) + " %"))
                    .toList(),
                language));
    long open = waiting.queues().stream().mapToLong(WorkWaiting.Queue::open).sum();
    long overdue = waiting.queues().stream().mapToLong(WorkWaiting.Queue::overdue).sum();
    long incidents = waiting.incidents().stream().mapToLong(WorkWaiting.Incidents::incidents).sum();
    text.append('\n')
        .append(words.apply("report.monthly.workWaiting"))
        .append('\n')
        .append(Messages.text(language, "report.monthly.work", open, overdue, incidents))
        .append('\n');
    return text.toString();
  }

  private static String days(Double value, String language) {
    return value == null ? "-" : String.format(Languages.locale(language), "%.1f", value);
  }

  /** A plain-text table that lines up in a fixed-width font. */
  static String table(List<String> headings, List<List<Object>> rows) {
    return table(headings, rows, Languages.ENGLISH);
  }

  static String table(List<String> headings, List<List<Object>> rows, String language) {
    if (rows.isEmpty()) {
      return Messages.text(language, "report.monthly.none") + "\n";
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

package org.avrr.workflow.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.common.OfficeCalendar;
import org.springframework.stereotype.Component;

/**
 * A report, or all of them, as a spreadsheet: what Cockpit's Reports page downloads and the monthly
 * report mail attaches.
 */
@Component
class ReportWorkbooks {

  /** Every report in one book. */
  static final String ALL = "all";

  private final ReportTables tables;
  private final OfficeCalendar calendar;

  ReportWorkbooks(ReportTables tables, OfficeCalendar calendar) {
    this.tables = tables;
    this.calendar = calendar;
  }

  byte[] of(String report, ReportFilter filter) {
    Instant now = calendar.now();
    List<String> reports = ALL.equals(report) ? ReportTables.REPORTS : List.of(report);
    Map<String, ReportTables.Table> sheets = new LinkedHashMap<>();
    for (String each : reports) {
      tables
          .of(each, filter, now)
          .forEach(
              (name, table) -> sheets.put(reports.size() > 1 ? each + " " + name : name, table));
    }
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try {
      XlsxWorkbooks.write(book, about(report, filter, now), sheets, calendar.zone());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return book.toByteArray();
  }

  private Map<String, String> about(String report, ReportFilter filter, Instant now) {
    Map<String, String> about = new LinkedHashMap<>();
    about.put("Report", ALL.equals(report) ? "all reports" : report);
    about.put("Months", filter.from() + " to " + filter.to());
    about.put("Flow", orAll(filter.flow()));
    about.put("Country", orAll(filter.country()));
    about.put("Programme", orAll(filter.programme()));
    about.put("Mission", orAll(filter.mission()));
    about.put(
        "Made",
        LocalDateTime.ofInstant(now, calendar.zone()).withNano(0).toString().replace('T', ' ')
            + " ("
            + calendar.place()
            + ")");
    about.put(
        "Note",
        "Counts and durations come from each case's statistics record, which erasure of personal"
            + " data leaves; work waiting is as it stood when made, whatever the months.");
    return about;
  }

  private static String orAll(String value) {
    return value == null ? "all" : value;
  }
}

package org.avrr.workflow.reports;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  /** A few threads: one book's reports at a time each, for the database connections they take. */
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          3,
          runnable -> {
            Thread thread = new Thread(runnable, "avrr-report-workbook");
            thread.setDaemon(true);
            return thread;
          });

  ReportWorkbooks(ReportTables tables, OfficeCalendar calendar) {
    this.tables = tables;
    this.calendar = calendar;
  }

  byte[] of(String report, ReportFilter filter) {
    Instant now = calendar.now();
    List<String> reports = ALL.equals(report) ? ReportTables.REPORTS : List.of(report);
    // The reports of a book side by side: each is mostly the database's work, and a manager
    // waits for all of them (ten years of every report: ~2 s one after the other, in the
    // benchmark's reports scenario).
    Map<String, CompletableFuture<Map<String, ReportTables.Table>>> computing =
        new LinkedHashMap<>();
    for (String each : reports) {
      computing.put(
          each, CompletableFuture.supplyAsync(() -> tables.of(each, filter, now), workers));
    }
    Map<String, ReportTables.Table> sheets = new LinkedHashMap<>();
    computing.forEach(
        (each, computed) ->
            tablesOf(computed)
                .forEach(
                    (name, table) ->
                        sheets.put(reports.size() > 1 ? each + " " + name : name, table)));
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try {
      XlsxWorkbooks.write(book, about(report, filter, now), sheets, calendar.zone());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return book.toByteArray();
  }

  private static Map<String, ReportTables.Table> tablesOf(
      CompletableFuture<Map<String, ReportTables.Table>> computed) {
    try {
      return computed.join();
    } catch (CompletionException failed) {
      // As if computed here: a bad filter stays a 400, a database error a 500.
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** Workbooks being made are finished (a caller waits for each of its reports). */
  @PreDestroy
  void stop() {
    workers.shutdown();
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

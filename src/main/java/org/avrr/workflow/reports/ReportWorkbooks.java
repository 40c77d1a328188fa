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
import org.avrr.workflow.i18n.LocalisedNames;
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

  /** {@code report} ({@link #ALL} for every one) over {@code filter}, in {@code language}. */
  byte[] of(String report, ReportFilter filter, String language) {
    Instant now = calendar.now();
    List<String> reports = ALL.equals(report) ? ReportTables.REPORTS : List.of(report);
    // The reports of a book side by side: each is mostly the database's work, and a manager
    // waits for all of them (ten years of every report: ~2 s one after the other, in the
    // benchmark's reports scenario).
    Map<String, CompletableFuture<Map<String, ReportTables.Table>>> computing =
        new LinkedHashMap<>();
    for (String each : reports) {
      computing.put(
          each,
          CompletableFuture.supplyAsync(() -> tables.of(each, filter, now, language), workers));
    }
    Map<String, ReportTables.Table> sheets = new LinkedHashMap<>();
    computing.forEach(
        (each, computed) ->
            tablesOf(computed)
                .forEach(
                    (name, table) -> sheets.put(ReportWords.table(each, name, language), table)));
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try {
      XlsxWorkbooks.write(
          book,
          ReportWords.text("about", language),
          about(report, filter, now, language),
          sheets,
          calendar.zone());
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

  /** The first sheet: what the book covers, and when it was made. */
  private Map<String, String> about(
      String report, ReportFilter filter, Instant now, String language) {
    String all = ReportWords.text("about.all", language);
    Map<String, String> about = new LinkedHashMap<>();
    about.put(ReportWords.text("about.report", language), ReportWords.report(report, language));
    about.put(
        ReportWords.text("about.months", language),
        ReportWords.text("about.period", language, filter.from(), filter.to()));
    about.put(
        ReportWords.text("about.flow", language),
        filter.flow() == null ? all : ReportWords.text("flow." + filter.flow(), language));
    about.put(
        ReportWords.text("about.country", language),
        filter.country() == null
            ? all
            : named(LocalisedNames.country(filter.country(), language), filter.country()));
    about.put(
        ReportWords.text("about.programme", language),
        filter.programme() == null
            ? all
            : named(LocalisedNames.programme(filter.programme(), language), filter.programme()));
    about.put(
        ReportWords.text("about.mission", language),
        filter.mission() == null ? all : filter.mission());
    about.put(
        ReportWords.text("about.made", language),
        ReportWords.text(
            "about.madeAt",
            language,
            LocalDateTime.ofInstant(now, calendar.zone()).withNano(0).toString().replace('T', ' '),
            calendar.place()));
    about.put(
        ReportWords.text("about.note", language), ReportWords.text("about.noteText", language));
    return about;
  }

  /** "Iraq (IQ)": a name and the code a filter takes; the code alone if it has no other name. */
  private static String named(String name, String code) {
    return name.equals(code) ? code : name + " (" + code + ")";
  }
}

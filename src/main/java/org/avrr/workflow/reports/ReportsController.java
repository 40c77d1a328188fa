package org.avrr.workflow.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.RequestLanguage;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.security.CallingUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's reports, for its managers and case managers (and administrators): HTTP Basic with a
 * Camunda user, or the session of someone logged in to Cockpit. Missions and every other group are
 * refused: the figures are the office's across all its cases, and a mission's own come from its own
 * case system. Every report covers whole months ({@code from}, {@code to}: {@code 2026-01}; the
 * last twelve months by default) and may be narrowed to one flow, country, programme or mission.
 */
@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportsController {

  static final Set<String> READERS =
      Set.of(AvrrGroups.MANAGERS, AvrrGroups.CASE_MANAGERS, AvrrGroups.ADMINISTRATORS);

  /** A refusal, in words. */
  record Refusal(String message) {}

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Reports reports;
  private final ReportTables tables;
  private final ReportWorkbooks workbooks;
  private final AuthorityFigures authorities;
  private final WorkWaiting work;
  private final ReintegrationFigures reintegration;
  private final IdentityService identity;
  private final ProcessEngine engine;
  private final OfficeCalendar calendar;
  private final RequestLanguage languages;

  ReportsController(
      Reports reports,
      ReportTables tables,
      ReportWorkbooks workbooks,
      AuthorityFigures authorities,
      WorkWaiting work,
      ReintegrationFigures reintegration,
      ProcessEngine engine,
      OfficeCalendar calendar,
      RequestLanguage languages) {
    this.reports = reports;
    this.tables = tables;
    this.workbooks = workbooks;
    this.authorities = authorities;
    this.work = work;
    this.reintegration = reintegration;
    this.identity = engine.getIdentityService();
    this.engine = engine;
    this.calendar = calendar;
    this.languages = languages;
  }

  /** The period and filters of a request, as its query parameters name them. */
  record Parameters(
      String from, String to, String flow, String country, String programme, String mission) {}

  @GetMapping("/returns")
  ResponseEntity<?> returns(HttpServletRequest request, Parameters parameters) {
    return answer(request, parameters, reports::returns);
  }

  @GetMapping("/stages")
  ResponseEntity<?> stages(HttpServletRequest request, Parameters parameters) {
    return answer(request, parameters, reports::stageTimes);
  }

  @GetMapping("/reintegration")
  ResponseEntity<?> reintegration(HttpServletRequest request, Parameters parameters) {
    return answer(
        request,
        parameters,
        (filter, language) -> reintegration.of(filter, calendar.now(), language));
  }

  /**
   * Requests to the Ministry and the State Border Committee per touchpoint and month, answers by
   * outcome, time to answer, and outages, from the exchange audit.
   */
  @GetMapping("/authorities")
  ResponseEntity<?> authorities(HttpServletRequest request, Parameters parameters) {
    return answer(request, parameters, authorities::of);
  }

  /**
   * A report for one who may read it, over the period and filters asked for, in their language
   * (their profile's, else their browser's), or why not.
   */
  private ResponseEntity<?> answer(
      HttpServletRequest request,
      Parameters parameters,
      java.util.function.BiFunction<ReportFilter, String, Object> report) {
    String language = languages.of(request);
    ResponseEntity<Refusal> refused = refusal(request, language);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(report.apply(filter(parameters), language));
    } catch (ReportFilter.Invalid wrong) {
      return badRequest(wrong, language);
    }
  }

  /**
   * One table of a report as CSV, for a spreadsheet: {@code returns} (table {@code months}, {@code
   * byCountry}, {@code byProgramme}, {@code bySex}, {@code byAgeBand}, {@code byVulnerability}),
   * {@code stages} ({@code stages}, {@code serviceLevels}), {@code reintegration} ({@code grants},
   * {@code survey}, {@code closuresByReason}), {@code authorities} ({@code requests}, {@code
   * outages}), {@code work} ({@code queues}, {@code incidents}); the same period and filters as the
   * JSON.
   */
  @GetMapping(
      path = "/{report}.csv",
      produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<?> csv(
      HttpServletRequest request,
      @PathVariable String report,
      @RequestParam(required = false) String table,
      Parameters parameters) {
    String language = languages.of(request);
    ResponseEntity<Refusal> refused = refusal(request, language);
    if (refused != null) {
      return refused;
    }
    ReportTables.Table found;
    try {
      found = tables.one(report, table, periodOf(report, parameters), calendar.now(), language);
    } catch (ReportFilter.Invalid wrong) {
      return badRequest(wrong, language);
    }
    String name =
        "avrr-" + report + "-" + (table == null ? "" : table + "-") + calendar.today() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(CsvTables.of(found));
  }

  /**
   * Every table of a report as one spreadsheet (XLSX), a sheet per table after one saying what it
   * covers; {@code all} for every report in one book. The same period and filters as the JSON.
   */
  @GetMapping(
      path = "/{report}.xlsx",
      produces = {XLSX, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<?> xlsx(
      HttpServletRequest request, @PathVariable String report, Parameters parameters) {
    String language = languages.of(request);
    ResponseEntity<Refusal> refused = refusal(request, language);
    if (refused != null) {
      return refused;
    }
    byte[] book;
    try {
      book = workbooks.of(report, filter(parameters), language);
    } catch (ReportFilter.Invalid wrong) {
      return badRequest(wrong, language);
    }
    String name = "avrr-" + report + "-" + calendar.today() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(book);
  }

  /** The work report stands as it is now: it reads no period, so none is checked. */
  private ReportFilter periodOf(String report, Parameters parameters) {
    return "work".equals(report) ? null : filter(parameters);
  }

  private static ResponseEntity<Refusal> badRequest(ReportFilter.Invalid wrong, String language) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Refusal(wrong.in(language)));
  }

  /** Work waiting now (no period: the open tasks and incidents as they stand). */
  @GetMapping("/work")
  ResponseEntity<?> work(HttpServletRequest request) {
    String language = languages.of(request);
    ResponseEntity<Refusal> refused = refusal(request, language);
    if (refused != null) {
      return refused;
    }
    return ResponseEntity.ok(work.now(calendar.now(), language));
  }

  private ReportFilter filter(Parameters p) {
    return ReportFilter.of(
        p.from(),
        p.to(),
        p.flow(),
        p.country(),
        p.programme(),
        p.mission(),
        YearMonth.from(calendar.today()));
  }

  /**
   * Null if the caller may read the reports; else the answer saying why not, in {@code language}.
   */
  private ResponseEntity<Refusal> refusal(HttpServletRequest request, String language) {
    Optional<CallingUser> user = CallingUser.of(request, identity, engine.getName(), false);
    if (user.isEmpty()) {
      // In the browser's language: the user named by credentials that failed is nobody's business
      // (their chosen language would hint that they exist).
      String browsers =
          Languages.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
              .orElse(Languages.ENGLISH);
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr reports\"")
          .body(new Refusal(ReportWords.text("refusal.login", browsers)));
    }
    return user.get().memberOfAny(List.copyOf(READERS))
        ? null
        : ResponseEntity.status(HttpStatus.FORBIDDEN)
            .body(
                new Refusal(
                    ReportWords.text(
                        "refusal.readers",
                        language,
                        AvrrGroups.MANAGERS + ", " + AvrrGroups.CASE_MANAGERS)));
  }
}

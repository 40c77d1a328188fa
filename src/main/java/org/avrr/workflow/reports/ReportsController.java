package org.avrr.workflow.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

  private final Reports reports;
  private final WorkWaiting work;
  private final ReintegrationFigures reintegration;
  private final IdentityService identity;
  private final ProcessEngine engine;
  private final OfficeCalendar calendar;

  ReportsController(
      Reports reports,
      WorkWaiting work,
      ReintegrationFigures reintegration,
      ProcessEngine engine,
      OfficeCalendar calendar) {
    this.reports = reports;
    this.work = work;
    this.reintegration = reintegration;
    this.identity = engine.getIdentityService();
    this.engine = engine;
    this.calendar = calendar;
  }

  /** The period and filters of a request, as its query parameters name them. */
  record Parameters(
      String from, String to, String flow, String country, String programme, String mission) {}

  @GetMapping("/returns")
  ResponseEntity<?> returns(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      Parameters parameters) {
    return answer(request, authorization, parameters, reports::returns);
  }

  @GetMapping("/stages")
  ResponseEntity<?> stages(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      Parameters parameters) {
    return answer(request, authorization, parameters, reports::stageTimes);
  }

  @GetMapping("/reintegration")
  ResponseEntity<?> reintegration(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      Parameters parameters) {
    return answer(
        request, authorization, parameters, filter -> reintegration.of(filter, calendar.now()));
  }

  /** A report for one who may read it, over the period and filters asked for, or why not. */
  private ResponseEntity<?> answer(
      HttpServletRequest request,
      String authorization,
      Parameters parameters,
      java.util.function.Function<ReportFilter, Object> report) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(report.apply(filter(parameters)));
    } catch (ReportFilter.Invalid wrong) {
      return ResponseEntity.badRequest().body(new Refusal(wrong.getMessage()));
    }
  }

  /**
   * One table of a report as CSV, for a spreadsheet: {@code returns} (table {@code months}, {@code
   * byCountry}, {@code byProgramme}, {@code bySex}, {@code byAgeBand}, {@code byVulnerability}),
   * {@code stages} ({@code stages}, {@code serviceLevels}), {@code reintegration} ({@code grants},
   * {@code survey}, {@code closuresByReason}), {@code work} ({@code queues}, {@code incidents});
   * the same period and filters as the JSON.
   */
  @GetMapping(
      path = "/{report}.csv",
      produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<?> csv(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @org.springframework.web.bind.annotation.PathVariable String report,
      @RequestParam(required = false) String table,
      Parameters parameters) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    String body;
    try {
      ReportFilter filter = "work".equals(report) ? null : filter(parameters);
      body = csvTable(report, table, filter);
    } catch (ReportFilter.Invalid wrong) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_JSON)
          .body(new Refusal(wrong.getMessage()));
    }
    String name =
        "avrr-" + report + "-" + (table == null ? "" : table + "-") + calendar.today() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
  }

  private String csvTable(String report, String table, ReportFilter filter) {
    switch (report) {
      case "returns" -> {
        Reports.Returns returns = reports.returns(filter);
        return CsvTables.of(
            Reports.Counts.class,
            switch (table == null ? "months" : table) {
              case "months" -> returns.months();
              case "byCountry" -> returns.byCountry();
              case "byProgramme" -> returns.byProgramme();
              case "bySex" -> returns.bySex();
              case "byAgeBand" -> returns.byAgeBand();
              case "byVulnerability" -> returns.byVulnerability();
              default -> throw noSuchTable(report, table);
            });
      }
      case "stages" -> {
        Reports.StageTimes times = reports.stageTimes(filter);
        return switch (table == null ? "stages" : table) {
          case "stages" -> CsvTables.of(Reports.Stage.class, times.stages());
          case "serviceLevels" -> CsvTables.of(Reports.ServiceLevel.class, times.serviceLevels());
          default -> throw noSuchTable(report, table);
        };
      }
      case "reintegration" -> {
        ReintegrationFigures.Reintegration figures = reintegration.of(filter, calendar.now());
        return switch (table == null ? "grants" : table) {
          case "grants" -> CsvTables.of(ReintegrationFigures.Grants.class, figures.grants());
          case "survey" -> CsvTables.of(ReintegrationFigures.Survey.class, figures.survey());
          case "closuresByReason" ->
              CsvTables.of(ReintegrationFigures.Closures.class, figures.closuresByReason());
          default -> throw noSuchTable(report, table);
        };
      }
      case "work" -> {
        WorkWaiting.Work now = work.now(calendar.now());
        return switch (table == null ? "queues" : table) {
          case "queues" -> CsvTables.of(WorkWaiting.Queue.class, now.queues());
          case "incidents" -> CsvTables.of(WorkWaiting.Incidents.class, now.incidents());
          default -> throw noSuchTable(report, table);
        };
      }
      default ->
          throw new ReportFilter.Invalid(
              "no report '" + cut(report) + "': returns, stages, reintegration or work");
    }
  }

  private static ReportFilter.Invalid noSuchTable(String report, String table) {
    return new ReportFilter.Invalid("the " + report + " report has no table '" + cut(table) + "'");
  }

  private static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** Work waiting now (no period: the open tasks and incidents as they stand). */
  @GetMapping("/work")
  ResponseEntity<?> work(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    return ResponseEntity.ok(work.now(calendar.now()));
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

  /** Null if the caller may read the reports; else the answer saying why not. */
  private ResponseEntity<Refusal> refusal(HttpServletRequest request, String authorization) {
    if (authorization != null) {
      if (!CamundaCredentials.ofAnyUser(identity, authorization)) {
        return unauthorized();
      }
      boolean reader =
          identity
                  .createGroupQuery()
                  .groupMember(CamundaCredentials.userNamedBy(authorization))
                  .groupIdIn(READERS.toArray(String[]::new))
                  .count()
              > 0;
      return reader ? null : forbidden();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentication login =
          AuthenticationUtil.getAuthsFromSession(session)
              .getAuthenticationForProcessEngine(engine.getName());
      if (login instanceof UserAuthentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.stream().anyMatch(READERS::contains) ? null : forbidden();
      }
    }
    return unauthorized();
  }

  private static ResponseEntity<Refusal> unauthorized() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr reports\"")
        .body(new Refusal("Log in as a manager or case manager of the office."));
  }

  private static ResponseEntity<Refusal> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(
            new Refusal(
                "The reports are for the office's managers and case managers (groups "
                    + AvrrGroups.MANAGERS
                    + ", "
                    + AvrrGroups.CASE_MANAGERS
                    + ")."));
  }
}

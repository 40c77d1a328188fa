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

  @GetMapping("/returns")
  ResponseEntity<?> returns(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String flow,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String mission) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(
          reports.returns(filter(from, to, flow, country, programme, mission)));
    } catch (ReportFilter.Invalid wrong) {
      return ResponseEntity.badRequest().body(new Refusal(wrong.getMessage()));
    }
  }

  @GetMapping("/stages")
  ResponseEntity<?> stages(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String flow,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String mission) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(
          reports.stageTimes(filter(from, to, flow, country, programme, mission)));
    } catch (ReportFilter.Invalid wrong) {
      return ResponseEntity.badRequest().body(new Refusal(wrong.getMessage()));
    }
  }

  @GetMapping("/reintegration")
  ResponseEntity<?> reintegration(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String flow,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String mission) {
    ResponseEntity<Refusal> refused = refusal(request, authorization);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(
          reintegration.of(filter(from, to, flow, country, programme, mission), calendar.now()));
    } catch (ReportFilter.Invalid wrong) {
      return ResponseEntity.badRequest().body(new Refusal(wrong.getMessage()));
    }
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

  private ReportFilter filter(
      String from, String to, String flow, String country, String programme, String mission) {
    return ReportFilter.of(
        from, to, flow, country, programme, mission, YearMonth.from(calendar.today()));
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

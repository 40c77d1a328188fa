package org.avrr.workflow.accesslog;

import java.util.List;
import java.util.Set;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for the office's data protection focal point: who read a case's personal data, or
 * what a user read, newest first. HTTP Basic with a Camunda user of the group {@code
 * data-protection} (or an administrator); everyone else is refused, the case managers included.
 */
@RestController
class AccessLogController {

  static final String PATH = "/api/access-log";
  static final int MAX_ROWS = 2000;
  private static final Set<String> READERS =
      Set.of(AvrrGroups.DATA_PROTECTION, AvrrGroups.ADMINISTRATORS);

  private final CaseReadLog log;
  private final IdentityService identity;

  AccessLogController(CaseReadLog log, IdentityService identity) {
    this.log = log;
    this.identity = identity;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> reads(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "case", required = false) String caseNumber,
      @RequestParam(name = "user", required = false) String user,
      @RequestParam(name = "maxResults", defaultValue = "200") int maxResults) {
    if (!CamundaCredentials.ofUserIn(identity, authorization, READERS)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr access log\"")
          .body(
              new Refusal(
                  "The access log is for the data protection focal point (group "
                      + AvrrGroups.DATA_PROTECTION
                      + ") and administrators."));
    }
    if (caseNumber == null && user == null) {
      return ResponseEntity.badRequest()
          .body(new Refusal("Name a case (case=BY-2026-000001) or a user (user=counsellor)."));
    }
    if (tooLong(caseNumber) || tooLong(user) || maxResults < 1 || maxResults > MAX_ROWS) {
      return ResponseEntity.badRequest()
          .body(
              new Refusal(
                  "case and user are at most 255 characters, maxResults 1 to " + MAX_ROWS + "."));
    }
    List<CaseReadLog.Read> reads = log.find(caseNumber, user, maxResults);
    return ResponseEntity.ok(reads);
  }

  private static boolean tooLong(String value) {
    return value != null && (value.isBlank() || value.length() > 255);
  }

  record Refusal(String message) {}
}

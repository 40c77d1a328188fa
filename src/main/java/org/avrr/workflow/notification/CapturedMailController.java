package org.avrr.workflow.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * /mail: the mail the embedded default captured, for administrators only (HTTP Basic with a Camunda
 * user of group camunda-admin). /mail.json gives the same as JSON for scripts.
 */
@RestController
@ConditionalOnProperty(name = "avrr.mail-capture.enabled", havingValue = "true")
class CapturedMailController {

  private final MailCapture capture;
  private final IdentityService identity;
  private final ZoneId zone;

  CapturedMailController(MailCapture capture, IdentityService identity, OfficeProperties office) {
    this.capture = capture;
    this.identity = identity;
    this.zone = office.zone();
  }

  @GetMapping(value = "/mail", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Captured mail</title>")
        .append("<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;")
        .append("padding:1em;margin:1em 0}pre{white-space:pre-wrap}</style></head><body>")
        .append("<h1>Mail sent by avrr-workflow</h1><p>Captured by the embedded mail server; ")
        .append("nothing left this machine.</p>");
    List<MailCapture.CapturedMail> messages = capture.messages();
    if (messages.isEmpty()) {
      html.append("<p>No mail yet.</p>");
    }
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    for (MailCapture.CapturedMail mail : messages) {
      html.append("<article><h2>")
          .append(escape(mail.subject()))
          .append("</h2><p>")
          .append(time.format(mail.received()))
          .append(" · to ")
          .append(escape(mail.to()))
          .append(" · from ")
          .append(escape(mail.from()))
          .append(
              mail.deliveries() > 1
                  ? " · handed over " + mail.deliveries() + " times (the same message, kept once)"
                  : "")
          .append("</p><pre>")
          .append(escape(mail.body()))
          .append("</pre>");
      if (mail.messageId() != null) {
        for (MailCapture.Attachment attached : capture.attachmentsOf(mail.messageId())) {
          html.append("<p>Attached: <a href=\"/mail/attachment/")
              .append(attached.id())
              .append("\">")
              .append(escape(attached.filename()))
              .append("</a> (")
              .append(escape(attached.contentType()))
              .append(")</p>");
        }
      }
      html.append("</article>");
    }
    return ResponseEntity.ok(html.append("</body></html>").toString());
  }

  /**
   * The newest messages as JSON, or with {@code case} every message of that case (by its notices'
   * keys), for scripts and the fault suite.
   */
  @GetMapping(value = "/mail.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<MailCapture.CapturedMail>> json(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "case", required = false) String caseNumber) {
    if (!isAdministrator(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr mail\"")
          .build();
    }
    if (caseNumber != null) {
      if (caseNumber.isBlank() || caseNumber.length() > 64) {
        return ResponseEntity.badRequest().build();
      }
      return ResponseEntity.ok(capture.messagesOfCase(caseNumber));
    }
    return ResponseEntity.ok(capture.messages());
  }

  /** A captured message's attached file, as it was sent. */
  @GetMapping("/mail/attachment/{id}")
  ResponseEntity<?> attachment(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @org.springframework.web.bind.annotation.PathVariable long id) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    return capture
        .attachment(id)
        .<ResponseEntity<?>>map(
            file ->
                ResponseEntity.ok()
                    // What the sender declared, but never a type the browser would run.
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                            .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                            .build()
                            .toString())
                    .body(file.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private boolean isAdministrator(String authorization) {
    return CamundaCredentials.ofUserIn(identity, authorization, Set.of(Groups.CAMUNDA_ADMIN));
  }

  private static ResponseEntity<String> challenge() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr mail\"")
        .contentType(MediaType.TEXT_PLAIN)
        .body("Administrators only: log in with a Camunda administrator's user and password.");
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}

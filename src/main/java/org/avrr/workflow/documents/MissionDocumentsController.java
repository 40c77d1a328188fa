package org.avrr.workflow.documents;

import static org.avrr.workflow.reintegration.ReintegrationProcess.FIELD_GROUP;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.avrr.workflow.callback.PartyCredentials;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A mission's own case system attaches documents to the cases whose reintegration it works in the
 * field — its monitoring reports, the photos of a visit, the evidence behind the plan — as it
 * submits the plan: {@code POST /api/mission-documents/mission-<code>}, HTTP Basic with the
 * mission's callback credentials, multipart {@code caseNumber}, {@code reference} (the mission's
 * own name for the document), {@code kind} and {@code file}. The same checks as an upload in
 * Tasklist (content, size, malware scan); the same reference sent again is answered with the
 * document kept the first time (docs/api/avrr-documents.openapi.yaml).
 */
@RestController
class MissionDocumentsController {

  /** What a mission may send: what it produces in the field. */
  static final Set<DocumentKind> KINDS =
      EnumSet.of(
          DocumentKind.MONITORING_REPORT,
          DocumentKind.PHOTO,
          DocumentKind.INVOICE,
          DocumentKind.RECEIPT,
          DocumentKind.HANDOVER_CERTIFICATE,
          DocumentKind.OTHER);

  private final CaseDocuments documents;
  private final PartyCredentials credentials;
  private final MissionDirectory missions;
  private final RuntimeService runtime;

  MissionDocumentsController(
      CaseDocuments documents,
      PartyCredentials credentials,
      MissionDirectory missions,
      RuntimeService runtime) {
    this.documents = documents;
    this.credentials = credentials;
    this.missions = missions;
    this.runtime = runtime;
  }

  @PostMapping(
      path = "/api/mission-documents/{party}",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseDocuments.Document> receive(
      @PathVariable String party,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "caseNumber", required = false) String caseNumber,
      @RequestParam(name = "reference", required = false) String reference,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (missions.byGroup(party).isEmpty() || !credentials.authenticates(party, authorization)) {
      throw new CaseDocuments.Refused(401, "Unknown or missing credentials.");
    }
    String problems = problems(caseNumber, reference, kind, file);
    if (!problems.isEmpty()) {
      throw new CaseDocuments.Refused(400, "Please correct the upload: " + problems + ".");
    }
    // Only while the mission works the case's reintegration: the same answer for a case that does
    // not exist, so a mission learns nothing of other missions' cases.
    boolean itsCase =
        runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber.strip())
                .variableValueEquals(FIELD_GROUP.name(), party)
                .count()
            > 0;
    if (!itsCase) {
      throw new CaseDocuments.Refused(
          404, "No case " + caseNumber.strip() + " in reintegration with " + party + ".");
    }
    CaseDocuments.Received received =
        documents.receive(
            party,
            caseNumber.strip(),
            reference.strip(),
            DocumentKind.valueOf(kind.strip()),
            file.getOriginalFilename(),
            file.getBytes());
    return ResponseEntity.status(received.added() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(received.document());
  }

  private static String problems(
      String caseNumber, String reference, String kind, MultipartFile file) {
    StringBuilder problems = new StringBuilder();
    if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 64) {
      add(problems, "caseNumber is required (the case number the office gave the case)");
    }
    if (reference == null || reference.isBlank() || reference.strip().length() > 128) {
      add(problems, "reference is required (your own name for this document, at most 128)");
    }
    boolean known = false;
    try {
      known = kind != null && KINDS.contains(DocumentKind.valueOf(kind.strip()));
    } catch (IllegalArgumentException unknown) {
      known = false;
    }
    if (!known) {
      add(problems, "kind must be one of " + KINDS);
    }
    if (file == null) {
      add(problems, "file is required");
    }
    return problems.toString();
  }

  private static void add(StringBuilder problems, String problem) {
    if (!problems.isEmpty()) {
      problems.append("; ");
    }
    problems.append(problem);
  }

  @ExceptionHandler(CaseDocuments.Refused.class)
  ResponseEntity<DocumentsController.Refusal> refused(CaseDocuments.Refused refused) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status());
    if (refused.status() == 401) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr-callbacks\"");
    }
    return answer
        .contentType(MediaType.APPLICATION_JSON)
        .body(new DocumentsController.Refusal(refused.getMessage()));
  }
}

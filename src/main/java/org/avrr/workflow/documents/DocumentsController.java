package org.avrr.workflow.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.i18n.RequestLanguage;
import org.avrr.workflow.security.CallingUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's documents over HTTP (docs/api/avrr-documents.openapi.yaml): added at a task ({@code POST
 * /api/tasks/{taskId}/documents}, multipart: {@code file}, {@code kind}), listed per case and
 * downloaded. The caller is a Camunda user by HTTP Basic or the Tasklist/Cockpit session (an upload
 * through the session carries its CSRF token, as the webapps' own calls do).
 */
@RestController
class DocumentsController {

  record Refusal(String message) {}

  private final CaseDocuments documents;
  private final ProcessEngine engine;

  private final RequestLanguage languages;

  DocumentsController(CaseDocuments documents, ProcessEngine engine, RequestLanguage languages) {
    this.documents = documents;
    this.engine = engine;
    this.languages = languages;
  }

  @PostMapping(
      path = "/api/tasks/{taskId}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> add(
      HttpServletRequest request,
      @PathVariable String taskId,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    CallingUser user = caller(request, true);
    if (file == null) {
      throw new CaseDocuments.Refused(400, Message.of("documents.chooseFile"));
    }
    CaseDocuments.Document added =
        documents.add(user, taskId, kind(kind), file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(added);
  }

  /**
   * What the task's Documents tab in Tasklist shows: the kinds it expects, the case's documents.
   */
  @GetMapping(path = "/api/tasks/{taskId}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseDocuments.AtTask atTask(HttpServletRequest request, @PathVariable String taskId) {
    return documents.atTask(caller(request, false), taskId);
  }

  @GetMapping(
      path = "/api/cases/{caseNumber}/documents",
      produces = MediaType.APPLICATION_JSON_VALUE)
  List<CaseDocuments.Document> list(HttpServletRequest request, @PathVariable String caseNumber) {
    return documents.of(caller(request, false), caseNumber);
  }

  @GetMapping("/api/documents/{id}")
  ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String id) {
    CaseDocuments.Content content = documents.content(caller(request, false), id);
    CaseDocuments.Document document = content.document();
    DocumentContent type =
        Arrays.stream(DocumentContent.values())
            .filter(t -> t.mediaType().equals(document.contentType()))
            .findFirst()
            .orElseThrow();
    // Always a download, under the type its bytes were found to be and a name ending as they are.
    String name = document.fileName();
    if (!name.toLowerCase(Locale.ROOT).endsWith(type.extension())) {
      name = name + type.extension();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content.bytes());
  }

  /** Told in the user's language (the Documents panel shows it as it is). */
  @ExceptionHandler(CaseDocuments.Refused.class)
  ResponseEntity<Refusal> refused(CaseDocuments.Refused refused, HttpServletRequest request) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status());
    if (refused.status() == 401) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr documents\"");
    }
    return answer
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Refusal(refused.in(languages.of(request))));
  }

  private CallingUser caller(HttpServletRequest request, boolean change) {
    return CallingUser.of(request, engine.getIdentityService(), engine.getName(), change)
        .orElseThrow(
            () ->
                new CaseDocuments.Refused(
                    401,
                    change
                        ? Message.of("documents.logInToAdd")
                        : Message.of("documents.logInToRead")));
  }

  private static DocumentKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new CaseDocuments.Refused(400, Message.of("documents.kindMissing", kinds()));
    }
    try {
      return DocumentKind.valueOf(kind.strip());
    } catch (IllegalArgumentException unknown) {
      throw new CaseDocuments.Refused(400, Message.of("documents.kindUnknown", cut(kind), kinds()));
    }
  }

  private static String kinds() {
    return String.join(", ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList());
  }

  private static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}

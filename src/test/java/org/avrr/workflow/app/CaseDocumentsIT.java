package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A counsellor attaches the signed consent at the first-contact task of a case; the case manager
 * downloads it; whoever may not read the case reads nothing of it, and a file that is not a PDF,
 * JPEG or PNG by its content is refused and not stored, whatever its name (issue 17). Every upload,
 * refusal and download is recorded. A child's consent by a guardian is accepted only with the
 * guardian's signed consent attached at the task (the instalment's evidence is checked on every
 * walked case's payments, {@link CaseApiIT#walkReintegrationToClosure}).
 */
class CaseDocumentsIT extends CaseApiIT {

  private static final byte[] CONSENT_SCAN =
      "%PDF-1.4\n% consent signed by the applicant\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aCounsellorAttachesTheConsentScanAndACaseManagerDownloadsIt() {
    String caseNumber = startCase("DC" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor").get("id");

    ResponseEntity<Map<String, Object>> added =
        attachDocument("counsellor", task, "CONSENT", "C:\\scans\\consent-scan.pdf", CONSENT_SCAN);

    assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
    assertThat(added.getBody())
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("kind", "CONSENT")
        .containsEntry("kindLabel", "Signed consent")
        .containsEntry("fileName", "consent-scan.pdf")
        .containsEntry("contentType", "application/pdf")
        .containsEntry("addedBy", "counsellor")
        .containsEntry(
            "taskKey",
            org.avrr.workflow.counselling.IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT);
    assertThat((String) added.getBody().get("scannedBy")).startsWith("not scanned");
    String id = (String) added.getBody().get("id");

    assertThat(list("counsellor", caseNumber).getBody())
        .singleElement()
        .satisfies(document -> assertThat(document).containsEntry("id", id));
    assertThat(list("case-manager", caseNumber).getBody()).hasSize(1);
    ResponseEntity<byte[]> download = download("case-manager", id);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(CONSENT_SCAN);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment")
        .contains("consent-scan.pdf");

    // Nobody else: IOM Iraq has no task of this case yet; a movement officer neither.
    assertThat(list("mission-irq", caseNumber).getStatusCode().value()).isEqualTo(403);
    assertThat(download("mission-irq", id).getStatusCode().value()).isEqualTo(403);
    assertThat(download("movement-officer", id).getStatusCode().value()).isEqualTo(403);
    assertThat(list(null, caseNumber).getStatusCode().value()).isEqualTo(401);
    assertThat(
            attachDocument("movement-officer", task, "CONSENT", "consent.pdf", CONSENT_SCAN)
                .getStatusCode()
                .value())
        .as("not the movement officer's task")
        .isEqualTo(403);

    assertThat(
            jdbc.queryForList(
                "SELECT action, user_id FROM avrr_document_event WHERE case_number = ?"
                    + " ORDER BY id",
                caseNumber))
        .containsExactly(
            Map.of("ACTION", "ADDED", "USER_ID", "counsellor"),
            Map.of("ACTION", "DOWNLOADED", "USER_ID", "case-manager"));
  }

  @Test
  void aChildsConsentByAGuardianIsAcceptedOnlyWithTheGuardiansSignedConsentAttachedAtTheTask() {
    String caseNumber =
        startCase(
            "DG" + (System.nanoTime() % 10_000_000L), today(), "Rahimi", "Sara", "2014-05-02");
    Map<String, Object> task = taskOf(caseNumber, "counsellor");
    String taskId = (String) task.get("id");
    Map<String, Object> consent = new java.util.HashMap<>();
    consent.put("firstContactDate", value(today(), "String"));
    consent.put("firstContactChannel", value("IN_PERSON", "String"));
    consent.put("dataConsent", value("GIVEN", "String"));
    consent.put("consentType", value("PROXY", "String"));
    consent.put("guardianName", value("Leyla Rahimi", "String"));
    consent.put("guardianRelationship", value("PARENT", "String"));

    // The Documents tab: the kinds this task expects come first.
    Map<String, Object> tab =
        documentsClient("counsellor")
            .get()
            .uri("/api/tasks/{task}/documents", taskId)
            .retrieve()
            .body(OBJECT);
    assertThat(tab).containsEntry("caseNumber", caseNumber).containsEntry("maxSizeMegabytes", 10);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> kinds = (List<Map<String, Object>>) tab.get("kinds");
    assertThat(kinds.subList(0, 2))
        .extracting(kind -> kind.get("kind"), kind -> kind.get("expectedHere"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CONSENT", true),
            org.assertj.core.groups.Tuple.tuple("GUARDIAN_CONSENT", true));
    assertThat(kinds).hasSize(14);

    ResponseEntity<String> refused = trySubmit(task, "counsellor", consent);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody())
        .contains("How consent was given: attach the guardian's signed consent");
    // The applicant's own consent scan is not the guardian's.
    addConsentScan(taskId, "consent.pdf");
    assertThat(trySubmit(task, "counsellor", consent).getStatusCode().value()).isEqualTo(400);

    assertThat(
            attachDocument(
                    "counsellor", taskId, "GUARDIAN_CONSENT", "guardian-consent.jpg", jpegOf(2048))
                .getStatusCode()
                .value())
        .isEqualTo(201);
    submit(task, "counsellor", consent);
    assertThat(list("case-manager", caseNumber).getBody())
        .extracting(document -> document.get("kind"), document -> document.get("taskId"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GUARDIAN_CONSENT", taskId),
            org.assertj.core.groups.Tuple.tuple("CONSENT", taskId));
  }

  @Test
  void aFileThatIsNotADocumentIsRefusedWhateverItsNameAndNothingIsStored() {
    String caseNumber = startCase("DR" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor").get("id");
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    ResponseEntity<Map<String, Object>> disguised =
        attachDocument("counsellor", task, "CONSENT", "consent.pdf", program);
    ResponseEntity<Map<String, Object>> unknownKind =
        attachDocument("counsellor", task, "SELFIE", "consent.pdf", CONSENT_SCAN);
    ResponseEntity<Map<String, Object>> tooLarge =
        attachDocument("counsellor", task, "PHOTO", "photo.jpg", jpegOf(10 * 1024 * 1024 + 1));

    assertThat(disguised.getStatusCode().value()).isEqualTo(415);
    assertThat((String) disguised.getBody().get("message"))
        .contains("not a PDF, JPEG or PNG (whatever its name says)");
    assertThat(unknownKind.getStatusCode().value()).isEqualTo(400);
    assertThat((String) unknownKind.getBody().get("message"))
        .contains("\"SELFIE\" is not a kind of document", "CONSENT", "RECEIPT");
    assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
    assertThat((String) tooLarge.getBody().get("message")).contains("larger than 10 MB");
    assertThat(list("counsellor", caseNumber).getBody()).isEmpty();
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM avrr_document_event WHERE case_number = ?",
                String.class,
                caseNumber))
        .containsExactly("REFUSED", "REFUSED");
  }

  @Test
  void tasklistsSessionAddsADocumentOnlyWithItsCsrfToken() {
    String caseNumber = startCase("DS" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor").get("id");
    WebappLogin login = webappLogin("counsellor", "tasklist", true);
    String token =
        RestClient.create(baseUrl())
            .get()
            .uri("/camunda/api/admin/auth/user/default")
            .header(HttpHeaders.COOKIE, login.sessionCookie())
            .exchange((request, response) -> response.getHeaders().getFirst("X-XSRF-TOKEN"));

    ResponseEntity<Map<String, Object>> withoutToken =
        uploadInSession(login.sessionCookie(), null, task);
    ResponseEntity<Map<String, Object>> withToken =
        uploadInSession(login.sessionCookie(), token, task);

    assertThat(withoutToken.getStatusCode().value()).isEqualTo(401);
    assertThat(withToken.getStatusCode().value()).as("%s", withToken.getBody()).isEqualTo(201);
    assertThat(list("counsellor", caseNumber).getBody()).hasSize(1);
  }

  /** The counsellor attaches a consent scan at {@code task}: its id. */
  static String addConsentScan(String task, String fileName) {
    ResponseEntity<Map<String, Object>> added =
        attachDocument("counsellor", task, "CONSENT", fileName, CONSENT_SCAN);
    assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
    return (String) added.getBody().get("id");
  }

  static int downloadStatus(String user, String id) {
    return download(user, id).getStatusCode().value();
  }

  private static byte[] jpegOf(int size) {
    byte[] photo = new byte[size];
    photo[0] = (byte) 0xFF;
    photo[1] = (byte) 0xD8;
    photo[2] = (byte) 0xFF;
    return photo;
  }

  private static ResponseEntity<Map<String, Object>> uploadInSession(
      String sessionCookie, String token, String task) {
    return documentsClient(null)
        .post()
        .uri("/api/tasks/{task}/documents", task)
        .header(HttpHeaders.COOKIE, sessionCookie)
        .headers(
            headers -> {
              if (token != null) {
                headers.set("X-XSRF-TOKEN", token);
              }
            })
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(documentForm("CONSENT", "consent.pdf", CONSENT_SCAN))
        .retrieve()
        .toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});
  }

  private static ResponseEntity<List<Map<String, Object>>> list(String user, String caseNumber) {
    ResponseEntity<String> raw =
        documentsClient(user)
            .get()
            .uri("/api/cases/{case}/documents", caseNumber)
            .retrieve()
            .toEntity(String.class);
    List<Map<String, Object>> documents = null;
    if (raw.getStatusCode().value() == 200) {
      try {
        documents =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(raw.getBody(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return ResponseEntity.status(raw.getStatusCode()).body(documents);
  }

  private static ResponseEntity<byte[]> download(String user, String id) {
    return documentsClient(user)
        .get()
        .uri("/api/documents/{id}", id)
        .retrieve()
        .toEntity(byte[].class);
  }
}

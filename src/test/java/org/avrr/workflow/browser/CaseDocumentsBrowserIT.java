package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A counsellor attaches the applicant's signed consent in Tasklist, at the first-contact task, in
 * its Documents tab; a manager finds it on the case's Case history in Cockpit, with who added it,
 * when and at which step, and downloads it (issue 17).
 */
class CaseDocumentsBrowserIT extends BrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Minsk"));
  private static final byte[] CONSENT_SCAN =
      "%PDF-1.4\n% consent signed by Farid Rahimi\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aCounsellorAttachesTheConsentScanInTasklistAndAManagerDownloadsItFromCaseHistory(
      @TempDir Path scans) throws IOException {
    String caseNumber = startCase("DB" + (System.nanoTime() % 10_000_000L));
    Path scan = Files.write(scans.resolve("consent-rahimi.pdf"), CONSENT_SCAN);
    Path program = Files.write(scans.resolve("consent.pdf"), new byte[] {'M', 'Z', 0, 0});

    Browser counsellorsBrowser = browser();
    Tasklist tasklist = Tasklist.logIn(counsellorsBrowser, "counsellor");
    tasklist
        .filter("My group's tasks")
        .openTask(caseNumber, "Make first contact and record data consent")
        .claim();
    assertThat(tasklist.attach("CONSENT", program))
        .contains("not a PDF, JPEG or PNG (whatever its name says)");
    counsellorsBrowser.shot("a-program-named-pdf-refused");
    assertThat(tasklist.attach("CONSENT", scan))
        .isEqualTo("Attached to case " + caseNumber + ": consent-rahimi.pdf.");
    counsellorsBrowser.visible(
        By.xpath("//table[@id='avrr-documents']//a[normalize-space()='consent-rahimi.pdf']"));
    counsellorsBrowser.sees("Make first contact and record data consent");
    counsellorsBrowser.shot("consent-scan-attached");

    tasklist
        .tab("Form")
        .form("data-consent")
        .fill(
            CamundaForm.inOrder(
                "firstContactDate", TODAY,
                "firstContactChannel", "IN_PERSON",
                "dataConsent", "GIVEN",
                "consentType", "EXPLICIT_SIGNATURE"));
    tasklist.complete();

    Browser managersBrowser = browser();
    Cockpit.logIn(managersBrowser, "manager").caseHistory(caseNumber);
    managersBrowser.visible(By.id("avrr-case-documents"));
    managersBrowser.sees("consent-rahimi.pdf");
    managersBrowser.sees("counsellor");
    managersBrowser.shot("case-history-documents");
    managersBrowser.click(
        By.xpath("//table[@id='avrr-case-documents']//a[normalize-space()='consent-rahimi.pdf']"));
    assertThat(Files.readAllBytes(managersBrowser.downloaded("consent-rahimi")))
        .isEqualTo(CONSENT_SCAN);
    assertThat(
            jdbc.queryForList(
                "SELECT action || ' ' || user_id FROM avrr_document_event WHERE case_number = ?"
                    + " ORDER BY id",
                String.class,
                caseNumber))
        .containsExactly("REFUSED counsellor", "ADDED counsellor", "DOWNLOADED manager");
  }
}

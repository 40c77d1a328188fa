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
 * when and at which step, and downloads it. A finance officer cannot pay an instalment without its
 * evidence attached (issue 17).
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

  /**
   * A finance officer records an instalment's payment in Tasklist without its evidence and is told
   * to attach it; attaches the supplier's invoice beside the form (which keeps what was typed) and
   * completes the payment; a manager downloads the invoice from Case history.
   */
  @Test
  void aFinanceOfficerCannotPayAnInstalmentWithoutItsInvoiceAttached(@TempDir Path scans)
      throws IOException {
    String caseNumber = referInbound("mission-deu", "DE-BAMF-" + (System.nanoTime() % 1_000_000L));
    walkInboundToReintegration(caseNumber, "mission-deu");
    walkToFirstInstalment(caseNumber, "reintegration-officer", "mission-deu");
    Path invoice =
        Files.write(
            scans.resolve("invoice-INV-2026-0141.pdf"),
            "%PDF-1.4\n% Tailoring supplies, EUR 500\n".getBytes(StandardCharsets.US_ASCII));

    Browser financeBrowser = browser();
    Tasklist tasklist = Tasklist.logIn(financeBrowser, "finance");
    tasklist.filter("My group's tasks").openTask(caseNumber, "Pay or buy the instalment").claim();
    tasklist
        .form("instalment-payment")
        .fill(
            CamundaForm.inOrder(
                "paidOn", TODAY,
                "amountPaid", "500",
                "evidenceType", "INVOICE",
                "evidenceReference", "INV-2026-0141"));
    String refusal = tasklist.completeRefused();
    financeBrowser.shot("payment-refused-without-its-invoice");
    assertThat(refusal)
        .contains(
            "Evidence: attach the invoice (a scan or a photo) with \"Attach documents\" above the"
                + " form first");
    tasklist.dismissNotifications();

    // Beside the form, which keeps what was typed.
    assertThat(
            tasklist.attachBesideTheForm(
                "INVOICE", invoice, () -> financeBrowser.shot("invoice-attached-beside-the-form")))
        .isEqualTo("Attached to case " + caseNumber + ": invoice-INV-2026-0141.pdf.");
    financeBrowser.shot("the-form-as-typed");
    tasklist.complete();
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskName("Pay or buy the instalment")
                .count())
        .as("the first instalment paid")
        .isZero();

    Browser managersBrowser = browser();
    Cockpit.logIn(managersBrowser, "manager").caseHistory(caseNumber);
    managersBrowser
        .scrolledTo(
            By.xpath(
                "//table[@id='avrr-case-documents']//a[normalize-space()='invoice-INV-2026-0141.pdf']"))
        .click();
    assertThat(Files.readAllBytes(managersBrowser.downloaded("invoice-INV-2026-0141")))
        .isEqualTo(Files.readAllBytes(invoice));
    managersBrowser.shot("case-history-invoice");
  }
}

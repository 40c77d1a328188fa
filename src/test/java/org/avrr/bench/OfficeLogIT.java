package org.avrr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.junit.jupiter.api.Test;

/**
 * The office's log as an operator reads it, from the application started as the README starts it
 * (its own JVM and logging configuration, not the tests'): a counsellor's form refused for a
 * mistake is one line naming the form and the fields, not an engine error with a stack trace.
 */
class OfficeLogIT {

  @Test
  void aFormRefusedForAUsersMistakeIsOneLineNotAnEngineError() throws Exception {
    Path out = Path.of("target/office-log").toAbsolutePath();
    Apps.deleteTree(out);
    Apps apps = new Apps(Path.of("target").toAbsolutePath(), out, Map.of());
    try (AppProcess office =
        apps.ours("office", out.resolve("office"), Database.embeddedDefault(), null, Map.of())) {
      CaseWalks walks = new CaseWalks(new Ours(new OfficeHttp(office.baseUrl()), null), false);
      String caseNumber = walks.outbound(OutboundStage.FIRST_CONTACT);
      ObjectNode contactNextMonth = CaseWalks.firstContact(true);
      ((ObjectNode) contactNextMonth.get(IntakeCounsellingProcess.FIRST_CONTACT_DATE.name()))
          .put("value", CaseWalks.today(30));

      OfficeHttp.CallFailed refused =
          catchThrowableOfType(
              OfficeHttp.CallFailed.class,
              () ->
                  walks.work(
                      caseNumber,
                      "counsellor",
                      IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT,
                      contactNextMonth));

      assertThat(refused.status).isEqualTo(400);
      String log = Files.readString(office.log());
      assertThat(log)
          .contains(
              "Refused form "
                  + IntakeCounsellingProcess.FORM_DATA_CONSENT
                  + ": ["
                  + IntakeCounsellingProcess.FIRST_CONTACT_DATE.name()
                  + "]")
          .doesNotContain("FormFieldValidationException")
          .doesNotContain("ENGINE-16004");
    }
  }
}

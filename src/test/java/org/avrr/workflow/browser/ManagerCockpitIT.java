package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrr.workflow.eligibility.EligibilityProcess;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A manager finds a case in Cockpit by its case number, sees that it is stuck on an incident (the
 * Ministry's register was down through every retry), retries it once the register is back, and sees
 * the incident resolved.
 */
class ManagerCockpitIT extends BrowserIT {

  private static final By RETRY_ACTION =
      By.cssSelector("a[ng-click='openJobRetryDialog(incident)']");

  @Test
  void aManagerFindsACaseSeesItsIncidentRetriesItAndSeesItResolved() {
    String caseNumber = startCase("DOWN" + (System.nanoTime() % 1_000_000L));
    completeIntakeAndScreening(caseNumber);
    String eligibility = eligibilityInstance(caseNumber);
    Job statusCheck =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(eligibility)
            .singleResult();
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        engine.getManagementService().executeJob(statusCheck.getId());
      } catch (RuntimeException expected) {
        // the sandbox Ministry answers 503 to DOWN… documents: one retry fewer each time
      }
    }

    Browser browser = browser();
    Cockpit.logIn(browser, "manager").caseHistory(caseNumber);
    browser.sees("Where it stands");
    browser.sees("Incident: ");
    browser.shot("case-where-it-stands");
    assertThat(browser.driver().findElement(By.id("avrr-case-history")).getText())
        .contains("Check status with the Ministry of Internal Affairs")
        .contains("Incident: ");

    // The Ministry's register is back. (The sandbox answers by document number, so the test
    // corrects it, as docs/sandbox.md tells an administrator to; the real Ministry needs nothing.)
    engine.getRuntimeService().setVariable(eligibility, "documentNumber", "A7712345");

    browser.click(By.xpath("//table//tr[td[contains(normalize-space(),'Incident: ')]]//a"));
    browser.visible(RETRY_ACTION);
    browser.sees("Check status with the Ministry of Internal Affairs");
    browser.shot("incident-in-cockpit");
    browser.click(RETRY_ACTION);
    browser.click(By.cssSelector("button[ng-click='incrementRetry()']"));
    browser.visible(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='OK']"));
    browser.shot("retry-done");
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='OK']"));
    browser.until(d -> d.findElements(RETRY_ACTION).isEmpty() ? true : null);
    browser.shot("incident-resolved");

    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(eligibility).count())
        .isZero();
    // The job executor (run here by the test) tries again and the Ministry answers.
    engine.getManagementService().executeJob(statusCheck.getId());
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM avrr_touchpoint_exchange WHERE case_number = ? AND outcome = 'ANSWERED'",
                Integer.class,
                caseNumber))
        .isEqualTo(1);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(eligibility)
                .activityId(EligibilityProcess.TASK_CHECK_MIGRATION_STATUS)
                .withException()
                .count())
        .isZero();
  }
}

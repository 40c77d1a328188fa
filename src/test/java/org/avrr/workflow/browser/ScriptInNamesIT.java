package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person's name is whatever the counsellor types, markup included: shown in Tasklist's list, in a
 * task's form, in Cockpit's Case history and in the mail viewer, it is text — it runs nothing.
 */
class ScriptInNamesIT extends BrowserIT {

  /** Each sets a mark on the page if a browser ever runs it. */
  private static final String SURNAME = "<img src=x onerror=\"window.avrrXss=1\">Rahimi";

  private static final String GIVEN_NAMES = "<script>window.avrrXss=2</script>Farid";

  @Test
  void aNameHoldingMarkupIsShownAsTextEverywhereAndRunsNothing() {
    String caseNumber = startCase("A7712399", today(), SURNAME, GIVEN_NAMES);
    Browser browser = browser();

    Tasklist tasklist = Tasklist.logIn(browser, "counsellor").filter("My group's tasks");
    browser.sees(caseNumber);
    browser.sees("<img src=x");
    browser.shot("tasklist-list");
    assertNothingRan(browser, "Tasklist's list");
    tasklist.openTask(caseNumber, "Make first contact and record data consent");
    browser.shot("tasklist-form");
    assertNothingRan(browser, "a task's form");

    // The case goes on to pre-departure, where its summary is mailed to IOM Iraq, names included
    // (the migrant consented to sharing it).
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .forEach(
            instance ->
                engine
                    .getRuntimeService()
                    .setVariable(
                        instance.getId(),
                        IntakeCounsellingProcess.CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(),
                        true));
    completeIntakeAndScreening(caseNumber);
    runStatusCheck(caseNumber);
    runJobsAt(caseNumber, PreDepartureProcess.TASK_SEND_CASE_SUMMARY_TO_MISSION);
    assertThat(capturedMail())
        .anySatisfy(mail -> assertThat(String.valueOf(mail.get("body"))).contains(SURNAME));

    Browser manager = browser();
    Cockpit.logIn(manager, "manager").caseHistory(caseNumber);
    manager.sees("Where it stands");
    manager.shot("cockpit-case-history");
    assertNothingRan(manager, "Cockpit's Case history");
    // The case's own page in Cockpit lists its variables, the names among them.
    manager.click(By.linkText("AVRR outbound case"));
    manager.sees("Rahimi");
    assertThat(manager.driver().findElement(By.tagName("body")).getText()).contains(SURNAME);
    manager.shot("cockpit-variables");
    assertNothingRan(manager, "Cockpit's variables of the case");

    Browser admin = browser();
    // The mail viewer asks for HTTP Basic; a browser sends credentials given in the address.
    admin.driver().get(baseUrl().replace("http://", "http://admin:admin@") + "/mail");
    admin.sees("Mail sent by avrr-workflow");
    admin.sees(SURNAME);
    admin.shot("mail-viewer");
    assertNothingRan(admin, "the mail viewer");
  }

  private static void assertNothingRan(Browser browser, String where) {
    assertThat(browser.script("return window.avrrXss === undefined ? null : window.avrrXss;"))
        .as("markup in a name ran in " + where)
        .isNull();
  }
}

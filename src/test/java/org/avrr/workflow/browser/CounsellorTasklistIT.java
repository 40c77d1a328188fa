package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A counsellor registers a walk-in applicant in Tasklist and takes the case through intake and
 * counselling to the eligibility check, with the forms the office uses every day.
 */
class CounsellorTasklistIT extends BrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Minsk"));

  @Test
  void aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck() {
    Browser browser = browser();
    Tasklist tasklist = Tasklist.logIn(browser, "counsellor");
    browser.shot("tasklist-after-login");

    String documentNumber = "P" + (System.nanoTime() % 100_000_000L);
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("surname", "Haidari");
    application.put("givenNames", "Shir Ahmad");
    application.put("dateOfBirth", LocalDate.of(1991, 7, 2));
    application.put("placeOfBirth", "Herat");
    application.put("sex", "M");
    application.put("citizenship", "AF");
    application.put("contactPhone", "+375 29 555 01 23");
    application.put("countryOfReturn", "AF");
    application.put("placeOfReturn", "Herat");
    application.put("immigrationStatus", "IRREGULAR_STAY");
    // A typing slip: arrived in Belarus a week after applying.
    application.put("dateOfArrivalInBelarus", TODAY.plusDays(7));
    application.put("documentType", "PASSPORT");
    application.put("documentNumber", documentNumber);
    application.put("languages", List.of("FARSI", "RUSSIAN"));
    application.put("applicationDate", TODAY);
    application.put("applicationChannel", "IN_PERSON");
    application.put("referralSource", "SELF");
    application.put("familyMembersTravelling", "0");

    CamundaForm startForm = tasklist.startForm("AVRR outbound case", "intake-registration");
    browser.shot("new-application-form");
    startForm.fill(application);
    browser.shot("new-application-filled-with-a-slip");

    String refusal = tasklist.startRefused();
    browser.shot("server-refuses-the-slip");
    assertThat(refusal)
        .contains("Date of arrival in Belarus: cannot be in the future")
        .contains("Date of application: cannot be before the date of arrival");

    tasklist.dismissNotifications();
    startForm.set("dateOfArrivalInBelarus", TODAY.minusMonths(8));
    tasklist.start();
    String caseNumber = caseWithDocument(documentNumber);
    browser.shot("case-started");

    tasklist
        .filter("My group's tasks")
        .openTask(caseNumber, "Make first contact and record data consent");
    browser.shot("first-contact-task");
    tasklist.claim();
    tasklist
        .form("data-consent")
        .fill(
            CamundaForm.inOrder(
                "firstContactDate",
                TODAY,
                "firstContactChannel",
                "IN_PERSON",
                "dataConsent",
                "GIVEN",
                "consentType",
                "EXPLICIT_SIGNATURE",
                "consentToShareWithReceivingMission",
                true,
                "consentToShareWithAuthorities",
                true));
    browser.shot("first-contact-and-consent-filled");
    tasklist.complete();

    tasklist.openTask(caseNumber, "Hold counselling session");
    // The office gives itself seven working days for the session (avrr.tasklist.deadlines).
    browser.sees("Due in ");
    Date due =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskName("Hold counselling session")
            .singleResult()
            .getDueDate();
    assertThat(due.toInstant()).isAfter(Instant.now().plus(Duration.ofDays(7)));
    assertThat(due.toInstant().atZone(ZoneId.of("Europe/Minsk")).getDayOfWeek())
        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    tasklist.claim();
    tasklist
        .form("counselling-session")
        .fill(
            CamundaForm.inOrder(
                "sessionDate", TODAY,
                "sessionMode", "IN_PERSON",
                "topicsCovered", List.of("AVRR_PROGRAMME", "TRAVEL", "REINTEGRATION"),
                "sessionNotes", "Explained the programme, the journey and reintegration support.",
                "counsellingDecision", "READY_TO_DECLARE"));
    browser.shot("counselling-session-filled");
    tasklist.complete();

    tasklist.openTask(caseNumber, "Sign voluntary return declaration").claim();
    tasklist
        .form("return-declaration")
        .fill(
            CamundaForm.inOrder(
                "returnDeclaration", "SIGNED",
                "declarationDate", TODAY,
                "declarationForm", "SIGNATURE",
                "declarationLanguage", "Dari"));
    browser.shot("return-declaration-filled");
    tasklist.complete();

    tasklist.openTask(caseNumber, "Screen for vulnerabilities").claim();
    tasklist.form("vulnerability-screening").set("screeningNotes", "No vulnerabilities disclosed.");
    browser.shot("vulnerability-screening-filled");
    tasklist.complete();
    browser.shot("tasks-done");

    // The case now goes on in background jobs, no one's task: the assessments' join (none were
    // needed), then the Ministry's status check.
    runJobsAt(caseNumber, EligibilityProcess.GATEWAY_ASSESSMENTS_DONE);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(eligibilityInstance(caseNumber))
                .activityId(EligibilityProcess.TASK_CHECK_MIGRATION_STATUS)
                .count())
        .isEqualTo(1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .count())
        .isZero();
  }

  private String caseWithDocument(String documentNumber) {
    ProcessInstance started =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(OutboundReturnProcess.KEY)
            .variableValueEquals("documentNumber", documentNumber)
            .singleResult();
    assertThat(started).as("the case the counsellor started").isNotNull();
    return started.getBusinessKey();
  }
}

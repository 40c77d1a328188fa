package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.browser.CamundaForm.inOrder;

import java.util.Map;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.junit.jupiter.api.Test;

/**
 * A case manager erases, in Tasklist, the personal data of a case that has ended, on the person's
 * request: first naming a case still open (refused), then the ended one.
 */
class CaseManagerTasklistIT extends BrowserIT {

  @Test
  void aCaseManagerErasesAnEndedCasesPersonalDataOnRequest() {
    String caseNumber = startCase("AS" + (System.nanoTime() % 10_000_000L));
    completeIntakeAndScreening(caseNumber);
    runStatusCheck(caseNumber);
    String stillOpen = caseNumber;

    Browser browser = browser();
    Tasklist tasklist = Tasklist.logIn(browser, "case-manager");
    CamundaForm form = tasklist.startForm("Erase a closed case's personal data", "case-erasure");
    browser.shot("erasure-form");
    form.fill(
        inOrder(
            "caseToErase", stillOpen,
            "erasureReason", "DATA_SUBJECT_REQUEST",
            "erasureAuthorisedBy", "Data protection focal point, IOM Minsk",
            "erasureDetails", "Request received by mail on 20 November",
            "erasureConfirmed", true));
    String refusal = tasklist.startRefused();
    browser.shot("an-open-case-is-refused");
    assertThat(refusal).contains("case " + stillOpen + " has not ended");

    // The counsellor refers the applicant to UNHCR: the case ends.
    submit(
        taskOf(caseNumber, "counsellor", EligibilityProcess.TASK_REFER_TO_UNHCR),
        "counsellor",
        Map.of(
            "unhcrReferralDate", value(today(), "String"),
            "applicantInformed", value(true, "Boolean")));
    tasklist.dismissNotifications();
    tasklist.start();
    browser.shot("erased");

    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("surname")
                .list()
                .stream()
                .filter(
                    v ->
                        caseNumber.equals(
                            engine
                                .getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(v.getProcessInstanceId())
                                .singleResult()
                                .getBusinessKey()))
                .count())
        .isZero();
  }
}

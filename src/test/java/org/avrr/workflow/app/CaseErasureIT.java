package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.casefile.CaseErasureProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * A case manager erases the personal data of a case that ended (an asylum seeker referred to
 * UNHCR): nothing the person told the office is left in the history, not even in the decisions'
 * inputs; the steps, the touchpoint audit (which holds no personal data) and the erasure remain.
 */
class CaseErasureIT extends CaseApiIT {

  @Test
  void aCaseManagerErasesAnEndedCaseAndOnlyItsSkeletonRemains() {
    String caseNumber = startCase("AS" + (System.nanoTime() % 10_000_000L));
    // The signed consent, scanned and attached at first contact.
    String document =
        CaseDocumentsIT.addConsentScan(
            (String) taskOf(caseNumber, "counsellor").get("id"), "consent-Rahimi.pdf");
    completeIntakeAndScreening(caseNumber);
    runStatusCheck(caseNumber);

    ResponseEntity<String> tooEarly = startErasure("case-manager", caseNumber);
    assertThat(status(tooEarly)).isEqualTo(400);
    assertThat(tooEarly.getBody()).contains("case " + caseNumber + " has not ended");

    submit(
        taskOf(caseNumber, "counsellor", EligibilityProcess.TASK_REFER_TO_UNHCR),
        "counsellor",
        Map.of(
            "unhcrReferralDate", value(today(), "String"),
            "applicantInformed", value(true, "Boolean")));
    List<String> instances =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .count())
        .as("the case has ended")
        .isZero();
    assertThat(variablesOf(instances)).isPositive();
    assertThat(decisionsOf(instances)).isPositive();

    assertThat(status(startErasure("counsellor", caseNumber)))
        .as("only case managers erase")
        .isEqualTo(403);
    Map<String, Object> statistics = statisticsOf(caseNumber);
    assertThat(statistics)
        .containsEntry("OUTCOME", "referred-to-unhcr")
        .containsEntry("COUNTRY", "IQ")
        .containsEntry("SEX", "M");
    ResponseEntity<String> erased = startErasure("case-manager", caseNumber);

    assertThat(status(erased)).as("%s", erased.getBody()).isEqualTo(200);
    assertThat(statisticsOf(caseNumber)).as("the reports' figures stay").isEqualTo(statistics);
    assertThat(variablesOf(instances)).isZero();
    assertThat(
            jdbc.queryForMap(
                "SELECT file_name, sha256, content, erased_at FROM avrr_document WHERE id = ?",
                document))
        .as("the document's content, name and hash are gone; that it was there stays")
        .containsEntry("FILE_NAME", "(erased)")
        .containsEntry("SHA256", "")
        .containsEntry("CONTENT", null)
        .doesNotContainEntry("ERASED_AT", null);
    assertThat(CaseDocumentsIT.downloadStatus("case-manager", document)).isEqualTo(410);
    assertThat(
            jdbc.queryForList(
                "SELECT action, detail FROM avrr_document_event WHERE case_number = ? ORDER BY id",
                caseNumber))
        .as("what happened to the document stays, not its name")
        .extracting(event -> event.get("ACTION") + " " + event.get("DETAIL"))
        .containsExactly("ADDED null", "ERASED 1 documents")
        .noneMatch(event -> event.contains("Rahimi"));
    assertThat(decisionsOf(instances)).isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instances.get(0))
                .count())
        .as("the steps remain")
        .isPositive();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM avrr_touchpoint_exchange WHERE case_number = ?",
                Integer.class,
                caseNumber))
        .isPositive();
    HistoricProcessInstance erasure =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseErasureProcess.KEY)
            .processInstanceBusinessKey(caseNumber)
            .singleResult();
    assertThat(variable(erasure, "erasureReason")).isEqualTo("DATA_SUBJECT_REQUEST");
    assertThat(variable(erasure, "erasureRequestedBy")).isEqualTo("case-manager");

    ResponseEntity<String> again = startErasure("case-manager", caseNumber);
    assertThat(status(again)).isEqualTo(400);
    assertThat(again.getBody()).contains("was erased on");
  }

  private Map<String, Object> statisticsOf(String caseNumber) {
    return jdbc.queryForMap("SELECT * FROM avrr_case_statistics WHERE case_number = ?", caseNumber);
  }

  private long variablesOf(List<String> instances) {
    return instances.stream()
        .mapToLong(
            id ->
                engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(id)
                    .count())
        .sum();
  }

  private long decisionsOf(List<String> instances) {
    return instances.stream()
        .mapToLong(
            id ->
                engine
                    .getHistoryService()
                    .createHistoricDecisionInstanceQuery()
                    .processInstanceId(id)
                    .count())
        .sum();
  }
}

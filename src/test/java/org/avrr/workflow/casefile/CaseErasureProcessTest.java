package org.avrr.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.avrr.workflow.documents.CaseDocumentErasure;
import org.avrr.workflow.documents.ObjectStore;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Erase a closed case's personal data": a case manager erases an ended case's recorded values; the
 * case number, its steps and the erasure stay. (CaseErasureIT does it to a real case, with its
 * decisions and the authorities' answers.)
 */
@Deployment(resources = {"processes/case-erasure.bpmn", "forms/case-erasure.form"})
class CaseErasureProcessTest {

  private static final String CASE = "BY-2026-000077";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestEngine.extension("ended-case", "open-case");

  ProcessEngine engine;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry());
    AbstractAssertions.init(engine);
    // Stand-ins for a case's own processes: one that has ended, one still waiting.
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "ended-case.bpmn",
            Bpmn.createExecutableProcess("ended-case")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done())
        .addModelInstance(
            "open-case.bpmn",
            Bpmn.createExecutableProcess("open-case")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask()
                .endEvent()
                .done())
        .deploy();
    engine.getIdentityService().setAuthenticatedUserId("case-manager");
  }

  @AfterEach
  void unwire() {
    engine.getIdentityService().clearAuthentication();
    ProcessTestEngine.reset();
  }

  @Test
  void theRecordedValuesOfAnEndedCaseAreErasedAndTheErasureIsKept() {
    ProcessInstance ended = endedCase(CASE);

    ProcessInstance erasure = erase(form(CASE, "DATA_SUBJECT_REQUEST"));

    assertThat(erasure).isEnded().hasPassed("EndEvent_PersonalDataErased");
    assertThat(erasure.getBusinessKey()).isEqualTo(CASE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(ended.getId())
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(ended.getId())
                .count())
        .as("the steps stay")
        .isPositive();
    assertThat(erasure)
        .variables()
        .containsEntry(CaseErasureProcess.PERSONAL_DATA_ERASED_ON.name(), CaseData.today())
        .containsEntry("erasureRequestedBy", "case-manager")
        .containsEntry("instancesErased", 1L);

    assertThatThrownBy(() -> erase(form(CASE, "DATA_SUBJECT_REQUEST")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the personal data of case " + CASE + " was erased on");
  }

  /**
   * Documents whose files are on an object store: the erasure empties them at once; the files are
   * deleted in a job after it, retried while the store does not answer (then an incident).
   */
  @Test
  void documentFilesOnAnObjectStoreAreDeletedInAStepThatIsRetriedWhileTheStoreIsDown() {
    boolean[] storeDown = {true};
    int[] erased = {0};
    CaseDocumentErasure documents =
        new CaseDocumentErasure() {
          @Override
          public int eraseCase(String caseNumber) {
            return ++erased[0];
          }

          @Override
          public boolean hasErasedFilesToDelete(String caseNumber) {
            return erased[0] > 0;
          }

          @Override
          public int deleteErasedFiles(String caseNumber) {
            if (storeDown[0]) {
              throw new ObjectStore.StoreUnavailable("the object store did not answer", null);
            }
            return 2;
          }
        };
    CaseErasure erasure = ProcessTestEngine.caseErasure(engine, documents);
    Mocks.register(
        "caseErasureDelegate", new CaseErasureDelegate(erasure, ProcessTestEngine.CALENDAR));
    Mocks.register("documentFilesDeletionDelegate", new DocumentFilesDeletionDelegate(erasure));
    endedCase("BY-2026-000081");

    ProcessInstance erasing = erase(form("BY-2026-000081", "DATA_SUBJECT_REQUEST"));

    assertThat(erased[0]).as("documents erased with the case").isEqualTo(1);
    assertThat(erasing).isWaitingAt(CaseErasureProcess.TASK_DELETE_DOCUMENT_FILES);
    // Its erasure deleting files is not the case running again, nor a case to erase again.
    assertThat(erasure.hasEnded("BY-2026-000081")).isTrue();
    assertThatThrownBy(() -> erase(form("BY-2026-000081", "DATA_SUBJECT_REQUEST")))
        .hasMessageContaining("the personal data of case BY-2026-000081 was erased on");
    Job deletion = engine.getManagementService().createJobQuery().singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(deletion.getId()))
        .hasMessageContaining("did not answer");
    assertThat(engine.getManagementService().createJobQuery().singleResult().getRetries())
        .as("retried, R5/PT5M")
        .isEqualTo(4);

    storeDown[0] = false;
    engine.getManagementService().executeJob(deletion.getId());

    assertThat(erasing).isEnded().hasPassed("EndEvent_DocumentFilesDeleted");
    assertThat(erasing).variables().containsEntry("documentFilesDeleted", 2L);
  }

  @Test
  void onlyAnEndedCaseThatExistsIsErasedForAStatedConfirmedReason() {
    engine.getRuntimeService().startProcessInstanceByKey("open-case", "BY-2026-000078");

    assertThatThrownBy(() -> erase(form("BY-2026-000078", "NO_LONGER_NEEDED")))
        .hasMessageContaining("case BY-2026-000078 has not ended");
    assertThatThrownBy(() -> erase(form("BY-2026-999999", "NO_LONGER_NEEDED")))
        .hasMessageContaining("no case BY-2026-999999");
    ProcessInstance ended = endedCase("BY-2026-000079");
    assertThatThrownBy(
            () -> erase(form("BY-2026-000079", "OTHER").putValue("erasureConfirmed", false)))
        .hasMessageContaining("Details: is required when the reason is Other")
        .hasMessageContaining("cannot be undone");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(ended.getId())
                .variableName("surname")
                .count())
        .as("nothing erased")
        .isEqualTo(1);
  }

  private ProcessInstance endedCase(String caseNumber) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "ended-case",
            caseNumber,
            Map.of("surname", "Rahimi", "givenNames", "Farid", "dateOfBirth", "1990-07-01"));
  }

  private static VariableMap form(String caseNumber, String reason) {
    return Variables.createVariables()
        .putValue("caseToErase", caseNumber)
        .putValue("erasureReason", reason)
        .putValue("erasureAuthorisedBy", "Data protection focal point, IOM Minsk")
        .putValue("erasureDetails", reason.equals("OTHER") ? null : "Request of 2026-11-20")
        .putValue("erasureConfirmed", true);
  }

  private ProcessInstance erase(VariableMap form) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CaseErasureProcess.KEY)
            .singleResult()
            .getId();
    return engine.getFormService().submitStartForm(definitionId, form);
  }
}

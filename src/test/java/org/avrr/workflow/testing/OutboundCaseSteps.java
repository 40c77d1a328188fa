package org.avrr.workflow.testing;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_CHECK_MIGRATION_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_SCREEN_VULNERABILITY;

import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** The common stretches of an outbound case, as counsellors work them in Tasklist. */
public final class OutboundCaseSteps {

  private final ProcessEngine engine;

  public OutboundCaseSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A counsellor submits the start form "New AVRR application". */
  public ProcessInstance register(VariableMap registration) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(OutboundReturnProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return engine.getFormService().submitStartForm(definitionId, registration);
  }

  public CaseWork work(ProcessInstance outboundCase) {
    return new CaseWork(engine, outboundCase.getBusinessKey());
  }

  /** Consent, one session, signed declaration. */
  public void completeIntake(CaseWork work) {
    work.submit(TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());
    work.submit(
        TASK_HOLD_COUNSELLING_SESSION, CaseData.counsellingSession(DECISION_READY_TO_DECLARE));
    work.submit(TASK_SIGN_RETURN_DECLARATION, CaseData.declaration(DECLARATION_SIGNED));
  }

  /** Screening without flags and the Ministry's status check (job and its continuation). */
  public void screenAndCheckStatus(CaseWork work) {
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
  }
}

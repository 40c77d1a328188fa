package org.avrr.workflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.counselling.CaseWithdrawalProcess.CASE_TO_WITHDRAW;
import static org.avrr.workflow.outbound.OutboundReturnProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.OutboundCaseSteps;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Record a withdrawal": the counsellor's action that closes an open case as withdrawn. */
@Deployment(
    resources = {
      OutboundDeployment.WITHDRAWAL,
      OutboundDeployment.OUTBOUND,
      OutboundDeployment.INTAKE,
      OutboundDeployment.ELIGIBILITY,
      OutboundDeployment.TRIAGE_TABLE,
      OutboundDeployment.ELIGIBILITY_TABLES,
      "forms/case-withdrawal.form",
      "forms/intake-registration.form",
      "forms/data-consent.form",
      "forms/counselling-session.form",
      "forms/return-declaration.form",
      "forms/first-contact-escalation.form"
    })
class CaseWithdrawalProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestEngine.extension(
          OutboundReturnProcess.KEY, IntakeCounsellingProcess.KEY, EligibilityProcess.KEY);

  ProcessEngine engine;
  private OutboundCaseSteps steps;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, new FakeMinistry());
    AbstractAssertions.init(engine);
    steps = new OutboundCaseSteps(engine);
  }

  @AfterEach
  void unwire() {
    engine.getIdentityService().clearAuthentication();
    ProcessTestEngine.reset();
  }

  @Test
  void counsellorRecordsAWithdrawalAndTheCaseClosesWithTheReasonAndWhoRecordedIt() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());
    engine.getIdentityService().setAuthenticatedUserId("counsellor");

    ProcessInstance withdrawal = recordWithdrawal(outboundCase.getBusinessKey(), "CHANGED_MIND");

    assertThat(withdrawal).isEnded();
    assertThat(withdrawal.getBusinessKey()).isEqualTo(outboundCase.getBusinessKey());
    assertThat(outboundCase).hasPassed(END_EVENT_CASE_WITHDRAWN).isEnded();
    assertThat(outboundCase)
        .variables()
        .containsEntry(WITHDRAWAL_REASON.name(), "CHANGED_MIND")
        .containsEntry(WITHDRAWAL_RECORDED_BY.name(), "counsellor")
        .containsEntry(WITHDRAWAL_DECLARED_ON.name(), CaseData.today());
  }

  @Test
  void aWithdrawalForACaseThatIsNotOpenIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> recordWithdrawal("BY-2026-999999", "CHANGED_MIND"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Case number: no open case BY-2026-999999");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseWithdrawalProcess.KEY)
                .count())
        .isZero();
  }

  @Test
  void otherAsReasonNeedsDetails() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());

    assertThatThrownBy(() -> recordWithdrawal(outboundCase.getBusinessKey(), "OTHER"))
        .hasMessageContaining("Details: is required when the reason is Other");
    assertThat(outboundCase).isActive();
  }

  private ProcessInstance recordWithdrawal(String caseNumber, String reason) {
    VariableMap form =
        Variables.createVariables()
            .putValue(CASE_TO_WITHDRAW.name(), caseNumber)
            .putValue(WITHDRAWAL_REASON.name(), reason)
            .putValue(WITHDRAWAL_DECLARED_ON.name(), CaseData.today());
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CaseWithdrawalProcess.KEY)
            .singleResult()
            .getId();
    return engine.getFormService().submitStartForm(definitionId, form);
  }
}

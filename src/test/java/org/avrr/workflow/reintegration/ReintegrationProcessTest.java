package org.avrr.workflow.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.reintegration.ReintegrationProcess.*;
import static org.avrr.workflow.testing.JsonBodies.json;
import static org.avrr.workflow.testing.ReintegrationData.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.avrr.workflow.notification.Notice;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.FakeNoticeSender;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reintegration as the field party (here IOM Iraq, for an outbound returnee), the approving party
 * (the office's case managers), finance and the case manager who closes it work it: counselling and
 * baseline survey, a plan agreed within a month, instalments, monitoring, closure.
 */
@Deployment(
    resources = {
      OutboundDeployment.REINTEGRATION,
      OutboundDeployment.GRANT_TABLES,
      OutboundDeployment.RSS_TABLES,
      "forms/reintegration-assessment.form",
      "forms/reintegration-plan.form",
      "forms/reintegration-plan-approval.form",
      "forms/reintegration-plan-resolution.form",
      "forms/instalment-payment.form",
      "forms/monitoring-visit.form",
      "forms/reintegration-closure.form",
      "forms/psychosocial-referral.form"
    })
class ReintegrationProcessTest {

  private static final String CASE = "BY-2026-000077";
  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;
  private CaseWork caseWork;
  private FakeNoticeSender mail;

  @BeforeEach
  void wire() {
    mail = new FakeNoticeSender();
    ProcessTestEngine.registerBeans(engine, new FakeMinistry(), mail);
    AbstractAssertions.init(engine);
    caseWork = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    engine.getIdentityService().clearAuthentication();
    ProcessTestEngine.reset();
  }

  // --- The whole way: plan agreed, paid in instalments, monitored, closed ---

  @Test
  void aPlanAgreedPaidAndMonitoredClosesAsCompleted() {
    ProcessInstance reintegration = start();

    assertThat(caseWork.candidateGroupOf(TASK_ASSESS_NEEDS)).isEqualTo("mission-irq");
    caseWork.submit(TASK_ASSESS_NEEDS, assessment(4));
    assertThat(reintegration)
        .variables()
        .containsEntry("rssCompositeScore", 0.75)
        .containsEntry("rssPsychosocialBand", "HIGH")
        .containsEntry("grantCeiling", 1500.0)
        .containsEntry("grantCurrency", "EUR");

    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    assertThat(reintegration)
        .variables()
        .containsEntry("planTotal", 1000.0)
        .containsEntry("planRevision", 1L)
        .containsEntry("approvalLevel", "STANDARD");
    caseWork.runJob(TASK_NOTIFY_APPROVER);
    assertThat(lastMail().id()).isEqualTo("plan-awaiting-approval");
    assertThat(lastMail().to()).containsExactly("case-managers@office.example");
    assertThat(caseWork.candidateGroupOf(TASK_APPROVE_PLAN)).isEqualTo("case-managers");

    caseWork.submit(TASK_APPROVE_PLAN, decision("APPROVE", null));
    caseWork.runJob(TASK_NOTIFY_DECISION);
    assertThat(lastMail().id()).isEqualTo("plan-decided");
    assertThat(lastMail().to()).containsExactly("avrr-mission-irq@iom.example");
    assertThat(lastMail().subject()).contains("approved");

    // The first half is due on approval; the second waits six months after arrival.
    assertThat(caseWork.candidateGroupOf(TASK_PAY_INSTALMENT)).isEqualTo("finance");
    assertThat(engine.getTaskService().getVariable(taskId(TASK_PAY_INSTALMENT), "instalmentTitle"))
        .isEqualTo("Business start-up: Sewing machine and fabric (instalment 1 of 2)");
    caseWork.submit(TASK_PAY_INSTALMENT, payment(500, "INV-2026-0141"));
    assertThat(reintegration).isWaitingAt(TIMER_EVENT_INSTALMENT_FALLS_DUE, TIMER_EVENT_VISIT_DUE);
    caseWork.runTimer(TIMER_EVENT_INSTALMENT_FALLS_DUE);
    caseWork.submit(TASK_PAY_INSTALMENT, payment(500, "INV-2026-0388"));

    // Three monitoring visits: 3, 6 and 12 months after arrival; the last takes the survey.
    for (int visit = 1; visit <= 2; visit++) {
      caseWork.runTimer(TIMER_EVENT_VISIT_DUE);
      caseWork.submit(TASK_MONITOR_RETURNEE, visit("REACHED"));
      caseWork.runJob(TASK_SEND_MONITORING_REPORT);
    }
    caseWork.runTimer(TIMER_EVENT_VISIT_DUE);
    assertThat(
            engine
                .getTaskService()
                .getVariable(taskId(TASK_MONITOR_RETURNEE), "finalMonitoringVisit"))
        .isEqualTo(true);
    caseWork.submit(TASK_MONITOR_RETURNEE, finalVisit(5, 5));
    caseWork.runJob(TASK_SEND_MONITORING_REPORT);
    caseWork.joinTracks(GATEWAY_DELIVERY_AND_MONITORING_DONE);
    assertThat(lastMail().id()).isEqualTo("monitoring-report");
    assertThat(lastMail().to()).containsExactly("case-managers@office.example");
    // The office reads it in Russian (avrr.notification.office-language): numbers as Russian
    // writes them, the bands in words.
    assertThat(lastMail().body()).contains("сводный 1,00 (высокий)").doesNotContain("HIGH");

    assertThat(reintegration)
        .hasPassed(END_EVENT_PLAN_COMPLETED)
        .variables()
        .containsEntry("closureReason", "COMPLETED")
        .containsEntry("amountDelivered", 1000.0);
    caseWork.submit(TASK_APPROVE_CLOSURE, closure("COMPLETED"));
    caseWork.runJob(TASK_NOTIFY_CLOSURE);

    assertThat(reintegration)
        .hasPassed(END_EVENT_REINTEGRATION_CLOSED)
        .isEnded()
        .variables()
        .containsEntry("reintegrationOutcome", "COMPLETED")
        .containsEntry("reintegrationClosedOn", CaseData.today())
        .containsEntry("rssCompositeScore", 1.0);
    assertThat(String.valueOf(variable(reintegration, PAYMENTS)))
        .contains("INV-2026-0141", "INV-2026-0388");
    assertThat(lastMail().id()).isEqualTo("reintegration-closed");
  }

  @Test
  void anInstalmentDueTodayIsPayableAtOnceEvenBeforeTheOfficeOpens() {
    // 00:30 in Minsk on the day the returnee arrived (21:30 UTC the day before): the first
    // instalment falls due today, so finance sees it now, due by the start of the working day.
    ZonedDateTime halfPastMidnight = LocalDate.now(MINSK).atTime(0, 30).atZone(MINSK);
    ClockUtil.setCurrentTime(Date.from(halfPastMidnight.toInstant()));
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            KEY, CASE, outboundReturnee(halfPastMidnight.toLocalDate().toString()));
    caseWork.submit(TASK_ASSESS_NEEDS, assessment(3));
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    caseWork.runJob(TASK_NOTIFY_APPROVER);
    caseWork.submit(TASK_APPROVE_PLAN, decision("APPROVE", null));
    caseWork.runJob(TASK_NOTIFY_DECISION);

    assertThat(caseWork.candidateGroupOf(TASK_PAY_INSTALMENT)).isEqualTo("finance");
    assertThat(caseWork.task(TASK_PAY_INSTALMENT).getDueDate())
        .isEqualTo(Date.from(halfPastMidnight.withHour(9).withMinute(0).toInstant()));
  }

  // --- Agreeing the plan ---

  @Test
  void aReturnedPlanGoesBackToTheDrafterWithTheComments() {
    ProcessInstance reintegration = startAtDraft();
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    caseWork.runJob(TASK_NOTIFY_APPROVER);

    caseWork.submit(TASK_APPROVE_PLAN, decision("RETURN", "Please add a supplier quotation."));
    caseWork.runJob(TASK_NOTIFY_DECISION);

    assertThat(reintegration).isWaitingAt(TASK_DRAFT_PLAN);
    assertThat(lastMail().subject()).contains("returned for amendment");
    assertThat(lastMail().body()).contains("Please add a supplier quotation.");
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    assertThat(reintegration).variables().containsEntry("planRevision", 2L);
  }

  @Test
  void aPlanReturnedMoreOftenThanAllowedGoesToCaseManagersWhoMayAskForANewPlan() {
    ProcessInstance reintegration = startAtDraft();
    for (int revision = 1;
        revision <= ProcessTestEngine.REINTEGRATION.maxPlanRevisions();
        revision++) {
      caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
      caseWork.runJob(TASK_NOTIFY_APPROVER);
      caseWork.submit(TASK_APPROVE_PLAN, decision("RETURN", "Still no quotation attached."));
      caseWork.runJob(TASK_NOTIFY_DECISION);
    }

    assertThat(reintegration).isWaitingAt(TASK_RESOLVE_PLAN);
    assertThat(caseWork.candidateGroupOf(TASK_RESOLVE_PLAN)).isEqualTo("case-managers");
    caseWork.submit(TASK_RESOLVE_PLAN, resolution("NEW_PLAN"));

    assertThat(reintegration)
        .isWaitingAt(TASK_DRAFT_PLAN)
        .variables()
        .containsEntry("planRevision", 0L);
  }

  @Test
  void aRejectedPlanThatCaseManagersEndClosesWithoutAPlan() {
    ProcessInstance reintegration = startAtDraft();
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    caseWork.runJob(TASK_NOTIFY_APPROVER);
    caseWork.submit(TASK_APPROVE_PLAN, decision("REJECT", "The returnee has left for Turkey."));
    caseWork.runJob(TASK_NOTIFY_DECISION);
    caseWork.submit(TASK_RESOLVE_PLAN, resolution("END_WITHOUT_PLAN"));

    assertThat(reintegration)
        .hasPassed(END_EVENT_NO_PLAN_AGREED)
        .isWaitingAt(TASK_APPROVE_CLOSURE)
        .variables()
        .containsEntry("closureReason", "NO_PLAN_AGREED");
  }

  @Test
  void aPlanAboveItsCeilingIsApprovedOnlyByASeniorApprover() {
    ProcessInstance reintegration = startAtDraft();
    caseWork.submit(TASK_DRAFT_PLAN, planAboveTheCeiling());
    caseWork.runJob(TASK_NOTIFY_APPROVER);
    assertThat(reintegration)
        .variables()
        .containsEntry("approvalLevel", "SENIOR")
        .containsEntry("approvalLevelReason", "The plan is above the programme's ceiling.");

    engine.getIdentityService().setAuthentication("case-manager", List.of("case-managers"));
    assertThatThrownBy(() -> caseWork.submit(TASK_APPROVE_PLAN, decision("APPROVE", null)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("this plan needs a senior approver")
        .hasMessageContaining("senior-approvers");

    engine
        .getIdentityService()
        .setAuthentication("senior-case-manager", List.of("case-managers", "senior-approvers"));
    caseWork.submit(TASK_APPROVE_PLAN, decision("APPROVE", null));
    caseWork.runJob(TASK_NOTIFY_DECISION);
    assertThat(reintegration)
        .hasPassed(END_EVENT_PLAN_APPROVED)
        .variables()
        .containsEntry("planApprovedBy", "senior-case-manager");
  }

  @Test
  void withoutAgreedPlanTheDrafterIsRemindedAndCaseManagersAlerted() {
    ProcessInstance reintegration = startAtDraft();

    caseWork.runTimer(BOUNDARY_EVENT_PLAN_REMINDER);
    caseWork.runJob(TASK_REMIND_DRAFTER);
    assertThat(lastMail().id()).isEqualTo("plan-reminder");
    assertThat(lastMail().to()).containsExactly("avrr-mission-irq@iom.example");

    caseWork.runTimer(BOUNDARY_EVENT_PLAN_OVERDUE);
    caseWork.runJob(TASK_ALERT_PLAN_OVERDUE);
    assertThat(lastMail().id()).isEqualTo("plan-overdue");
    assertThat(lastMail().to()).containsExactly("case-managers@office.example");

    assertThat(reintegration).isWaitingAt(TASK_DRAFT_PLAN);
  }

  @Test
  void aPlanWaitingForApprovalIsChasedAndStaysWithTheApprover() {
    ProcessInstance reintegration = startAtDraft();
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    caseWork.runJob(TASK_NOTIFY_APPROVER);

    caseWork.runTimer(BOUNDARY_EVENT_APPROVAL_CHASE);
    caseWork.runJob(TASK_CHASE_APPROVER);

    assertThat(lastMail().id()).isEqualTo("plan-approval-chase");
    assertThat(reintegration).isWaitingAt(TASK_APPROVE_PLAN);
  }

  // --- The receiving mission's own system submits the plan ---

  @Test
  void theFieldPartysSystemSubmitsThePlanByCallbackQuotingTheDraftsReference() {
    ProcessInstance reintegration = startAtDraft();
    assertThat(reintegration)
        .variables()
        .containsEntry("planSubmissionKey", CASE + ":Task_DraftPlan#1");

    assertThat(
            fieldSystemSubmits(
                "mission-irq",
                CASE + ":Task_DraftPlan#1",
                """
                {"components": [{"component": "VOCATIONAL_TRAINING",
                  "description": "Tailoring course, 3 months", "amount": 450,
                  "modality": "IN_KIND", "supplier": "Erbil Vocational Centre",
                  "instalments": 1, "firstDueMonths": 0}]}"""))
        .isTrue();

    assertThat(reintegration)
        .hasPassed(BOUNDARY_EVENT_PLAN_SUBMITTED_BY_FIELD_SYSTEM)
        .isWaitingAt(TASK_NOTIFY_APPROVER)
        .variables()
        .containsEntry("planTotal", 450.0)
        .containsEntry("component1", "VOCATIONAL_TRAINING")
        .containsEntry("supplier1", "Erbil Vocational Centre")
        .containsEntry("planRevision", 1L);
  }

  @Test
  void anotherMissionsSystemOrAStaleReferenceReachesNoDraft() {
    ProcessInstance reintegration = startAtDraft();
    String plan =
        """
        {"components": [{"component": "HOUSING", "description": "Rent", "amount": 200,
          "modality": "CASH", "instalments": 1, "firstDueMonths": 0}]}""";

    assertThat(callback().mayAnswerFor("mission-tur", CASE)).isFalse();
    assertThat(fieldSystemSubmits("mission-tur", CASE + ":Task_DraftPlan#1", plan)).isFalse();
    assertThat(fieldSystemSubmits("mission-irq", CASE + ":Task_DraftPlan#7", plan)).isFalse();

    assertThat(reintegration).isWaitingAt(TASK_DRAFT_PLAN);
  }

  @Test
  void aSubmittedPlanIsCheckedAsTheFormsIs() {
    startAtDraft();

    assertThatThrownBy(
            () ->
                callback()
                    .variables(
                        json(
                            """
                            {"components": [{"component": "HOUSING", "description": "Rent",
                              "amount": 200, "modality": "IN_KIND", "instalments": 1,
                              "firstDueMonths": 0}], "approved": true}""")))
        .isInstanceOf(org.avrr.workflow.callback.InvalidCallbackException.class)
        .hasMessageContaining("component 1: supplier is required")
        .hasMessageContaining("approved");
    assertThatThrownBy(() -> callback().variables(json("{}")))
        .hasMessageContaining("components is required");
  }

  private boolean fieldSystemSubmits(String mission, String requestKey, String body) {
    ReintegrationPlanCallback callback = callback();
    return org.avrr.workflow.callback.CallbackCorrelation.correlate(
        engine.getRuntimeService(),
        callback,
        mission,
        CASE,
        requestKey,
        callback.variables(json(body)));
  }

  private ReintegrationPlanCallback callback() {
    return new ReintegrationPlanCallback(
        ProcessTestEngine.MISSIONS, engine.getHistoryService(), ProcessTestEngine.REINTEGRATION);
  }

  // --- Monitoring ---

  @Test
  void aReturneeUnreachableAfterEveryAttemptIsLostToFollowUp() {
    ProcessInstance reintegration = startAtDelivery();
    caseWork.runTimer(TIMER_EVENT_VISIT_DUE);
    for (int attempt = 1; attempt < ProcessTestEngine.REINTEGRATION.contactAttempts(); attempt++) {
      caseWork.submit(TASK_MONITOR_RETURNEE, visit("NOT_REACHED"));
      caseWork.runTimer(TIMER_EVENT_TRY_AGAIN);
    }
    caseWork.submit(TASK_MONITOR_RETURNEE, visit("NOT_REACHED"));

    // Delivery stops with monitoring: nothing is paid to someone nobody can reach.
    assertThat(reintegration)
        .hasPassed(END_EVENT_LOST_TO_FOLLOW_UP)
        .isWaitingAt(TASK_APPROVE_CLOSURE)
        .variables()
        .containsEntry("closureReason", "LOST_TO_FOLLOW_UP");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(TASK_PAY_INSTALMENT)
                .count())
        .isZero();
  }

  @Test
  void aReturneeWhoMigratedAgainClosesAsRemigrated() {
    ProcessInstance reintegration = startAtDelivery();
    caseWork.runTimer(TIMER_EVENT_VISIT_DUE);
    caseWork.submit(TASK_MONITOR_RETURNEE, visit("REMIGRATED"));

    assertThat(reintegration)
        .hasPassed(END_EVENT_LEFT_THE_PROGRAMME)
        .variables()
        .containsEntry("closureReason", "REMIGRATED");
  }

  @Test
  void aCaseStillOpenWhenTheWindowElapsesGoesToClosure() {
    ProcessInstance reintegration = startAtDelivery();

    caseWork.runTimer(BOUNDARY_EVENT_WINDOW_ELAPSED);

    assertThat(reintegration)
        .isWaitingAt(TASK_APPROVE_CLOSURE)
        .variables()
        .containsEntry("closureReason", "WINDOW_ELAPSED");
  }

  @Test
  void aLowPsychosocialScoreStartsAReferralForMentalHealthAndPsychosocialSupport() {
    ProcessInstance reintegration = start();
    caseWork.submit(TASK_ASSESS_NEEDS, assessment(4, 1));

    assertThat(reintegration)
        .isWaitingAt(TASK_DRAFT_PLAN, TASK_REFER_FOR_PSYCHOSOCIAL_SUPPORT)
        .variables()
        .containsEntry("rssPsychosocialBand", "LOW")
        .containsEntry("rssPsychosocialScore", 0.0);
    caseWork.submit(
        TASK_REFER_FOR_PSYCHOSOCIAL_SUPPORT,
        org.camunda.bpm.engine.variable.Variables.createVariables()
            .putValue("mhpssReferral", "REFERRED")
            .putValue("mhpssProvider", "Erbil community mental health centre"));

    assertThat(reintegration).hasPassed(END_EVENT_REFERRED).isWaitingAt(TASK_DRAFT_PLAN);
  }

  // --- What the forms refuse ---

  @Test
  void anInKindComponentWithoutSupplierIsRefusedWithItsRow() {
    startAtDraft();

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_DRAFT_PLAN,
                    plan(
                        """
                        [{"component": "HOUSING", "description": "Rent deposit", "amount": 300,
                          "modality": "CASH", "instalments": 1, "firstDueMonths": 0},
                         {"component": "VOCATIONAL_TRAINING", "description": "Tailoring course",
                          "amount": 400, "modality": "IN_KIND", "instalments": 1,
                          "firstDueMonths": 0}]""")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Supplier (component 2): is required");
  }

  @Test
  void anInstalmentDueAfterTheAssistanceWindowIsRefused() {
    startAtDraft();

    assertThatThrownBy(
            () ->
                caseWork.submit(
                    TASK_DRAFT_PLAN,
                    plan(
                        """
                        [{"component": "EDUCATION", "description": "School fees", "amount": 900,
                          "modality": "CASH", "instalments": 3, "firstDueMonths": 4,
                          "intervalMonths": 5}]""")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(
            "Component 1: the last instalment falls due 14 months after arrival, after the"
                + " 12-month assistance window");
  }

  @Test
  void financeCannotRecordMoreThanTheInstalmentNorLessWithoutSayingWhy() {
    startAtDelivery();

    assertThatThrownBy(() -> caseWork.submit(TASK_PAY_INSTALMENT, payment(650, "INV-1")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cannot be more than the instalment (EUR 500.00)");
    assertThatThrownBy(() -> caseWork.submit(TASK_PAY_INSTALMENT, payment(450, "INV-1")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("say why less than the instalment was paid");
  }

  @Test
  void theLastVisitCannotBeRecordedWithoutTheFollowUpSurvey() {
    startAtDelivery();
    for (int visit = 1; visit <= 2; visit++) {
      caseWork.runTimer(TIMER_EVENT_VISIT_DUE);
      caseWork.submit(TASK_MONITOR_RETURNEE, visit("REACHED"));
      caseWork.runJob(TASK_SEND_MONITORING_REPORT);
    }
    caseWork.runTimer(TIMER_EVENT_VISIT_DUE);

    assertThatThrownBy(() -> caseWork.submit(TASK_MONITOR_RETURNEE, visit("REACHED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the last visit takes the follow-up survey");
  }

  @Test
  void aHouseholdOfNobodyIsRefused() {
    start();

    assertThatThrownBy(
            () -> caseWork.submit(TASK_ASSESS_NEEDS, assessment(3).putValue("householdAdults", 0)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the household includes at least the returnee");
  }

  // --- Helpers ---

  private ProcessInstance start() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(KEY, CASE, outboundReturnee(CaseData.daysAgo(2)));
  }

  private ProcessInstance startAtDraft() {
    ProcessInstance reintegration = start();
    caseWork.submit(TASK_ASSESS_NEEDS, assessment(3));
    return reintegration;
  }

  /** Plan approved; the first instalment (EUR 500) is waiting for finance. */
  private ProcessInstance startAtDelivery() {
    ProcessInstance reintegration = startAtDraft();
    caseWork.submit(TASK_DRAFT_PLAN, tailoringPlan());
    caseWork.runJob(TASK_NOTIFY_APPROVER);
    caseWork.submit(TASK_APPROVE_PLAN, decision("APPROVE", null));
    caseWork.runJob(TASK_NOTIFY_DECISION);
    return reintegration;
  }

  private static org.camunda.bpm.engine.variable.VariableMap resolution(String resolution) {
    return org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("planResolution", resolution)
        .putValue("planResolutionNotes", "Agreed with IOM Iraq after a call with the returnee.");
  }

  private String taskId(String taskDefinitionKey) {
    return caseWork.task(taskDefinitionKey).getId();
  }

  private Notice lastMail() {
    return mail.sent().get(mail.sent().size() - 1);
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }
}

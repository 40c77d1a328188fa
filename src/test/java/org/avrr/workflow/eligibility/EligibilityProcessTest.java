package org.avrr.workflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.eligibility.EligibilityProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.migration.StatusCheckRequest;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/eligibility.bpmn",
      "processes/vulnerability-triage.dmn",
      "processes/eligibility-rules.dmn",
      "forms/vulnerability-screening.form",
      "forms/best-interests-determination.form",
      "forms/trafficking-risk-assessment.form",
      "forms/medical-assessment.form",
      "forms/eligibility-review.form",
      "forms/unhcr-referral.form",
      "forms/not-eligible-notice.form"
    })
class EligibilityProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private static final String CASE = "BY-2026-000042";

  ProcessEngine engine;
  private final FakeMinistry ministry = new FakeMinistry();
  private CaseWork work;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, ministry);
    AbstractAssertions.init(engine);
    work = new CaseWork(engine, CASE);
  }

  @AfterEach
  void unwire() {
    ProcessTestEngine.reset();
  }

  @Test
  void adultWithoutVulnerabilitiesAndNothingOnRecordIsEligible() {
    ProcessInstance eligibility = start(CaseData.registration());

    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());

    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    assertThat(eligibility).isWaitingAt(TASK_CHECK_MIGRATION_STATUS);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
    work.runJob(TASK_CHECK_MIGRATION_STATUS); // the asyncAfter continuation

    assertThat(eligibility)
        .hasPassedInOrder(
            TASK_SCREEN_VULNERABILITY,
            TASK_TRIAGE_VULNERABILITY,
            TASK_CHECK_MIGRATION_STATUS,
            TASK_APPLY_ELIGIBILITY_RULES,
            END_EVENT_ELIGIBLE)
        .hasNotPassed(
            TASK_DETERMINE_BEST_INTERESTS, TASK_ASSESS_TRAFFICKING_RISK, TASK_ASSESS_MEDICAL_NEEDS)
        .isEnded();
    assertThat(eligibility)
        .variables()
        .containsEntry(ELIGIBILITY_OUTCOME.name(), "ELIGIBLE")
        .containsEntry(ELIGIBILITY_REASON_CODE.name(), "MEETS_CRITERIA")
        .containsEntry(VULNERABILITY_PRIORITY.name(), "STANDARD")
        .containsEntry(MIGRATION_LEGAL_STATUS.name(), "IRREGULAR_STAY")
        .containsEntry(STATUS_CHECK_REFERENCE.name(), "MIA-TEST-1");
  }

  @Test
  void theMinistryIsAskedOnlyWhatItNeedsWithAKeyThatSurvivesRetries() {
    start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    ministry.isDown();
    tryJob(TASK_CHECK_MIGRATION_STATUS);
    ministry.answers(FakeMinistry.clear(LegalStatus.IRREGULAR_STAY));
    work.runJob(TASK_CHECK_MIGRATION_STATUS);

    assertThat(ministry.requests()).hasSize(2);
    StatusCheckRequest first = ministry.requests().get(0);
    assertThat(first.idempotencyKey()).isEqualTo(CASE + ":" + TASK_CHECK_MIGRATION_STATUS);
    assertThat(ministry.requests().get(1)).isEqualTo(first);
    assertThat(first.surname()).isEqualTo("Ahmed");
    assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1994, 3, 14));
    assertThat(first.documentNumber()).isEqualTo("A1234567");
  }

  @Test
  void aMigrantWithoutDocumentsIsCheckedByNameAndBirthDate() {
    VariableMap noDocument = CaseData.registration();
    noDocument.putValue(IntakeCounsellingProcess.DOCUMENT_TYPE.name(), "NONE");
    noDocument.remove(IntakeCounsellingProcess.DOCUMENT_NUMBER.name());
    start(noDocument);
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);

    assertThat(ministry.requests().get(0).documentType()).isNull();
    assertThat(ministry.requests().get(0).documentNumber()).isNull();
  }

  @Test
  void unaccompaniedChildIsEligibleOnlyAfterBestInterestsDetermination() {
    ProcessInstance eligibility = start(child());

    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening(UNACCOMPANIED_OR_SEPARATED_CHILD));

    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);

    assertThat(eligibility).isWaitingAt(TASK_DETERMINE_BEST_INTERESTS);
    assertThat(eligibility)
        .variables()
        .containsEntry(VULNERABILITY_PRIORITY.name(), "HIGH")
        .containsEntry(ESCORT_RECOMMENDED.name(), true);
    work.submit(TASK_DETERMINE_BEST_INTERESTS, CaseData.bestInterests("YES"));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    passStatusCheck();
    assertThat(eligibility).hasPassed(END_EVENT_ELIGIBLE).isEnded();
  }

  @Test
  void childWhoseBestInterestsOpposeReturnIsNotEligibleAndInformed() {
    ProcessInstance eligibility = start(child());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening(UNACCOMPANIED_OR_SEPARATED_CHILD));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    work.submit(TASK_DETERMINE_BEST_INTERESTS, CaseData.bestInterests("NO"));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    passStatusCheck();

    assertThat(eligibility).isWaitingAt(TASK_INFORM_NOT_ELIGIBLE);
    work.submit(TASK_INFORM_NOT_ELIGIBLE, CaseData.notEligibleNotice());
    assertThat(eligibility).hasPassed(END_EVENT_NOT_ELIGIBLE).isEnded();
    assertThat(eligibility)
        .variables()
        .containsEntry(ELIGIBILITY_REASON_CODE.name(), "NOT_IN_CHILDS_BEST_INTERESTS")
        .containsEntry(ELIGIBILITY_REFERRAL.name(), "CHILD_PROTECTION");
  }

  @Test
  void everyFlaggedAssessmentIsDoneBeforeTheStatusCheck() {
    ProcessInstance eligibility = start(CaseData.registration());

    work.submit(
        TASK_SCREEN_VULNERABILITY, CaseData.screening(TRAFFICKING_INDICATORS, HEALTH_NEEDS));

    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);

    assertThat(eligibility).isWaitingAt(TASK_ASSESS_TRAFFICKING_RISK, TASK_ASSESS_MEDICAL_NEEDS);
    work.submit(TASK_ASSESS_TRAFFICKING_RISK, CaseData.traffickingRisk("MEDIUM"));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    assertThat(eligibility).isWaitingAt(TASK_ASSESS_MEDICAL_NEEDS);
    work.submit(TASK_ASSESS_MEDICAL_NEEDS, CaseData.medicalAssessment("FIT_WITH_ESCORT"));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    assertThat(eligibility).isWaitingAt(TASK_CHECK_MIGRATION_STATUS);
  }

  @Test
  void highTraffickingRiskIsDecidedByACaseManager() {
    ProcessInstance eligibility = start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening(TRAFFICKING_INDICATORS));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    work.submit(TASK_ASSESS_TRAFFICKING_RISK, CaseData.traffickingRisk("HIGH"));
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    passStatusCheck();

    assertThat(eligibility).isWaitingAt(TASK_REVIEW_ELIGIBILITY);
    assertThat(work.task(TASK_REVIEW_ELIGIBILITY)).hasCandidateGroup("case-managers");
  }

  @Test
  void removalOrderGoesToACaseManagerWhoMayDecideEligible() {
    ProcessInstance eligibility = start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    ministry.answersRemovalOrder();
    passStatusCheck();

    assertThat(eligibility).isWaitingAt(TASK_REVIEW_ELIGIBILITY);
    work.submit(TASK_REVIEW_ELIGIBILITY, CaseData.caseManagerDecides("ELIGIBLE"));

    assertThat(eligibility).hasPassed(END_EVENT_ELIGIBLE).isEnded();
    assertThat(eligibility)
        .variables()
        .containsEntry(ELIGIBILITY_OUTCOME.name(), "ELIGIBLE")
        .containsEntry(ELIGIBILITY_REASON_CODE.name(), "REMOVAL_ORDER")
        .containsEntry(HAS_REMOVAL_ORDER.name(), true);
  }

  @Test
  void caseManagerMayReferToUnhcrOrRefuse() {
    start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    ministry.answersRemovalOrder();
    passStatusCheck();

    assertThatThrownBy(
            () ->
                work.submit(
                    TASK_REVIEW_ELIGIBILITY,
                    CaseData.caseManagerDecides(EligibilityOutcome.CASE_MANAGER_REVIEW.name())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Decision: must be one of the listed options");

    work.submit(TASK_REVIEW_ELIGIBILITY, CaseData.caseManagerDecides("NOT_ELIGIBLE"));
    assertThat(work.task(TASK_INFORM_NOT_ELIGIBLE)).isNotNull();
  }

  @Test
  void unknownPersonAtTheMinistryGoesToACaseManager() {
    ProcessInstance eligibility = start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    ministry.knowsNobody();

    work.runJob(TASK_CHECK_MIGRATION_STATUS);

    assertThat(eligibility)
        .hasPassed(BOUNDARY_EVENT_IDENTITY_NOT_CONFIRMED)
        .hasNotPassed(TASK_APPLY_ELIGIBILITY_RULES)
        .isWaitingAt(TASK_REVIEW_ELIGIBILITY);
    assertThat(eligibility)
        .variables()
        .containsEntry(ELIGIBILITY_REASON_CODE.name(), ERROR_IDENTITY_NOT_CONFIRMED);
    work.submit(TASK_REVIEW_ELIGIBILITY, CaseData.caseManagerDecides("REFER_TO_UNHCR"));
    assertThat(eligibility).isWaitingAt(TASK_REFER_TO_UNHCR);
  }

  @Test
  void pendingAsylumClaimIsReferredToUnhcr() {
    VariableMap asylumSeeker = CaseData.registration();
    asylumSeeker.putValue(
        IntakeCounsellingProcess.IMMIGRATION_STATUS.name(), "ASYLUM_SEEKER_PENDING");
    ProcessInstance eligibility = start(asylumSeeker);
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    passStatusCheck();

    assertThat(eligibility).isWaitingAt(TASK_REFER_TO_UNHCR);
    work.submit(TASK_REFER_TO_UNHCR, CaseData.unhcrReferral());
    assertThat(eligibility).hasPassed(END_EVENT_REFERRED_TO_UNHCR).isEnded();
    assertThat(eligibility).variables().containsEntry(ELIGIBILITY_REFERRAL.name(), "UNHCR");
  }

  @Test
  void aMinistryOutageIsRetriedThenBecomesAnIncidentAndNothingIsLost() {
    ProcessInstance eligibility = start(CaseData.registration());
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    ministry.isDown();

    Job job = work.job(TASK_CHECK_MIGRATION_STATUS);
    int attempts = 0;
    while (job.getRetries() > 0) {
      tryJob(TASK_CHECK_MIGRATION_STATUS);
      attempts++;
      job = work.job(TASK_CHECK_MIGRATION_STATUS);
    }

    assertThat(attempts).isEqualTo(5); // R5/PT5M: five attempts in all, five minutes apart
    Incident incident =
        engine
            .getRuntimeService()
            .createIncidentQuery()
            .processInstanceId(eligibility.getId())
            .singleResult();
    assertThat(incident.getActivityId()).isEqualTo(TASK_CHECK_MIGRATION_STATUS);
    assertThat(incident.getIncidentMessage()).isEqualTo("connection refused (test)");

    // An operator resolves it in Cockpit once the Ministry is back: retry the job.
    ministry.answers(FakeMinistry.clear(LegalStatus.IRREGULAR_STAY));
    engine.getManagementService().setJobRetries(job.getId(), 1);
    passStatusCheck();
    assertThat(eligibility).hasPassed(END_EVENT_ELIGIBLE).isEnded();
  }

  @Test
  void screeningAnAdultAsAnUnaccompaniedChildIsRefused() {
    ProcessInstance eligibility = start(CaseData.registration());

    assertThatThrownBy(
            () ->
                work.submit(
                    TASK_SCREEN_VULNERABILITY,
                    CaseData.screening(UNACCOMPANIED_OR_SEPARATED_CHILD)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("applies only to applicants under 18");
    work.joinTracks(GATEWAY_ASSESSMENTS_DONE);
    assertThat(eligibility).isWaitingAt(TASK_SCREEN_VULNERABILITY);
  }

  private ProcessInstance start(VariableMap registration) {
    registration.putValue(OutboundReturnProcess.CASE_NUMBER.name(), CASE);
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, CASE, registration);
  }

  private static VariableMap child() {
    VariableMap child = CaseData.registration();
    child.putValue(IntakeCounsellingProcess.DATE_OF_BIRTH.name(), CaseData.yearsAgo(15));
    return child;
  }

  /** The status check job and its asyncAfter continuation, as the job executor would run them. */
  private void passStatusCheck() {
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
  }

  private void tryJob(String activityId) {
    assertThatThrownBy(() -> work.runJob(activityId))
        .isInstanceOf(AuthorityUnavailableException.class);
  }
}

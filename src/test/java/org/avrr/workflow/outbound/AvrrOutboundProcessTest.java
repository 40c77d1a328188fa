package org.avrr.workflow.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.outbound.OutboundReturnProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Year;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.testing.CaseData;
import org.avrr.workflow.testing.CaseWork;
import org.avrr.workflow.testing.FakeMinistry;
import org.avrr.workflow.testing.OutboundCaseSteps;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.PreDepartureData;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.avrr.workflow.testing.ReintegrationSteps;
import org.avrr.workflow.testing.TravelData;
import org.avrr.workflow.travel.TravelProcess;
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

/** The outbound case as a whole: registration, its stages as call activities, and withdrawal. */
@Deployment(
    resources = {
      OutboundDeployment.OUTBOUND,
      OutboundDeployment.INTAKE,
      OutboundDeployment.ELIGIBILITY,
      OutboundDeployment.TRIAGE_TABLE,
      OutboundDeployment.ELIGIBILITY_TABLES,
      OutboundDeployment.PRE_DEPARTURE,
      OutboundDeployment.TRAVEL_READINESS_TABLE,
      OutboundDeployment.TRAVEL,
      OutboundDeployment.TRAVEL_ROUTING_TABLE,
      OutboundDeployment.ARRIVAL,
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
      "forms/psychosocial-referral.form",
      "forms/intake-registration.form",
      "forms/data-consent.form",
      "forms/counselling-session.form",
      "forms/return-declaration.form",
      "forms/first-contact-escalation.form",
      "forms/vulnerability-screening.form",
      "forms/best-interests-determination.form",
      "forms/trafficking-risk-assessment.form",
      "forms/medical-assessment.form",
      "forms/eligibility-review.form",
      "forms/unhcr-referral.form",
      "forms/not-eligible-notice.form",
      "forms/travel-document-check.form",
      "forms/emergency-travel-document-request.form",
      "forms/emergency-travel-document-outcome.form",
      "forms/exit-clearance-paper-answer.form",
      "forms/fitness-to-travel.form",
      "forms/accommodation-and-pocket-money.form",
      "forms/pre-departure-review.form",
      "forms/travel-route.form",
      "forms/transit-documents.form",
      "forms/travel-booking.form",
      "forms/booking-cancellation.form",
      "forms/pre-embarkation-check.form",
      "forms/departure-confirmation.form",
      "forms/travel-review.form",
      "forms/arrival-confirmation.form",
      "forms/arrival-chase.form",
      "forms/protection-follow-up.form"
    })
class AvrrOutboundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestEngine.extension(
          IntakeCounsellingProcess.KEY,
          EligibilityProcess.KEY,
          PreDepartureProcess.KEY,
          TravelProcess.KEY,
          ArrivalProcess.KEY,
          ReintegrationProcess.KEY);

  ProcessEngine engine;
  private final FakeMinistry ministry = new FakeMinistry();
  private OutboundCaseSteps steps;

  @BeforeEach
  void wire() {
    ProcessTestEngine.registerBeans(engine, ministry);
    AbstractAssertions.init(engine);
    steps = new OutboundCaseSteps(engine);
  }

  @AfterEach
  void unwire() {
    engine.getIdentityService().clearAuthentication();
    ProcessTestEngine.reset();
  }

  @Test
  void aRegisteredApplicationGetsACaseNumberSharedByEveryStage() {
    engine.getIdentityService().setAuthenticatedUserId("counsellor");

    ProcessInstance outboundCase = steps.register(CaseData.registration());

    String expected = "BY-" + Year.now(ProcessTestEngine.OFFICE.zone()) + "-000001";
    assertThat(outboundCase.getBusinessKey()).isEqualTo(expected);
    assertThat(outboundCase)
        .isWaitingAt(CALL_ACTIVITY_INTAKE_COUNSELLING)
        .variables()
        .containsEntry(CASE_NUMBER.name(), expected)
        .containsEntry("registeredBy", "counsellor");
    ProcessInstance intake =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(outboundCase.getId())
            .singleResult();
    assertThat(intake.getBusinessKey()).isEqualTo(expected);
  }

  @Test
  void anEligibleCaseGoesThroughEveryStageToReintegrationAndClosure() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());
    CaseWork work = steps.work(outboundCase);

    steps.completeIntake(work);
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_ELIGIBILITY);
    steps.screenAndCheckStatus(work);
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_PRE_DEPARTURE);
    steps.preDeparture(work, "CLEARED");
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_TRAVEL);
    steps.travel(work);
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_ARRIVAL);
    steps.arrival(work);
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_REINTEGRATION);
    // IOM Iraq, the receiving mission, works the reintegration; the office approves the plan.
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(outboundCase.getBusinessKey())
                .taskCandidateGroup("mission-irq")
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo(ReintegrationProcess.TASK_ASSESS_NEEDS);
    ReintegrationSteps.walkToClosure(work);

    assertThat(outboundCase)
        .hasPassedInOrder(
            CALL_ACTIVITY_INTAKE_COUNSELLING,
            CALL_ACTIVITY_ELIGIBILITY,
            CALL_ACTIVITY_PRE_DEPARTURE,
            CALL_ACTIVITY_TRAVEL,
            END_EVENT_DEPARTED,
            CALL_ACTIVITY_ARRIVAL,
            CALL_ACTIVITY_REINTEGRATION,
            END_EVENT_REINTEGRATION_CLOSED)
        .isEnded();
    assertThat(outboundCase)
        .variables()
        .containsEntry(EligibilityProcess.ELIGIBILITY_OUTCOME.name(), "ELIGIBLE")
        .containsEntry(IntakeCounsellingProcess.INTAKE_OUTCOME.name(), "DECLARATION_SIGNED")
        .containsEntry(PreDepartureProcess.PRE_DEPARTURE_OUTCOME.name(), "READY_FOR_TRAVEL")
        .containsEntry(TravelProcess.TRAVEL_OUTCOME.name(), "DEPARTED")
        .containsEntry(CASE_OUTCOME.name(), "REINTEGRATION_CLOSED")
        .containsEntry(ReintegrationProcess.REINTEGRATION_OUTCOME.name(), "COMPLETED")
        .containsEntry("reintegrationProgramme", "BELARUS_AVRR")
        .containsEntry("planApprovingGroup", "case-managers");
  }

  @Test
  void anArrivalNobodyCanConfirmClosesTheCaseAsNotConfirmed() {
    ProcessInstance outboundCase = caseAtTravel();
    CaseWork work = steps.work(outboundCase);
    steps.travel(work);
    work.submit(
        ArrivalProcess.TASK_CONFIRM_ARRIVAL,
        Variables.createVariables().putValue(ArrivalProcess.ARRIVAL_REPORT.name(), "NOT_ARRIVED"));
    work.submit(
        ArrivalProcess.TASK_CHASE_ARRIVAL,
        Variables.createVariables()
            .putValue(ArrivalProcess.CHASE_OUTCOME.name(), "NOT_CONFIRMED")
            .putValue("chaseNotes", "The mission and the family have no news."));
    work.submit(
        ArrivalProcess.TASK_PROTECTION_FOLLOW_UP,
        Variables.createVariables()
            .putValue("protectionConcern", "REFERRED")
            .putValue("protectionFollowUpNotes", "Referred to the protection partner in Erbil."));
    work.joinTracks(ArrivalProcess.GATEWAY_FOLLOW_UP_DONE);

    assertThat(outboundCase)
        .hasPassed(END_EVENT_ARRIVAL_NOT_CONFIRMED)
        .isEnded()
        .variables()
        .containsEntry(CASE_OUTCOME.name(), "ARRIVAL_NOT_CONFIRMED");
  }

  @Test
  void aWithdrawalDuringTravelUndoesTheBookingBeforeTheCaseCloses() {
    ProcessInstance outboundCase = caseAtTravel();
    CaseWork work = steps.work(outboundCase);
    steps.bookDirectFlight(work);

    new OutboundCases(engine.getRuntimeService())
        .withdraw(
            outboundCase.getBusinessKey(),
            new OutboundCases.Withdrawal("CHANGED_MIND", null, CaseData.today(), "counsellor"));
    work.runJob(TravelProcess.EVENT_UNDO_ON_WITHDRAWAL);
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_TRAVEL);
    work.submit(TravelProcess.TASK_CANCEL_BOOKING, TravelData.bookingCancelled());

    assertThat(outboundCase)
        .hasPassed(END_EVENT_WITHDRAWN_DURING_TRAVEL, END_EVENT_CLOSED_BEFORE_DEPARTURE)
        .isEnded()
        .variables()
        .containsEntry(CASE_OUTCOME.name(), "WITHDRAWN")
        .containsEntry(WITHDRAWAL_REASON.name(), "CHANGED_MIND");
  }

  @Test
  void aCaseClosedAfterFailedJourneysIsClosed() {
    ProcessInstance outboundCase = caseAtTravel();
    CaseWork work = steps.work(outboundCase);
    work.submit(TravelProcess.TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    for (int booking = 1; booking <= 3; booking++) {
      if (booking > 1) {
        work.runJob(TravelProcess.EVENT_UNDO_FAILED_JOURNEY);
        work.submit(TravelProcess.TASK_CANCEL_BOOKING, TravelData.bookingCancelled());
      }
      work.submit(TravelProcess.TASK_BOOK_JOURNEY, TravelData.booking("TK38" + booking));
      work.runJob(TravelProcess.TASK_MAIL_ITINERARY);
      work.runJob(TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
      work.runJob(TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
      work.joinTracks(TravelProcess.GATEWAY_BOOKING_NOTIFIED);
      work.submit(TravelProcess.TASK_PRE_EMBARKATION_CHECK, TravelData.journeyPostponed());
    }
    work.submit(TravelProcess.TASK_REVIEW_TRAVEL, TravelData.travelReview("CLOSE_CASE"));
    work.runJob(TravelProcess.EVENT_UNDO_FOR_CLOSURE);
    work.submit(TravelProcess.TASK_CANCEL_BOOKING, TravelData.bookingCancelled());

    assertThat(outboundCase)
        .hasPassed(END_EVENT_CLOSED_AT_TRAVEL, END_EVENT_CLOSED_BEFORE_DEPARTURE)
        .isEnded()
        .variables()
        .containsEntry(CASE_OUTCOME.name(), "CLOSED_AT_TRAVEL");
  }

  private ProcessInstance caseAtTravel() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());
    CaseWork work = steps.work(outboundCase);
    steps.completeIntake(work);
    steps.screenAndCheckStatus(work);
    steps.preDeparture(work, "CLEARED");
    assertThat(outboundCase).isWaitingAt(CALL_ACTIVITY_TRAVEL);
    return outboundCase;
  }

  @Test
  void aCaseClosedAtThePreDepartureReviewIsClosed() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());
    CaseWork work = steps.work(outboundCase);
    steps.completeIntake(work);
    steps.screenAndCheckStatus(work);

    steps.preDeparture(work, "REFUSED");
    work.submit(
        PreDepartureProcess.TASK_REVIEW_PRE_DEPARTURE, PreDepartureData.review("CLOSE_CASE"));

    assertThat(outboundCase).hasPassed(END_EVENT_CLOSED_AT_PRE_DEPARTURE).isEnded();
  }

  @Test
  void caseWithoutDataConsentIsClosed() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());

    steps
        .work(outboundCase)
        .submit(IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT, CaseData.consentRefused());

    assertThat(outboundCase).hasPassed(END_EVENT_NO_DATA_CONSENT).isEnded();
  }

  @Test
  void applicantWhoDeclinesToReturnClosesTheCase() {
    ProcessInstance outboundCase = steps.register(CaseData.registration());
    CaseWork work = steps.work(outboundCase);
    work.submit(IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT, CaseData.consentGiven());

    work.submit(
        IntakeCounsellingProcess.TASK_HOLD_COUNSELLING_SESSION,
        CaseData.counsellingSession(IntakeCounsellingProcess.DECISION_DOES_NOT_WISH_TO_RETURN));

    assertThat(outboundCase).hasPassed(END_EVENT_MIGRANT_DECLINED).isEnded();
  }

  @Test
  void ineligibleCaseIsClosedWithItsReason() {
    VariableMap ownMeans = CaseData.registration();
    ownMeans.putValue(IntakeCounsellingProcess.HAS_OWN_MEANS_TO_RETURN.name(), true);
    ProcessInstance outboundCase = steps.register(ownMeans);
    CaseWork work = steps.work(outboundCase);
    steps.completeIntake(work);
    steps.screenAndCheckStatus(work);

    work.submit(EligibilityProcess.TASK_INFORM_NOT_ELIGIBLE, CaseData.notEligibleNotice());

    assertThat(outboundCase).hasPassed(END_EVENT_NOT_ELIGIBLE).isEnded();
    assertThat(outboundCase)
        .variables()
        .containsEntry(EligibilityProcess.ELIGIBILITY_REASON_CODE.name(), "HAS_MEANS_TO_RETURN");
  }

  @Test
  void asylumSeekerIsClosedAsReferredToUnhcr() {
    VariableMap asylumSeeker = CaseData.registration();
    asylumSeeker.putValue(
        IntakeCounsellingProcess.IMMIGRATION_STATUS.name(), "ASYLUM_SEEKER_PENDING");
    ProcessInstance outboundCase = steps.register(asylumSeeker);
    CaseWork work = steps.work(outboundCase);
    steps.completeIntake(work);
    steps.screenAndCheckStatus(work);

    work.submit(EligibilityProcess.TASK_REFER_TO_UNHCR, CaseData.unhcrReferral());

    assertThat(outboundCase).hasPassed(END_EVENT_REFERRED_TO_UNHCR).isEnded();
  }

  @Test
  void applicantMayWithdrawDuringAnyStageAndTheReasonIsKept() {
    ProcessInstance inIntake = steps.register(CaseData.registration());
    ProcessInstance inEligibility = steps.register(CaseData.registration());
    steps.completeIntake(steps.work(inEligibility));
    ProcessInstance inPreDeparture = steps.register(CaseData.registration());
    steps.completeIntake(steps.work(inPreDeparture));
    steps.screenAndCheckStatus(steps.work(inPreDeparture));
    assertThat(inPreDeparture).isWaitingAt(CALL_ACTIVITY_PRE_DEPARTURE);

    for (ProcessInstance outboundCase :
        new ProcessInstance[] {inIntake, inEligibility, inPreDeparture}) {
      engine
          .getRuntimeService()
          .createMessageCorrelation(MESSAGE_CASE_WITHDRAWN)
          .processInstanceBusinessKey(outboundCase.getBusinessKey())
          .setVariables(
              Variables.createVariables()
                  .putValue(WITHDRAWAL_REASON.name(), "FAMILY_REASONS")
                  .putValue(WITHDRAWAL_DECLARED_ON.name(), CaseData.today()))
          .correlate();

      assertThat(outboundCase).hasPassed(END_EVENT_CASE_WITHDRAWN).isEnded();
      assertThat(outboundCase)
          .variables()
          .containsEntry(WITHDRAWAL_REASON.name(), "FAMILY_REASONS");
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(outboundCase.getBusinessKey())
                  .count())
          .as("no stage of a withdrawn case stays open")
          .isZero();
    }
  }

  @Test
  void anIncompleteRegistrationIsRefusedWithEveryProblemAndNoCaseIsOpened() {
    VariableMap registration = CaseData.registration();
    registration.remove(IntakeCounsellingProcess.SURNAME.name());
    registration.putValue(IntakeCounsellingProcess.DATE_OF_BIRTH.name(), "2999-01-01");
    registration.putValue(IntakeCounsellingProcess.DOCUMENT_NUMBER.name(), "A1");

    assertThatThrownBy(() -> steps.register(registration))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Surname: is required")
        .hasMessageContaining("Document number: is not in the expected format");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aRegistrationCannotSetVariablesTheFormDoesNotHave() {
    VariableMap registration = CaseData.registration();
    registration.putValue(EligibilityProcess.ELIGIBILITY_OUTCOME.name(), "ELIGIBLE");

    assertThatThrownBy(() -> steps.register(registration))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("eligibilityOutcome: is not a field of this form");
  }

  @Test
  void aMigrantWithoutDocumentsNeedsNoDocumentNumber() {
    VariableMap registration = CaseData.registration();
    registration.putValue(IntakeCounsellingProcess.DOCUMENT_TYPE.name(), "NONE");
    registration.remove(IntakeCounsellingProcess.DOCUMENT_NUMBER.name());

    assertThat(steps.register(registration)).isActive();
  }

  @Test
  void aFutureDateOfBirthIsRefused() {
    VariableMap registration = CaseData.registration();
    registration.putValue(IntakeCounsellingProcess.DATE_OF_BIRTH.name(), "2999-01-01");

    assertThatThrownBy(() -> steps.register(registration))
        .hasMessageContaining("Date of birth: cannot be in the future");
  }
}

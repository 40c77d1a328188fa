package org.avrr.workflow.testing;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_CHECK_MIGRATION_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_SCREEN_VULNERABILITY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.callback.CallbackCorrelation;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.ExitClearanceCallback;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

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

  /**
   * Pre-departure with a valid passport, the mission informed and no accommodation; the Ministry
   * answers the exit clearance with {@code decision} by callback.
   */
  public void preDeparture(CaseWork work, String exitClearanceDecision) {
    work.submit(PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT, PreDepartureData.validPassport());
    work.runJob(PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    work.runJob(PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    if (!ministryDecidesExitClearance(work.caseNumber(), exitClearanceDecision)) {
      throw new AssertionError("no pre-departure of " + work.caseNumber() + " awaits the Ministry");
    }
    work.runJob(PreDepartureProcess.TASK_SEND_CASE_SUMMARY_TO_MISSION);
    work.submit(
        PreDepartureProcess.TASK_ARRANGE_ACCOMMODATION, PreDepartureData.noAccommodationNeeded());
    work.joinTracks(PreDepartureProcess.GATEWAY_TRACKS_DONE);
  }

  /** The Ministry's exit clearance callback, through the endpoint's contract and correlation. */
  public boolean ministryDecidesExitClearance(String caseNumber, String decision) {
    ExitClearanceCallback contract = new ExitClearanceCallback(ProcessTestEngine.CALENDAR);
    String requestKey = caseNumber + ":" + PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE;
    try {
      return CallbackCorrelation.correlate(
          engine.getRuntimeService(),
          contract,
          contract.party(),
          caseNumber,
          requestKey,
          contract.variables(
              new ObjectMapper()
                  .readTree(
                      PreDepartureData.exitClearanceCallback(caseNumber, requestKey, decision))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Screening without flags and the Ministry's status check (job and its continuation). */
  public void screenAndCheckStatus(CaseWork work) {
    work.submit(TASK_SCREEN_VULNERABILITY, CaseData.screening());
    work.joinTracks(EligibilityProcess.GATEWAY_ASSESSMENTS_DONE);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
    work.runJob(TASK_CHECK_MIGRATION_STATUS);
  }

  /** Travel on a direct flight from Minsk; the officer at the airport confirms the departure. */
  public void travel(CaseWork work) {
    bookDirectFlight(work);
    work.submit(TravelProcess.TASK_PRE_EMBARKATION_CHECK, TravelData.readyToBoard());
    work.submit(TravelProcess.TASK_CONFIRM_DEPARTURE, TravelData.departure("DEPARTED"));
  }

  /** Up to the pre-embarkation check: route, booking, itinerary, border notification. */
  public void bookDirectFlight(CaseWork work) {
    work.submit(TravelProcess.TASK_PLAN_ROUTE, TravelData.directRouteFromMinsk());
    work.submit(TravelProcess.TASK_BOOK_JOURNEY, TravelData.booking("TK388"));
    work.runJob(TravelProcess.TASK_MAIL_ITINERARY);
    work.runJob(TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
    work.runJob(TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
    work.joinTracks(TravelProcess.GATEWAY_BOOKING_NOTIFIED);
  }

  /** The receiving mission confirms the arrival in Tasklist. */
  public void arrival(CaseWork work) {
    work.submit(
        ArrivalProcess.TASK_CONFIRM_ARRIVAL,
        Variables.createVariables()
            .putValue(ArrivalProcess.ARRIVAL_REPORT.name(), "ARRIVED")
            .putValue(ArrivalProcess.ARRIVED_ON.name(), CaseData.today()));
  }
}

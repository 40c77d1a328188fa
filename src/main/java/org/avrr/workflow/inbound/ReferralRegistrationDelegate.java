package org.avrr.workflow.inbound;

import static org.avrr.workflow.inbound.ReferralRegistrationProcess.INBOUND_CASE_NUMBER;
import static org.avrr.workflow.inbound.ReferralRegistrationProcess.MISSION_REFERENCE;
import static org.avrr.workflow.inbound.ReferralRegistrationProcess.SENDING_MISSION_CODE;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.WithoutAuthorization;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the inbound case of a referral entered in Tasklist, through the same intake as a referral
 * posted by the mission's system. The registration takes the new case's number as its business key,
 * so the case's history shows who entered the referral. The user needs no right to start inbound
 * cases themselves: being allowed to register referrals is the gate.
 */
@Component("referralRegistrationDelegate")
public class ReferralRegistrationDelegate implements JavaDelegate {

  private final MissionDirectory missions;
  private final ReferralIntake intake;
  private final OfficeCalendar calendar;

  public ReferralRegistrationDelegate(
      MissionDirectory missions, ReferralIntake intake, OfficeCalendar calendar) {
    this.missions = missions;
    this.intake = intake;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = SENDING_MISSION_CODE.from(execution);
    IdentityProperties.Mission mission =
        missions
            .byGroup(AvrrGroups.missionGroup(code))
            .orElseThrow(() -> new ProcessEngineException("No mission " + code + " is configured"));
    Referral referral =
        ReferralForm.read(execution::getVariable, calendar.today(), calendar.todayWords());
    ReferralIntake.Outcome outcome =
        WithoutAuthorization.call(() -> intake.open(mission, referral));
    if (!outcome.created()) {
      // The form refuses a known reference; only a registration at the same moment gets here.
      throw new ProcessEngineException(
          "The referral "
              + MISSION_REFERENCE.from(execution)
              + " of "
              + mission.name()
              + " was registered at the same moment: it opened case "
              + outcome.caseNumber());
    }
    execution.setProcessBusinessKey(outcome.caseNumber());
    INBOUND_CASE_NUMBER.set(execution, outcome.caseNumber());
  }
}

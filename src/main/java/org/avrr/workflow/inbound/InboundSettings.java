package org.avrr.workflow.inbound;

import static org.avrr.workflow.inbound.InboundReturnProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Who works an inbound case and by when, for the inbound model's expressions. */
@Component("inboundSettings")
public class InboundSettings {

  private final OfficeProperties office;

  public InboundSettings(OfficeProperties office) {
    this.office = office;
  }

  /**
   * When the referral opens the case: the office's reintegration officers will counsel, draft and
   * monitor; the sending mission approves the plan and receives the reports.
   */
  public void prepare(DelegateExecution execution) {
    ReintegrationProcess.FIELD_GROUP.set(execution, AvrrGroups.REINTEGRATION_OFFICERS);
    ReintegrationProcess.APPROVING_GROUP.set(execution, SENDING_MISSION_GROUP.from(execution));
  }

  /** The reception is ready the morning before the flight lands. */
  public Date receptionDue(VariableScope scope) {
    return at(LocalDate.parse(ARRIVAL_DATE.from(scope)).minusDays(1), LocalTime.of(9, 0));
  }

  /** The sending mission confirms the departure by the morning after the flight left. */
  public Date departureDue(VariableScope scope) {
    return at(LocalDate.parse(DEPARTURE_DATE.from(scope)).plusDays(1), LocalTime.of(9, 0));
  }

  /** The officer at the airport records the arrival within three hours of the landing. */
  public Date arrivalDue(VariableScope scope) {
    return at(
        LocalDate.parse(ARRIVAL_DATE.from(scope)),
        LocalTime.parse(ARRIVAL_TIME.from(scope)).plusHours(3));
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(office.zone()).toInstant());
  }
}

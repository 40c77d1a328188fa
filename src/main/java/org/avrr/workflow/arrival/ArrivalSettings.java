package org.avrr.workflow.arrival;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;
import static org.avrr.workflow.travel.TravelProcess.ARRIVAL_DATE;
import static org.avrr.workflow.travel.TravelProcess.ARRIVAL_TIME;
import static org.avrr.workflow.travel.TravelProcess.BOOKING_ATTEMPT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Who confirms an arrival and by when, for the arrival model's expressions. */
@Component("arrivalSettings")
public class ArrivalSettings {

  /** Where no IOM mission is configured for the country, the office confirms by phone. */
  static final String FALLBACK_GROUP = "movement-officers";

  private final ArrivalProperties properties;
  private final OfficeProperties office;
  private final MissionDirectory missions;

  public ArrivalSettings(
      ArrivalProperties properties, OfficeProperties office, MissionDirectory missions) {
    this.properties = properties;
    this.office = office;
    this.missions = missions;
  }

  /** The Tasklist group of the mission in the country of return. */
  public String confirmingGroup(VariableScope scope) {
    return missions
        .inCountry(COUNTRY_OF_RETURN.from(scope))
        .map(mission -> AvrrGroups.missionGroup(mission.code()))
        .orElse(FALLBACK_GROUP);
  }

  /**
   * The arrival confirmation reference of the journey being booked (travel sets it with the booking
   * and mails it with the itinerary): the case, the step and the booking, e.g. {@code
   * BY-2026-000001:Task_ConfirmArrival#2}.
   */
  public String confirmationKey(DelegateExecution execution) {
    return IdempotencyKey.of(
        execution.getProcessBusinessKey(),
        ArrivalProcess.TASK_CONFIRM_ARRIVAL,
        BOOKING_ATTEMPT.from(execution));
  }

  /**
   * The scheduled arrival plus the confirmation window. The booking records the local time at the
   * destination without its zone; reading it in the office's zone errs by the time difference at
   * most (a few hours of a 72-hour window).
   */
  public Date confirmationDue(VariableScope scope) {
    return Date.from(
        LocalDate.parse(ARRIVAL_DATE.from(scope))
            .atTime(LocalTime.parse(ARRIVAL_TIME.from(scope)))
            .atZone(office.zone())
            .plus(properties.confirmationWindow())
            .toInstant());
  }
}

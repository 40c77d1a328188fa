package org.avrr.workflow.arrival;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/**
 * What a receiving mission's own case system posts to {@code /api/callbacks/mission-<code>/arrival}
 * instead of completing "Confirm the arrival" in Tasklist: the same answer as the task's form
 * (docs/api/avrr-callbacks.openapi.yaml).
 *
 * @param requestKey the arrival confirmation reference of the itinerary the mission was mailed
 * @param arrivedOn the local date of arrival; required when the migrant arrived, absent otherwise
 * @param receptionNotes who met the migrant, onward transport, immediate needs (optional)
 */
public record MissionArrivalReport(
    String caseNumber,
    String requestKey,
    Outcome outcome,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate arrivedOn,
    String receptionNotes) {

  /** As the task's form offers it: the values of {@link ArrivalProcess#ARRIVAL_REPORT}. */
  public enum Outcome {
    ARRIVED,
    NOT_ARRIVED
  }
}

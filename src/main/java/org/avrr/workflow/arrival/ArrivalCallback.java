package org.avrr.workflow.arrival;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVAL_CONFIRMATION_KEY;
import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVAL_CONFIRMING_GROUP;
import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVAL_REPORT;
import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;
import static org.avrr.workflow.arrival.ArrivalProcess.MESSAGE_ARRIVAL_REPORTED;
import static org.avrr.workflow.arrival.ArrivalProcess.RECEPTION_NOTES;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.arrival.MissionArrivalReport.Outcome;
import org.avrr.workflow.callback.CallbackFields;
import org.avrr.workflow.callback.RecordCallbackContract;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties.Mission;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * A receiving mission's system reports the arrival ({@link MissionArrivalReport}) to {@code
 * /api/callbacks/mission-<code>/arrival}, answering "Confirm the arrival" as the mission's staff
 * would in Tasklist. Every configured mission is a caller of its own (credentials {@code
 * avrr.callbacks.clients.mission-<code>}), and a mission answers only for the cases returning to
 * its country: another mission is refused before anything is stored, and the waiting arrival takes
 * the answer only from the group it was given to ({@link ArrivalProcess#ARRIVAL_CONFIRMING_GROUP}).
 */
@Component
public class ArrivalCallback extends RecordCallbackContract {

  public static final String PARTY_PATTERN = AvrrGroups.missionGroup("<code>");
  public static final String KIND = "arrival";

  static final int MAX_NOTES_LENGTH = 2000;

  private final MissionDirectory missions;
  private final HistoryService history;
  private final OfficeCalendar calendar;

  public ArrivalCallback(
      MissionDirectory missions, HistoryService history, OfficeCalendar calendar) {
    super(
        PARTY_PATTERN,
        KIND,
        MESSAGE_ARRIVAL_REPORTED,
        ARRIVAL_CONFIRMATION_KEY.name(),
        MissionArrivalReport.class);
    this.missions = missions;
    this.history = history;
    this.calendar = calendar;
  }

  @Override
  public boolean sentBy(String caller) {
    return mission(caller).isPresent();
  }

  /** Only the mission in the case's country of return; any other caller learns nothing more. */
  @Override
  public boolean mayAnswerFor(String caller, String caseNumber) {
    return mission(caller)
        .map(
            mission ->
                history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .variableValueEquals(COUNTRY_OF_RETURN.name(), mission.country())
                        .count()
                    > 0)
        .orElse(false);
  }

  @Override
  public Optional<String> callerVariable() {
    return Optional.of(ARRIVAL_CONFIRMING_GROUP.name());
  }

  @Override
  public Map<String, Object> variables(JsonNode body) {
    CallbackFields fields = fieldsOf(body);
    Outcome outcome = fields.oneOf("outcome", Outcome.class);
    LocalDate arrivedOn = fields.optionalDate("arrivedOn");
    String notes = fields.optionalText("receptionNotes", MAX_NOTES_LENGTH);
    if (outcome == Outcome.ARRIVED && arrivedOn == null && !body.hasNonNull("arrivedOn")) {
      fields.problem("arrivedOn is required when the outcome is ARRIVED");
    }
    if (outcome == Outcome.NOT_ARRIVED && body.hasNonNull("arrivedOn")) {
      fields.problem("arrivedOn is only allowed when the outcome is ARRIVED");
    }
    // A day's grace: the mission dates the arrival in its own time zone, ahead of Minsk's.
    if (arrivedOn != null && arrivedOn.isAfter(calendar.today().plusDays(1))) {
      fields.problem("arrivedOn cannot be in the future (" + calendar.todayNote() + ")");
    }
    fields.check();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ARRIVAL_REPORT.name(), outcome.name());
    if (arrivedOn != null) {
      variables.put(ARRIVED_ON.name(), arrivedOn.toString());
    }
    if (notes != null) {
      variables.put(RECEPTION_NOTES.name(), notes);
    }
    return variables;
  }

  private Optional<Mission> mission(String caller) {
    return missions.all().stream()
        .filter(mission -> AvrrGroups.missionGroup(mission.code()).equals(caller))
        .findFirst();
  }
}

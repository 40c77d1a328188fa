package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.CONFIRMED_BY_BORDER_AUTHORITY;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_CONFIRMED_BY;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_NOTIFICATION_KEY;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_OUTCOME;
import static org.avrr.workflow.travel.TravelProcess.EXIT_CONTROL_REFERENCE;
import static org.avrr.workflow.travel.TravelProcess.EXIT_RECORDED_ON;
import static org.avrr.workflow.travel.TravelProcess.MESSAGE_EXIT_CONTROL_REPORTED;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureRecord;
import org.avrr.workflow.authority.border.BorderCrossing.Outcome;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.callback.CallbackFields;
import org.avrr.workflow.callback.RecordCallbackContract;
import org.avrr.workflow.common.OfficeCalendar;
import org.springframework.stereotype.Component;

/**
 * The State Border Committee's report of exit control ({@link DepartureRecord}), posted to {@code
 * /api/callbacks/border-authority/departure}. It answers the officer's "Confirm the departure"
 * task: an exit recorded is a departure; a refused exit is a denied boarding; a migrant who never
 * presented is a no-show.
 */
@Component
public class ExitControlCallback extends RecordCallbackContract {

  public static final String PARTY = "border-authority";
  public static final String KIND = "departure";

  private final OfficeCalendar calendar;

  public ExitControlCallback(OfficeCalendar calendar) {
    super(
        PARTY,
        KIND,
        MESSAGE_EXIT_CONTROL_REPORTED,
        DEPARTURE_NOTIFICATION_KEY.name(),
        DepartureRecord.class);
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> variables(JsonNode body) {
    CallbackFields fields = fieldsOf(body);
    String reference = fields.text("reference", 64);
    Outcome outcome = fields.oneOf("outcome", Outcome.class);
    fields.optionalOneOf("crossingPoint", CrossingPoint.class);
    Instant recordedAt = fields.instant("recordedAt");
    if (recordedAt != null && recordedAt.isAfter(Instant.now().plusSeconds(300))) {
      fields.problem("recordedAt cannot be in the future");
    }
    fields.check();
    Map<String, Object> variables = new HashMap<>();
    variables.put(DEPARTURE_OUTCOME.name(), departureOutcome(outcome));
    variables.put(DEPARTURE_CONFIRMED_BY.name(), CONFIRMED_BY_BORDER_AUTHORITY);
    variables.put(EXIT_CONTROL_REFERENCE.name(), reference);
    variables.put(EXIT_RECORDED_ON.name(), calendar.dateOf(recordedAt).toString());
    return variables;
  }

  private static String departureOutcome(Outcome outcome) {
    return switch (outcome) {
      case EXIT_RECORDED -> "DEPARTED";
      case EXIT_REFUSED -> "BOARDING_DENIED";
      case NOT_PRESENTED -> "NO_SHOW";
    };
  }
}

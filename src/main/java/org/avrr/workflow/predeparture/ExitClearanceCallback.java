package org.avrr.workflow.predeparture;

import static org.avrr.workflow.predeparture.PreDepartureProcess.ANSWERED_BY_MINISTRY_CALLBACK;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_ANSWERED_BY;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_DECIDED_ON;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_DECISION;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_REFERENCE;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_REFUSAL_REASON;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_REQUEST_KEY;
import static org.avrr.workflow.predeparture.PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.avrr.workflow.authority.migration.ExitClearance.Decision;
import org.avrr.workflow.authority.migration.ExitClearance.RefusalReason;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceDecision;
import org.avrr.workflow.callback.CallbackFields;
import org.avrr.workflow.callback.RecordCallbackContract;
import org.avrr.workflow.common.OfficeCalendar;
import org.springframework.stereotype.Component;

/**
 * The Ministry's exit clearance decision ({@link ExitClearanceDecision}), posted to {@code
 * /api/callbacks/migration-authority/exit-clearance}. It ends the wait in pre-departure, or the
 * officer's paper-answer task if that is open by then.
 */
@Component
public class ExitClearanceCallback extends RecordCallbackContract {

  public static final String PARTY = "migration-authority";
  public static final String KIND = "exit-clearance";

  private final OfficeCalendar calendar;

  public ExitClearanceCallback(OfficeCalendar calendar) {
    super(
        PARTY,
        KIND,
        MESSAGE_EXIT_CLEARANCE_ANSWERED,
        EXIT_CLEARANCE_REQUEST_KEY.name(),
        ExitClearanceDecision.class);
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> variables(JsonNode body) {
    CallbackFields fields = fieldsOf(body);
    String reference = fields.text("reference", 64);
    Decision decision = fields.oneOf("decision", Decision.class);
    RefusalReason reason = fields.optionalOneOf("refusalReason", RefusalReason.class);
    Instant decidedAt = fields.instant("decidedAt");
    if (decision == Decision.REFUSED && reason == null && !body.hasNonNull("refusalReason")) {
      fields.problem("refusalReason is required when the decision is REFUSED");
    }
    if (decision == Decision.CLEARED && body.hasNonNull("refusalReason")) {
      fields.problem("refusalReason is only allowed when the decision is REFUSED");
    }
    if (decidedAt != null && decidedAt.isAfter(Instant.now().plusSeconds(300))) {
      fields.problem("decidedAt cannot be in the future");
    }
    fields.check();
    Map<String, Object> variables = new HashMap<>();
    variables.put(EXIT_CLEARANCE_DECISION.name(), decision.name());
    if (reason != null) {
      variables.put(EXIT_CLEARANCE_REFUSAL_REASON.name(), reason.name());
    }
    variables.put(EXIT_CLEARANCE_REFERENCE.name(), reference);
    variables.put(EXIT_CLEARANCE_DECIDED_ON.name(), calendar.dateOf(decidedAt).toString());
    variables.put(EXIT_CLEARANCE_ANSWERED_BY.name(), ANSWERED_BY_MINISTRY_CALLBACK);
    return variables;
  }
}

package org.avrr.workflow.reintegration;

import static org.avrr.workflow.reintegration.ReintegrationProcess.FIELD_GROUP;
import static org.avrr.workflow.reintegration.ReintegrationProcess.MESSAGE_PLAN_SUBMITTED;
import static org.avrr.workflow.reintegration.ReintegrationProcess.PLAN_COMPONENTS;
import static org.avrr.workflow.reintegration.ReintegrationProcess.PLAN_SUBMISSION_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.callback.CallbackFields;
import org.avrr.workflow.callback.RecordCallbackContract;
import org.avrr.workflow.forms.FormValues;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.MissionDirectory;
import org.avrr.workflow.reintegration.ReintegrationPlan.InvalidPlanException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * The field party's own case system submits the reintegration plan ({@link MissionPlanSubmission}),
 * answering "Draft the reintegration plan" as its staff would in Tasklist: a receiving mission
 * abroad for an outbound case. A mission submits only for the cases whose plan it drafts; the
 * waiting draft takes the plan only from its field party ({@link
 * ReintegrationProcess#FIELD_GROUP}). The components are checked as the plan form's are.
 */
@Component
public class ReintegrationPlanCallback extends RecordCallbackContract {

  public static final String PARTY_PATTERN = AvrrGroups.missionGroup("<code>");
  public static final String KIND = "reintegration-plan";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MissionDirectory missions;
  private final HistoryService history;
  private final ReintegrationProperties properties;

  public ReintegrationPlanCallback(
      MissionDirectory missions, HistoryService history, ReintegrationProperties properties) {
    super(
        PARTY_PATTERN,
        KIND,
        MESSAGE_PLAN_SUBMITTED,
        PLAN_SUBMISSION_KEY.name(),
        MissionPlanSubmission.class);
    this.missions = missions;
    this.history = history;
    this.properties = properties;
  }

  @Override
  public boolean sentBy(String caller) {
    return missions.byGroup(caller).isPresent();
  }

  /** Only the mission that drafts this case's plan; any other caller learns nothing more. */
  @Override
  public boolean mayAnswerFor(String caller, String caseNumber) {
    return sentBy(caller)
        && history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .variableValueEquals(FIELD_GROUP.name(), caller)
                .count()
            > 0;
  }

  @Override
  public Optional<String> callerVariable() {
    return Optional.of(FIELD_GROUP.name());
  }

  /**
   * The components as the plan form's numbered fields (so a plan returned for amendment shows in
   * Tasklist as submitted) and as the plan's JSON; the case's currency is applied when recorded.
   */
  @Override
  public Map<String, Object> variables(JsonNode body) {
    CallbackFields fields = fieldsOf(body);
    JsonNode components = body.get("components");
    ReintegrationPlan plan = null;
    if (components == null || components.isNull()) {
      fields.problem("components is required");
    } else {
      try {
        plan =
            ReintegrationPlan.read(
                FormValues.rows(components.toString()), "EUR", properties.assistanceWindowMonths());
      } catch (InvalidPlanException e) {
        e.problems().forEach(problem -> fields.problem(problem.toString()));
      }
    }
    fields.check();
    Map<String, Object> variables = new HashMap<>(plan.slotVariables());
    List<Map<String, Object>> rows = plan.rows();
    variables.put(PLAN_COMPONENTS, JSON.valueToTree(rows).toString());
    return variables;
  }
}

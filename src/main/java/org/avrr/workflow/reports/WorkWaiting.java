package org.avrr.workflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work waiting now: open tasks per group and task, how many are overdue and since when the oldest
 * waits; incidents per step. Counted in the engine's runtime tables directly (one grouped query
 * each, not a task list: an office has thousands of open tasks), with the steps' names from the
 * models — never the tasks' own names, which carry the person's name.
 */
@Component
class WorkWaiting {

  /** Open tasks offered to one group at one step of the models. */
  record Queue(
      String group,
      String process,
      String taskKey,
      String task,
      long open,
      long overdue,
      Instant oldestCreated) {}

  /** Incidents at one step: background work out of retries, waiting for an operator. */
  record Incidents(String process, String activity, String step, long incidents, Instant oldest) {}

  record Work(Instant asOf, List<Queue> queues, List<Incidents> incidents) {}

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

  WorkWaiting(JdbcTemplate jdbc, RepositoryService repository) {
    this.jdbc = jdbc;
    this.repository = repository;
  }

  Work now(Instant now) {
    List<Queue> queues =
        jdbc.query(
            "SELECT l.GROUP_ID_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, COUNT(*) AS open_tasks,"
                + " SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS overdue,"
                + " MIN(t.CREATE_TIME_) AS oldest"
                + " FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_"
                + " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL"
                + " GROUP BY l.GROUP_ID_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_"
                + " ORDER BY MIN(t.CREATE_TIME_)",
            (row, i) ->
                new Queue(
                    row.getString(1),
                    processKey(row.getString(2)),
                    row.getString(3),
                    stepName(row.getString(2), row.getString(3)),
                    row.getLong(4),
                    row.getLong(5),
                    instant(row.getTimestamp(6))),
            Timestamp.from(now));
    List<Incidents> incidents =
        jdbc.query(
            "SELECT i.PROC_DEF_ID_, i.ACTIVITY_ID_, COUNT(*), MIN(i.INCIDENT_TIMESTAMP_)"
                + " FROM ACT_RU_INCIDENT i GROUP BY i.PROC_DEF_ID_, i.ACTIVITY_ID_"
                + " ORDER BY MIN(i.INCIDENT_TIMESTAMP_)",
            (row, i) ->
                new Incidents(
                    processKey(row.getString(1)),
                    row.getString(2),
                    stepName(row.getString(1), row.getString(2)),
                    row.getLong(3),
                    instant(row.getTimestamp(4))));
    return new Work(now, queues, incidents);
  }

  private String processKey(String definitionId) {
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }

  /** The step's name in its model, e.g. "Make first contact and record data consent". */
  private String stepName(String definitionId, String activityId) {
    if (definitionId == null || activityId == null) {
      return activityId;
    }
    BpmnModelInstance model =
        models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
    ModelElementInstance step = model == null ? null : model.getModelElementById(activityId);
    String name = step == null ? null : step.getAttributeValue("name");
    return name == null ? activityId : name;
  }

  private static Instant instant(Timestamp time) {
    return time == null ? null : time.toInstant();
  }
}

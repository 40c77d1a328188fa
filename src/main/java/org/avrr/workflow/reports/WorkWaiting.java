package org.avrr.workflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.avrr.workflow.common.WithoutAuthorization;
import org.avrr.workflow.i18n.ProcessCatalogue;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
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

  /**
   * Open tasks offered to one group at one step of the models: the group, process and task by their
   * ids, and by their names in the reader's language.
   */
  record Queue(
      String group,
      String groupName,
      String process,
      String processName,
      String taskKey,
      String task,
      long open,
      long overdue,
      Instant oldestCreated) {}

  /** Incidents at one step: background work out of retries, waiting for an operator. */
  record Incidents(
      String process,
      String processName,
      String activity,
      String step,
      long incidents,
      Instant oldest) {}

  record Work(Instant asOf, List<Queue> queues, List<Incidents> incidents) {}

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ProcessCatalogue catalogue;
  private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

  WorkWaiting(JdbcTemplate jdbc, ProcessEngine engine, ProcessCatalogue catalogue) {
    this.jdbc = jdbc;
    this.repository = engine.getRepositoryService();
    this.identity = engine.getIdentityService();
    this.catalogue = catalogue;
  }

  /** The work waiting at {@code now}, its groups, processes and steps named in {@code language}. */
  Work now(Instant now, String language) {
    Map<String, String> groupNames = new java.util.HashMap<>();
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
                    groupNames.computeIfAbsent(
                        row.getString(1), group -> groupName(group, language)),
                    processKey(row.getString(2)),
                    processName(row.getString(2), language),
                    row.getString(3),
                    stepName(row.getString(2), row.getString(3), language),
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
                    processName(row.getString(1), language),
                    row.getString(2),
                    stepName(row.getString(1), row.getString(2), language),
                    row.getLong(3),
                    instant(row.getTimestamp(4))));
    return new Work(now, queues, incidents);
  }

  private String processKey(String definitionId) {
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }

  /**
   * A group's name in {@code language}: the catalogue's (an office group's, or a mission's as
   * configured), else the group's own.
   */
  private String groupName(String groupId, String language) {
    return catalogue
        .groupName(groupId, language)
        .orElseGet(
            () -> {
              // The office's groups are for every reader of the reports to see named (no engine
              // user is authenticated on this thread; this holds should one ever be).
              Group group =
                  WithoutAuthorization.call(
                      () -> identity.createGroupQuery().groupId(groupId).singleResult());
              return group == null || group.getName() == null ? groupId : group.getName();
            });
  }

  private String processName(String definitionId, String language) {
    String key = processKey(definitionId);
    return key == null
        ? null
        : catalogue.processName(key, language).orElseGet(() -> nameInModel(definitionId, key));
  }

  /**
   * The step's name in {@code language}, e.g. "Make first contact and record data consent": the
   * catalogue's, else the model's.
   */
  private String stepName(String definitionId, String activityId, String language) {
    if (definitionId == null || activityId == null) {
      return activityId;
    }
    return catalogue
        .stepName(processKey(definitionId), activityId, language)
        .orElseGet(() -> nameInModel(definitionId, activityId));
  }

  /** An element's name in the model as deployed (English), else its id. */
  private String nameInModel(String definitionId, String activityId) {
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

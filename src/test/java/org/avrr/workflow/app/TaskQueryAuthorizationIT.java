package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.tasklist.TaskListLabels;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's lists use our task and variable queries, whose authorization checks are EXISTS lookups
 * instead of the engine's joins and whose candidate criteria look up identity links instead of
 * joining them (TaskQueryAuthorization, VariableQueryAuthorization): every user must see exactly
 * what the engine's own queries show them — a mission its own cases' tasks, an officer their
 * groups', an administrator all — in every shared filter, listed and counted, in the other task
 * criteria that touch identity links, and in the variables a page shows.
 */
class TaskQueryAuthorizationIT extends CaseApiIT {

  private static final List<String> USERS =
      List.of(
          "counsellor",
          "movement-officer",
          "mission-deu",
          "mission-irq",
          "case-manager",
          "manager",
          "admin");

  @Test
  void everyUserSeesExactlyTheTasksTheEnginesOwnQueryShowsThem() {
    List<String> cases = new java.util.ArrayList<>();
    try {
      compareForEveryUser(cases);
    } finally {
      // Other ITs of this context count IOM Germany's and the counsellors' tasks.
      for (String caseNumber : cases) {
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKeyIn(OutboundReturnProcess.KEY, InboundReturnProcess.KEY)
            .list()
            .forEach(
                instance ->
                    engine
                        .getRuntimeService()
                        .deleteProcessInstance(instance.getId(), "test ended"));
      }
    }
  }

  private void compareForEveryUser(List<String> cases) {
    cases.add(startCase("Q1234567"));
    cases.add(startCase("Q1234568"));
    String inbound = referInbound("mission-deu", "DEU-AUTH-" + System.nanoTime());
    cases.add(inbound);
    submit(
        taskOf(inbound, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION),
        "movement-officer",
        Map.of(
            "meetAndGreetArranged", value(true, "Boolean"),
            "onwardTransportArranged", value("Train to Hrodna.", "String")));
    cases.add(referInbound("mission-deu", "DEU-AUTH-" + System.nanoTime()));

    List<Filter> filters = engine.getFilterService().createTaskFilterQuery().list();
    assertThat(filters).isNotEmpty();
    int compared = 0;
    for (String user : USERS) {
      List<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId)
              .toList();
      engine.getIdentityService().setAuthentication(user, groups);
      try {
        assertSame(
            user + ": all tasks",
            () -> ids(engine.getTaskService().createTaskQuery().listPage(0, 2000)));
        assertSame(
            user + ": count",
            () -> List.of(Long.toString(engine.getTaskService().createTaskQuery().count())));
        for (Filter filter : filters) {
          assertSame(
              user + ": " + filter.getName(),
              () -> ids(engine.getFilterService().listPage(filter.getId(), 0, 2000)));
          assertSame(
              user + ": " + filter.getName() + " count",
              () -> List.of(Long.toString(engine.getFilterService().count(filter.getId()))));
          compared++;
        }
        for (Map.Entry<String, Supplier<TaskQuery>> criteria :
            identityLinkCriteria(user).entrySet()) {
          assertSame(
              user + ": " + criteria.getKey(),
              () -> ids(criteria.getValue().get().listPage(0, 2000)));
          assertSame(
              user + ": " + criteria.getKey() + " count",
              () -> List.of(Long.toString(criteria.getValue().get().count())));
        }
        assertSame(user + ": the list variables of their tasks", () -> listVariables());
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    assertThat(compared).isEqualTo(USERS.size() * filters.size());
    // The mission sees its own case's task and nothing of the counsellors'.
    engine.getIdentityService().setAuthentication("mission-deu", List.of("mission-deu"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().listPage(0, 2000))
          .isNotEmpty()
          .allSatisfy(
              task ->
                  assertThat(task.getTaskDefinitionKey())
                      .isEqualTo(InboundReturnProcess.TASK_CONFIRM_DEPARTURE));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Task criteria that the identity-link rewrite changes or must leave to the engine: candidate
   * users and groups, with and without candidates, the involved user (left to the engine's join),
   * OR queries, ordering by a variable (also left to the engine).
   */
  private Map<String, Supplier<TaskQuery>> identityLinkCriteria(String user) {
    TaskService tasks = engine.getTaskService();
    Map<String, Supplier<TaskQuery>> criteria = new java.util.LinkedHashMap<>();
    criteria.put("candidate user", () -> tasks.createTaskQuery().taskCandidateUser(user));
    criteria.put(
        "candidate user, assigned too",
        () -> tasks.createTaskQuery().taskCandidateUser(user).includeAssignedTasks());
    criteria.put(
        "candidate group counsellors",
        () -> tasks.createTaskQuery().taskCandidateGroup("counsellors"));
    criteria.put(
        "candidate group like mission",
        () -> tasks.createTaskQuery().taskCandidateGroupLike("mission-%"));
    criteria.put("with candidate groups", () -> tasks.createTaskQuery().withCandidateGroups());
    criteria.put(
        "without candidate groups", () -> tasks.createTaskQuery().withoutCandidateGroups());
    criteria.put("involved user", () -> tasks.createTaskQuery().taskInvolvedUser(user));
    criteria.put(
        "involved user and candidate group",
        () ->
            tasks
                .createTaskQuery()
                .taskInvolvedUser(user)
                .taskCandidateGroup("movement-officers")
                .includeAssignedTasks());
    criteria.put(
        "candidate group or assignee",
        () ->
            tasks
                .createTaskQuery()
                .or()
                .taskCandidateGroup("mission-deu")
                .taskAssignee(user)
                .endOr());
    criteria.put(
        "candidate group, newest first",
        () ->
            tasks
                .createTaskQuery()
                .taskCandidateGroupIn(List.of("counsellors", "movement-officers", "mission-deu"))
                .includeAssignedTasks()
                .orderByTaskCreateTime()
                .desc());
    criteria.put(
        "candidate group, by a variable",
        () ->
            tasks
                .createTaskQuery()
                .taskCandidateGroupIn(List.of("counsellors", "movement-officers", "mission-deu"))
                .orderByProcessVariable("surname", ValueType.STRING)
                .asc());
    return criteria;
  }

  /** As Tasklist asks them for a page: the list variables of the user's tasks and their cases. */
  private List<String> listVariables() {
    List<String> scopes = new java.util.ArrayList<>();
    for (Task task : engine.getTaskService().createTaskQuery().listPage(0, 200)) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
    }
    if (scopes.isEmpty()) {
      return List.of();
    }
    return engine
        .getRuntimeService()
        .createVariableInstanceQuery()
        .disableBinaryFetching()
        .disableCustomObjectDeserialization()
        .variableNameIn(TaskListLabels.CASE_LABEL, TaskListLabels.PERSON_LABEL, "surname")
        .variableScopeIdIn(scopes.toArray(new String[0]))
        .listPage(0, 2000)
        .stream()
        .map(variable -> variable.getId() + "=" + variable.getValue())
        .toList();
  }

  /** The same answer with our statements and with the engine's own. */
  private void assertSame(String what, Supplier<List<String>> query) {
    List<String> ours = query.get();
    List<String> engines = withEnginesOwnTaskQuery(query);
    assertThat(ours).as(what).containsExactlyInAnyOrderElementsOf(engines);
  }

  private List<String> withEnginesOwnTaskQuery(Supplier<List<String>> query) {
    DbSqlSessionFactory sessions =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    List<String> replaced =
        List.of(
            "selectTaskByQueryCriteria",
            "selectTaskCountByQueryCriteria",
            "selectVariableInstanceByQueryCriteria",
            "selectVariableInstanceCountByQueryCriteria");
    assertThat(ours).containsKeys(replaced.toArray(new String[0]));
    Map<String, String> engines = new HashMap<>(ours);
    replaced.forEach(engines::remove);
    sessions.setStatementMappings(engines);
    try {
      return query.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  private static List<String> ids(List<?> tasks) {
    return tasks.stream().map(task -> ((Task) task).getId()).toList();
  }
}

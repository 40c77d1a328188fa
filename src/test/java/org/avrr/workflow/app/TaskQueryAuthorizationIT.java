package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's lists use our task query, whose authorization check is an EXISTS per task instead of
 * the engine's join (TaskQueryAuthorization): every user must see exactly the tasks the engine's
 * own query shows them — a mission its own cases' tasks, an officer their groups', an administrator
 * all — in every shared filter, listed and counted.
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
    assertThat(ours).containsKeys("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");
    Map<String, String> engines = new HashMap<>(ours);
    engines.remove("selectTaskByQueryCriteria");
    engines.remove("selectTaskCountByQueryCriteria");
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

package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.tasklist.TaskListLabels;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The shared Tasklist filters every user finds on the left of Tasklist: each shows the case number
 * and the person's name in the list, and each runs for its users.
 */
class TasklistFiltersIT extends CaseApiIT {

  @Test
  void everyUserHasTheSharedFiltersShowingTheCaseAndTheName() {
    String caseNumber = startCase("F1234567");

    List<Map<String, Object>> filters =
        restAs("counsellor")
            .get()
            .uri("/filter?resourceType=Task&sortBy=name&sortOrder=asc&maxResults=20")
            .retrieve()
            .body(LIST);

    assertThat(filters)
        .extracting(filter -> filter.get("name"))
        .containsExactly(
            "Assigned to me",
            "Due or overdue",
            "My group's tasks",
            "Plans awaiting approval",
            "Vulnerable cases first");
    assertThat(filters)
        .allSatisfy(
            filter ->
                assertThat(variablesShownBy(filter).stream().map(v -> v.get("name")).toList())
                    .containsExactly("listCaseNumber", "listPerson"));

    List<Map<String, Object>> groupTasks = run(filters, "My group's tasks", "counsellor");
    assertThat(groupTasks)
        .anySatisfy(
            task ->
                assertThat(task.get("name"))
                    .isEqualTo("Make first contact and record data consent"));
    // As Tasklist asks for the list: the case number and the name come with each task.
    assertThat(labelsInTasklist(filters, "My group's tasks", "counsellor"))
        .contains(Map.of("listCaseNumber", caseNumber, "listPerson", "Farid Rahimi"));
    // The labels are copies made for the list: kept with the open task, never in history (ADR
    // 0012), while the case's own values are.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableNameIn(
                    TaskListLabels.CASE_LABEL,
                    TaskListLabels.PERSON_LABEL,
                    "countryOfReturnName",
                    "citizenshipName",
                    "citizenshipName_ru")
                .list())
        .isEmpty();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseInstance(caseNumber))
                .variableName("surname")
                .singleResult()
                .getValue())
        .isEqualTo("Rahimi");
    // The lists' process definitions and users come from the REST API's cache after the first
    // page, not from the database for every page (TasklistLinkCache).
    assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class)).isNotNull();
    assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isNotNull();
    // Every filter's query runs (its expressions are valid) for office staff and missions alike.
    for (Map<String, Object> filter : filters) {
      assertThat(run(filters, (String) filter.get("name"), "counsellor")).isNotNull();
      assertThat(run(filters, (String) filter.get("name"), "mission-deu")).isNotNull();
    }
  }

  private String caseInstance(String caseNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(OutboundReturnProcess.KEY)
        .singleResult()
        .getId();
  }

  private static List<Map<String, Object>> run(
      List<Map<String, Object>> filters, String name, String user) {
    String id =
        (String)
            filters.stream()
                .filter(f -> name.equals(f.get("name")))
                .findFirst()
                .orElseThrow()
                .get("id");
    ResponseEntity<List<Map<String, Object>>> answer =
        restAs(user)
            .post()
            .uri("/filter/{id}/list?maxResults=100", id)
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of())
            .retrieve()
            .toEntity(LIST);
    assertThat(status(answer)).as("filter %s as %s", name, user).isEqualTo(200);
    return answer.getBody();
  }

  /** The labels Tasklist shows, per task, from the HAL list it requests. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> labelsInTasklist(
      List<Map<String, Object>> filters, String name, String user) {
    String id =
        (String)
            filters.stream()
                .filter(f -> name.equals(f.get("name")))
                .findFirst()
                .orElseThrow()
                .get("id");
    Map<String, Object> hal =
        restAs(user)
            .post()
            .uri("/filter/{id}/list?firstResult=0&maxResults=100", id)
            .accept(MediaType.valueOf("application/hal+json"))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of())
            .retrieve()
            .body(OBJECT);
    Map<String, Object> embedded = (Map<String, Object>) hal.get("_embedded");
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) embedded.get("task");
    return tasks.stream()
        .map(
            task -> {
              Map<String, Object> labels = new java.util.HashMap<>();
              Map<String, Object> taskEmbedded = (Map<String, Object>) task.get("_embedded");
              for (Map<String, Object> variable :
                  (List<Map<String, Object>>) taskEmbedded.getOrDefault("variable", List.of())) {
                labels.put((String) variable.get("name"), variable.get("value"));
              }
              return labels;
            })
        .toList();
  }

  /** The "variables" property Tasklist reads to show variables in the list. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> variablesShownBy(Map<String, Object> filter) {
    Map<String, Object> properties = (Map<String, Object>) filter.get("properties");
    return (List<Map<String, Object>>) properties.get("variables");
  }
}

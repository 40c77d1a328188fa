package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.avrr.workflow.identity.IdentitySeeder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The names Tasklist lists are in every offered language (issue 16): each process's name, each user
 * task's name and description (its documentation), each shared filter's name and description and
 * the lists' column labels have their words in {@code processes/i18n/<language>.json}. A missing
 * one fails here, named, with the English to translate; so does a task no model has.
 */
class ProcessCataloguesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyProcessTaskAndFilterIsNamedInEveryLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      if (language.equals(Languages.ENGLISH)) {
        continue;
      }
      String file = "processes/i18n/" + language + ".json";
      JsonNode catalogue = ProcessCatalogue.read("/" + file);
      List<String> taskPaths = new ArrayList<>();
      for (BpmnModelInstance model : models()) {
        for (Process process : model.getModelElementsByType(Process.class)) {
          check(
              problems,
              file,
              catalogue.path("processes").path(process.getId()),
              "processes." + process.getId(),
              process.getName());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          check(problems, file, catalogue, processOf(task), task, taskPaths);
        }
      }
      catalogue
          .path("tasks")
          .fields()
          .forEachRemaining(
              process ->
                  process
                      .getValue()
                      .fieldNames()
                      .forEachRemaining(
                          task -> {
                            if (!taskPaths.contains(process.getKey() + "/" + task)) {
                              problems.add(
                                  file
                                      + ": tasks."
                                      + process.getKey()
                                      + "."
                                      + task
                                      + " is no user task of any model (renamed or removed?)");
                            }
                          }));
      IdentitySeeder.FILTERS.forEach(
          (name, description) -> {
            JsonNode words = catalogue.path("filters").path(name);
            check(problems, file, words.path("name"), "filters." + name + ".name", name);
            check(
                problems,
                file,
                words.path("description"),
                "filters." + name + ".description",
                description);
          });
      decisionTexts()
          .forEach(
              (variable, texts) ->
                  texts.forEach(
                      english ->
                          check(
                              problems,
                              file,
                              catalogue.path("decisionTexts").path(variable).path(english),
                              "decisionTexts." + variable + " \"" + english + "\"",
                              english)));
      for (org.avrr.workflow.identity.AvrrGroups.GroupSpec group :
          org.avrr.workflow.identity.AvrrGroups.OFFICE_GROUPS) {
        check(
            problems,
            file,
            catalogue.path("groups").path(group.id()),
            "groups." + group.id(),
            group.name());
      }
      for (String label : IdentitySeeder.LIST_LABELS) {
        check(
            problems,
            file,
            catalogue.path("listVariables").path(label),
            "listVariables." + label,
            label);
      }
    }
    assertThat(problems).as("process catalogues").isEmpty();
  }

  @Test
  void everyNamedStepAndFlowOfEveryDiagramIsNamedInEveryLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      if (language.equals(Languages.ENGLISH)) {
        continue;
      }
      String file = "processes/i18n/" + language + ".json";
      JsonNode activities = ProcessCatalogue.read("/" + file).path("activities");
      Set<String> named = new TreeSet<>();
      for (BpmnModelInstance model : models()) {
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          if (element instanceof UserTask
              || element.getName() == null
              || element.getName().isBlank()) {
            continue; // a user task's name is in "tasks"
          }
          String process = processOf(element).getId();
          named.add(process + "." + element.getId());
          check(
              problems,
              file,
              activities.path(process).path(element.getId()),
              "activities." + process + "." + element.getId(),
              element.getName());
        }
      }
      activities
          .fields()
          .forEachRemaining(
              process ->
                  process
                      .getValue()
                      .fieldNames()
                      .forEachRemaining(
                          element -> {
                            if (!named.contains(process.getKey() + "." + element)) {
                              problems.add(
                                  file
                                      + ": activities."
                                      + process.getKey()
                                      + "."
                                      + element
                                      + " is no named element of any model (renamed or removed?)");
                            }
                          }));
    }
    assertThat(problems).as("names of the diagrams' elements").isEmpty();
  }

  @Test
  void aSearchInTheUsersWordsFindsTheTasksAndProcessesSoNamed() {
    ProcessCatalogue catalogue = ProcessCatalogue.load();

    assertThat(catalogue.tasksNamed("%БРОНИРОВАТЬ поезд%", true, "ru"))
        .contains("Task_BookJourney");
    assertThat(catalogue.tasksNamed("Забронировать поездку", false, "ru"))
        .containsExactly("Task_BookJourney");
    assertThat(catalogue.tasksNamed("%Book the journey%", true, "ru")).isEmpty();
    assertThat(catalogue.tasksNamed("%%", true, "en")).isEmpty();
    assertThat(catalogue.processesNamed("%выезд из%", true, "ru")).containsExactly("avrr-outbound");
    // LIKE's wildcards as SQL has them, matched without backtracking whatever the term.
    assertThat(ProcessCatalogue.like("забронировать поездку", "%брон%по_здку")).isTrue();
    assertThat(ProcessCatalogue.like("забронировать поездку", "брон%")).isFalse();
    assertThat(catalogue.tasksNamed("%".repeat(40) + "x" + "_".repeat(40), true, "ru")).isEmpty();
    // Wildcards alone are no search by name: every task would match.
    assertThat(catalogue.tasksNamed("%%", true, "ru")).isEmpty();
  }

  @Test
  void aDiagramIsDrawnWithTheUsersWordsAndRunsAsDeployed() throws IOException {
    String xml = Files.readString(Path.of("processes/eligibility.bpmn"));
    ProcessCatalogue catalogue = ProcessCatalogue.load();

    String russian = catalogue.diagram(xml, "ru");

    BpmnModelInstance drawn =
        Bpmn.readModelFromStream(
            new java.io.ByteArrayInputStream(
                russian.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    BpmnModelInstance deployed =
        Bpmn.readModelFromFile(Path.of("processes/eligibility.bpmn").toFile());
    JsonNode words = ProcessCatalogue.read("/processes/i18n/ru.json");
    for (FlowElement element : deployed.getModelElementsByType(FlowElement.class)) {
      FlowElement same = drawn.getModelElementById(element.getId());
      assertThat(same).as(element.getId()).isNotNull();
      if (element.getName() != null && !element.getName().isBlank()) {
        String expected =
            element instanceof UserTask
                ? words
                    .path("tasks")
                    .path("eligibility")
                    .path(element.getId())
                    .path("name")
                    .asText()
                : words.path("activities").path("eligibility").path(element.getId()).asText();
        assertThat(same.getName()).as(element.getId()).isEqualTo(expected);
      }
    }
    assertThat(drawn.getModelElementsByType(Process.class).iterator().next().getName())
        .isEqualTo(words.path("processes").path("eligibility").asText());
    // Everything but the names as deployed: the same length of XML apart from them.
    assertThat(russian.replaceAll("name=\"[^\"]*\"", ""))
        .isEqualTo(xml.replaceAll("name=\"[^\"]*\"", ""));
    assertThat(catalogue.diagram(xml, "en")).isSameAs(xml);
  }

  @Test
  void anAnswerOfTheEngineNamesItsTasksProcessesAndFiltersInRussian() throws IOException {
    JsonNode answer =
        JSON.readTree(
            """
            {"_embedded": {
               "task": [{"id": "t1", "name": "Make first contact and record data consent",
                         "description": "English", "taskDefinitionKey": "Task_RecordFirstContactAndConsent",
                         "processDefinitionId": "intake-counselling:3:abc"}],
               "processDefinition": [{"id": "intake-counselling:3:abc", "key": "intake-counselling",
                                      "name": "Intake and counselling", "version": 3}]},
             "filters": [{"resourceType": "Task", "name": "My group's tasks",
                          "properties": {"description": "Tasks offered to your groups",
                                         "variables": [{"name": "listCaseNumber", "label": "Case"}]}}],
             "history": [{"processDefinitionKey": "intake-counselling",
                          "processDefinitionName": "Intake and counselling"}],
             "tree": {"activityId": "Task_RecordFirstContactAndConsent",
                      "activityName": "Make first contact and record data consent",
                      "processDefinitionId": "intake-counselling:3:abc"},
             "variable": {"name": "surname", "value": "Rahimi"}}
            """);
    ProcessCatalogue.load().translate(answer, Languages.RUSSIAN);
    JsonNode russian = ProcessCatalogue.read("/processes/i18n/ru.json");

    assertThat(answer.at("/_embedded/task/0/name").asText())
        .isEqualTo(
            russian.at("/tasks/intake-counselling/Task_RecordFirstContactAndConsent/name").asText())
        .isNotEqualTo("Make first contact and record data consent");
    assertThat(answer.at("/_embedded/processDefinition/0/name").asText())
        .isEqualTo(russian.at("/processes/intake-counselling").asText());
    assertThat(answer.at("/filters/0/name").asText())
        .isEqualTo(russian.path("filters").path("My group's tasks").path("name").asText());
    assertThat(answer.at("/filters/0/properties/variables/0/label").asText())
        .isEqualTo(russian.at("/listVariables/Case").asText());
    assertThat(answer.at("/history/0/processDefinitionName").asText())
        .isEqualTo(russian.at("/processes/intake-counselling").asText());
    assertThat(answer.at("/tree/activityName").asText())
        .isEqualTo(answer.at("/_embedded/task/0/name").asText());
    // Not a task, a definition or a filter: untouched.
    assertThat(answer.at("/variable/name").asText()).isEqualTo("surname");
  }

  private static void check(
      List<String> problems,
      String file,
      JsonNode catalogue,
      Process process,
      UserTask task,
      List<String> taskPaths) {
    taskPaths.add(process.getId() + "/" + task.getId());
    JsonNode words = catalogue.path("tasks").path(process.getId()).path(task.getId());
    String where = "tasks." + process.getId() + "." + task.getId();
    check(problems, file, words.path("name"), where + ".name", task.getName());
    String documentation =
        task.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("");
    if (!documentation.isBlank()) {
      check(problems, file, words.path("description"), where + ".description", documentation);
    }
  }

  private static void check(
      List<String> problems, String file, JsonNode words, String where, String english) {
    if (!words.isTextual() || words.asText().isBlank()) {
      problems.add(file + ": " + where + " is missing; the English: " + english);
    }
  }

  /**
   * The texts the decision tables give for the outputs forms show ({@link
   * LocalisedNames#TABLE_TEXTS}): each rule's output, a FEEL string literal.
   */
  static Map<String, Set<String>> decisionTexts() throws IOException {
    Map<String, Set<String>> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
          List<Output> outputs = List.copyOf(table.getOutputs());
          for (Rule rule : table.getRules()) {
            List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
            for (int i = 0; i < outputs.size(); i++) {
              String name = outputs.get(i).getName();
              if (LocalisedNames.TABLE_TEXTS.contains(name)) {
                String literal = entries.get(i).getTextContent().strip();
                assertThat(literal)
                    .as("%s: %s of a rule is a text the catalogue can hold", file, name)
                    .matches("\"[^\"]*\"");
                texts
                    .computeIfAbsent(name, n -> new TreeSet<>())
                    .add(literal.substring(1, literal.length() - 1));
              }
            }
          }
        }
      }
    }
    assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(LocalisedNames.TABLE_TEXTS);
    return texts;
  }

  /** The process a task is part of, through any sub-processes. */
  private static Process processOf(FlowElement task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (!(parent instanceof Process process)) {
      parent = parent.getParentElement();
    }
    return process;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files
          .filter(file -> file.toString().endsWith(".bpmn"))
          .sorted()
          .map(file -> Bpmn.readModelFromFile(file.toFile()))
          .toList();
    }
  }

  @Test
  void aMissionsGroupIsNamedAsTheOfficeConfiguredItAndAnOfficeGroupKeepsItsName() {
    ProcessCatalogue catalogue =
        ProcessCatalogue.load()
            .withGroupNames(
                java.util.Map.of(
                    "ru",
                    java.util.Map.of(
                        "mission-deu", "Миссия МОМ в Германии", "counsellors", "Не это имя")));

    assertThat(catalogue.groupName("mission-deu", "ru")).contains("Миссия МОМ в Германии");
    assertThat(catalogue.groupName("counsellors", "ru")).contains("Консультанты");
    assertThat(ProcessCatalogue.load().groupName("mission-deu", "ru")).isEmpty();
  }
}

package org.avrr.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules for processes/ and forms/ (shared/STYLE.md), checked on every file so that a
 * model added later follows them too.
 */
class ModelConventionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components Tasklist's form-js 1.8.7 renders and this application validates on the server. */
  static final Set<String> SUPPORTED_FORM_COMPONENTS =
      Set.of(
          "text",
          "textfield",
          "textarea",
          "number",
          "datetime",
          "checkbox",
          "checklist",
          "radio",
          "select",
          "taglist",
          "group",
          // Not "dynamiclist": form-js keeps an (empty) error entry per repeated field, and
          // Tasklist 7.24 keeps "Complete" disabled while any entry exists, so such a form can
          // never be completed. Repeated items use numbered slots instead (reintegration-plan).
          "spacer",
          "separator");

  /** What Camunda Modeler generates when nobody names an element. */
  private static final String GENERATED_ID =
      "(Activity|Gateway|Event|Flow|StartEvent|EndEvent)_[0-9a-z]{7}";

  static Stream<Path> bpmnFiles() throws IOException {
    return files("processes", ".bpmn");
  }

  static Stream<Path> formFiles() throws IOException {
    return files("forms", ".form");
  }

  /**
   * Every task tells its user by when: a due date in the model, or the office's deadline for it in
   * application.yaml (avrr.tasklist.deadlines); and every deadline there names a real task.
   */
  @Test
  void everyUserTaskHasADueDateOrTheOfficesDeadline() throws IOException {
    Map<String, Object> deadlines = officeDeadlines();
    List<String> taskIds = new ArrayList<>();
    List<String> withoutDeadline = new ArrayList<>();
    for (Path file : bpmnFiles().toList()) {
      for (UserTask task :
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        taskIds.add(task.getId());
        if (task.getCamundaDueDate() == null && !deadlines.containsKey(task.getId())) {
          withoutDeadline.add(file.getFileName() + " " + task.getId());
        }
      }
    }
    assertThat(withoutDeadline).isEmpty();
    assertThat(taskIds).containsAll(deadlines.keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> officeDeadlines() throws IOException {
    try (var in = Files.newInputStream(Path.of("src/main/resources/application.yaml"))) {
      // application.yaml has several documents; the office's defaults are in the first.
      Map<String, Object> yaml =
          (Map<String, Object>) new org.yaml.snakeyaml.Yaml().loadAll(in).iterator().next();
      Map<String, Object> avrr = (Map<String, Object>) yaml.get("avrr");
      Map<String, Object> tasklist = (Map<String, Object>) avrr.get("tasklist");
      return (Map<String, Object>) tasklist.get("deadlines");
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyProcessKeepsHistoryForALimitedTimeAndIsNamedByItsFile(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).hasSize(1);
    Process process = processes.iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
    assertThat(process.getName()).as("name of %s", process.getId()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyUserTaskHasADeployedFormAndCandidateGroupsButNoFixedUser(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(Files.exists(Path.of("forms", task.getCamundaFormRef() + ".form")))
          .as("forms/%s.form exists", task.getCamundaFormRef())
          .isTrue();
      assertThat(task.getCamundaCandidateGroups()).as("groups of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNull();
      assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
      assertThat(task.getDocumentations())
          .as("what %s asks of the user", task.getId())
          .isNotEmpty();
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(Files.exists(Path.of("forms", start.getCamundaFormRef() + ".form"))).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void serviceTasksAreBeansAndCallsToOthersRetryAsync(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression())
          .as("%s is wired by delegateExpression", task.getId())
          .matches("\\$\\{[a-zA-Z]+}");
      assertThat(task.getCamundaClass()).isNull();
      if (task.isCamundaAsyncBefore()) {
        assertThat(
                task.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .count())
            .as("%s is async, so it needs a retry cycle", task.getId())
            .isEqualTo(1);
      }
    }
  }

  /**
   * Where parallel tracks meet, the engine updates their common parent, so a person completing the
   * last task of one track at the moment a job finishes another would have their submission refused
   * (OptimisticLockingException). Every joining gateway is therefore an async continuation: each
   * track arrives in a job of its own, and the case's jobs run one at a time (exclusive).
   */
  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void parallelTracksMeetInAJobNotInAPersonsSubmission(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      boolean joinsTracks =
          (gateway instanceof ParallelGateway
                  || gateway instanceof InclusiveGateway
                  || gateway instanceof ComplexGateway)
              && gateway.getIncoming().size() > 1;
      if (joinsTracks) {
        assertThat(gateway.isCamundaAsyncBefore())
            .as("%s joins parallel tracks, so it is asyncBefore", gateway.getId())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void idsAreMeaningfulAndEveryElementHasLayout(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> shapes = new ArrayList<>();
    model
        .getModelElementsByType(BpmnShape.class)
        .forEach(s -> shapes.add(s.getBpmnElement().getId()));
    List<String> edges = new ArrayList<>();
    model
        .getModelElementsByType(BpmnEdge.class)
        .forEach(e -> edges.add(e.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).doesNotMatch(GENERATED_ID);
      assertThat(shapes).as("layout of %s", node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).doesNotMatch(GENERATED_ID).startsWith("Flow_");
      assertThat(edges).as("layout of %s", flow.getId()).contains(flow.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void formsAreNamedByTheirIdAndUseOnlyComponentsTasklistRenders(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());
    assertThat(file.getFileName().toString()).isEqualTo(form.path("id").asText() + ".form");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    List<String> types = new ArrayList<>();
    collectTypes(form.path("components"), types);
    assertThat(types)
        .isNotEmpty()
        .allSatisfy(type -> assertThat(SUPPORTED_FORM_COMPONENTS).contains(type));
  }

  @Test
  void everyFormIsUsedByAModel() throws IOException {
    StringBuilder models = new StringBuilder();
    for (Path bpmn : bpmnFiles().toList()) {
      models.append(Files.readString(bpmn));
    }
    for (Path form : formFiles().toList()) {
      String id = form.getFileName().toString().replace(".form", "");
      assertThat(models).as("a model uses form %s", id).contains("camunda:formRef=\"" + id + "\"");
    }
  }

  private static void collectTypes(JsonNode components, List<String> types) {
    for (JsonNode component : components) {
      types.add(component.path("type").asText());
      collectTypes(component.path("components"), types);
    }
  }

  private static Stream<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> listing = Files.list(Path.of(folder))) {
      return listing.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }
}

package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After an upgrade whose form shows other words, a task of a case still on the older version of its
 * process is given the words of its own version's form, not the new one's: a Russian user's form of
 * that task shows the country in words, not its code.
 */
class WordsOnFormsIT extends CaseApiIT {

  private static final String MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_WordsTest"
          targetNamespace="http://avrr.org/test">
        <bpmn:process id="words-on-forms-test" name="Words on forms (test)" isExecutable="true"
            camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Test"/>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Test" targetRef="Task_Words"/>
          <bpmn:userTask id="Task_Words" name="Read the words" camunda:formRef="words-on-forms-test"
              camunda:formRefBinding="deployment"/>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Words" targetRef="EndEvent_Test"/>
          <bpmn:endEvent id="EndEvent_Test"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private final List<String> deployments = new java.util.ArrayList<>();

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aTaskOfAnOlderVersionGetsTheWordsItsOwnFormShows() {
    deploy("{{citizenshipName}}");
    Task older = start("WF-OLD");
    deploy("{{countryOfReturnName}}");
    Task newer = start("WF-NEW");

    Map<String, Object> olderWords = engine.getTaskService().getVariablesLocal(older.getId());
    assertThat(olderWords)
        .containsEntry("citizenshipName_ru", "Ирак")
        .doesNotContainKey("countryOfReturnName_ru");
    Map<String, Object> newerWords = engine.getTaskService().getVariablesLocal(newer.getId());
    assertThat(newerWords)
        .containsEntry("countryOfReturnName_ru", "Афганистан")
        .doesNotContainKey("citizenshipName_ru");
  }

  private void deploy(String text) {
    String form =
        """
        {"id": "words-on-forms-test", "type": "default", "schemaVersion": 16,
         "components": [{"type": "text", "id": "Text_Words", "text": "%s"}]}
        """
            .formatted(text);
    Deployment deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("words-on-forms-test")
            .addString("words-on-forms-test.bpmn", MODEL)
            .addString("words-on-forms-test.form", form)
            .deploy();
    deployments.add(deployment.getId());
  }

  private Task start(String businessKey) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "words-on-forms-test",
                businessKey + System.nanoTime() % 1_000_000,
                Map.of("citizenship", "IQ", "countryOfReturn", "AF"))
            .getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }
}

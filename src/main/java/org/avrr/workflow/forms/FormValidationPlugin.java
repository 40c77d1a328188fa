package org.avrr.workflow.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.avrr.workflow.i18n.FormCatalogue;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts server-side validation in front of every Camunda Form: each user task and start event that
 * references a form by {@code camunda:formRef} gets a validating form handler when its process is
 * parsed. No model has to remember to attach a listener.
 */
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final FormValidation validation;

  public FormValidationPlugin(Supplier<List<FormRule>> rules) {
    this.validation = new FormValidation(rules);
  }

  /**
   * Refusals worded in the submitting user's {@code language}, fields named as in its catalogue.
   */
  public FormValidationPlugin(
      Supplier<List<FormRule>> rules, Supplier<String> language, FormCatalogue catalogue) {
    this.validation = new FormValidation(rules, language, catalogue);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new ParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class ParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      String formId = camundaFormId(task.getFormDefinition());
      if (formId != null) {
        task.setTaskFormHandler(
            new ValidatingFormHandlers.Task(
                task.getTaskFormHandler(), validation, deploymentId(scope), formId));
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (scope instanceof ProcessDefinitionEntity process
          && process.getInitial() == activity
          && process.getStartFormHandler() != null) {
        String formId = camundaFormId(process.getStartFormDefinition());
        if (formId != null) {
          process.setStartFormHandler(
              new ValidatingFormHandlers.Start(
                  process.getStartFormHandler(), validation, process.getDeploymentId(), formId));
        }
      }
    }

    private String deploymentId(ScopeImpl scope) {
      return ((ProcessDefinitionEntity) scope.getProcessDefinition()).getDeploymentId();
    }

    private String camundaFormId(FormDefinition form) {
      if (form == null) {
        return null;
      }
      Expression key = form.getCamundaFormDefinitionKey();
      return key == null ? null : key.getExpressionText();
    }
  }
}

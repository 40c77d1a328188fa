package org.avrr.workflow.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form handlers with validation in front. Every form submission, from Tasklist or the
 * REST API ({@code submit-form}), passes through {@code submitFormVariables} before any variable is
 * set, so a refused submission leaves the case exactly as it was.
 */
final class ValidatingFormHandlers {

  private ValidatingFormHandlers() {}

  static final class Task implements TaskFormHandler {
    private final TaskFormHandler delegate;
    private final FormValidation validation;
    private final String deploymentId;
    private final String formId;

    Task(TaskFormHandler delegate, FormValidation validation, String deploymentId, String formId) {
      this.delegate = delegate;
      this.validation = validation;
      this.deploymentId = deploymentId;
      this.formId = formId;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(
        Element element,
        DeploymentEntity deployment,
        ProcessDefinitionEntity definition,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      validation.validate(deploymentId, formId, properties, existing(scope));
      delegate.submitFormVariables(properties, scope);
    }
  }

  static final class Start implements StartFormHandler {
    private final StartFormHandler delegate;
    private final FormValidation validation;
    private final String deploymentId;
    private final String formId;

    Start(
        StartFormHandler delegate, FormValidation validation, String deploymentId, String formId) {
      this.delegate = delegate;
      this.validation = validation;
      this.deploymentId = deploymentId;
      this.formId = formId;
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
      return delegate.createStartFormData(definition);
    }

    @Override
    public void parseConfiguration(
        Element element,
        DeploymentEntity deployment,
        ProcessDefinitionEntity definition,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      validation.validate(deploymentId, formId, properties, existing(scope));
      delegate.submitFormVariables(properties, scope);
    }
  }

  private static Map<String, Object> existing(VariableScope scope) {
    return scope == null ? Map.of() : scope.getVariables();
  }
}

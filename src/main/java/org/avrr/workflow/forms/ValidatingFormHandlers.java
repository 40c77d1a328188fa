package org.avrr.workflow.forms;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
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

  /** What both kinds share: check the submission against the form, then hand it on. */
  private abstract static class Validating<H extends FormHandler> implements FormHandler {
    final H delegate;
    private final FormValidation validation;
    private final String deploymentId;
    private final String formId;

    Validating(H delegate, FormValidation validation, String deploymentId, String formId) {
      this.delegate = delegate;
      this.validation = validation;
      this.deploymentId = deploymentId;
      this.formId = formId;
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
      validation.validate(deploymentId, formId, properties, CaseValues.of(scope));
      delegate.submitFormVariables(properties, scope);
    }
  }

  static final class Task extends Validating<TaskFormHandler> implements TaskFormHandler {
    Task(TaskFormHandler delegate, FormValidation validation, String deploymentId, String formId) {
      super(delegate, validation, deploymentId, formId);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }
  }

  static final class Start extends Validating<StartFormHandler> implements StartFormHandler {
    Start(
        StartFormHandler delegate, FormValidation validation, String deploymentId, String formId) {
      super(delegate, validation, deploymentId, formId);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
      return delegate.createStartFormData(definition);
    }
  }
}

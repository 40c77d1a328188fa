package org.avrr.workflow.forms;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The case's current values as a form's rules and hide conditions read them: looked up one by one
 * when asked for. A submission reads a handful; fetching every variable of the case instead would
 * load and parse each JSON value (a plan, a survey, a checklist) on every form submitted.
 */
interface CaseValues {

  Object get(String name);

  Set<String> names();

  /** The task whose form is being submitted; null for a start form or values given as a map. */
  default String taskId() {
    return null;
  }

  static CaseValues of(Map<String, Object> values) {
    return new CaseValues() {
      @Override
      public Object get(String name) {
        return values.get(name);
      }

      @Override
      public Set<String> names() {
        return values.keySet();
      }
    };
  }

  /** The variables visible from {@code scope} (a task or a new case); none without one. */
  static CaseValues of(VariableScope scope) {
    if (scope == null) {
      return of(Map.of());
    }
    return new CaseValues() {
      @Override
      public Object get(String name) {
        return scope.getVariable(name);
      }

      @Override
      public Set<String> names() {
        return scope.getVariableNames();
      }

      @Override
      public String taskId() {
        return scope instanceof DelegateTask task ? task.getId() : null;
      }
    };
  }
}

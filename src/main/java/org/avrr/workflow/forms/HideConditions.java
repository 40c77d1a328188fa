package org.avrr.workflow.forms;

import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Evaluates form-js "hide if" conditions (FEEL) the way the browser did, so a field the user never
 * saw is not required on the server either.
 */
final class HideConditions {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private HideConditions() {}

  /**
   * True when the field is hidden for these values. A condition that cannot be evaluated counts as
   * "shown": the field is then validated, which is the safe side.
   */
  static boolean isHidden(FormField field, FormSubmission submission) {
    if (field.hideCondition() == null) {
      return false;
    }
    try {
      Object result =
          FEEL.evaluateSimpleExpression(field.hideCondition(), new SubmissionContext(submission));
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The submission over the case's values, each read only if the condition names it. */
  private record SubmissionContext(FormSubmission submission) implements VariableContext {

    @Override
    public TypedValue resolve(String name) {
      return Variables.untypedValue(submission.value(name));
    }

    @Override
    public boolean containsVariable(String name) {
      return submission.value(name) != null || submission.names().contains(name);
    }

    @Override
    public Set<String> keySet() {
      return submission.names();
    }
  }
}

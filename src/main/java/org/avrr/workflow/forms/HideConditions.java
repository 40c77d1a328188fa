package org.avrr.workflow.forms;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

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
  static boolean isHidden(FormField field, Map<String, Object> values) {
    if (field.hideCondition() == null) {
      return false;
    }
    try {
      Object result =
          FEEL.evaluateSimpleExpression(
              field.hideCondition(), Variables.fromMap(values).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }
}

package org.avrr.workflow.forms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.spin.SpinValueMapperFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Evaluates form-js "hide if" conditions (FEEL) the way the browser did, so a field the user never
 * saw is not required on the server either. The FEEL engine is the one Camunda's decisions use
 * (with its value mapper for Spin's JSON), each condition parsed once: a form's conditions are few
 * and never change, and parsing one cost more than evaluating it.
 */
final class HideConditions {

  private static final FeelEngineApi FEEL =
      FeelEngineBuilder.forJava()
          .withCustomValueMapper(new SpinValueMapperFactory().createInstance())
          .build();

  /** Parsed conditions by their text; empty where the text is not FEEL (then: shown). */
  private static final Map<String, Optional<ParsedExpression>> PARSED = new ConcurrentHashMap<>();

  private HideConditions() {}

  /**
   * True when the field is hidden for these values. A condition that cannot be evaluated counts as
   * "shown": the field is then validated, which is the safe side.
   */
  static boolean isHidden(FormField field, FormSubmission submission) {
    if (field.hideCondition() == null) {
      return false;
    }
    return submission.hiddenByCondition.computeIfAbsent(
        field.hideCondition(), text -> evaluate(text, submission));
  }

  private static boolean evaluate(String text, FormSubmission submission) {
    Optional<ParsedExpression> condition = PARSED.computeIfAbsent(text, HideConditions::parse);
    if (condition.isEmpty()) {
      return false;
    }
    try {
      VariableProvider values = new ContextVariableWrapper(new SubmissionContext(submission));
      EvaluationResult result =
          FEEL.evaluate(
              condition.get(),
              new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                  return values;
                }
              });
      return result.isSuccess() && Boolean.TRUE.equals(result.result());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Optional<ParsedExpression> parse(String condition) {
    ParseResult parsed = FEEL.parseExpression(condition);
    return parsed.isSuccess() ? Optional.of(parsed.parsedExpression()) : Optional.empty();
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

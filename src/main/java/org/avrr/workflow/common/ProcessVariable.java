package org.avrr.workflow.common;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A typed process variable: its name and Java type in one place, used by main code and tests alike
 * (after holunda-io/camunda-bpm-data), so no variable name is ever spelled twice.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  public static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Long.class);
  }

  /** An amount or score: forms and decisions give Integer, Long, Double or BigDecimal. */
  public static ProcessVariable<Double> decimal(String name) {
    return new ProcessVariable<>(name, Double.class);
  }

  public static ProcessVariable<java.util.Date> date(String name) {
    return new ProcessVariable<>(name, java.util.Date.class);
  }

  public String name() {
    return name;
  }

  /** The value, or an exception naming the variable when it is missing or of another type. */
  public T from(VariableScope scope) {
    return find(scope)
        .orElseThrow(() -> new IllegalStateException("process variable '" + name + "' is not set"));
  }

  public Optional<T> find(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  public Optional<T> find(java.util.Map<String, ?> variables) {
    return convert(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Adds this variable to a map, e.g. for starting a process or completing a task in a test. */
  public VariableMap put(VariableMap variables, T value) {
    variables.putValue(name, value);
    return variables;
  }

  private Optional<T> convert(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    // Form numbers arrive as Integer, Long or Double depending on the client.
    if (type == Long.class && value instanceof Number number) {
      return Optional.of(type.cast(number.longValue()));
    }
    if (type == Double.class && value instanceof Number number) {
      return Optional.of(type.cast(number.doubleValue()));
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "process variable '"
              + name
              + "' holds a "
              + value.getClass().getSimpleName()
              + ", expected "
              + type.getSimpleName());
    }
    return Optional.of(type.cast(value));
  }

  @Override
  public String toString() {
    return name;
  }
}

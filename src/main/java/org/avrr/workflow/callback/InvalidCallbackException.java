package org.avrr.workflow.callback;

import java.util.List;

/** A callback body that breaks its contract: answered 400 with every problem named. */
public class InvalidCallbackException extends RuntimeException {

  private final List<String> problems;

  public InvalidCallbackException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

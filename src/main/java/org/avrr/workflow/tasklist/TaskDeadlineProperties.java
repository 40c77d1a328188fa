package org.avrr.workflow.tasklist;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the office gives itself for each task, by the task's id in the models (e.g. {@code
 * Task_HoldCounsellingSession: P7D}), counted from the moment the task is created. A task whose
 * model computes its own due date from the case (first contact within 3 days of the application,
 * arrival confirmation after the scheduled arrival, ...) keeps that one.
 *
 * @param deadlines task id to ISO-8601 duration; application.yaml holds the office's defaults
 */
@ConfigurationProperties("avrr.tasklist")
public record TaskDeadlineProperties(@DefaultValue Map<String, Duration> deadlines) {

  public TaskDeadlineProperties {
    deadlines = Map.copyOf(deadlines);
    deadlines.forEach(
        (task, deadline) -> {
          if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException(
                "avrr.tasklist.deadlines."
                    + task
                    + " must be a positive duration, was "
                    + deadline);
          }
        });
  }
}

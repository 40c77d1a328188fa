package org.avrr.workflow.tasklist;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The history level {@code full}, except for the copies {@link TaskListLabels} puts on each open
 * task (case number, person, codes in words): they repeat the case's own values, which history
 * keeps, and are read only while the task is open. Writing them into history cost more rows than
 * any other work of ours per case, and kept more copies of a person's name to erase (ADR 0012).
 * Same name and id as Camunda's {@code full}, so a database created with {@code full} starts.
 */
final class TaskLabelHistory extends HistoryLevelFull {

  private final Set<String> labels;

  TaskLabelHistory(Set<String> labels) {
    this.labels = Set.copyOf(labels);
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable
        && variable.getTaskId() != null
        && labels.contains(variable.getName())) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }
}

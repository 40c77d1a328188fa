package org.avrr.workflow.common;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Something of ours that follows the engine's history events as they happen (metrics, the
 * statistics records), in the engine's transaction. Camunda's Spring Boot starter takes one history
 * event handler beside its own; {@link HistoryEventDispatcher} is that one and calls each listener.
 */
public interface HistoryEventListener {

  void on(HistoryEvent event);
}

package org.avrr.workflow.common;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The one history event handler the starter adds beside the engine's own (which still writes the
 * history): hands each event to every {@link HistoryEventListener} of ours.
 */
@Component
class HistoryEventDispatcher implements HistoryEventHandler {

  private final List<HistoryEventListener> listeners;

  HistoryEventDispatcher(List<HistoryEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    for (HistoryEventListener listener : listeners) {
      listener.on(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}

package org.avrr.workflow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.avrr.workflow.common.HistoryEventListener;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * Counts each job run (succeeded or failed) and each incident raised, from the engine's history
 * events as they happen; the engine still writes its history as before. A run whose transaction is
 * rolled back afterwards is counted all the same.
 */
@Component
class JobAndIncidentCounter implements HistoryEventListener {

  private final Counter succeeded;
  private final Counter failed;
  private final Counter incidents;

  JobAndIncidentCounter(MeterRegistry registry) {
    succeeded =
        Counter.builder("avrr.engine.jobs.executed")
            .tag("outcome", "succeeded")
            .description("Jobs run, by outcome")
            .register(registry);
    failed =
        Counter.builder("avrr.engine.jobs.executed")
            .tag("outcome", "failed")
            .description("Jobs run, by outcome")
            .register(registry);
    incidents =
        Counter.builder("avrr.engine.incidents.raised")
            .description("Incidents raised: a job out of retries, waiting for an operator")
            .register(registry);
  }

  @Override
  public void on(HistoryEvent event) {
    if (event instanceof HistoricJobLogEvent job) {
      if (job.getState() == JobState.SUCCESSFUL.getStateCode()) {
        succeeded.increment();
      } else if (job.getState() == JobState.FAILED.getStateCode()) {
        failed.increment();
      }
    } else if (event instanceof HistoricIncidentEventEntity
        && HistoryEventTypes.INCIDENT_CREATE.getEventName().equals(event.getEventType())) {
      incidents.increment();
    }
  }
}

package org.avrr.workflow.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the engine, for Prometheus: the job executor's backlog and acquisitions,
 * open incidents, and each group's open tasks (the office's queues). The counts are queries, so
 * they are taken at most every 15 seconds, whatever the scrape interval; job outcomes and incidents
 * raised are counted as they happen ({@link JobAndIncidentCounter}).
 */
@Component
class EngineMetrics implements MeterBinder {

  private static final Duration FRESH_FOR = Duration.ofSeconds(15);

  private final ObjectProvider<ProcessEngine> engine;
  private final List<String> groups = new ArrayList<>();
  private final Map<String, MonotonicMeter> meters = new HashMap<>();
  private volatile Map<String, Long> counts = Map.of();
  private volatile long countedAt;

  EngineMetrics(ObjectProvider<ProcessEngine> engine, IdentityProperties identity) {
    this.engine = engine;
    for (String group :
        List.of(
            AvrrGroups.COUNSELLORS,
            AvrrGroups.CASE_MANAGERS,
            AvrrGroups.PROTECTION_OFFICERS,
            AvrrGroups.MEDICAL_OFFICERS,
            AvrrGroups.MOVEMENT_OFFICERS,
            AvrrGroups.REINTEGRATION_OFFICERS,
            AvrrGroups.FINANCE)) {
      groups.add(group);
    }
    identity.missions().forEach(mission -> groups.add(AvrrGroups.missionGroup(mission.code())));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("avrr.engine.jobs.due", () -> count("jobs due"))
        .description("Jobs due now and not yet run: the job executor's backlog")
        .register(registry);
    Gauge.builder("avrr.engine.incidents.open", () -> count("incidents"))
        .description("Open incidents, each a step waiting for an operator (Cockpit)")
        .register(registry);
    for (String group : groups) {
      Gauge.builder("avrr.tasks.open", () -> count("group " + group))
          .tag("group", group)
          .description("Open tasks offered to the group: its Tasklist queue")
          .register(registry);
    }
    for (String[] meter :
        new String[][] {
          {
            Metrics.JOB_ACQUISITION_ATTEMPT,
            "avrr.engine.jobs.acquisition.attempts",
            "Job acquisition cycles"
          },
          {
            Metrics.JOB_ACQUIRED_SUCCESS, "avrr.engine.jobs.acquired", "Jobs acquired for execution"
          },
          {
            Metrics.JOB_ACQUIRED_FAILURE,
            "avrr.engine.jobs.acquisition.lost",
            "Jobs another node acquired first"
          },
          {
            Metrics.JOB_EXECUTION_REJECTED,
            "avrr.engine.jobs.rejected",
            "Jobs the executor's queue was too full for"
          }
        }) {
      MonotonicMeter monotonic = new MonotonicMeter(meter[0]);
      meters.put(meter[0], monotonic);
      FunctionCounter.builder(meter[1], monotonic, MonotonicMeter::total)
          .description(meter[2])
          .register(registry);
    }
  }

  private double count(String what) {
    if (System.nanoTime() - countedAt > FRESH_FOR.toNanos()) {
      refresh();
    }
    Long value = counts.get(what);
    return value == null ? Double.NaN : value;
  }

  private synchronized void refresh() {
    if (System.nanoTime() - countedAt <= FRESH_FOR.toNanos()) {
      return;
    }
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine == null) {
      return;
    }
    Map<String, Long> fresh = new HashMap<>();
    fresh.put(
        "jobs due", processEngine.getManagementService().createJobQuery().executable().count());
    fresh.put("incidents", processEngine.getRuntimeService().createIncidentQuery().count());
    for (String group : groups) {
      fresh.put(
          "group " + group,
          processEngine.getTaskService().createTaskQuery().taskCandidateGroup(group).count());
    }
    counts = fresh;
    countedAt = System.nanoTime();
  }

  /**
   * One of the engine's own meters as a counter that only grows: the engine empties its meters into
   * ACT_RU_METER_LOG every 15 minutes, which would look like a restart of the counter. What was
   * counted between the last scrape and such a flush is not seen (a few seconds' worth).
   */
  private final class MonotonicMeter {
    private final String name;
    private long flushed;
    private long last;

    MonotonicMeter(String name) {
      this.name = name;
    }

    synchronized double total() {
      ProcessEngine processEngine = engine.getIfAvailable();
      if (processEngine == null) {
        return flushed + last;
      }
      Meter meter =
          ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
              .getMetricsRegistry()
              .getDbMeterByName(name);
      long now = meter == null ? 0 : meter.get();
      if (now < last) {
        flushed += last;
      }
      last = now;
      return flushed + now;
    }
  }
}

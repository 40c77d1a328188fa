package org.avrr.workflow.testing;

import java.lang.reflect.Method;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.event.CompensationEventHandler;
import org.camunda.bpm.engine.impl.event.EventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;

/**
 * process-test-coverage 3.0.0 records a compensation boundary event as covered when its handler
 * runs, but its handler overrides the older five-argument {@code handleEvent}; Camunda 7.24 calls
 * the six-argument one, so the record is never made and every compensation boundary event would
 * count as uncovered. This bridge takes the library handler's place and makes the record the way
 * the library meant to (its private method, by reflection), then compensates as the engine does.
 */
final class CompensationCoverageBridge extends CompensationEventHandler {

  private static final String COMPENSATE = "compensate";

  private final EventHandler coverage;
  private final Method record;

  private CompensationCoverageBridge(EventHandler coverage) throws NoSuchMethodException {
    this.coverage = coverage;
    this.record =
        CompensationEventCoverageHandler.class.getDeclaredMethod(
            "addCompensationEventCoverage", EventSubscriptionEntity.class);
    this.record.setAccessible(true);
  }

  /** Call once the coverage extension has initialised the engine (e.g. in {@code @BeforeEach}). */
  static void install(ProcessEngine engine) {
    Map<String, EventHandler> handlers =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getEventHandlers();
    EventHandler current = handlers.get(COMPENSATE);
    if (current instanceof CompensationEventCoverageHandler) {
      try {
        handlers.put(COMPENSATE, new CompensationCoverageBridge(current));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("process-test-coverage changed; revisit this bridge", e);
      }
    }
  }

  @Override
  public void handleEvent(
      EventSubscriptionEntity eventSubscription,
      Object payload,
      Object localPayload,
      Object payloadToTriggeredScope,
      String businessKey,
      CommandContext commandContext) {
    try {
      record.invoke(coverage, eventSubscription);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    super.handleEvent(
        eventSubscription,
        payload,
        localPayload,
        payloadToTriggeredScope,
        businessKey,
        commandContext);
  }
}

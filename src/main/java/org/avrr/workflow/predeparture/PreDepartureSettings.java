package org.avrr.workflow.predeparture;

import org.springframework.stereotype.Component;

/**
 * Configuration the pre-departure model reads through expressions, e.g. the timer {@code
 * ${preDepartureSettings.exitClearanceWait()}}, as ISO-8601 durations.
 */
@Component("preDepartureSettings")
public class PreDepartureSettings {

  private final PreDepartureProperties properties;

  public PreDepartureSettings(PreDepartureProperties properties) {
    this.properties = properties;
  }

  public String travelDocumentDeadline() {
    return properties.travelDocumentDeadline().toString();
  }

  public String exitClearanceWait() {
    return properties.exitClearanceWait().toString();
  }
}

package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_DATE;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_TIME;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.avrr.workflow.common.OfficeProperties;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Configuration and dates the travel model reads through expressions, e.g. {@code
 * ${travelSettings.maxBookings()}}.
 */
@Component("travelSettings")
public class TravelSettings {

  private final TravelProperties properties;
  private final OfficeProperties office;

  public TravelSettings(TravelProperties properties, OfficeProperties office) {
    this.properties = properties;
    this.office = office;
  }

  public long maxBookings() {
    return properties.maxBookings();
  }

  /** The booked flight's departure (Minsk time), the due date of the tasks at the airport. */
  public Date departureAt(VariableScope scope) {
    return Date.from(
        LocalDate.parse(DEPARTURE_DATE.from(scope))
            .atTime(LocalTime.parse(DEPARTURE_TIME.from(scope)))
            .atZone(office.zone())
            .toInstant());
  }
}

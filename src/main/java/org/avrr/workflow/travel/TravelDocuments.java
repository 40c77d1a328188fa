package org.avrr.workflow.travel;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_NUMBER;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_TYPE;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EMERGENCY_DOCUMENT_NUMBER;
import static org.avrr.workflow.predeparture.PreDepartureProcess.PASSPORT_NUMBER;
import static org.avrr.workflow.predeparture.PreDepartureProcess.TRAVEL_DOCUMENT_STATUS;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The document the migrant travels on, as pre-departure established it: the checked passport, or
 * the emergency travel document the embassy issued. Cases that skipped the check (older cases) fall
 * back to the document recorded at intake.
 */
@Component
public class TravelDocuments {

  public static final String EMERGENCY_TRAVEL_DOCUMENT = "EMERGENCY_TRAVEL_DOCUMENT";
  public static final String PASSPORT = "PASSPORT";

  /** A document; {@code number} is null only when none is known at all. */
  public record Held(String type, String number) {}

  public Held heldFor(VariableScope scope) {
    String status = TRAVEL_DOCUMENT_STATUS.find(scope).orElse("");
    if ("ISSUED".equals(status) && EMERGENCY_DOCUMENT_NUMBER.find(scope).isPresent()) {
      return new Held(EMERGENCY_TRAVEL_DOCUMENT, EMERGENCY_DOCUMENT_NUMBER.from(scope));
    }
    if ("VALID_PASSPORT".equals(status) && PASSPORT_NUMBER.find(scope).isPresent()) {
      return new Held(PASSPORT, PASSPORT_NUMBER.from(scope));
    }
    return new Held(
        DOCUMENT_TYPE.find(scope).orElse(null), DOCUMENT_NUMBER.find(scope).orElse(null));
  }
}

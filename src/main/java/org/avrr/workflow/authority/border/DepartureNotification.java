package org.avrr.workflow.authority.border;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The pre-departure notification: passenger, document, flight and crossing point.
 *
 * @param documentType PASSPORT, NATIONAL_ID, TRAVEL_DOCUMENT or EMERGENCY_TRAVEL_DOCUMENT
 * @param scheduledDeparture the flight's scheduled departure, with the office's offset
 * @param crossingPoint where the migrant passes exit control (see {@link CrossingPoint})
 * @param countryOfDestination ISO 3166-1 alpha-2 code of the country of return
 * @param escorted whether an escort travels with the migrant
 */
public record DepartureNotification(
    String caseNumber,
    String idempotencyKey,
    String surname,
    String givenNames,
    LocalDate dateOfBirth,
    String citizenship,
    String documentType,
    String documentNumber,
    String flightNumber,
    OffsetDateTime scheduledDeparture,
    CrossingPoint crossingPoint,
    String countryOfDestination,
    boolean escorted) {}

package org.avrr.workflow.authority.border;

import java.time.LocalDate;

/**
 * A Belarus national's return, for the State Border Committee to register the arrival against its
 * record of the entry at border control.
 *
 * @param documentNumber may be null: a returnee without a passport travels on a certificate of
 *     return that the Committee finds by name and date of birth
 * @param countryOfDeparture ISO 3166 alpha-2 code of the country the flight came from
 */
public record ArrivalRegistration(
    String caseNumber,
    String idempotencyKey,
    String surname,
    String givenNames,
    LocalDate dateOfBirth,
    String citizenship,
    String documentType,
    String documentNumber,
    String flightNumber,
    LocalDate arrivedOn,
    CrossingPoint crossingPoint,
    String countryOfDeparture) {}

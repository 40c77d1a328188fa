package org.avrr.workflow.authority.migration;

import java.time.LocalDate;

/**
 * What the Ministry needs to find the person, and no more.
 *
 * @param documentType PASSPORT, NATIONAL_ID or TRAVEL_DOCUMENT; null when the migrant holds none
 * @param documentNumber null when the migrant holds no document
 */
public record StatusCheckRequest(
    String caseNumber,
    String idempotencyKey,
    String surname,
    String givenNames,
    LocalDate dateOfBirth,
    String citizenship,
    String documentType,
    String documentNumber) {}

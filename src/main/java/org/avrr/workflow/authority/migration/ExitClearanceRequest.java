package org.avrr.workflow.authority.migration;

import java.time.LocalDate;

/**
 * A request that the Ministry confirm nothing stands in the way of the migrant's departure. The
 * Ministry acknowledges it at once and answers later by callback (see {@link ExitClearance}).
 *
 * @param documentType PASSPORT, NATIONAL_ID or TRAVEL_DOCUMENT; null when none is held yet (an
 *     emergency travel document is being requested in parallel)
 * @param countryOfDestination ISO 3166-1 alpha-2 code of the country of return
 */
public record ExitClearanceRequest(
    String caseNumber,
    String idempotencyKey,
    String surname,
    String givenNames,
    LocalDate dateOfBirth,
    String citizenship,
    String documentType,
    String documentNumber,
    String countryOfDestination) {}

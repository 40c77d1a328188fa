package org.avrr.workflow.predeparture;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines of pre-departure (assumptions of shared/DOMAIN.md, configurable per office).
 *
 * @param travelDocumentDeadline after a request for an emergency travel document, when case
 *     managers are told the embassy's answer is overdue (default 30 days)
 * @param exitClearanceWait how long the Ministry's electronic decision is awaited before an officer
 *     is asked to obtain it on paper (default 21 days; the Ministry takes about two weeks)
 */
@Validated
@ConfigurationProperties("avrr.pre-departure")
public record PreDepartureProperties(
    @DefaultValue("P30D") @NotNull Duration travelDocumentDeadline,
    @DefaultValue("P21D") @NotNull Duration exitClearanceWait) {}

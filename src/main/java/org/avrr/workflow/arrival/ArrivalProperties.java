package org.avrr.workflow.arrival;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param confirmationWindow how long after the scheduled arrival the receiving mission has to
 *     confirm it before the office chases and opens a protection follow-up (default 72 hours;
 *     shared/DOMAIN.md assumes 48–72 h)
 */
@Validated
@ConfigurationProperties("avrr.arrival")
public record ArrivalProperties(@DefaultValue("PT72H") @NotNull Duration confirmationWindow) {}

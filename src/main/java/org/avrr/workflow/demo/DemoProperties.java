package org.avrr.workflow.demo;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo office: cases seeded at start so that Tasklist and Cockpit show work at once.
 *
 * @param cases how many demo cases the database should hold (0: none; the production profile
 *     refuses more). Slots already seeded are never seeded again; raising the count adds the
 *     missing ones.
 * @param patience how long one step waits for what the job executor and the sandbox authorities do
 *     by themselves (the sandbox's callback delay is 20 seconds in the embedded default)
 */
@Validated
@ConfigurationProperties("avrr.demo")
public record DemoProperties(
    @DefaultValue("0") @Min(0) int cases, @DefaultValue("PT2M") @NotNull Duration patience) {}

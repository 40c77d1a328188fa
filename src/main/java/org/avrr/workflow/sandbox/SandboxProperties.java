package org.avrr.workflow.sandbox;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox authorities of the embedded default.
 *
 * @param enabled serve the sandbox authorities inside this application (refused in production)
 * @param callbackBaseUrl where the sandbox authorities post their callbacks: this application
 * @param callbackDelay how long the sandbox Ministry takes to decide an exit clearance (the real
 *     one takes about two weeks)
 */
@ConfigurationProperties("avrr.sandbox")
public record SandboxProperties(
    @DefaultValue("false") boolean enabled,
    URI callbackBaseUrl,
    @DefaultValue("PT20S") Duration callbackDelay) {}

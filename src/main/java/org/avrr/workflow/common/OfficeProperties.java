package org.avrr.workflow.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The country office running the system.
 *
 * @param caseNumberPrefix first part of every case number, e.g. {@code BY} in BY-2026-000123
 * @param zone the office's time zone: dates typed in forms and deadlines are days in this zone
 */
@Validated
@ConfigurationProperties("avrr.office")
public record OfficeProperties(
    @DefaultValue("BY") @Pattern(regexp = "[A-Z]{2,3}") String caseNumberPrefix,
    @DefaultValue("Europe/Minsk") @NotNull ZoneId zone) {}

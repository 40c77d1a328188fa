package org.avrr.workflow.counselling;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param firstContactDays days after the application within which a counsellor must contact the
 *     applicant (the Belarus office promises 3); then case managers are alerted
 */
@Validated
@ConfigurationProperties("avrr.intake")
public record IntakeProperties(@DefaultValue("3") @Min(0) int firstContactDays) {}

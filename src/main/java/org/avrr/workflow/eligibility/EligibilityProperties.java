package org.avrr.workflow.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param projectFundsAvailable whether the project can fund new returns now; when false, the
 *     eligibility rules send every otherwise eligible case to a case manager (waiting list)
 */
@ConfigurationProperties("avrr.eligibility")
public record EligibilityProperties(@DefaultValue("true") boolean projectFundsAvailable) {}

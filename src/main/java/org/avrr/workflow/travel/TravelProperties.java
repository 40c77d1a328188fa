package org.avrr.workflow.travel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the travel stage, configurable per office.
 *
 * @param maxBookings how many bookings a case may go through (the first and its rebookings after a
 *     cancelled or missed flight, a denied boarding or a no-show) before a case manager reviews it
 */
@Validated
@ConfigurationProperties("avrr.travel")
public record TravelProperties(@DefaultValue("3") @Min(1) @Max(10) int maxBookings) {}

package org.avrr.workflow.callback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Who may send callbacks, and how stored ones are retried.
 *
 * @param clients credentials per calling party, by the party's name in the URL (e.g. {@code
 *     migration-authority}); a party without an entry cannot call at all
 * @param redeliveryInterval how often stored, undelivered answers are tried again
 * @param keepTrying how long an undelivered answer is tried again before it is left alone (it stays
 *     in the table for the record)
 * @param maxBody the largest body a party may post (a callback or a referral is a few kilobytes)
 * @param maxFailedLogins failed logins of one party from one address before it is locked out
 * @param lockout how long a party that failed to log in too often is refused, even with the right
 *     password
 */
@Validated
@ConfigurationProperties("avrr.callbacks")
public record CallbackProperties(
    @DefaultValue Map<String, @Valid Client> clients,
    @DefaultValue("PT15S") Duration redeliveryInterval,
    @DefaultValue("P30D") Duration keepTrying,
    @DefaultValue("64KB") DataSize maxBody,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("PT10M") Duration lockout) {

  public record Client(@NotBlank String username, @NotBlank String password) {}
}

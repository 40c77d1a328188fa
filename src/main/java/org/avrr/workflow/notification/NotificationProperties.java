package org.avrr.workflow.notification;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who sends notices and who receives them. The SMTP server itself is Spring's {@code
 * spring.mail.*}.
 *
 * @param from sender address of every notice
 * @param recipients addresses per recipient role named in a template's "To:" line, e.g. {@code
 *     case-managers}
 */
@Validated
@ConfigurationProperties("avrr.notification")
public record NotificationProperties(
    @NotBlank String from, @DefaultValue Map<String, List<String>> recipients) {}

package org.avrr.workflow.notification;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.i18n.Languages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who sends notices, who receives them and in which language. The SMTP server itself is Spring's
 * {@code spring.mail.*}.
 *
 * @param from sender address of every notice
 * @param recipients addresses per recipient role named in a template's "To:" line, e.g. {@code
 *     case-managers}
 * @param officeLanguage the language of notices to the office's own roles and groups
 * @param missionLanguage the language of notices to the IOM missions abroad
 * @param languages a recipient's own language, by role, office group or mission group ({@code
 *     mission-irq}), over the two above
 */
@Validated
@ConfigurationProperties("avrr.notification")
public record NotificationProperties(
    @NotBlank String from,
    @DefaultValue Map<String, List<String>> recipients,
    @DefaultValue(Languages.RUSSIAN) String officeLanguage,
    @DefaultValue(Languages.ENGLISH) String missionLanguage,
    @DefaultValue Map<String, String> languages) {

  @ConstructorBinding
  public NotificationProperties {
    check("avrr.notification.office-language", officeLanguage);
    check("avrr.notification.mission-language", missionLanguage);
    languages.forEach(
        (recipient, language) -> check("avrr.notification.languages." + recipient, language));
  }

  /** With the application's defaults: the office in Russian, the missions in English. */
  public NotificationProperties(String from, Map<String, List<String>> recipients) {
    this(from, recipients, Languages.RUSSIAN, Languages.ENGLISH, Map.of());
  }

  /** The language of {@code recipient} (a role or a group), an office's or a mission's. */
  public String languageOf(String recipient, boolean mission) {
    return languages.getOrDefault(recipient, mission ? missionLanguage : officeLanguage);
  }

  private static void check(String property, String language) {
    if (!Languages.OFFERED.contains(language)) {
      throw new IllegalArgumentException(
          property + " is \"" + language + "\": it must be one of " + Languages.OFFERED);
    }
  }
}

package org.avrr.workflow.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.i18n.Languages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who exists in the system besides the administrator ({@code camunda.bpm.admin-user}).
 *
 * @param demoUsers create one user per group, password = user id; only for the embedded default
 *     (the production profile refuses to start with it)
 * @param missions the external IOM missions that work cases with the office; each gets a group
 *     {@code mission-<code>} that sees only its own cases' tasks
 */
@Validated
@ConfigurationProperties("avrr.identity")
public record IdentityProperties(
    @DefaultValue("false") boolean demoUsers, @DefaultValue @Valid List<Mission> missions) {

  /**
   * @param code ISO 3166 alpha-3 country code of the mission, lower case, e.g. deu
   * @param name e.g. "IOM Germany"
   * @param country ISO 3166 alpha-2 code of the mission's country, as the forms record countries,
   *     e.g. DE
   * @param email the mission's AVRR mailbox for notices; notices to a mission without one fail
   *     (retries, then an incident naming the mission) rather than go elsewhere
   * @param names the mission's name in other languages the office works in, by language, e.g.
   *     {@code ru: Миссия МОМ в Германии}: what the office's forms and reports call it for a user
   *     of that language (the name above for any other); a language not offered stops the start
   */
  public record Mission(
      @Pattern(regexp = "[a-z]{3}") String code,
      @NotBlank String name,
      @Pattern(regexp = "[A-Z]{2}") String country,
      @Email String email,
      Map<String, String> names) {

    @ConstructorBinding
    public Mission {
      names = names == null ? Map.of() : Map.copyOf(names);
      for (String language : names.keySet()) {
        if (!Languages.OFFERED.contains(language)) {
          throw new IllegalArgumentException(
              "names: '"
                  + language
                  + "' is not a language the office works in ("
                  + String.join(", ", Languages.OFFERED)
                  + ")");
        }
      }
    }

    /** A mission known by its one name. */
    public Mission(String code, String name, String country, String email) {
      this(code, name, country, email, Map.of());
    }

    /** The mission's name for a reader of {@code language}. */
    public String name(String language) {
      String named = names.get(language);
      return named == null || named.isBlank() ? name : named;
    }
  }
}

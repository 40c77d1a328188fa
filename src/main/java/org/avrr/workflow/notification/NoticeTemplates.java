package org.avrr.workflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.MissionDirectory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The notice templates in {@code notices/*.txt}: a "To:" line naming a recipient role, a "Subject:"
 * line, a line "---", then the body. A role is either configured addresses ({@code
 * avrr.notification.recipients.<role>}) or {@code mission(<variable>)}: the IOM mission in the
 * country the case variable names, e.g. {@code mission(countryOfReturn)}, or {@code
 * group(<variable>)}: the Tasklist group the case variable names, e.g. {@code
 * group(planApprovingGroup)}, which is a mission's group (its address) or an office group (the
 * addresses configured for that group id). {@code ${name}} is replaced by the case variable of that
 * name; a template names only the data its reader needs. Every template is read and checked at
 * start-up, so a broken one stops the application rather than a case.
 *
 * <p>Each notice is written in the recipient's language ({@link NotificationProperties}: the office
 * Russian, the missions English, by default): {@code notices/<id>.txt} in English, {@code
 * notices/<language>/<id>.txt} in each other offered language, to the same recipient role. A
 * translation missing falls back to English (and fails {@code NoticeTemplatesTest}).
 */
@Component
public class NoticeTemplates {

  private static final Pattern MISSION_ROLE =
      Pattern.compile("mission\\(([a-zA-Z][a-zA-Z0-9]*)\\)");
  private static final Pattern GROUP_ROLE = Pattern.compile("group\\(([a-zA-Z][a-zA-Z0-9]*)\\)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  record Template(String id, String recipientRole, String subject, String body) {}

  /** Who a notice goes to, and the language they read. */
  private record Addressed(List<String> to, String language) {}

  /** English's, by id: what every notice is and whom it goes to. */
  private final Map<String, Template> templates = new HashMap<>();

  /** Every other language's, by language and id. */
  private final Map<String, Map<String, Template>> translations = new HashMap<>();

  private final NotificationProperties properties;
  private final OfficeProperties office;
  private final MissionDirectory missions;

  public NoticeTemplates(
      NotificationProperties properties, OfficeProperties office, MissionDirectory missions)
      throws IOException {
    this.properties = properties;
    this.office = office;
    this.missions = missions;
    templates.putAll(read("classpath*:notices/*.txt"));
    for (String language : Languages.OFFERED) {
      if (!language.equals(Languages.ENGLISH)) {
        Map<String, Template> translated = read("classpath*:notices/" + language + "/*.txt");
        for (Template translation : translated.values()) {
          Template english = templates.get(translation.id());
          if (english == null || !english.recipientRole().equals(translation.recipientRole())) {
            throw new IllegalStateException(
                "Notice notices/"
                    + language
                    + "/"
                    + translation.id()
                    + ".txt must translate notices/"
                    + translation.id()
                    + ".txt, to the same recipient");
          }
        }
        translations.put(language, translated);
      }
    }
    for (Template template : templates.values()) {
      if (!MISSION_ROLE.matcher(template.recipientRole()).matches()
          && !GROUP_ROLE.matcher(template.recipientRole()).matches()
          && !properties.recipients().containsKey(template.recipientRole())) {
        throw new IllegalStateException(
            "Notice '"
                + template.id()
                + "' goes to '"
                + template.recipientRole()
                + "', but avrr.notification.recipients has no addresses for it");
      }
    }
  }

  private static Map<String, Template> read(String pattern) throws IOException {
    Map<String, Template> read = new HashMap<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
      String id = resource.getFilename().replace(".txt", "");
      try (InputStream text = resource.getInputStream()) {
        read.put(id, parse(id, new String(text.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return read;
  }

  /** Every notice's id. */
  java.util.Set<String> ids() {
    return java.util.Set.copyOf(templates.keySet());
  }

  /** Notice {@code id}'s template in {@code language}: English where it has no translation. */
  Template template(String id, String language) {
    return translations.getOrDefault(language, Map.of()).getOrDefault(id, templates.get(id));
  }

  static Template parse(String id, String text) {
    String[] parts = text.split("\\R---\\R", 2);
    if (parts.length != 2) {
      throw new IllegalStateException(
          "Notice " + id + ": header and body must be separated by ---");
    }
    String to = null;
    String subject = null;
    for (String line : parts[0].split("\\R")) {
      if (line.startsWith("To:")) {
        to = line.substring(3).strip();
      } else if (line.startsWith("Subject:")) {
        subject = line.substring(8).strip();
      }
    }
    if (to == null || subject == null || !subject.contains("${caseNumber}")) {
      throw new IllegalStateException(
          "Notice " + id + " needs a 'To:' line and a 'Subject:' line with ${caseNumber}");
    }
    return new Template(id, to, subject, parts[1]);
  }

  /**
   * The case variables the notice {@code id} reads: its placeholders and the variable its recipient
   * role names. A sender fetches these, not the whole case (some are large JSON).
   */
  public java.util.Set<String> variablesOf(String id) {
    Template template = templates.get(id);
    if (template == null) {
      throw new IllegalArgumentException("No notice template notices/" + id + ".txt");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String text : List.of(template.subject(), template.body())) {
      Matcher placeholder = PLACEHOLDER.matcher(text);
      while (placeholder.find()) {
        names.add(placeholder.group(1));
        if (LocalisedNames.inEachLanguage(placeholder.group(1))) {
          for (String language : Languages.OFFERED) {
            names.add(LocalisedNames.variable(placeholder.group(1), language));
          }
        }
      }
    }
    for (Pattern role : List.of(GROUP_ROLE, MISSION_ROLE)) {
      Matcher named = role.matcher(template.recipientRole());
      if (named.matches()) {
        names.add(named.group(1));
      }
    }
    return names;
  }

  public Notice render(String id, Map<String, Object> variables, String key) {
    Template template = templates.get(id);
    if (template == null) {
      throw new IllegalArgumentException("No notice template notices/" + id + ".txt");
    }
    Addressed addressed = recipients(template, variables);
    Template words = template(id, addressed.language());
    return new Notice(
        id,
        addressed.to(),
        fill(words.subject(), variables, id, addressed.language()),
        fill(words.body(), variables, id, addressed.language()),
        key);
  }

  private Addressed recipients(Template template, Map<String, Object> variables) {
    Matcher group = GROUP_ROLE.matcher(template.recipientRole());
    if (group.matches()) {
      return groupAddresses(template, variable(template, variables, group.group(1)));
    }
    Matcher mission = MISSION_ROLE.matcher(template.recipientRole());
    if (!mission.matches()) {
      String role = template.recipientRole();
      return new Addressed(
          List.copyOf(properties.recipients().get(role)), properties.languageOf(role, false));
    }
    Object country = variables.get(mission.group(1));
    if (country == null) {
      throw new IllegalStateException(
          "Notice " + template.id() + " needs the case variable '" + mission.group(1) + "'");
    }
    // No fallback address: a case summary must reach the right mission or nobody.
    return missions
        .inCountry(country.toString())
        .filter(found -> found.email() != null && !found.email().isBlank())
        .map(
            found ->
                new Addressed(
                    List.of(found.email()),
                    properties.languageOf(AvrrGroups.missionGroup(found.code()), true)))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Notice "
                        + template.id()
                        + ": no IOM mission with an e-mail address is configured for country "
                        + country
                        + " (avrr.identity.missions)"));
  }

  private Addressed groupAddresses(Template template, String group) {
    var mission = missions.byGroup(group);
    if (mission.isPresent()) {
      if (mission.get().email() == null || mission.get().email().isBlank()) {
        throw new IllegalStateException(
            "Notice " + template.id() + ": mission group " + group + " has no e-mail address");
      }
      return new Addressed(List.of(mission.get().email()), properties.languageOf(group, true));
    }
    List<String> addresses = properties.recipients().get(group);
    if (addresses == null || addresses.isEmpty()) {
      throw new IllegalStateException(
          "Notice "
              + template.id()
              + " goes to group "
              + group
              + ", but avrr.notification.recipients has no addresses for it");
    }
    return new Addressed(List.copyOf(addresses), properties.languageOf(group, false));
  }

  private static String variable(Template template, Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    if (value == null) {
      throw new IllegalStateException(
          "Notice " + template.id() + " needs the case variable '" + name + "'");
    }
    return value.toString();
  }

  /**
   * The template's placeholders filled with the case's values; where the case holds a value in the
   * reader's language ({@code planDecisionText_ru}, {@link LocalisedNames}), that one; a code in
   * the reader's words ({@link LocalisedNames#CODED}).
   */
  private String fill(String text, Map<String, Object> variables, String id, String language) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      Object inLanguage = variables.get(LocalisedNames.variable(matcher.group(1), language));
      Object value = inLanguage != null ? inLanguage : variables.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "Notice "
                + id
                + " needs the case variable '"
                + matcher.group(1)
                + "', which is not set");
      }
      String words =
          LocalisedNames.CODED.containsKey(matcher.group(1))
              ? LocalisedNames.code(matcher.group(1), value, language)
              : format(value, language);
      matcher.appendReplacement(filled, Matcher.quoteReplacement(words));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private String format(Object value, String language) {
    if (value instanceof Date date) {
      return DATE_TIME.format(ZonedDateTime.ofInstant(date.toInstant(), office.zone()));
    }
    // Amounts and scores: two decimals, thousands separated as the reader writes them (1,450.50
    // in English; 1 450,50 in Russian).
    if (value instanceof Double
        || value instanceof Float
        || value instanceof java.math.BigDecimal) {
      return String.format(Languages.locale(language), "%,.2f", ((Number) value).doubleValue());
    }
    return value.toString();
  }
}
